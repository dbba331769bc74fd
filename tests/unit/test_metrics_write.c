/* Unit tests for metrics_write.c: the table, CSV and JSON forms of the
 * metrics of small graphs. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "json.h"
#include "metrics.h"
#include "metrics_write.h"

typedef struct {
    size_t s, t;
    double w; /* > 0 support, < 0 hostility */
} rel;

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* Actors A0.. labelled labels[i] (NULL: the id) and the relations given. */
static ag_graph *mk(size_t n, const char *const *labels, const rel *r, size_t nr)
{
    ag_graph *g = ag_graph_new();
    for (size_t i = 0; i < n; i++) {
        char id[24];
        snprintf(id, sizeof id, "A%zu", i);
        ag_actor a = {.id = id, .label = labels ? (char *)labels[i] : NULL};
        ag_graph_add_actor(g, &a);
    }
    for (size_t j = 0; j < nr; j++) {
        ag_relation x = {.source = r[j].s,
                         .target = r[j].t,
                         .type = "t",
                         .weight = r[j].w,
                         .confidence = 1,
                         .polarity = r[j].w > 0 ? AG_SUPPORT : AG_HOSTILITY};
        ag_graph_add_relation(g, &x);
    }
    return g;
}

/* Writes the metrics of g in format f into an owned string. */
static char *written(const ag_graph *g, ag_metrics_format f)
{
    ag_metrics *m;
    ag_error e;
    cr_assert_eq(ag_metrics_compute(g, &m, &e), AG_OK, "%s", e.msg);
    ag_buf out = AG_BUF_INIT;
    ag_metrics_write(g, m, f, &out);
    ag_metrics_free(m);
    return ag_buf_detach(&out);
}

/* Two supportive triangles {0,1,2}, {3,4,5}, hostile across, a support tie
 * 2 - 3 that breaks the camps, and 0 <-> 3 hostile both ways. */
static const rel CAMPS[] = {{0, 1, 2},  {1, 2, 2},  {2, 0, 2},  {3, 4, 2},  {4, 5, 2}, {5, 3, 2},
                            {0, 3, -2}, {3, 0, -1}, {1, 4, -2}, {5, 2, -2}, {2, 3, 1}};

Test(metrics_write, format_names)
{
    struct {
        const char *name;
        bool ok;
        ag_metrics_format f;
    } cases[] = {{"table", true, AG_METRICS_TABLE}, {"txt", true, AG_METRICS_TABLE},
                 {"csv", true, AG_METRICS_CSV},     {"json", true, AG_METRICS_JSON},
                 {"JSON", false, AG_METRICS_CSV},   {"", false, AG_METRICS_CSV}};
    for (size_t k = 0; k < N(cases); k++) {
        ag_metrics_format f = AG_METRICS_CSV;
        cr_assert_eq(ag_metrics_format_parse(cases[k].name, &f), cases[k].ok, "%s", cases[k].name);
        cr_assert_eq(f, cases[k].f, "%s", cases[k].name);
    }
}

/* Display columns of the UTF-8 in s[0..n) for the characters these tests
 * use: U+0301 takes none, CJK ideographs two, the rest one. */
static size_t columns(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c & 0xC0) == 0x80)
            continue;
        if (c == 0xCC && i + 1 < n && (unsigned char)s[i + 1] == 0x81)
            continue; /* U+0301 combining acute */
        w += c >= 0xE4 && c <= 0xE9 ? 2 : 1;
    }
    return w;
}

Test(metrics_write, table_aligns_columns_by_display_width)
{
    const char *labels[] = {"Émile", "東京都", "Cafe\xCC\x81", "Zürich, \"Züri\""};
    rel r[] = {{0, 1, 3}, {1, 2, -2}, {2, 3, 5}, {3, 0, 1}};
    ag_graph *g = mk(4, labels, r, N(r));
    char *t = written(g, AG_METRICS_TABLE);
    size_t line_width = 0, id_col = 0, lines = 0;
    for (char *p = t; lines < 5; lines++) { /* the header and four rows */
        char *nl = strchr(p, '\n');
        cr_assert_not_null(nl);
        char *id = lines ? strstr(p, "  A") + 2 : strstr(p, "  id") + 2;
        size_t w = columns(p, (size_t)(nl - p)), c = columns(p, (size_t)(id - p));
        if (!lines) {
            line_width = w;
            id_col = c;
        }
        cr_assert_eq(w, line_width, "line %zu is %zu columns wide, not %zu:\n%s", lines, w,
                     line_width, t);
        cr_assert_eq(c, id_col, "line %zu: id at column %zu, not %zu:\n%s", lines, c, id_col, t);
        p = nl + 1;
    }
    cr_assert_eq(lines, 5);
    cr_assert(strncmp(t, "actor ", 6) == 0, "%s", t);
    for (size_t i = 0; i < N(labels); i++)
        cr_assert(strstr(t, labels[i]) != NULL, "label %s not shown:\n%s", labels[i], t);
    free(t);
    ag_graph_free(g);
}

