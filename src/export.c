/* export.c: the formats other tools read (see export.h), one writer each
 * behind one dispatch table. XML text goes through ag_escape_xml, CSV
 * fields through ag_escape_csv, JSON is built with json.h; the per-actor
 * metric columns are those of metrics_write.h.
 *
 * Relations are exported one by one (parallel relations stay parallel
 * edges); relation j has the edge id "r" + j (from 0) in every format.
 */
#include "export.h"

#include <math.h>
#include <string.h>

#include "escape.h"
#include "graph_json.h"
#include "json.h"
#include "metrics_write.h"

/* ---- shared ---- */

/* The evidence sentences of r, one a line. */
static void evidence_text(const ag_relation *r, ag_buf *out)
{
    for (size_t v = 0; v < r->nevidence; v++) {
        if (v)
            ag_buf_putc(out, '\n');
        ag_buf_puts(out, r->evidence[v].text ? r->evidence[v].text : "");
    }
}

/* Where the evidence of r was read: "source:sentence" (or "source"), "; "
 * between them. */
static void evidence_where(const ag_relation *r, ag_buf *out)
{
    for (size_t v = 0; v < r->nevidence; v++) {
        const ag_evidence *e = &r->evidence[v];
        ag_buf_printf(out, "%s%s", v ? "; " : "", e->source ? e->source : "");
        if (e->sentence)
            ag_buf_printf(out, ":%zu", e->sentence);
    }
}

/* A graph attribute, node attribute or edge attribute of the XML formats. */
typedef enum { XSTRING, XDOUBLE, XINT } xtype;

static const char *graphml_type(xtype t)
{
    return t == XSTRING ? "string" : t == XDOUBLE ? "double" : "int";
}

static const char *gexf_type(xtype t)
{
    return t == XSTRING ? "string" : t == XDOUBLE ? "double" : "integer";
}

/* The attributes of actors besides id (and label in GEXF, where it is the
 * node's own attribute) and of relations besides their ends. */
static const struct {
    const char *name;
    xtype type;
} NODE_ATTRS[] = {{"label", XSTRING}, {"kind", XSTRING}, {"country", XSTRING}, {"parent", XSTRING}},
  EDGE_ATTRS[] = {{"polarity", XSTRING}, {"weight", XDOUBLE},         {"type", XSTRING},
                  {"cameo", XSTRING},    {"confidence", XDOUBLE},     {"date", XSTRING},
                  {"evidence", XSTRING}, {"evidence_source", XSTRING}};
#define NNODE_ATTRS (sizeof NODE_ATTRS / sizeof NODE_ATTRS[0])
#define NEDGE_ATTRS (sizeof EDGE_ATTRS / sizeof EDGE_ATTRS[0])

/* Node attribute k of actor a (NULL when absent). */
static const char *node_attr(const ag_actor *a, size_t k)
{
    const char *v[NNODE_ATTRS] = {a->label, ag_kind_name(a->kind), a->country, a->parent};
    return v[k];
}

/* Edge attribute k of relation r as text in *out (cleared first); false
 * when r has none. */
static bool edge_attr(const ag_graph *g, const ag_relation *r, size_t k, ag_buf *out)
{
    ag_buf_clear(out);
    ag_buf_puts(out, "");
    switch (k) {
    case 0: ag_buf_puts(out, ag_polarity_name(r->polarity)); return true;
    case 1: ag_buf_num(out, r->weight); return true;
    case 2: ag_buf_puts(out, r->type ? r->type : ""); return r->type != NULL;
    case 3: ag_buf_puts(out, r->cameo ? r->cameo : ""); return r->cameo != NULL;
    case 4: ag_buf_num(out, r->confidence); return true;
    case 5: {
        const char *date = ag_relation_date(g, r);
        ag_buf_puts(out, date ? date : "");
        return date != NULL;
    }
    case 6: evidence_text(r, out); return r->nevidence > 0;
    default: evidence_where(r, out); return r->nevidence > 0;
    }
}

/* Metric column k of actor i as text in *out; false when undefined (NAN). */
static bool metric_attr(const ag_metrics *m, size_t i, size_t k, ag_buf *out)
{
    double v = ag_metric_column_value(&m->actors[i], k);
    ag_buf_clear(out);
    if (isnan(v))
        return false;
    ag_buf_num(out, v);
    return true;
}

static xtype metric_type(size_t k)
{
    return ag_metric_column_integer(k) ? XINT : XDOUBLE;
}

