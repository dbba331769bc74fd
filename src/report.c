/* report.c: the HTML report (see report.h).
 *
 * The page is polyglot: HTML5 that is also well-formed XML (XHTML
 * namespace, every element closed, no named entity but XML's own), so both
 * browsers and XML tools read it. Every text from the graph goes through
 * ag_escape_xml, and the only links are fragments we make from
 * identifiers (ag_render_node_name, ag_render_edge_name), never a URL from
 * the data. The page runs no script at all: its Content-Security-Policy
 * allows none, nor any fetch; its one style element is allowed by hash.
 */
#include "report.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "metrics_write.h"

/* The style sheet, light and dark (class on <body>), screen and print.
 * CSS_HASH is the base64 SHA-256 of CSS as written in the <style> element;
 * the Content-Security-Policy allows that style and no other. Change one,
 * change the other: tests/crosscheck/exports.py recomputes it, and the
 * browser test fails (a refused style is a console error) when they differ. */
static const char CSS[] =
    "\n:root{--bg:#ffffff;--fg:#1a1a1a;--muted:#5c5c5c;--line:#d0d0d0;--mark:#fff3c4;"
    "--support:#007a5a;--hostility:#b34700;--neutral:#6e6e6e;--link:#1f5fa8}\n"
    "body.dark{--bg:#1e1e1e;--fg:#ececec;--muted:#b4b4b4;--line:#444444;--mark:#4a3f12;"
    "--support:#33cc99;--hostility:#ff7f3f;--neutral:#a0a0a0;--link:#8ab8f0}\n"
    "body{margin:0 auto;max-width:72rem;padding:1rem 1.5rem;background:var(--bg);"
    "color:var(--fg);font:15px/1.45 \"DejaVu Sans\",Verdana,system-ui,sans-serif}\n"
    "h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin:2rem 0 .5rem;"
    "border-bottom:1px solid var(--line)}h3{font-size:1rem;margin:1.2rem 0 .3rem}\n"
    "a{color:var(--link)}.muted,.where,figcaption{color:var(--muted)}\n"
    "nav a{margin-right:1rem}\n"
    "figure{margin:1rem 0}figure svg{display:block;width:100%;height:auto;max-height:85vh}\n"
    "svg a:hover path,svg a:hover ellipse,svg a:hover polygon{stroke-width:3px}\n"
    "table{border-collapse:collapse;font-size:.9rem}th,td{padding:.2rem .5rem;"
    "border-bottom:1px solid var(--line);text-align:left;vertical-align:top}\n"
    "td.num{text-align:right;font-variant-numeric:tabular-nums}td.ties{min-width:12rem}\n"
    ".support{color:var(--support)}.hostility{color:var(--hostility)}"
    ".neutral{color:var(--neutral)}\n"
    "blockquote{margin:.2rem 0 .2rem 1rem;padding-left:.6rem;"
    "border-left:3px solid var(--line)}\n"
    ".tie:target,tr:target{background:var(--mark)}\n"
    ".scroll{overflow-x:auto}\n"
    "@media print{body{max-width:none;padding:0;font-size:10pt;background:#ffffff;"
    "color:#000000}nav{display:none}a{color:inherit;text-decoration:none}"
    "figure{break-inside:avoid}figure svg{max-height:none}.tie,tr{break-inside:avoid}"
    "h2,h3{break-after:avoid}.scroll{overflow:visible}}\n";
#define CSS_HASH "sha256-GBgT+1+punBdZnzu7NG0yI9NM4Y83lWzMjq9PrIn3/Y="

typedef struct {
    const ag_graph *g;
    const ag_metrics *m;
    const char *prefix;
    ag_edges edges;
    ag_buf tmp;
    ag_buf *out;
} page;

static void text(page *p, const char *s)
{
    ag_escape_xml(p->out, s ? s : "");
}

static void put(page *p, const char *s)
{
    ag_buf_puts(p->out, s);
}

/* The id of the evidence anchor of a node or edge named `name`. */
static void anchor(page *p, const char *name)
{
    ag_buf_printf(p->out, "%s-ev-%s", p->prefix, name);
}