Test(metrics_write, table_rows_by_pagerank_and_undefined_as_dash)
{
    /* A0 <-> A1 hostile: PN undefined; A2 -> A1 gives A1 the top PageRank */
    rel r[] = {{0, 1, -2}, {1, 0, -2}, {2, 1, 3}};
    ag_graph *g = mk(2, NULL, r, 2);
    char *t = written(g, AG_METRICS_TABLE);
    cr_assert(strstr(t, "  -  ") != NULL, "PN of a singular system shows as -:\n%s", t);
    free(t);
    ag_graph_free(g);
    g = mk(3, NULL, r, N(r));
    t = written(g, AG_METRICS_TABLE);
    char *a0 = strstr(t, "\nA0 "), *a1 = strstr(t, "\nA1 "), *a2 = strstr(t, "\nA2 ");
    cr_assert(a0 && a1 && a2, "%s", t);
    cr_assert(a1 < a0 && a0 < a2, "rows by PageRank, highest first:\n%s", t);
    free(t);
    ag_graph_free(g);
}

/* Checks that the table of g holds every want[k]; frees g. */
static void expect_table_lines(ag_graph *g, const char *const *want, size_t n)
{
    char *t = written(g, AG_METRICS_TABLE);
    for (size_t k = 0; k < n; k++)
        cr_assert(strstr(t, want[k]) != NULL, "missing %s in\n%s", want[k], t);
    free(t);
    ag_graph_free(g);
}

Test(metrics_write, table_ends_with_the_graph_summary)
{
    ag_graph *g = mk(6, NULL, CAMPS, N(CAMPS));
    const char *want[] = {
        "\n\nBalance: ",
        "\nFrustration: 1 tie breaks the best two-camp split (exact): A2 - A3.\n",
        "\nCamps: A0, A1, A2 | A3, A4, A5.\n",
        "\nBlocs (spinglass): 1 = A0, A1, A2; 2 = A3, A4, A5.\n",
        "\nBlocs agree with the camps on 100% of actor pairs within components.\n",
        "\nReciprocal hostility: A0 <-> A3 (50% of hostility ties reciprocated).\n",
        "\nReciprocal support: none (0% of support ties reciprocated).\n"};
    expect_table_lines(g, want, N(want));
}

Test(metrics_write, summary_without_triangles_or_second_camp)
{
    rel r[] = {{0, 1, 2}, {1, 2, 2}};
    ag_graph *g = mk(4, NULL, r, N(r));
    const char *want[] = {"\nBalance: no triangle of signed ties.\n",
                          "\nFrustration: 0 ties break the best two-camp split (exact).\n",
                          "\nCamps: A0, A1, A2 | none.\n",
                          "\nBlocs (spinglass): 1 = A0, A1, A2.\n"};
    expect_table_lines(g, want, N(want));
}

Test(metrics_write, csv_header_rows_escaping_and_empty_undefined)
{
    const char *labels[] = {"Paris, \"city\"", " padded"};
    rel r[] = {{0, 1, -2}, {1, 0, -4}};
    ag_graph *g = mk(2, labels, r, N(r));
    char *t = written(g, AG_METRICS_CSV);
    const char *want =
        "id,label,pagerank,betweenness,support_in,support_out,hostility_in,hostility_out,"
        "strength_in,strength_out,net_in,hostility_share,pn,pn_in,pn_out,bloc,camp,"
        "support_deg_in,support_deg_out,hostility_deg_in,hostility_deg_out\n"
        "A0,\"Paris, \"\"city\"\"\",0.5,0,0,0,4,2,4,2,-4,1,,,,1,0,0,0,1,1\n"
        "A1,\" padded\",0.5,0,0,0,2,4,2,4,-2,1,,,,2,1,0,0,1,1\n";
    cr_assert_str_eq(t, want);
    free(t);
    ag_graph_free(g);
}