static void xml_attr(ag_buf *out, const char *name, const char *value)
{
    ag_buf_printf(out, " %s=\"", name);
    ag_escape_xml(out, value);
    ag_buf_putc(out, '"');
}

/* ---- GraphML ---- */

static void graphml_key(ag_buf *out, const char *id, const char *for_, const char *name, xtype t)
{
    ag_buf_puts(out, "  <key");
    xml_attr(out, "id", id);
    ag_buf_printf(out, " for=\"%s\"", for_);
    xml_attr(out, "attr.name", name);
    ag_buf_printf(out, " attr.type=\"%s\"/>\n", graphml_type(t));
}

static void graphml_data(ag_buf *out, const char *indent, const char *prefix, const char *key,
                         const char *value)
{
    ag_buf_printf(out, "%s<data key=\"%s", indent, prefix);
    ag_escape_xml(out, key);
    ag_buf_puts(out, "\">");
    ag_escape_xml(out, value);
    ag_buf_puts(out, "</data>\n");
}

static void graphml_keys(ag_buf *out)
{
    ag_buf id = AG_BUF_INIT;
    graphml_key(out, "g_title", "graph", "title", XSTRING);
    graphml_key(out, "g_sources", "graph", "sources", XSTRING);
    for (size_t k = 0; k < NNODE_ATTRS; k++) {
        ag_buf_clear(&id);
        ag_buf_printf(&id, "v_%s", NODE_ATTRS[k].name);
        graphml_key(out, id.data, "node", NODE_ATTRS[k].name, NODE_ATTRS[k].type);
    }
    for (size_t k = 0; k < ag_metric_ncolumns(); k++) {
        ag_buf_clear(&id);
        ag_buf_printf(&id, "v_%s", ag_metric_column_name(k));
        graphml_key(out, id.data, "node", ag_metric_column_name(k), metric_type(k));
    }
    for (size_t k = 0; k < NEDGE_ATTRS; k++) {
        ag_buf_clear(&id);
        ag_buf_printf(&id, "e_%s", EDGE_ATTRS[k].name);
        graphml_key(out, id.data, "edge", EDGE_ATTRS[k].name, EDGE_ATTRS[k].type);
    }
    ag_buf_free(&id);
}

/* The source ids, ", " between them. */
static void source_ids(const ag_graph *g, ag_buf *out)
{
    ag_buf_puts(out, "");
    for (size_t i = 0; i < g->nsources; i++)
        ag_buf_printf(out, "%s%s", i ? ", " : "", g->sources[i].id);
}

static void graphml_node(const ag_graph *g, const ag_metrics *m, size_t i, ag_buf *v, ag_buf *out)
{
    const ag_actor *a = &g->actors[i];
    ag_buf_puts(out, "    <node");
    xml_attr(out, "id", a->id);
    ag_buf_puts(out, ">\n");
    for (size_t k = 0; k < NNODE_ATTRS; k++)
        if (node_attr(a, k))
            graphml_data(out, "      ", "v_", NODE_ATTRS[k].name, node_attr(a, k));
    for (size_t k = 0; k < ag_metric_ncolumns(); k++)
        if (metric_attr(m, i, k, v))
            graphml_data(out, "      ", "v_", ag_metric_column_name(k), v->data);
    ag_buf_puts(out, "    </node>\n");
}

static void graphml_edge(const ag_graph *g, size_t j, ag_buf *v, ag_buf *out)
{
    const ag_relation *r = &g->relations[j];
    ag_buf_printf(out, "    <edge id=\"r%zu\"", j);
    xml_attr(out, "source", g->actors[r->source].id);
    xml_attr(out, "target", g->actors[r->target].id);
    ag_buf_puts(out, ">\n");
    for (size_t k = 0; k < NEDGE_ATTRS; k++)
        if (edge_attr(g, r, k, v))
            graphml_data(out, "      ", "e_", EDGE_ATTRS[k].name, v->data);
    ag_buf_puts(out, "    </edge>\n");
}

