/* Unit tests for gdelt.c: the sample exports in tests/data/gdelt/ (GDELT
 * 2.0 with 61 columns, 1.0 daily with 58, 1.0 backfile with 57), every
 * field mapped to the graph, and errors at file:line:col. Rows for the
 * error cases are the samples' rows with one column changed. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fileio.h"
#include "gdelt.h"
#include "graph_json.h"
#include "testutil.h"

#define V2 "tests/data/gdelt/20240118150000.export.CSV"
#define V1 "tests/data/gdelt/20240118.export.CSV"
#define V1_57 "tests/data/gdelt/201301.csv"

static ag_gdelt *reader;

static void setup(void)
{
    ag_error err;
    cr_assert_eq(ag_gdelt_new("data", &reader, &err), AG_OK, "%s", err.msg);
}

static void teardown(void)
{
    ag_gdelt_free(reader);
}

TestSuite(gdelt, .init = setup, .fini = teardown);

static char *read_all(const char *path, size_t *len)
{
    char *text;
    ag_error err;
    cr_assert_eq(ag_read_file(path, &text, len, &err), AG_OK, "%s", err.msg);
    return text;
}

/* The graph of the export at path; the test fails when it does not read. */
static ag_graph *import(const char *path, const char *id)
{
    size_t len;
    char *text = read_all(path, &len);
    ag_graph *g = ag_graph_new();
    ag_error err;
    cr_assert_eq(ag_gdelt_read(reader, id, path, text, len, g, NULL, &err), AG_OK, "%s:%zu:%zu: %s",
                 err.file, err.line, err.col, err.msg);
    free(text);
    return g;
}

static const ag_actor *actor(const ag_graph *g, const char *id)
{
    size_t i;
    cr_assert(ag_graph_find_actor(g, id, &i), "actor %s", id);
    return &g->actors[i];
}

static const char *id_of(const ag_graph *g, size_t i)
{
    return g->actors[i].id;
}

Test(gdelt, a_2_0_export_maps_every_field)
{
    size_t len;
    char *text = read_all(V2, &len);
    ag_graph *g = import(V2, "v2");
    cr_assert_eq(g->nsources, 1);
    cr_expect_str_eq(g->sources[0].id, "v2");
    cr_expect_str_eq(g->sources[0].path, V2);
    cr_assert_eq(g->nrelations, 8, "9 rows, one without Actor2");
    const ag_relation *r = &g->relations[0];
    cr_expect_str_eq(id_of(g, r->source), "FRALEG");
    cr_expect_str_eq(id_of(g, r->target), "AZE");
    cr_expect_str_eq(r->type, "accuse");
    cr_expect_str_eq(r->cameo, "112");
    cr_expect_eq(r->polarity, AG_HOSTILITY);
    cr_expect_eq(r->weight, -2.0);
    cr_expect_str_eq(r->date, "2024-01-18");
    cr_expect_eq(r->confidence, 0.875, "three sources");
    cr_assert_eq(r->nevidence, 1);
    const ag_evidence *e = &r->evidence[0];
    cr_expect_str_eq(e->source, "v2");
    cr_expect_eq(e->sentence, 1, "the row's line");
    cr_expect_str_eq(e->text, "https://news.example.org/2024/01/18/french-senate-resolution");
    cr_expect_eq(e->end - e->start, strlen(e->text));
    cr_expect(strncmp(text + e->start, e->text, strlen(e->text)) == 0, "the span is the URL");
    /* the 1312 row: a four-digit code and one source */
    r = &g->relations[3];
    cr_expect_str_eq(r->type, "threaten to boycott embargo or sanction");
    cr_expect_str_eq(r->cameo, "1312");
    cr_expect_eq(r->weight, -5.8);
    cr_expect_eq(r->confidence, 0.5);
    cr_expect_eq(r->evidence[0].sentence, 4);
    /* "Use conventional military force, not specified below" */
    cr_expect_str_eq(g->relations[4].type, "use conventional military force");
    /* GoldsteinScale 0: neutral */
    r = &g->relations[6];
    cr_expect_str_eq(id_of(g, r->source), "USA");
    cr_expect_str_eq(r->type, "make statement");
    cr_expect_eq(r->polarity, AG_NEUTRAL);
    cr_expect_eq(r->weight, 0.0);
    cr_expect_eq(r->evidence[0].sentence, 8, "line 6 had no Actor2");
    cr_expect_eq(g->relations[5].polarity, AG_HOSTILITY, "-0.3 is hostile");
    cr_expect_str_eq(g->relations[7].date, "2024-01-19");
    ag_graph_free(g);
    free(text);
}