static const char *node_name(page *p, size_t i)
{
    ag_buf_clear(&p->tmp);
    ag_render_node_name(p->g, i, &p->tmp);
    return p->tmp.data;
}

static const char *edge_name(page *p, const ag_edge *e)
{
    ag_buf_clear(&p->tmp);
    ag_render_edge_name(p->g, e, &p->tmp);
    return p->tmp.data;
}

/* ---- head and header ---- */

static void head(page *p, const char *title)
{
    put(p, "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
           "<meta charset=\"utf-8\"/>\n"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
           "style-src '" CSS_HASH "'; img-src data:; base-uri 'none'; form-action 'none'\"/>\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
           "<meta name=\"generator\" content=\"actorgraph\"/>\n"
           "<link rel=\"icon\" href=\"data:,\"/>\n<title>");
    text(p, title);
    ag_buf_printf(p->out, "</title>\n<style>%s</style>\n</head>\n", CSS);
}

static void counts(page *p)
{
    size_t n[3] = {0, 0, 0};
    for (size_t j = 0; j < p->g->nrelations; j++)
        n[p->g->relations[j].polarity + 1]++;
    ag_buf_printf(p->out,
                  "<p>%zu actor%s, %zu relation%s: <span class=\"support\">%zu support</span>, "
                  "<span class=\"hostility\">%zu hostility</span>, "
                  "<span class=\"neutral\">%zu neutral</span>.</p>\n",
                  p->g->nactors, p->g->nactors == 1 ? "" : "s", p->g->nrelations,
                  p->g->nrelations == 1 ? "" : "s", n[AG_SUPPORT + 1], n[AG_HOSTILITY + 1],
                  n[AG_NEUTRAL + 1]);
}

static void header(page *p, const char *title)
{
    put(p, "<header>\n<h1>");
    text(p, title);
    put(p, "</h1>\n");
    if (p->g->nsources) {
        ag_buf_printf(p->out, "<p class=\"sources\">Source%s: ", p->g->nsources == 1 ? "" : "s");
        for (size_t i = 0; i < p->g->nsources; i++) {
            const ag_source *s = &p->g->sources[i];
            put(p, i ? "; <cite>" : "<cite>");
            text(p, s->id);
            put(p, "</cite>");
            if (s->date || s->path) {
                put(p, " (");
                text(p, s->date);
                put(p, s->date && s->path ? ", " : "");
                if (s->path) {
                    put(p, "<code>");
                    text(p, s->path);
                    put(p, "</code>");
                }
                put(p, ")");
            }
        }
        put(p, ".</p>\n");
    }
    counts(p);
    ag_buf_printf(p->out,
                  "<nav><a href=\"#%s-picture\">Picture</a><a href=\"#%s-actors\">Actors</a>"
                  "<a href=\"#%s-signed\">Signed structure</a>"
                  "<a href=\"#%s-evidence\">Evidence</a></nav>\n</header>\n",
                  p->prefix, p->prefix, p->prefix, p->prefix);
}

/* ---- picture ---- */

static void picture(page *p, const ag_buf *svg)
{
    ag_buf_printf(p->out, "<section id=\"%s-picture\">\n<h2>Picture</h2>\n<figure>\n", p->prefix);
    ag_buf_put(p->out, svg->data, svg->len);
    put(p, "\n<figcaption>Click an actor or a tie for its evidence; hover for details. "
           "Support green and solid, hostility orange and dashed, neutral grey and dotted.");
    put(p, "</figcaption>\n</figure>\n</section>\n");
}

/* ---- actors and metrics ---- */

typedef struct {
    double key;
    size_t index;
} ranked;

static int cmp_ranked(const void *x, const void *y)
{
    const ranked *a = x, *b = y;
    if (a->key != b->key)
        return a->key > b->key ? -1 : 1;
    return a->index < b->index ? -1 : a->index > b->index;
}

static void num_cell(page *p, double v, const char *fmt)
{
    put(p, "<td class=\"num\">");
    if (isnan(v))
        put(p, "-");
    else
        ag_buf_printf(p->out, fmt, v);
    put(p, "</td>");
}