static void write_graphml(const ag_graph *g, const ag_metrics *m, ag_buf *out)
{
    ag_buf v = AG_BUF_INIT;
    ag_buf_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                     "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                     "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                     "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    graphml_keys(out);
    ag_buf_puts(out, "  <graph id=\"G\" edgedefault=\"directed\">\n"
                     "    <desc>actorgraph: one node per actor, one edge per relation; "
                     "parallel edges (several relations between two actors) are kept. "
                     "weight: Goldstein scale, -10 to 10.</desc>\n");
    if (g->title)
        graphml_data(out, "    ", "", "g_title", g->title);
    source_ids(g, &v);
    if (g->nsources)
        graphml_data(out, "    ", "", "g_sources", v.data);
    for (size_t i = 0; i < g->nactors; i++)
        graphml_node(g, m, i, &v, out);
    for (size_t j = 0; j < g->nrelations; j++)
        graphml_edge(g, j, &v, out);
    ag_buf_puts(out, "  </graph>\n</graphml>\n");
    ag_buf_free(&v);
}

/* ---- GEXF ---- */

/* What differs between the GEXF versions written. 1.2draft is the default:
 * NetworkX 2.8 (Debian 12) reads 1.1draft and 1.2draft only, Gephi reads
 * both. 1.3 adds an edge's kind, which Gephi uses to keep parallel edges of
 * different kinds apart. */
typedef struct {
    const char *ns, *schema, *version;
    bool kind;
} gexf_version;

static const gexf_version GEXF_12 = {"http://www.gexf.net/1.2draft",
                                     "http://www.gexf.net/1.2draft/gexf.xsd", "1.2", false},
                          GEXF_13 = {"http://gexf.net/1.3", "http://gexf.net/1.3/gexf.xsd", "1.3",
                                     true};

static void gexf_attribute(ag_buf *out, const char *name, xtype t)
{
    ag_buf_puts(out, "      <attribute");
    xml_attr(out, "id", name);
    xml_attr(out, "title", name);
    ag_buf_printf(out, " type=\"%s\"/>\n", gexf_type(t));
}

static void gexf_attributes(ag_buf *out)
{
    ag_buf_puts(out, "    <attributes class=\"node\">\n");
    for (size_t k = 1; k < NNODE_ATTRS; k++) /* the label is the node's own */
        gexf_attribute(out, NODE_ATTRS[k].name, NODE_ATTRS[k].type);
    for (size_t k = 0; k < ag_metric_ncolumns(); k++)
        gexf_attribute(out, ag_metric_column_name(k), metric_type(k));
    ag_buf_puts(out, "    </attributes>\n    <attributes class=\"edge\">\n");
    for (size_t k = 0; k < NEDGE_ATTRS; k++)
        gexf_attribute(out, EDGE_ATTRS[k].name, EDGE_ATTRS[k].type);
    ag_buf_puts(out, "    </attributes>\n");
}

static void gexf_value(ag_buf *out, const char *name, const char *value)
{
    ag_buf_puts(out, "          <attvalue");
    xml_attr(out, "for", name);
    xml_attr(out, "value", value);
    ag_buf_puts(out, "/>\n");
}

static void gexf_node(const ag_graph *g, const ag_metrics *m, size_t i, ag_buf *v, ag_buf *out)
{
    const ag_actor *a = &g->actors[i];
    ag_buf_puts(out, "      <node");
    xml_attr(out, "id", a->id);
    xml_attr(out, "label", a->label);
    ag_buf_puts(out, ">\n        <attvalues>\n");
    for (size_t k = 1; k < NNODE_ATTRS; k++)
        if (node_attr(a, k))
            gexf_value(out, NODE_ATTRS[k].name, node_attr(a, k));
    for (size_t k = 0; k < ag_metric_ncolumns(); k++)
        if (metric_attr(m, i, k, v))
            gexf_value(out, ag_metric_column_name(k), v->data);
    ag_buf_puts(out, "        </attvalues>\n      </node>\n");
}

/* An edge lives on the day of its relation (Gephi's timeline); a relation
 * without a date lives always. In 1.3 its kind, the relation type, keeps
 * parallel relations of different types apart in Gephi. */
static void gexf_edge(const ag_graph *g, const gexf_version *gv, size_t j, ag_buf *v, ag_buf *out)
{
    const ag_relation *r = &g->relations[j];
    const char *date = ag_relation_date(g, r);
    ag_buf_printf(out, "      <edge id=\"r%zu\"", j);
    xml_attr(out, "source", g->actors[r->source].id);
    xml_attr(out, "target", g->actors[r->target].id);
    ag_buf_puts(out, " weight=\"");
    ag_buf_num(out, r->weight);
    ag_buf_putc(out, '"');
    if (r->type) {
        xml_attr(out, "label", r->type);
        if (gv->kind)
            xml_attr(out, "kind", r->type);
    }
    if (date) {
        xml_attr(out, "start", date);
        xml_attr(out, "end", date);
    }
    ag_buf_puts(out, ">\n        <attvalues>\n");
    for (size_t k = 0; k < NEDGE_ATTRS; k++)
        if (edge_attr(g, r, k, v))
            gexf_value(out, EDGE_ATTRS[k].name, v->data);
    ag_buf_puts(out, "        </attvalues>\n      </edge>\n");
}