Test(gdelt, actors_kinds_parents_and_labels)
{
    ag_graph *g = import(V2, "v2");
    const ag_actor *a = actor(g, "AZEGOV");
    cr_expect_str_eq(a->label, "AZERBAIJAN (government)", "named AZERBAIJAN twice, BAKU once");
    cr_expect_eq(a->kind, AG_KIND_GOVERNMENT);
    cr_expect_str_eq(a->country, "AZE");
    cr_expect_str_eq(a->parent, "AZE");
    a = actor(g, "AZE");
    cr_expect_str_eq(a->label, "AZERBAIJAN");
    cr_expect_eq(a->kind, AG_KIND_STATE);
    cr_expect_null(a->parent);
    a = actor(g, "FRALEG");
    cr_expect_eq(a->kind, AG_KIND_LEGISLATURE);
    cr_expect_str_eq(a->label, "FRANCE (legislature)");
    a = actor(g, "ARMCVL");
    cr_expect_eq(a->kind, AG_KIND_POPULATION);
    cr_expect_str_eq(a->parent, "ARM");
    a = actor(g, "IGOUNO");
    cr_expect_eq(a->kind, AG_KIND_IGO);
    cr_expect_str_eq(a->label, "UNITED NATIONS");
    cr_expect_null(a->country);
    cr_expect_null(a->parent);
    size_t fra, fraleg;
    cr_assert(ag_graph_find_actor(g, "FRA", &fra));
    cr_assert(ag_graph_find_actor(g, "FRALEG", &fraleg));
    cr_expect_lt(fra, fraleg, "a parent comes before its organ");
    cr_expect_eq(g->nactors, 8);
    ag_graph_free(g);
}

Test(gdelt, a_1_0_daily_export_gives_the_same_graph_as_2_0)
{
    ag_graph *a = import(V2, "s"), *b = import(V1, "s");
    ag_buf ja = AG_BUF_INIT, jb = AG_BUF_INIT;
    for (size_t i = 0; i < a->nrelations; i++) /* spans differ: the 2.0 rows are longer */
        a->relations[i].evidence[0].start = a->relations[i].evidence[0].end = 0;
    for (size_t i = 0; i < b->nrelations; i++)
        b->relations[i].evidence[0].start = b->relations[i].evidence[0].end = 0;
    free(a->sources[0].path);
    free(b->sources[0].path);
    a->sources[0].path = b->sources[0].path = NULL;
    ag_graph_write_json(a, &ja);
    ag_graph_write_json(b, &jb);
    cr_expect_str_eq(ja.data, jb.data);
    ag_buf_free(&ja);
    ag_buf_free(&jb);
    ag_graph_free(a);
    ag_graph_free(b);
}

Test(gdelt, a_57_column_row_cites_its_event_id)
{
    ag_graph *g = import(V1_57, "backfile");
    cr_assert_eq(g->nrelations, 5);
    const ag_evidence *e = &g->relations[2].evidence[0];
    cr_expect_str_eq(e->text, "GDELT event 1150003103");
    cr_expect_eq(e->start, 0);
    cr_expect_eq(e->end, 0);
    cr_expect_eq(e->sentence, 3);
    cr_expect_str_eq(g->relations[0].date, "2013-01-15");
    ag_graph_free(g);
}

