/* Unit tests for export.c: every format of a small graph with hostile text,
 * parallel relations, a relation without a date of its own and undefined
 * metrics, read back by real parsers (xmllint's XPath for GraphML and GEXF,
 * validated against their published schemas in tests/schemas/, our JSON
 * parser and graph loader for the JSON formats) and by exact text for CSV.
 * The tests run from the top of the repository (make test, make unit). */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "graph_json.h"
#include "json.h"
#include "metrics_write.h"
#include "testutil.h"

#define HOSTILE "<script>alert(1)</script> \"&'<> ]]> -- javascript:alert(1)"
#define ARMENIA "\xD5\x80\xD5\xA1\xD5\xB5\xD5\xA1\xD5\xBD\xD5\xBF\xD5\xA1\xD5\xB6" /* Հայաստան */
#define AZERBAIJAN "Az\xC9\x99rbaycan"                                             /* Azərbaycan */

/* ARM and AZE hostile to each other (twice AZE -> ARM, the second without a
 * date of its own), H supports ARM; two actors hostile to each other make PN
 * undefined (metrics.h) only when alone, so a third keeps it defined. */
static ag_graph *small_graph(void)
{
    ag_graph *g = ag_graph_new();
    g->title = ag_xstrdup("Title " HOSTILE);
    ag_source src = {.id = "src-1", .path = "javascript:alert(2)", .date = "2024-01-18"};
    ag_graph_add_source(g, &src);
    ag_actor actors[] = {
        {.id = "ARM", .label = ARMENIA, .kind = AG_KIND_STATE, .country = "ARM"},
        {.id = "AZE", .label = AZERBAIJAN, .kind = AG_KIND_STATE, .country = "AZE"},
        {.id = "H", .label = HOSTILE, .kind = AG_KIND_GROUP, .parent = "ARM"},
    };
    for (size_t i = 0; i < sizeof actors / sizeof actors[0]; i++)
        ag_graph_add_actor(g, &actors[i]);
    ag_evidence ev[] = {{.source = "src-1", .sentence = 1, .text = "Baku, \"said\" " HOSTILE},
                        {.source = "src-1", .sentence = 2, .text = "second,\nline"},
                        {.source = "src-1", .sentence = 3, .text = ARMENIA " thanked"}};
    ag_relation r[] = {
        {.source = 1,
         .target = 0,
         .type = "accuse",
         .cameo = "112",
         .polarity = AG_HOSTILITY,
         .weight = -2,
         .date = "2024-01-17",
         .confidence = 0.9,
         .evidence = &ev[0],
         .nevidence = 1},
        {.source = 1,
         .target = 0,
         .type = "threaten",
         .cameo = "138",
         .polarity = AG_HOSTILITY,
         .weight = -7,
         .confidence = 0.5,
         .evidence = &ev[1],
         .nevidence = 1},
        {.source = 0,
         .target = 1,
         .type = "accuse",
         .polarity = AG_HOSTILITY,
         .weight = -2,
         .confidence = 1},
        {.source = 2,
         .target = 0,
         .type = "praise",
         .cameo = "051",
         .polarity = AG_SUPPORT,
         .weight = 3.4,
         .date = "2024-01-19",
         .confidence = 1,
         .evidence = ev,
         .nevidence = 3},
    };
    for (size_t j = 0; j < sizeof r / sizeof r[0]; j++)
        ag_graph_add_relation(g, &r[j]);
    return g;
}

/* g in format f, as an owned string. */
static char *exported(const ag_graph *g, ag_export_format f)
{
    ag_metrics *m = test_metrics(g);
    ag_buf out = AG_BUF_INIT;
    ag_export(g, m, f, &out);
    ag_metrics_free(m);
    cr_assert(out.len > 0);
    return ag_buf_detach(&out);
}

/* The string value of XPath expression expr over doc (xmllint --xpath);
 * no expected value here ends with a newline. */