static const ag_json *at(const ag_json *v, size_t i)
{
    cr_assert(v && i < v->nitems);
    return v->items[i];
}

static const ag_json *path(const ag_json *v, const char *k1, const char *k2)
{
    const ag_json *x = ag_json_get(v, k1);
    cr_assert_not_null(x, "no %s", k1);
    if (k2) {
        x = ag_json_get(x, k2);
        cr_assert_not_null(x, "no %s.%s", k1, k2);
    }
    return x;
}

Test(metrics_write, json_form)
{
    ag_graph *g = mk(6, NULL, CAMPS, N(CAMPS));
    char *t = written(g, AG_METRICS_JSON);
    ag_json_doc doc;
    ag_error e;
    cr_assert_eq(ag_json_parse("metrics.json", t, strlen(t), &doc, &e), AG_OK, "%s\n%s", e.msg, t);
    const char *keys[] = {"id",
                          "label",
                          "pagerank",
                          "betweenness",
                          "strength_in",
                          "strength_out",
                          "support_in",
                          "support_out",
                          "hostility_in",
                          "hostility_out",
                          "net_in",
                          "hostility_share",
                          "pn",
                          "pn_in",
                          "pn_out",
                          "bloc",
                          "camp",
                          "support_deg_in",
                          "support_deg_out",
                          "hostility_deg_in",
                          "hostility_deg_out"};
    const ag_json *actors = path(doc.root, "actors", NULL), *a3 = at(actors, 3);
    cr_assert_eq(actors->nitems, 6);
    cr_assert_eq(a3->nitems, N(keys));
    for (size_t k = 0; k < N(keys); k++)
        cr_assert_str_eq(a3->items[k]->key, keys[k]);
    cr_assert_str_eq(ag_json_get(a3, "id")->string, "A3");
    cr_assert_eq(ag_json_get(a3, "camp")->number, 1);
    cr_assert_eq(ag_json_get(a3, "hostility_in")->number, 2);
    const ag_json *gr = path(doc.root, "graph", NULL);
    cr_assert_eq(path(gr, "actors", NULL)->number, 6);
    cr_assert_eq(path(gr, "relations", NULL)->number, N(CAMPS));
    cr_assert_eq(path(gr, "frustration", "index")->number, 1);
    cr_assert_eq(path(gr, "frustration", "exact")->type, AG_JSON_TRUE);
    const ag_json *tie = at(path(gr, "frustration", "ties"), 0);
    cr_assert_str_eq(ag_json_get(tie, "source")->string, "A2");
    cr_assert_str_eq(ag_json_get(tie, "target")->string, "A3");
    const ag_json *camps = path(gr, "frustration", "camps");
    cr_assert_eq(camps->nitems, 2);
    cr_assert_str_eq(at(at(camps, 1), 0)->string, "A3");
    const ag_json *bloc2 = at(path(gr, "blocs", NULL), 1);
    cr_assert_eq(ag_json_get(bloc2, "bloc")->number, 2);
    cr_assert_eq(ag_json_get(bloc2, "actors")->nitems, 3);
    cr_assert_eq(path(gr, "bloc_vs_camp_agreement", NULL)->number, 1);
    const ag_json *host = at(path(gr, "reciprocal", "hostility"), 0);
    cr_assert_str_eq(at(host, 0)->string, "A0");
    cr_assert_str_eq(at(host, 1)->string, "A3");
    cr_assert_eq(path(gr, "reciprocal", "hostility_share")->number, 0.5);
    cr_assert_eq(path(gr, "balance", "triangles")->number,
                 path(gr, "balance", "balanced")->number +
                     path(gr, "balance", "unbalanced")->number);
    ag_json_doc_free(&doc);
    free(t);
    ag_graph_free(g);
}

Test(metrics_write, json_writes_undefined_as_null)
{
    rel r[] = {{0, 1, -2}, {1, 0, -4}};
    ag_graph *g = mk(2, NULL, r, N(r));
    char *t = written(g, AG_METRICS_JSON);
    ag_json_doc doc;
    cr_assert_eq(ag_json_parse("metrics.json", t, strlen(t), &doc, NULL), AG_OK, "%s", t);
    const ag_json *a0 = at(path(doc.root, "actors", NULL), 0);
    cr_assert_eq(ag_json_get(a0, "pn")->type, AG_JSON_NULL, "%s", t);
    cr_assert_eq(ag_json_get(a0, "pn_out")->type, AG_JSON_NULL);
    cr_assert_eq(path(path(doc.root, "graph", NULL), "balance", "share")->type, AG_JSON_NULL);
    ag_json_doc_free(&doc);
    free(t);
    ag_graph_free(g);
}