static void write_gexf_version(const ag_graph *g, const ag_metrics *m, const gexf_version *gv,
                               ag_buf *out)
{
    ag_buf v = AG_BUF_INIT;
    ag_buf_printf(out,
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  "<gexf xmlns=\"%s\"\n"
                  "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                  "    xsi:schemaLocation=\"%s %s\"\n"
                  "    version=\"%s\">\n  <meta>\n    <creator>actorgraph</creator>\n",
                  gv->ns, gv->ns, gv->schema, gv->version);
    if (g->title) {
        ag_buf_puts(out, "    <description>");
        ag_escape_xml(out, g->title);
        ag_buf_puts(out, "</description>\n");
    }
    if (g->nsources) {
        source_ids(g, &v);
        ag_buf_puts(out, "    <keywords>");
        ag_escape_xml(out, v.data);
        ag_buf_puts(out, "</keywords>\n");
    }
    ag_buf_puts(out, "  </meta>\n  <graph defaultedgetype=\"directed\" mode=\"dynamic\" "
                     "timeformat=\"date\">\n");
    gexf_attributes(out);
    ag_buf_printf(out, "    <nodes count=\"%zu\">\n", g->nactors);
    for (size_t i = 0; i < g->nactors; i++)
        gexf_node(g, m, i, &v, out);
    ag_buf_printf(out, "    </nodes>\n    <edges count=\"%zu\">\n", g->nrelations);
    for (size_t j = 0; j < g->nrelations; j++)
        gexf_edge(g, gv, j, &v, out);
    ag_buf_puts(out, "    </edges>\n  </graph>\n</gexf>\n");
    ag_buf_free(&v);
}

static void write_gexf(const ag_graph *g, const ag_metrics *m, ag_buf *out)
{
    write_gexf_version(g, m, &GEXF_12, out);
}

static void write_gexf13(const ag_graph *g, const ag_metrics *m, ag_buf *out)
{
    write_gexf_version(g, m, &GEXF_13, out);
}

/* ---- CSV ---- */

/* One field; text fields are kept from running as spreadsheet formulas. */
static void csv_field(ag_buf *out, const char *s, bool text, bool last)
{
    (text ? ag_escape_csv_text : ag_escape_csv)(out, s ? s : "");
    ag_buf_putc(out, last ? '\n' : ',');
}

static void write_edges_csv(const ag_graph *g, const ag_metrics *m, ag_buf *out)
{
    (void)m;
    ag_buf v = AG_BUF_INIT;
    ag_buf_puts(out, "id,source,target,source_label,target_label");
    for (size_t k = 0; k < NEDGE_ATTRS; k++)
        ag_buf_printf(out, ",%s", EDGE_ATTRS[k].name);
    ag_buf_putc(out, '\n');
    for (size_t j = 0; j < g->nrelations; j++) {
        const ag_relation *r = &g->relations[j];
        const ag_actor *s = &g->actors[r->source], *t = &g->actors[r->target];
        ag_buf_printf(out, "r%zu,", j);
        csv_field(out, s->id, true, false);
        csv_field(out, t->id, true, false);
        csv_field(out, s->label, true, false);
        csv_field(out, t->label, true, false);
        for (size_t k = 0; k < NEDGE_ATTRS; k++)
            csv_field(out, edge_attr(g, r, k, &v) ? v.data : "", EDGE_ATTRS[k].type == XSTRING,
                      k + 1 == NEDGE_ATTRS);
    }
    ag_buf_free(&v);
}