static char *xpath(const char *doc, const char *expr)
{
    ag_buf args = AG_BUF_INIT;
    ag_buf_printf(&args, "--xpath '%s' 2>/dev/null", expr);
    int status;
    char *out = test_xmllint(doc, args.data, &status);
    ag_buf_free(&args);
    size_t n = strlen(out);
    if (n && out[n - 1] == '\n') /* xmllint ends a string result so */
        out[n - 1] = '\0';
    return out;
}

static void expect_xpath(const char *doc, const char *expr, const char *want)
{
    char *got = xpath(doc, expr);
    cr_expect_str_eq(got, want, "%s\ngot:  [%s]\nwant: [%s]", expr, got, want);
    free(got);
}

#define GEXF12_XSD "tests/schemas/gexf/1.2draft/gexf.xsd"
#define GEXF13_XSD "tests/schemas/gexf/1.3/gexf.xsd"
#define GRAPHML_XSD "tests/schemas/graphml/graphml.xsd"

/* doc is valid against the schema xsd (xmllint --schema, no network). */
static void expect_schema_valid(const char *doc, const char *xsd)
{
    ag_buf args = AG_BUF_INIT;
    ag_buf_printf(&args, "--noout --nonet --schema %s 2>&1", xsd);
    int status;
    char *out = test_xmllint(doc, args.data, &status);
    cr_expect_eq(status, 0, "not valid against %s:\n%s\n%s", xsd, out, doc);
    free(out);
    ag_buf_free(&args);
}

Test(export, parse_names)
{
    static const struct {
        const char *name;
        ag_export_format f;
    } names[] = {{"json", AG_EXPORT_JSON},           {"graphml", AG_EXPORT_GRAPHML},
                 {"gexf", AG_EXPORT_GEXF},           {"gexf1.3", AG_EXPORT_GEXF13},
                 {"cyjs", AG_EXPORT_CYJS},           {"d3", AG_EXPORT_D3},
                 {"edges.csv", AG_EXPORT_EDGES_CSV}, {"actors.csv", AG_EXPORT_ACTORS_CSV}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        ag_export_format f = AG_EXPORT_JSON;
        cr_assert(ag_export_parse(names[i].name, &f), "%s", names[i].name);
        cr_assert_eq(f, names[i].f, "%s", names[i].name);
    }
    ag_export_format f = AG_EXPORT_GEXF;
    cr_assert_not(ag_export_parse("csv", &f));
    cr_assert_not(ag_export_parse("gexf1.2", &f));
    cr_assert_not(ag_export_parse("svg", &f));
    cr_assert_not(ag_export_parse(NULL, &f));
    cr_assert_eq(f, AG_EXPORT_GEXF, "unchanged on failure");
}

#define GML "/*[local-name()=\"graphml\"]/*[local-name()=\"graph\"]"

