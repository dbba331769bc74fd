/* Unit tests for report.c: the HTML page of the hostile-text graph, read as
 * XML by xmllint (the page is polyglot), and the parts a reader relies on:
 * the policy, the inline picture's links to evidence anchors, the tables and
 * the evidence list, the options it passes to the picture. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "graph_json.h"
#include "report.h"
#include "testutil.h"

/* The report of the graph at path with options o, as an owned string. */
static char *report(const char *path, const ag_render_options *o)
{
    ag_graph *g = test_load(path);
    ag_metrics *m = test_metrics(g);
    ag_buf out = AG_BUF_INIT;
    ag_error err;
    ag_error_clear(&err);
    cr_assert_eq(ag_report_html(g, m, o, &out, &err), AG_OK, "%s", err.msg);
    ag_metrics_free(m);
    ag_graph_free(g);
    return ag_buf_detach(&out);
}

#define HOSTILE "tests/data/render/hostile.json"
#define SEED "graphs/karabakh-2024-01-18.json"

Test(report, polyglot_xml_with_a_policy_that_forbids_scripts)
{
    ag_render_options o = ag_render_defaults();
    char *h = report(HOSTILE, &o);
    int status;
    char *lint = test_xmllint(h, "--noout 2>&1", &status);
    cr_assert_eq(status, 0, "%s", lint);
    free(lint);
    cr_assert_eq(strncmp(h, "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"", 57),
                 0);
    cr_assert(strstr(h, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                        "'none'; style-src 'sha256-"));
    cr_assert_not(strstr(h, "unsafe-inline"));
    cr_assert_not(strstr(h, "<script"), "no script element at all");
    cr_assert_not(strstr(h, "<img"));
    cr_assert_not(strstr(h, "<iframe"));
    cr_assert_not(strstr(h, "href=\"javascript:"), "the data's URLs are text, never links");
    cr_assert_not(strstr(h, "<?xml"), "the SVG is inline: no prolog inside the page");
    cr_assert(strstr(h, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    cr_assert(strstr(h, "<code>javascript:alert(document.cookie)</code>"), "the source path");
    cr_assert(strstr(h, "\xD5\x80\xD5\xA1\xD5\xB5\xD5\xA1\xD5\xBD\xD5\xBF\xD5\xA1\xD5\xB6"));
    cr_assert(strstr(h, "Az\xC9\x99rbaycan"));
    cr_assert_eq(test_count(h, "<html"), 1);
    free(h);
}

/* Every fragment link (href="#x" or xlink:href="#x") names an id of the page. */
static void links_resolve(const char *h)
{
    static const char *const attrs[] = {" href=\"#", " xlink:href=\"#"};
    for (size_t k = 0; k < 2; k++) {
        for (const char *p = strstr(h, attrs[k]); p; p = strstr(p + 1, attrs[k])) {
            const char *v = p + strlen(attrs[k]);
            ag_buf id = AG_BUF_INIT;
            ag_buf_printf(&id, " id=\"%.*s\"", (int)strcspn(v, "\""), v);
            cr_assert(strstr(h, id.data), "link to a missing%s", id.data);
            ag_buf_free(&id);
        }
    }
}

Test(report, picture_links_every_actor_and_tie_to_its_evidence)
{
    ag_graph *g = test_load(SEED);
    ag_render_options o = ag_render_defaults();
    char *h = report(SEED, &o);
    links_resolve(h);
    ag_buf name = AG_BUF_INIT;
    for (size_t i = 0; i < g->nactors; i++) {
        ag_buf_clear(&name);
        ag_buf_puts(&name, "xlink:href=\"#ag-ev-");
        ag_render_node_name(g, i, &name);
        cr_assert(strstr(h, name.data), "%s", name.data);
    }
    ag_edges e = ag_graph_edges(g);
    for (size_t k = 0; k < e.len; k++) {
        ag_buf_clear(&name);
        ag_buf_puts(&name, "<section class=\"tie ");
        ag_buf_printf(&name, "%s\" id=\"ag-ev-", ag_polarity_name(e.items[k].polarity));
        ag_render_edge_name(g, &e.items[k], &name);
        cr_assert(strstr(h, name.data), "%s", name.data);
    }
    cr_assert_eq(test_count(h, "<section class=\"tie "), e.len);
    ag_edges_free(&e);
    /* one list item per relation, with its sentences */
    size_t nev = 0;
    for (size_t j = 0; j < g->nrelations; j++)
        nev += g->relations[j].nevidence;
    cr_assert_eq(test_count(h, "<blockquote>"), nev);
    cr_assert_eq(test_count(h, "<li><p>"), g->nrelations);
    ag_buf esc = AG_BUF_INIT;
    ag_escape_xml(&esc, g->relations[0].evidence[0].text);
    cr_assert(strstr(h, esc.data));
    ag_buf_free(&esc);
    ag_buf_free(&name);
    free(h);
    ag_graph_free(g);
}

Test(report, metrics_table_and_signed_summary)
{
    ag_render_options o = ag_render_defaults();
    char *h = report(SEED, &o);
    ag_graph *g = test_load(SEED);
    cr_assert(strstr(h, "<h2>Actors and metrics</h2>"));
    cr_assert_eq(test_count(h, "<tr id=\"ag-ev-n-"), g->nactors);
    cr_assert(strstr(h, "<h2>Signed structure</h2>\n<ul>\n<li>Balance: "));
    cr_assert(strstr(h, "<li>Frustration: "));
    cr_assert(strstr(h, "<li>Blocs (spinglass):"));
    cr_assert(strstr(h, "<li>Reciprocal hostility: "));
    cr_assert(strstr(h, "<section id=\"ag-picture\">"));
    cr_assert(strstr(h, "class=\"legend\""), "the legend is drawn");
    cr_assert(strstr(h, "@media print{"));
    free(h);
    ag_graph_free(g);
}

Test(report, options_reach_the_page_and_the_picture)
{
    ag_render_options o = ag_render_defaults();
    o.theme = AG_THEME_DARK;
    o.id_prefix = "r2";
    o.title = "Other <title>";
    o.legend = false;
    char *h = report(SEED, &o);
    cr_assert(strstr(h, "<body class=\"dark\">"));
    cr_assert(strstr(h, "<title>Other &lt;title&gt;</title>"));
    cr_assert(strstr(h, "<h1>Other &lt;title&gt;</h1>"));
    cr_assert(strstr(h, "xlink:href=\"#r2-ev-n-FRA\""));
    cr_assert(strstr(h, "<tr id=\"r2-ev-n-FRA\">"));
    cr_assert(strstr(h, "fill=\"#1e1e1e\""), "the dark picture");
    cr_assert_not(strstr(h, "class=\"legend\""));
    cr_assert_not(strstr(h, "id=\"ag-"));
    const char *svg = strstr(h, "<svg ");
    cr_assert(svg);
    ag_buf tag = AG_BUF_INIT;
    ag_buf_put(&tag, svg, (size_t)(strchr(svg, '>') - svg));
    cr_assert(strstr(tag.data, "viewBox=") && !strstr(tag.data, " width="), "responsive: %s",
              tag.data);
    ag_buf_free(&tag);
    links_resolve(h);
    free(h);
}

Test(report, render_errors_leave_out_unchanged)
{
    ag_graph *g = test_load(SEED);
    ag_metrics *m = test_metrics(g);
    ag_render_options o = ag_render_defaults();
    o.layout = "nonesuch";
    ag_buf out = AG_BUF_INIT;
    ag_buf_puts(&out, "kept");
    ag_error err;
    cr_assert_eq(ag_report_html(g, m, &o, &out, &err), AG_EUSAGE);
    cr_assert_str_eq(out.data, "kept");
    cr_assert(strstr(err.msg, "nonesuch"), "%s", err.msg);
    ag_buf_free(&out);
    ag_metrics_free(m);
    ag_graph_free(g);
}

Test(report, empty_graph)
{
    ag_graph *g = ag_graph_new();
    ag_metrics *m = test_metrics(g);
    ag_render_options o = ag_render_defaults();
    ag_buf out = AG_BUF_INIT;
    ag_error err;
    cr_assert_eq(ag_report_html(g, m, &o, &out, &err), AG_OK, "%s", err.msg);
    int status;
    char *lint = test_xmllint(out.data, "--noout 2>&1", &status);
    cr_assert_eq(status, 0, "%s", lint);
    cr_assert(strstr(out.data, "<p>No relation.</p>"));
    cr_assert(strstr(out.data, "<h1>Actor graph</h1>"));
    free(lint);
    ag_buf_free(&out);
    ag_metrics_free(m);
    ag_graph_free(g);
}