/* Links to the evidence of every drawn edge that touches actor i. */
static void ties_cell(page *p, size_t i)
{
    put(p, "<td class=\"ties\">");
    bool first = true;
    for (size_t k = 0; k < p->edges.len; k++) {
        const ag_edge *e = &p->edges.items[k];
        if (e->source != i && e->target != i)
            continue;
        put(p, first ? "" : ", ");
        first = false;
        ag_buf_puts(p->out, "<a href=\"#");
        anchor(p, edge_name(p, e));
        ag_buf_printf(p->out, "\" class=\"%s\">%s", ag_polarity_name(e->polarity),
                      e->source == i ? "\xE2\x86\x92 " : "\xE2\x86\x90 ");
        text(p, p->g->actors[e->source == i ? e->target : e->source].label);
        put(p, "</a>");
    }
    put(p, first ? "none</td>" : "</td>");
}

static void actor_row(page *p, size_t i)
{
    const ag_actor *a = &p->g->actors[i];
    const ag_actor_metrics *x = &p->m->actors[i];
    put(p, "<tr id=\"");
    anchor(p, node_name(p, i));
    put(p, "\"><td>");
    text(p, a->label);
    put(p, "<br/><code class=\"muted\">");
    text(p, a->id);
    ag_buf_printf(p->out, "</code></td><td>%s</td>", ag_kind_name(a->kind));
    num_cell(p, x->pagerank, "%.4f");
    num_cell(p, x->betweenness, "%.1f");
    num_cell(p, x->support_in, "%.1f");
    num_cell(p, x->support_out, "%.1f");
    num_cell(p, x->hostility_in, "%.1f");
    num_cell(p, x->hostility_out, "%.1f");
    num_cell(p, x->pn, "%.3f");
    num_cell(p, x->bloc > 0 ? (double)x->bloc : NAN, "%.0f");
    num_cell(p, x->bloc > 0 ? (double)x->camp : NAN, "%.0f");
    ties_cell(p, i);
    put(p, "</tr>\n");
}

static void actors(page *p)
{
    size_t n = p->g->nactors;
    ranked *order = ag_xmalloc((n ? n : 1) * sizeof *order);
    for (size_t i = 0; i < n; i++)
        order[i] = (ranked){p->m->actors[i].pagerank, i};
    qsort(order, n, sizeof *order, cmp_ranked);
    ag_buf_printf(p->out,
                  "<section id=\"%s-actors\">\n<h2>Actors and metrics</h2>\n"
                  "<p class=\"muted\">By PageRank. Strengths are sums of |Goldstein weight|; "
                  "PN: positive-negative centrality; bloc: signed spinglass community; "
                  "camp: side in the best two-camp split (- for isolated actors).</p>\n"
                  "<div class=\"scroll\"><table>\n<thead><tr><th>Actor (id)</th>"
                  "<th>kind</th><th>PageRank</th><th>betweenness</th><th>support in</th>"
                  "<th>support out</th><th>hostility in</th><th>hostility out</th><th>PN</th>"
                  "<th>bloc</th><th>camp</th><th>ties</th></tr></thead>\n<tbody>\n",
                  p->prefix);
    for (size_t r = 0; r < n; r++)
        actor_row(p, order[r].index);
    put(p, "</tbody>\n</table></div>\n</section>\n");
    free(order);
}

/* ---- signed structure ---- */

static void signed_summary(page *p)
{
    ag_buf lines = AG_BUF_INIT;
    ag_metrics_write_summary(p->g, p->m, &lines);
    ag_buf_printf(p->out, "<section id=\"%s-signed\">\n<h2>Signed structure</h2>\n<ul>\n",
                  p->prefix);
    for (char *line = lines.data, *nl; line && *line; line = nl + 1) {
        nl = strchr(line, '\n');
        *nl = '\0';
        put(p, "<li>");
        text(p, line);
        put(p, "</li>\n");
    }
    put(p, "</ul>\n</section>\n");
    ag_buf_free(&lines);
}

/* ---- evidence ---- */