Test(gdelt, what_it_writes_loads_back_strictly)
{
    ag_graph *g = import(V2, "v2");
    ag_buf out = AG_BUF_INIT;
    ag_graph_write_json(g, &out);
    ag_json_doc doc;
    ag_error err;
    cr_assert_eq(ag_json_parse("g.json", out.data, out.len, &doc, &err), AG_OK);
    ag_graph *back = NULL;
    cr_expect_eq(ag_graph_from_json(&doc, true, &back, NULL, &err), AG_OK, "%s:%zu:%zu: %s",
                 err.file, err.line, err.col, err.msg);
    ag_json_doc_free(&doc);
    ag_graph_free(back);
    ag_buf_free(&out);
    ag_graph_free(g);
}

Test(gdelt, several_files_make_one_graph_with_a_source_each)
{
    size_t l1, l2;
    char *t1 = read_all(V2, &l1), *t2 = read_all(V1_57, &l2);
    ag_graph *g = ag_graph_new();
    ag_error err;
    cr_assert_eq(ag_gdelt_read(reader, "a", V2, t1, l1, g, NULL, &err), AG_OK);
    cr_assert_eq(ag_gdelt_read(reader, "b", NULL, t2, l2, g, NULL, &err), AG_OK);
    cr_expect_eq(g->nsources, 2);
    cr_expect_null(g->sources[1].path);
    cr_expect_eq(g->nrelations, 13);
    cr_expect_str_eq(g->relations[12].evidence[0].source, "b");
    /* AZEGOV: AZERBAIJAN 2 + 1, BAKU 1 + 1 */
    cr_expect_str_eq(actor(g, "AZEGOV")->label, "AZERBAIJAN (government)");
    free(t1);
    free(t2);
    ag_graph_free(g);
}

/* ---- rows written for a test ---- */

/* Line `line` (1-based) of the 2.0 sample with column `col` (0-based) set to value. */
static char *row_with(const char *path, size_t line, size_t col, const char *value)
{
    size_t len;
    char *text = read_all(path, &len), *p = text;
    for (size_t i = 1; i < line; i++)
        p = strchr(p, '\n') + 1;
    *strchr(p, '\n') = '\0';
    ag_buf b = AG_BUF_INIT;
    size_t c = 0;
    for (char *f = p;; c++) {
        size_t n = strcspn(f, "\t");
        if (c == col)
            ag_buf_puts(&b, value);
        else
            ag_buf_put(&b, f, n);
        if (!f[n])
            break;
        ag_buf_putc(&b, '\t');
        f += n + 1;
    }
    free(text);
    return ag_buf_detach(&b);
}

/* Reads text as file "t.csv"; returns the status and fills err. */
static ag_status read_text(const char *text, ag_graph **g, ag_error *err)
{
    *g = ag_graph_new();
    return ag_gdelt_read(reader, "t", "t.csv", text, strlen(text), *g, NULL, err);
}

typedef struct {
    size_t col;
    const char *value, *message;
} bad_field;