Test(metrics_write, columns_are_those_of_the_csv_and_summary_ends_the_table)
{
    ag_graph *g = mk(6, NULL, CAMPS, N(CAMPS));
    ag_metrics *m = NULL;
    ag_error e;
    cr_assert_eq(ag_metrics_compute(g, &m, &e), AG_OK, "%s", e.msg);
    char *csv = written(g, AG_METRICS_CSV);
    ag_buf head = AG_BUF_INIT, row = AG_BUF_INIT;
    ag_buf_puts(&head, "id,label");
    ag_buf_puts(&row, "A3,A3");
    for (size_t k = 0; k < ag_metric_ncolumns(); k++) {
        ag_buf_printf(&head, ",%s", ag_metric_column_name(k));
        double v = ag_metric_column_value(&m->actors[3], k);
        ag_buf_putc(&row, ',');
        if (!isnan(v))
            ag_buf_num(&row, v);
        if (ag_metric_column_integer(k))
            cr_assert_eq(v, floor(v), "%s", ag_metric_column_name(k));
    }
    cr_assert_eq(strncmp(csv, head.data, head.len), 0, "%s\n%s", csv, head.data);
    cr_assert(strstr(csv, row.data), "%s\nlacks %s", csv, row.data);
    cr_assert(ag_metric_column_integer(ag_metric_ncolumns() - 1));
    cr_assert_not(ag_metric_column_integer(0));
    ag_buf sum = AG_BUF_INIT;
    ag_metrics_write_summary(g, m, &sum);
    char *table = written(g, AG_METRICS_TABLE);
    size_t tl = strlen(table);
    cr_assert(sum.len > 0 && tl > sum.len);
    cr_assert_str_eq(table + tl - sum.len, sum.data);
    cr_assert(strncmp(sum.data, "Balance: ", 9) == 0, "%s", sum.data);
    free(table);
    ag_buf_free(&sum);
    ag_buf_free(&head);
    ag_buf_free(&row);
    free(csv);
    ag_metrics_free(m);
    ag_graph_free(g);
}

Test(metrics_write, an_actor_without_tie_has_no_bloc_and_no_camp_in_every_form)
{
    rel r[] = {{0, 1, 2}, {1, 2, -2}};
    ag_graph *g = mk(4, NULL, r, N(r)); /* A3 takes part in nothing */
    char *csv = written(g, AG_METRICS_CSV);
    cr_assert(strstr(csv, "\nA3,A3,"), "%s", csv);
    cr_assert(strstr(csv, ",,,0,0,0,0\n"), "bloc and camp of A3 empty: %s", csv);
    cr_assert(strstr(csv, "\nA0,A0,") && strstr(strstr(csv, "\nA0,A0,"), ",1,0,0,1,0,0\n"),
              "A0 is in bloc 1, camp 0: %s", csv);
    char *json = written(g, AG_METRICS_JSON);
    ag_json_doc doc;
    cr_assert_eq(ag_json_parse("metrics.json", json, strlen(json), &doc, NULL), AG_OK);
    const ag_json *actors = path(doc.root, "actors", NULL);
    cr_assert_eq(ag_json_get(at(actors, 3), "bloc")->type, AG_JSON_NULL, "%s", json);
    cr_assert_eq(ag_json_get(at(actors, 3), "camp")->type, AG_JSON_NULL);
    cr_assert_eq(ag_json_get(at(actors, 0), "camp")->number, 0);
    cr_assert_eq(ag_json_get(at(actors, 0), "bloc")->number, 1);
    char *table = written(g, AG_METRICS_TABLE);
    const char *row = strstr(table, "\nA3 ");
    cr_assert(row, "%s", table);
    const char *end = strchr(row + 1, '\n');
    cr_assert(end && end - row > 7 && strncmp(end - 7, "-     -", 7) == 0, "%s", table);
    ag_json_doc_free(&doc);
    free(csv);
    free(json);
    free(table);
    ag_graph_free(g);
}