Test(export, graphml_typed_keys_parallel_edges_and_text)
{
    ag_graph *g = small_graph();
    char *x = exported(g, AG_EXPORT_GRAPHML);
    expect_schema_valid(x, GRAPHML_XSD);
    expect_xpath(x, "string(//*[local-name()=\"key\"][@attr.name=\"weight\"]/@attr.type)",
                 "double");
    expect_xpath(x, "string(//*[local-name()=\"key\"][@attr.name=\"bloc\"]/@attr.type)", "int");
    expect_xpath(x, "string(//*[local-name()=\"key\"][@id=\"e_evidence\"]/@for)", "edge");
    expect_xpath(x, "count(" GML "/*[local-name()=\"edge\"])", "4");
    expect_xpath(x, "count(" GML "/*[local-name()=\"edge\"][@source=\"AZE\"][@target=\"ARM\"])",
                 "2");
    expect_xpath(x, "string(" GML "/*[@id=\"H\"]/*[@key=\"v_label\"])", HOSTILE);
    expect_xpath(x, "string(" GML "/*[@id=\"H\"]/*[@key=\"v_parent\"])", "ARM");
    expect_xpath(x, "count(" GML "/*[@id=\"ARM\"]/*[@key=\"v_parent\"])", "0");
    expect_xpath(x, "string(" GML "/*[@id=\"ARM\"]/*[@key=\"v_label\"])", ARMENIA);
    expect_xpath(x, "string(" GML "/*[@id=\"r0\"]/*[@key=\"e_evidence\"])",
                 "Baku, \"said\" " HOSTILE);
    expect_xpath(x, "string(" GML "/*[@id=\"r3\"]/*[@key=\"e_evidence\"])",
                 "Baku, \"said\" " HOSTILE "\nsecond,\nline\n" ARMENIA " thanked");
    expect_xpath(x, "string(" GML "/*[@id=\"r3\"]/*[@key=\"e_evidence_source\"])",
                 "src-1:1; src-1:2; src-1:3");
    expect_xpath(x, "string(" GML "/*[@id=\"r1\"]/*[@key=\"e_weight\"])", "-7");
    expect_xpath(x, "string(" GML "/*[@id=\"r1\"]/*[@key=\"e_date\"])", "2024-01-18");
    expect_xpath(x, "string(" GML "/*[@id=\"r1\"]/*[@key=\"e_polarity\"])", "hostility");
    /* r2 has no date and no evidence: no date, evidence or cameo data */
    expect_xpath(x,
                 "count(" GML "/*[@id=\"r2\"]/*[@key=\"e_date\" or @key=\"e_cameo\" or "
                 "@key=\"e_evidence\"])",
                 "0");
    expect_xpath(x, "string(" GML "/*[local-name()=\"desc\"])",
                 "actorgraph: one node per actor, one edge per relation; parallel edges "
                 "(several relations between two actors) are kept. weight: Goldstein scale, "
                 "-10 to 10.");
    expect_xpath(x, "string(" GML "/*[@key=\"g_title\"])", "Title " HOSTILE);
    free(x);
    ag_graph_free(g);
}

#define GX "/*[local-name()=\"gexf\"]/*[local-name()=\"graph\"]"

/* GEXF 1.2draft by default: what NetworkX 2.8 reads (it knows no 1.3) and
 * Gephi too; 1.2draft has no edge kind. */
Test(export, gexf_12draft_dated_edges_and_declared_attributes)
{
    ag_graph *g = small_graph();
    char *x = exported(g, AG_EXPORT_GEXF);
    expect_schema_valid(x, GEXF12_XSD);
    expect_xpath(x, "string(/*[local-name()=\"gexf\"]/@version)", "1.2");
    expect_xpath(x, "namespace-uri(/*)", "http://www.gexf.net/1.2draft");
    expect_xpath(x, "count(//@kind)", "0");
    expect_xpath(x,
                 "concat(" GX "/@mode, \" \", " GX "/@timeformat, \" \", " GX "/@defaultedgetype)",
                 "dynamic date directed");
    expect_xpath(x, "string(//*[@class=\"edge\"]/*[@id=\"confidence\"]/@type)", "double");
    expect_xpath(x, "string(//*[@class=\"node\"]/*[@id=\"camp\"]/@type)", "integer");
    expect_xpath(x, "count(//*[@class=\"node\"]/*[@id=\"label\"])", "0");
    expect_xpath(x, "string(//*[local-name()=\"node\"][@id=\"H\"]/@label)", HOSTILE);
    expect_xpath(x, "string(//*[local-name()=\"node\"][@id=\"AZE\"]/@label)", AZERBAIJAN);
    expect_xpath(x, "string(//*[local-name()=\"node\"][@id=\"H\"]//*[@for=\"parent\"]/@value)",
                 "ARM");
    expect_xpath(x, "concat(//*[@id=\"r0\"]/@start, \" \", //*[@id=\"r0\"]/@end)",
                 "2024-01-17 2024-01-17");
    /* r1's date is its source's */
    expect_xpath(x, "string(//*[@id=\"r1\"]/@start)", "2024-01-18");
    expect_xpath(x, "concat(//*[@id=\"r1\"]/@weight, \" \", //*[@id=\"r1\"]/@label)",
                 "-7 threaten");
    expect_xpath(x, "count(//*[@id=\"r2\"]/@start)", "0");
    expect_xpath(x, "string(//*[@id=\"r0\"]//*[@for=\"evidence\"]/@value)",
                 "Baku, \"said\" " HOSTILE);
    expect_xpath(x, "count(" GX "//*[local-name()=\"edge\"])", "4");
    free(x);
    ag_graph_free(g);
}