Test(gdelt, bad_fields_are_errors_at_their_line_and_column)
{
    static const bad_field cases[] = {
        {30, "abc", "bad number in GoldsteinScale: expected -10 to 10, found 'abc'"},
        {30, "10.5", "bad number in GoldsteinScale"},
        {30, "", "bad number in GoldsteinScale"},
        {30, "-2.0x", "bad number in GoldsteinScale"},
        {32, "2.5", "bad number in NumSources: expected a whole number, found '2.5'"},
        {32, "-1", "bad number in NumSources"},
        {1, "20240231", "bad date in SQLDATE: expected YYYYMMDD, found '20240231'"},
        {1, "2024-01-18", "bad date in SQLDATE"},
        {26, "1a2", "bad EventCode: expected a CAMEO code of 2 to 4 digits, found '1a2'"},
        {26, "99", "unknown CAMEO code in EventCode: '99'"},
        {5, "FRA LEG", "bad actor code"},
        {7, "Fr", "bad country code: expected three capital letters, found 'Fr'"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *good = row_with(V2, 1, 0, "1150003101"),
             *bad = row_with(V2, 2, cases[i].col, cases[i].value);
        ag_buf text = AG_BUF_INIT;
        ag_buf_printf(&text, "%s\n%s\n", good, bad);
        ag_graph *g;
        ag_error err;
        cr_expect_eq(read_text(text.data, &g, &err), AG_EDATA, "case %zu", i);
        cr_expect_str_eq(err.file, "t.csv");
        cr_expect_eq(err.line, 2, "case %zu", i);
        /* the column: characters before the field on its line, plus one */
        size_t col = 1;
        for (size_t c = 0, k = 0; c < cases[i].col; k++)
            if (bad[k] == '\t') {
                c++;
                col = k + 2;
            }
        cr_expect_eq(err.col, col, "case %zu: column %zu, not %zu", i, col, err.col);
        cr_expect(strstr(err.msg, cases[i].message), "case %zu: %s", i, err.msg);
        ag_graph_free(g);
        ag_buf_free(&text);
        free(good);
        free(bad);
    }
}

Test(gdelt, wrong_column_counts_are_errors)
{
    ag_graph *g;
    ag_error err;
    /* a first row of 3 columns */
    cr_expect_eq(read_text("1\t2\t3\n", &g, &err), AG_EDATA);
    cr_expect_eq(err.line, 1);
    cr_expect_eq(err.col, 1);
    cr_expect(strstr(err.msg, "not a GDELT event export: found 3 tab-separated columns"), "%s",
              err.msg);
    ag_graph_free(g);
    /* a 2.0 row, then one with a column more: the error is at the extra one */
    char *a = row_with(V2, 1, 0, "1"), *b = row_with(V2, 2, 60, "https://x.example/\textra");
    ag_buf text = AG_BUF_INIT;
    ag_buf_printf(&text, "%s\n%s\n", a, b);
    cr_expect_eq(read_text(text.data, &g, &err), AG_EDATA);
    cr_expect_eq(err.line, 2);
    cr_expect_eq(err.col, strlen(b) - strlen("extra") + 1);
    cr_expect(strstr(err.msg, "found 62 tab-separated columns, expected 61 (GDELT 2.0, 61 "
                              "columns, as in the first row)"),
              "%s", err.msg);
    ag_graph_free(g);
    /* ... and one with a column less (a 1.0 daily row): the error is at its end */
    char *c = row_with(V1, 2, 0, "2");
    ag_buf_clear(&text);
    ag_buf_printf(&text, "%s\n%s\n", a, c);
    cr_expect_eq(read_text(text.data, &g, &err), AG_EDATA);
    cr_expect_eq(err.line, 2);
    cr_expect_eq(err.col, strlen(c) + 1);
    cr_expect(strstr(err.msg, "found 58 tab-separated columns, expected 61"), "%s", err.msg);
    ag_graph_free(g);
    ag_buf_free(&text);
    free(a);
    free(b);
    free(c);
}

Test(gdelt, text_that_is_not_utf8_is_an_error)
{
    ag_graph *g;
    ag_error err;
    cr_expect_eq(read_text("1\t\xff\n", &g, &err), AG_EDATA);
    cr_expect_eq(err.line, 1);
    cr_expect_eq(err.col, 3);
    cr_expect(strstr(err.msg, "UTF-8"));
    ag_graph_free(g);
}

Test(gdelt, header_blank_lines_crlf_and_rows_without_two_actors)
{
    char *a = row_with(V1, 1, 0, "1"), *b = row_with(V1, 2, 15, ""), *c = row_with(V1, 3, 0, "3");
    ag_buf text = AG_BUF_INIT;
    ag_buf_puts(&text, "GLOBALEVENTID");
    for (int i = 1; i < 58; i++)
        ag_buf_puts(&text, "\tX");
    ag_buf_printf(&text, "\r\n%s\r\n\r\n%s\n\n%s", a, b, c);
    ag_graph *g;
    ag_error err;
    cr_assert_eq(read_text(text.data, &g, &err), AG_OK, "%zu:%zu: %s", err.line, err.col, err.msg);
    cr_assert_eq(g->nrelations, 2, "the row without Actor2Code is skipped");
    cr_expect_eq(g->relations[0].evidence[0].sentence, 2);
    cr_expect_eq(g->relations[1].evidence[0].sentence, 6);
    const ag_evidence *e = &g->relations[1].evidence[0];
    cr_expect_str_eq(e->text, "https://news.example.net/yerevan-thanks-paris", "no \\r");
    cr_expect(strncmp(text.data + e->start, e->text, e->end - e->start) == 0);
    ag_graph_free(g);
    ag_buf_free(&text);
    free(a);
    free(b);
    free(c);
}

Test(gdelt, a_code_missing_from_the_table_is_named_by_its_longest_listed_prefix)
{
    /* 19 FIGHT lists 190 to 196; 1979 is not listed, nor 197 */
    char *a = row_with(V2, 5, 26, "1979");
    ag_graph *g;
    ag_error err;
    cr_assert_eq(read_text(a, &g, &err), AG_OK, "%s", err.msg);
    cr_expect_str_eq(g->relations[0].type, "fight");
    cr_expect_str_eq(g->relations[0].cameo, "1979");
    ag_graph_free(g);
    free(a);
}

Test(gdelt, progress_counts_rows_of_all_and_relations)
{
    size_t len;
    char *text = read_all(V2, &len);
    test_reports r;
    ag_progress p = test_progress(&r);
    ag_graph *g = ag_graph_new();
    ag_error err;
    cr_assert_eq(ag_gdelt_read(reader, "v2", V2, text, len, g, &p, &err), AG_OK);
    cr_assert_geq(r.n, 2);
    const test_report *first = &r.items[0], *last = &r.items[r.n - 1];
    cr_expect_str_eq(first->task, "import");
    cr_expect_str_eq(first->unit, "rows");
    cr_expect_eq(first->done, 0);
    cr_expect_eq(first->total, 9);
    cr_expect_eq(last->done, 9);
    cr_expect_eq(last->total, 9);
    cr_expect_str_eq(last->unit2, "relations");
    cr_expect_eq(last->done2, 8);
    test_reports_free(&r);
    ag_graph_free(g);
    free(text);
}

Test(gdelt, sniffing_tells_exports_from_graphs_and_articles)
{
    const char *paths[] = {V2, V1, V1_57, "graphs/karabakh-2024-01-18.json",
                           "data/articles/karabakh-2024-01-18.txt"};
    for (size_t i = 0; i < 5; i++) {
        size_t len;
        char *text = read_all(paths[i], &len);
        cr_expect_eq(ag_gdelt_looks_like(text, len), i < 3, "%s", paths[i]);
        free(text);
    }
    char header[600] = "globaleventid";
    for (int i = 1; i < 61; i++)
        strcat(header, "\tX");
    cr_expect(ag_gdelt_looks_like(header, strlen(header)));
    cr_expect_not(ag_gdelt_looks_like("", 0));
    cr_expect_not(ag_gdelt_looks_like("x\ty", 3));
}

Test(gdelt, a_bad_event_code_table_is_an_error_naming_its_line)
{
    char dir[] = "/tmp/ag-gdelt-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    char path[64], sub[48];
    snprintf(sub, sizeof sub, "%s/cameo", dir);
    cr_assert_eq(mkdir(sub, 0700), 0);
    snprintf(path, sizeof path, "%s/eventcodes.tsv", sub);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs("CAMEOEVENTCODE\tEVENTDESCRIPTION\n01\tMAKE PUBLIC STATEMENT\nx1\tbad\n", f);
    fclose(f);
    ag_gdelt *r;
    ag_error err;
    cr_expect_eq(ag_gdelt_new(dir, &r, &err), AG_EDATA);
    cr_expect_null(r);
    cr_expect_str_eq(err.file, path);
    cr_expect_eq(err.line, 3);
    remove(path);
    rmdir(sub);
    rmdir(dir);
    cr_expect_eq(ag_gdelt_new("/nonexistent", &r, &err), AG_ENOINPUT);
}