static void write_actors_csv(const ag_graph *g, const ag_metrics *m, ag_buf *out)
{
    ag_buf v = AG_BUF_INIT;
    ag_buf_puts(out, "id");
    for (size_t k = 0; k < NNODE_ATTRS; k++)
        ag_buf_printf(out, ",%s", NODE_ATTRS[k].name);
    for (size_t k = 0; k < ag_metric_ncolumns(); k++)
        ag_buf_printf(out, ",%s", ag_metric_column_name(k));
    ag_buf_putc(out, '\n');
    for (size_t i = 0; i < g->nactors; i++) {
        csv_field(out, g->actors[i].id, true, false);
        for (size_t k = 0; k < NNODE_ATTRS; k++)
            csv_field(out, node_attr(&g->actors[i], k), true, false);
        for (size_t k = 0; k < ag_metric_ncolumns(); k++)
            csv_field(out, metric_attr(m, i, k, &v) ? v.data : "", false,
                      k + 1 == ag_metric_ncolumns());
    }
    ag_buf_free(&v);
}

/* ---- JSON ---- */

static void write_json(const ag_graph *g, const ag_metrics *m, ag_buf *out)
{
    ag_json *root = ag_graph_to_json(g);
    ag_json_add(root, "metrics", ag_metrics_to_json(g, m));
    ag_json_write(root, out, AG_JSON_PRETTY);
    ag_json_free(root);
}

static void put_str(ag_json *o, const char *key, const char *s)
{
    if (s)
        ag_json_add(o, key, ag_json_str(s));
}

/* An actor's data for the JSON graph formats: id, label, kind, country,
 * parent (when set; "parent" is written "member_of" for Cytoscape.js, where
 * "parent" makes compound nodes), then its metrics (null when undefined).
 * Cytoscape.js data also carries "name" (the label, Cytoscape's node name)
 * and "value" (the id), which NetworkX's cytoscape_graph requires: it names
 * its nodes by "value". */
static ag_json *node_data(const ag_graph *g, const ag_metrics *m, size_t i, bool cyjs)
{
    const ag_actor *a = &g->actors[i];
    ag_json *o = ag_json_object();
    put_str(o, "id", a->id);
    if (cyjs) {
        put_str(o, "name", a->label);
        put_str(o, "value", a->id);
    }
    for (size_t k = 0; k < NNODE_ATTRS; k++) {
        bool parent = strcmp(NODE_ATTRS[k].name, "parent") == 0;
        put_str(o, cyjs && parent ? "member_of" : NODE_ATTRS[k].name, node_attr(a, k));
    }
    for (size_t k = 0; k < ag_metric_ncolumns(); k++)
        ag_json_add(o, ag_metric_column_name(k),
                    ag_json_num(ag_metric_column_value(&m->actors[i], k)));
    return o;
}

/* A relation's data for the JSON graph formats: id, source, target, then
 * its attributes, evidence as a list of {source, sentence, text}.
 * Cytoscape.js data also carries the id as "key": NetworkX's
 * cytoscape_graph keys a multigraph's edges by it, and without it parallel
 * edges would overwrite one another. */
static ag_json *edge_data(const ag_graph *g, size_t j, bool cyjs)
{
    const ag_relation *r = &g->relations[j];
    ag_json *o = ag_json_object();
    ag_buf v = AG_BUF_INIT;
    ag_buf_printf(&v, "r%zu", j);
    ag_json_add(o, "id", ag_json_str(v.data));
    if (cyjs)
        ag_json_add(o, "key", ag_json_str(v.data));
    ag_json_add(o, "source", ag_json_str(g->actors[r->source].id));
    ag_json_add(o, "target", ag_json_str(g->actors[r->target].id));
    ag_json_add(o, "polarity", ag_json_str(ag_polarity_name(r->polarity)));
    ag_json_add(o, "weight", ag_json_num(r->weight));
    put_str(o, "type", r->type);
    put_str(o, "cameo", r->cameo);
    ag_json_add(o, "confidence", ag_json_num(r->confidence));
    put_str(o, "date", ag_relation_date(g, r));
    ag_json *ev = ag_json_add(o, "evidence", ag_json_array());
    for (size_t k = 0; k < r->nevidence; k++) {
        const ag_evidence *e = &r->evidence[k];
        ag_json *x = ag_json_add(ev, NULL, ag_json_object());
        put_str(x, "source", e->source);
        if (e->sentence)
            ag_json_add(x, "sentence", ag_json_num((double)e->sentence));
        ag_json_add(x, "text", ag_json_str(e->text ? e->text : ""));
    }
    ag_buf_free(&v);
    return o;
}