/* GEXF 1.3 on request: the same graph, in 1.3's namespace, and each edge
 * with a type has it as its kind (Gephi keeps parallel edges of different
 * kinds apart). */
Test(export, gexf_13_adds_edge_kinds)
{
    ag_graph *g = small_graph();
    char *x = exported(g, AG_EXPORT_GEXF13), *x12 = exported(g, AG_EXPORT_GEXF);
    expect_schema_valid(x, GEXF13_XSD);
    expect_xpath(x, "string(/*[local-name()=\"gexf\"]/@version)", "1.3");
    expect_xpath(x, "namespace-uri(/*)", "http://gexf.net/1.3");
    expect_xpath(x, "concat(//*[@id=\"r1\"]/@kind, \" \", //*[@id=\"r3\"]/@kind)",
                 "threaten praise");
    expect_xpath(x, "count(" GX "//*[local-name()=\"edge\"][@kind])", "4");
    /* past the root element, 1.3 differs from 1.2draft only by the kinds */
    const char *body = strstr(x, "<meta>"), *body12 = strstr(x12, "<meta>");
    cr_assert(body && body12);
    ag_buf rest = AG_BUF_INIT;
    ag_buf_puts(&rest, "");
    for (const char *p = body, *k; *p; p = strchr(k + 7, '"') + 1) {
        k = strstr(p, " kind=\"");
        if (!k) {
            ag_buf_puts(&rest, p);
            break;
        }
        ag_buf_put(&rest, p, (size_t)(k - p));
    }
    cr_assert_str_eq(rest.data, body12);
    ag_buf_free(&rest);
    free(x);
    free(x12);
    ag_graph_free(g);
}

Test(export, edges_csv_one_line_per_relation_escaped)
{
    ag_graph *g = small_graph();
    char *x = exported(g, AG_EXPORT_EDGES_CSV);
    const char *want =
        "id,source,target,source_label,target_label,polarity,weight,type,cameo,confidence,"
        "date,evidence,evidence_source\n"
        "r0,AZE,ARM," AZERBAIJAN "," ARMENIA ",hostility,-2,accuse,112,0.9,2024-01-17,"
        "\"Baku, \"\"said\"\" <script>alert(1)</script> \"\"&'<> ]]> -- javascript:alert(1)\","
        "src-1:1\n"
        "r1,AZE,ARM," AZERBAIJAN "," ARMENIA ",hostility,-7,threaten,138,0.5,2024-01-18,"
        "\"second,\nline\",src-1:2\n"
        "r2,ARM,AZE," ARMENIA "," AZERBAIJAN ",hostility,-2,accuse,,1,,,\n";
    cr_assert_eq(strncmp(x, want, strlen(want)), 0, "%s", x);
    cr_assert(strstr(x, "\nr3,H,ARM,\"<script>alert(1)</script> \"\"&'<> ]]> -- "
                        "javascript:alert(1)\"," ARMENIA ",support,3.4,praise,051,1,2024-01-19,"),
              "%s", x);
    size_t n = strlen(x);
    cr_assert_eq(x[n - 1], '\n');
    free(x);
    ag_graph_free(g);
}

Test(export, actors_csv_has_the_metric_columns)
{
    ag_graph *g = small_graph();
    ag_metrics *m = test_metrics(g);
    char *x = exported(g, AG_EXPORT_ACTORS_CSV);
    ag_buf head = AG_BUF_INIT, row = AG_BUF_INIT;
    ag_buf_puts(&head, "id,label,kind,country,parent");
    ag_buf_puts(&row, "H,\"<script>alert(1)</script> \"\"&'<> ]]> -- javascript:alert(1)\","
                      "group,,ARM");
    for (size_t k = 0; k < ag_metric_ncolumns(); k++) {
        ag_buf_printf(&head, ",%s", ag_metric_column_name(k));
        double v = ag_metric_column_value(&m->actors[2], k);
        ag_buf_putc(&row, ',');
        if (!isnan(v))
            ag_buf_num(&row, v);
    }
    ag_buf_putc(&head, '\n');
    ag_buf_putc(&row, '\n');
    cr_assert_eq(strncmp(x, head.data, head.len), 0, "%s", x);
    cr_assert(strstr(x, row.data), "%s\nlacks\n%s", x, row.data);
    cr_assert(strstr(x, "\nARM," ARMENIA ",state,ARM,,"), "%s", x);
    ag_buf_free(&head);
    ag_buf_free(&row);
    free(x);
    ag_metrics_free(m);
    ag_graph_free(g);
}