static void relation_item(page *p, const ag_relation *r)
{
    const char *date = ag_relation_date(p->g, r);
    put(p, "<li><p>");
    text(p, r->type ? r->type : "relation");
    if (r->cameo) {
        put(p, " (CAMEO ");
        text(p, r->cameo);
        put(p, ")");
    }
    put(p, ", weight ");
    ag_buf_num(p->out, r->weight);
    if (date) {
        put(p, ", ");
        text(p, date);
    }
    put(p, ", confidence ");
    ag_buf_num(p->out, r->confidence);
    put(p, "</p>\n");
    if (!r->nevidence)
        put(p, "<p class=\"where\">No evidence recorded.</p>\n");
    for (size_t v = 0; v < r->nevidence; v++) {
        const ag_evidence *e = &r->evidence[v];
        put(p, "<blockquote><p>");
        text(p, e->text);
        put(p, "</p></blockquote>\n<p class=\"where\"><cite>");
        text(p, e->source);
        put(p, "</cite>");
        if (e->sentence)
            ag_buf_printf(p->out, ", sentence %zu", e->sentence);
        put(p, "</p>\n");
    }
    put(p, "</li>\n");
}

static void edge_section(page *p, const ag_edge *e)
{
    const char *pol = ag_polarity_name(e->polarity);
    ag_buf_printf(p->out, "<section class=\"tie %s\" id=\"", pol);
    anchor(p, edge_name(p, e));
    put(p, "\">\n<h3><a href=\"#");
    anchor(p, node_name(p, e->source));
    put(p, "\">");
    text(p, p->g->actors[e->source].label);
    put(p, "</a> \xE2\x86\x92 <a href=\"#");
    anchor(p, node_name(p, e->target));
    put(p, "\">");
    text(p, p->g->actors[e->target].label);
    ag_buf_printf(p->out,
                  "</a>: <span class=\"%s\">%s</span>, %zu relation%s, "
                  "sum of |weight| ",
                  pol, pol, e->nrelations, e->nrelations == 1 ? "" : "s");
    ag_buf_num(p->out, e->abs_weight);
    put(p, "</h3>\n<ol>\n");
    for (size_t k = 0; k < e->nrelations; k++)
        relation_item(p, &p->g->relations[e->relations[k]]);
    put(p, "</ol>\n</section>\n");
}

static void evidence(page *p)
{
    ag_buf_printf(p->out,
                  "<section id=\"%s-evidence\">\n<h2>Evidence</h2>\n"
                  "<p class=\"muted\">Every relation, grouped by the tie drawn for it, with the "
                  "sentence it was read from.</p>\n",
                  p->prefix);
    for (size_t k = 0; k < p->edges.len; k++)
        edge_section(p, &p->edges.items[k]);
    if (!p->edges.len)
        put(p, "<p>No relation.</p>\n");
    put(p, "</section>\n");
}

ag_status ag_report_html(const ag_graph *g, const ag_metrics *m, const ag_render_options *o,
                         ag_buf *out, ag_error *err)
{
    ag_render_options ro = *o;
    ro.inline_svg = ro.responsive = true;
    const char *prefix = o->id_prefix ? o->id_prefix : "ag";
    ag_buf href = AG_BUF_INIT, svg = AG_BUF_INIT;
    ag_buf_printf(&href, "#%s-ev-", prefix);
    ro.href_prefix = href.data;
    ag_status s = ag_render(g, m, &ro, "svg", &svg, err);
    if (s == AG_OK) {
        page p = {.g = g, .m = m, .prefix = prefix, .edges = ag_graph_edges(g), .out = out};
        const char *title = ag_render_title(g, o);
        head(&p, title);
        ag_buf_printf(out, "<body class=\"%s\">\n", o->theme == AG_THEME_DARK ? "dark" : "light");
        header(&p, title);
        put(&p, "<main>\n");
        picture(&p, &svg);
        actors(&p);
        signed_summary(&p);
        evidence(&p);
        put(&p, "</main>\n<footer><p class=\"muted\">Made with actorgraph.</p></footer>\n"
                "</body>\n</html>\n");
        ag_edges_free(&p.edges);
        ag_buf_free(&p.tmp);
    }
    ag_buf_free(&href);
    ag_buf_free(&svg);
    return s;
}