/* The graph's title and source ids. */
static ag_json *graph_data(const ag_graph *g)
{
    ag_json *o = ag_json_object();
    put_str(o, "title", g->title);
    ag_json *s = ag_json_add(o, "sources", ag_json_array());
    for (size_t i = 0; i < g->nsources; i++)
        ag_json_add(s, NULL, ag_json_str(g->sources[i].id));
    return o;
}

/* Cytoscape.js elements, with the "data" and flags Cytoscape desktop reads
 * from a .cyjs file, in the form NetworkX's cytoscape_graph reads too.
 * Classes: actor, kind-K, bloc-N; the polarity. */
static void write_cyjs(const ag_graph *g, const ag_metrics *m, ag_buf *out)
{
    ag_json *root = ag_json_object();
    ag_json_add(root, "data", graph_data(g));
    ag_json_add(root, "directed", ag_json_bool(true));
    ag_json_add(root, "multigraph", ag_json_bool(true));
    ag_json *el = ag_json_add(root, "elements", ag_json_object());
    ag_json *nodes = ag_json_add(el, "nodes", ag_json_array());
    ag_buf cls = AG_BUF_INIT;
    for (size_t i = 0; i < g->nactors; i++) {
        ag_json *n = ag_json_add(nodes, NULL, ag_json_object());
        ag_json_add(n, "data", node_data(g, m, i, true));
        ag_buf_clear(&cls);
        ag_buf_printf(&cls, "actor kind-%s", ag_kind_name(g->actors[i].kind));
        if (m->actors[i].bloc > 0)
            ag_buf_printf(&cls, " bloc-%d", m->actors[i].bloc);
        ag_json_add(n, "classes", ag_json_str(cls.data));
    }
    ag_json *edges = ag_json_add(el, "edges", ag_json_array());
    for (size_t j = 0; j < g->nrelations; j++) {
        ag_json *e = ag_json_add(edges, NULL, ag_json_object());
        ag_json_add(e, "data", edge_data(g, j, true));
        ag_json_add(e, "classes", ag_json_str(ag_polarity_name(g->relations[j].polarity)));
    }
    ag_buf_free(&cls);
    ag_json_write(root, out, AG_JSON_PRETTY);
    ag_json_free(root);
}

/* d3's node-link form, as d3-force and networkx's node_link_graph read it. */
static void write_d3(const ag_graph *g, const ag_metrics *m, ag_buf *out)
{
    ag_json *root = ag_json_object();
    ag_json_add(root, "directed", ag_json_bool(true));
    ag_json_add(root, "multigraph", ag_json_bool(true));
    ag_json_add(root, "graph", graph_data(g));
    ag_json *nodes = ag_json_add(root, "nodes", ag_json_array());
    for (size_t i = 0; i < g->nactors; i++)
        ag_json_add(nodes, NULL, node_data(g, m, i, false));
    ag_json *links = ag_json_add(root, "links", ag_json_array());
    for (size_t j = 0; j < g->nrelations; j++)
        ag_json_add(links, NULL, edge_data(g, j, false));
    ag_json_write(root, out, AG_JSON_PRETTY);
    ag_json_free(root);
}

/* ---- dispatch ---- */

static const struct {
    const char *name;
    ag_export_format f;
    void (*write)(const ag_graph *, const ag_metrics *, ag_buf *);
} FORMATS[] = {{"json", AG_EXPORT_JSON, write_json},
               {"graphml", AG_EXPORT_GRAPHML, write_graphml},
               {"gexf", AG_EXPORT_GEXF, write_gexf},
               {"gexf1.3", AG_EXPORT_GEXF13, write_gexf13},
               {"cyjs", AG_EXPORT_CYJS, write_cyjs},
               {"d3", AG_EXPORT_D3, write_d3},
               {"edges.csv", AG_EXPORT_EDGES_CSV, write_edges_csv},
               {"actors.csv", AG_EXPORT_ACTORS_CSV, write_actors_csv}};
#define NFORMATS (sizeof FORMATS / sizeof FORMATS[0])

bool ag_export_parse(const char *name, ag_export_format *f)
{
    for (size_t i = 0; i < NFORMATS; i++) {
        if (ag_streq(name, FORMATS[i].name)) {
            *f = FORMATS[i].f;
            return true;
        }
    }
    return false;
}

void ag_export(const ag_graph *g, const ag_metrics *m, ag_export_format f, ag_buf *out)
{
    for (size_t i = 0; i < NFORMATS; i++)
        if (FORMATS[i].f == f)
            FORMATS[i].write(g, m, out);
}