static ag_json_doc parsed(const char *text)
{
    ag_json_doc doc;
    ag_error err;
    cr_assert_eq(ag_json_parse("export.json", text, strlen(text), &doc, &err), AG_OK, "%s: %s",
                 err.msg, text);
    return doc;
}

static const ag_json *item(const ag_json *v, size_t i)
{
    cr_assert(v && i < v->nitems);
    return v->items[i];
}

static const char *str_at(const ag_json *o, const char *key)
{
    const ag_json *v = ag_json_get(o, key);
    cr_assert(v && v->type == AG_JSON_STRING, "no string %s", key);
    return v->string;
}

Test(export, json_is_graph_v1_with_metrics)
{
    ag_graph *g = small_graph();
    char *x = exported(g, AG_EXPORT_JSON);
    ag_json_doc doc = parsed(x);
    const ag_json *metrics = ag_json_get(doc.root, "metrics");
    cr_assert(metrics && ag_json_get(metrics, "actors") && ag_json_get(metrics, "graph"));
    cr_assert_str_eq(str_at(item(ag_json_get(metrics, "actors"), 2), "id"), "H");
    /* the rest is the graph, which loads back equal */
    ag_graph *back = NULL;
    ag_error err;
    cr_assert_eq(ag_graph_from_json(&doc, false, &back, NULL, &err), AG_OK, "%s", err.msg);
    ag_buf a = AG_BUF_INIT, b = AG_BUF_INIT;
    ag_graph_write_json(g, &a);
    ag_graph_write_json(back, &b);
    cr_assert_str_eq(a.data, b.data);
    ag_buf_free(&a);
    ag_buf_free(&b);
    ag_graph_free(back);
    ag_json_doc_free(&doc);
    free(x);
    ag_graph_free(g);
}

/* The checks shared by the d3 links and the Cytoscape.js edge data. */
static void check_edge_data(const ag_json *e, size_t j)
{
    static const char *const ids[] = {"r0", "r1", "r2", "r3"};
    cr_assert_str_eq(str_at(e, "id"), ids[j]);
    if (j == 1) {
        cr_assert_str_eq(str_at(e, "source"), "AZE");
        cr_assert_str_eq(str_at(e, "target"), "ARM");
        cr_assert_str_eq(str_at(e, "date"), "2024-01-18", "the source's date");
        cr_assert_eq(ag_json_get(e, "weight")->number, -7);
        cr_assert_str_eq(str_at(e, "polarity"), "hostility");
    }
    if (j == 2)
        cr_assert_null(ag_json_get(e, "date"));
    if (j == 3) {
        const ag_json *ev = ag_json_get(e, "evidence");
        cr_assert_eq(ev->nitems, 3);
        cr_assert_str_eq(str_at(item(ev, 1), "text"), "second,\nline");
        cr_assert_eq(ag_json_get(item(ev, 1), "sentence")->number, 2);
    }
}

Test(export, d3_node_link)
{
    ag_graph *g = small_graph();
    char *x = exported(g, AG_EXPORT_D3);
    ag_json_doc doc = parsed(x);
    cr_assert_eq(ag_json_get(doc.root, "directed")->type, AG_JSON_TRUE);
    cr_assert_eq(ag_json_get(doc.root, "multigraph")->type, AG_JSON_TRUE);
    cr_assert_str_eq(str_at(ag_json_get(doc.root, "graph"), "title"), "Title " HOSTILE);
    const ag_json *nodes = ag_json_get(doc.root, "nodes"), *links = ag_json_get(doc.root, "links");
    cr_assert_eq(nodes->nitems, 3);
    cr_assert_eq(links->nitems, 4);
    cr_assert_str_eq(str_at(item(nodes, 2), "id"), "H");
    cr_assert_str_eq(str_at(item(nodes, 2), "label"), HOSTILE);
    cr_assert_str_eq(str_at(item(nodes, 2), "parent"), "ARM");
    cr_assert(ag_json_get(item(nodes, 0), "pagerank"));
    cr_assert_null(ag_json_get(item(nodes, 0), "parent"));
    for (size_t j = 0; j < links->nitems; j++)
        check_edge_data(item(links, j), j);
    cr_assert(strstr(x, "<\\/script>"), "\"</\" is escaped for HTML <script> embedding");
    ag_json_doc_free(&doc);
    free(x);
    ag_graph_free(g);
}

Test(export, cytoscape_elements)
{
    ag_graph *g = small_graph();
    char *x = exported(g, AG_EXPORT_CYJS);
    ag_json_doc doc = parsed(x);
    const ag_json *el = ag_json_get(doc.root, "elements");
    const ag_json *nodes = ag_json_get(el, "nodes"), *edges = ag_json_get(el, "edges");
    cr_assert_eq(nodes->nitems, 3);
    cr_assert_eq(edges->nitems, 4);
    const ag_json *h = ag_json_get(item(nodes, 2), "data");
    cr_assert_str_eq(str_at(h, "id"), "H");
    cr_assert_null(ag_json_get(h, "parent"), "parent would make H a compound child");
    cr_assert_str_eq(str_at(h, "member_of"), "ARM");
    cr_assert_eq(strncmp(str_at(item(nodes, 2), "classes"), "actor kind-group", 16), 0);
    /* what NetworkX's cytoscape_graph needs: "name" and "value" on nodes (the
     * node is named by its value), "key" on a multigraph's edges */
    cr_assert_str_eq(str_at(h, "name"), HOSTILE);
    cr_assert_str_eq(str_at(h, "value"), "H");
    cr_assert_str_eq(str_at(ag_json_get(item(nodes, 0), "data"), "name"), ARMENIA);
    cr_assert_eq(ag_json_get(doc.root, "multigraph")->type, AG_JSON_TRUE);
    for (size_t j = 0; j < edges->nitems; j++) {
        const ag_json *d = ag_json_get(item(edges, j), "data");
        check_edge_data(d, j);
        cr_assert_str_eq(str_at(d, "key"), str_at(d, "id"), "parallel edges need distinct keys");
        cr_assert_str_eq(str_at(item(edges, j), "classes"), j == 3 ? "support" : "hostility");
    }
    ag_json_doc_free(&doc);
    free(x);
    ag_graph_free(g);
}

Test(export, empty_graph_and_determinism)
{
    ag_graph *empty = ag_graph_new(), *g = small_graph();
    for (int f = AG_EXPORT_JSON; f <= AG_EXPORT_ACTORS_CSV; f++) {
        char *a = exported(empty, (ag_export_format)f), *b = exported(g, (ag_export_format)f),
             *c = exported(g, (ag_export_format)f);
        cr_assert_str_eq(b, c, "format %d is deterministic", f);
        if (f == AG_EXPORT_GRAPHML || f == AG_EXPORT_GEXF || f == AG_EXPORT_GEXF13) {
            expect_schema_valid(a, f == AG_EXPORT_GRAPHML ? GRAPHML_XSD
                                   : f == AG_EXPORT_GEXF  ? GEXF12_XSD
                                                          : GEXF13_XSD);
        } else if (f == AG_EXPORT_EDGES_CSV || f == AG_EXPORT_ACTORS_CSV) {
            cr_assert(strchr(a, '\n') == a + strlen(a) - 1, "only the header: %s", a);
        } else {
            ag_json_doc doc = parsed(a);
            ag_json_doc_free(&doc);
        }
        free(a);
        free(b);
        free(c);
    }
    ag_graph_free(empty);
    ag_graph_free(g);
}
