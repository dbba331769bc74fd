/* Unit tests for graph_json.c: valid graphs, every validation rule (the
 * broken files of tests/data/bad/ and their EXPECTED positions), unknown
 * keys, round trips, the sniff. Run from the top of the tree. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph_json.h"

#define BAD_DIR "tests/data/bad/"
#define GOOD_DIR "tests/data/good/"

/* Parses and loads text; returns the status, *g set on success. */
static ag_status load_text(const char *text, bool strict, ag_graph **g, ag_buf *warnings,
                           ag_error *err)
{
    ag_json_doc d;
    ag_status s = ag_json_parse("t.json", text, strlen(text), &d, err);
    *g = NULL;
    if (s == AG_OK)
        s = ag_graph_from_json(&d, strict, g, warnings, err);
    ag_json_doc_free(&d);
    return s;
}

static ag_graph *load_ok(const char *path)
{
    ag_graph *g;
    ag_error e;
    ag_status s = ag_graph_load(path, true, &g, NULL, &e);
    cr_assert_eq(s, AG_OK, "%s:%zu:%zu: %s", e.file, e.line, e.col, e.msg);
    return g;
}

static char *write_graph(const ag_graph *g)
{
    ag_buf b = AG_BUF_INIT;
    ag_graph_write_json(g, &b);
    return ag_buf_detach(&b);
}

static char *read_all(const char *path)
{
    FILE *f = fopen(path, "rb");
    cr_assert(f, "cannot open %s", path);
    ag_buf b = AG_BUF_INIT;
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        ag_buf_put(&b, chunk, n);
    fclose(f);
    return ag_buf_detach(&b);
}

Test(graph_json, full_graph_is_read_field_by_field)
{
    ag_graph *g = load_ok(GOOD_DIR "full.json");
    cr_assert_str_eq(g->title, "A small test graph");
    cr_assert_eq(g->nsources, 1);
    cr_assert_str_eq(g->sources[0].path, "data/articles/s1.txt");
    cr_assert_str_eq(g->sources[0].date, "2024-01-18");
    cr_assert_eq(g->nactors, 4);
    const ag_actor *senate = &g->actors[1], *aze = &g->actors[2];
    cr_assert_str_eq(senate->id, "FRA.SENATE");
    cr_assert_eq(senate->kind, AG_KIND_LEGISLATURE);
    cr_assert_str_eq(senate->country, "FRA");
    cr_assert_str_eq(senate->parent, "FRA");
    cr_assert_eq(aze->naliases, 1);
    cr_assert_str_eq(aze->aliases[0], "Baku");
    cr_assert_null(g->actors[3].country);
    cr_assert_eq(g->nrelations, 3);
    const ag_relation *r = &g->relations[0];
    cr_assert_eq(r->source, 1);
    cr_assert_eq(r->target, 2);
    cr_assert_str_eq(r->type, "accuse");
    cr_assert_str_eq(r->cameo, "112");
    cr_assert_eq(r->polarity, AG_HOSTILITY);
    cr_assert_float_eq(r->weight, -2, 1e-12);
    cr_assert_str_eq(r->date, "2024-01-17");
    cr_assert_float_eq(r->confidence, 0.9, 1e-12);
    cr_assert_eq(r->nevidence, 1);
    cr_assert_str_eq(r->evidence[0].source, "s1");
    cr_assert_eq(r->evidence[0].sentence, 1);
    cr_assert_eq(r->evidence[0].start, 17);
    cr_assert_eq(r->evidence[0].end, 60);
    cr_assert_str_eq(r->evidence[0].text, "The French Senate accused Azerbaijan.");
    const ag_relation *meet = &g->relations[2];
    cr_assert_eq(meet->polarity, AG_NEUTRAL);
    cr_assert_float_eq(meet->confidence, 1, 0, "confidence defaults to 1");
    cr_assert_null(meet->cameo);
    cr_assert_null(meet->date);
    cr_assert_eq(meet->nevidence, 0);
    ag_graph_free(g);
}

Test(graph_json, minimal_and_unicode_graphs_load)
{
    ag_graph *g = load_ok(GOOD_DIR "minimal.json");
    cr_assert_null(g->title);
    cr_assert_eq(g->nactors + g->nrelations + g->nsources, 0);
    ag_graph_free(g);
    g = load_ok(GOOD_DIR "bom-crlf-unicode.json");
    cr_assert_str_eq(g->title, "Café à Erevan \xF0\x9F\x98\x80 \"quoted\" \\ </script>");
    cr_assert_str_eq(g->actors[1].label, "ARM.GOV", "label defaults to the id");
    const ag_relation *r = &g->relations[0];
    cr_assert_float_eq(r->weight, 1, 0);
    cr_assert_float_eq(r->confidence, 0, 0);
    cr_assert_str_eq(r->evidence[0].source, "nowhere", "no sources: evidence source unchecked");
    cr_assert_str_eq(r->evidence[0].text, "line one\nline two\ttabbed");
    cr_assert_eq(r->evidence[1].sentence, 3);
    cr_assert_null(r->evidence[1].source);
    ag_graph_free(g);
}

Test(graph_json, writer_output_is_canonical)
{
    ag_graph *g = load_ok(GOOD_DIR "full.json");
    char *written = write_graph(g), *want = read_all(GOOD_DIR "full.canonical.json");
    cr_assert_str_eq(written, want);
    free(written);
    free(want);
    ag_graph_free(g);
}

static void assert_round_trip(const ag_graph *g)
{
    char *first = write_graph(g);
    ag_graph *back;
    ag_error e;
    cr_assert_eq(load_text(first, true, &back, NULL, &e), AG_OK, "%zu:%zu: %s\n%s", e.line, e.col,
                 e.msg, first);
    char *second = write_graph(back);
    cr_assert_str_eq(second, first);
    cr_assert_eq(back->nactors, g->nactors);
    cr_assert_eq(back->nrelations, g->nrelations);
    cr_assert_eq(back->nsources, g->nsources);
    free(first);
    free(second);
    ag_graph_free(back);
}

Test(graph_json, round_trip_of_files)
{
    static const char *const files[] = {GOOD_DIR "full.json", GOOD_DIR "minimal.json",
                                        GOOD_DIR "bom-crlf-unicode.json"};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        ag_graph *g = load_ok(files[i]);
        assert_round_trip(g);
        ag_graph_free(g);
    }
}

Test(graph_json, round_trip_of_a_built_graph_keeps_every_field)
{
    ag_graph *g = ag_graph_new();
    ag_source src = {.id = "a1", .date = "2020-02-29"};
    ag_graph_add_source(g, &src);
    char *aliases[] = {"X", "Ex \"quoted\""};
    ag_actor a = {
        .id = "X", .label = "Ex\nline", .kind = AG_KIND_MEDIA, .aliases = aliases, .naliases = 2};
    ag_actor b = {.id = "Y-1_2.z", .kind = AG_KIND_OTHER, .parent = "X", .country = "XKX"};
    ag_graph_add_actor(g, &a);
    ag_graph_add_actor(g, &b);
    ag_evidence ev[] = {{.source = "a1", .sentence = 2, .start = 0, .end = 5, .text = "Hello"},
                        {.text = "no span"},
                        {.sentence = 1234567891, .start = 1234567891, .end = 9007199254740992}};
    ag_relation r = {.source = 0,
                     .target = 1,
                     .type = "t",
                     .cameo = "0234",
                     .polarity = AG_SUPPORT,
                     .weight = 0.125,
                     .date = "2021-12-31",
                     .confidence = 0.333333,
                     .evidence = ev,
                     .nevidence = 3};
    ag_graph_add_relation(g, &r);
    assert_round_trip(g);

    char *text = write_graph(g);
    ag_graph *back;
    ag_error e;
    cr_assert_eq(load_text(text, true, &back, NULL, &e), AG_OK);
    const ag_actor *ba = &back->actors[0], *bb = &back->actors[1];
    cr_assert_str_eq(ba->label, "Ex\nline");
    cr_assert_eq(ba->kind, AG_KIND_MEDIA);
    cr_assert_eq(ba->naliases, 2);
    cr_assert_str_eq(ba->aliases[1], "Ex \"quoted\"");
    cr_assert_str_eq(bb->parent, "X");
    cr_assert_str_eq(bb->country, "XKX");
    cr_assert_str_eq(bb->label, "Y-1_2.z");
    const ag_relation *br = &back->relations[0];
    cr_assert_str_eq(br->cameo, "0234");
    cr_assert_float_eq(br->weight, 0.125, 1e-12);
    cr_assert_float_eq(br->confidence, 0.333333, 1e-12);
    cr_assert_eq(br->evidence[0].end, 5);
    cr_assert_null(br->evidence[1].source);
    cr_assert_eq(br->evidence[1].start + br->evidence[1].end + br->evidence[1].sentence, 0);
    cr_assert_eq(br->evidence[2].sentence, 1234567891);
    cr_assert_eq(br->evidence[2].end, 9007199254740992u);
    cr_assert_str_eq(back->sources[0].date, "2020-02-29");
    cr_assert_null(back->sources[0].path);
    cr_assert_null(back->title);
    cr_assert(!strstr(text, "\"title\""), "absent fields are omitted:\n%s", text);
    cr_assert(!strstr(text, "\"path\""), "%s", text);
    free(text);
    ag_graph_free(back);
    ag_graph_free(g);
}

Test(graph_json, key_order_follows_the_design)
{
    ag_graph *g = load_ok(GOOD_DIR "full.json");
    char *t = write_graph(g);
    const char *order[] = {"\"actorgraph\"", "\"title\"", "\"sources\"", "\"actors\"",
                           "\"relations\""};
    const char *prev = t;
    for (size_t i = 0; i < 5; i++) {
        const char *p = strstr(t, order[i]);
        cr_assert(p && p >= prev, "%s out of order", order[i]);
        prev = p;
    }
    cr_assert(!strstr(t, "\"metrics\""), "metrics are not kept");
    const char *rel = strstr(t, "\"source\": \"FRA.SENATE\"");
    const char *keys[] = {"\"target\"", "\"type\"", "\"cameo\"",      "\"polarity\"",
                          "\"weight\"", "\"date\"", "\"confidence\"", "\"evidence\""};
    for (size_t i = 0; i < 8; i++) {
        const char *p = strstr(rel, keys[i]);
        cr_assert(p && p > rel, "%s out of order", keys[i]);
        rel = p;
    }
    free(t);
    ag_graph_free(g);
}

typedef struct {
    char file[256];
    size_t line, col;
    char msg[512];
} expectation;

/* Reads tests/data/bad/EXPECTED: file<TAB>line:col<TAB>message. */
static size_t read_expected(expectation *out, size_t max)
{
    char *text = read_all(BAD_DIR "EXPECTED");
    size_t n = 0;
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        cr_assert_lt(n, max);
        expectation *x = &out[n++];
        int used = 0;
        cr_assert_eq(sscanf(line, "%255[^\t]\t%zu:%zu\t%n", x->file, &x->line, &x->col, &used), 3,
                     "bad EXPECTED line: %s", line);
        snprintf(x->msg, sizeof x->msg, "%s", line + used);
    }
    free(text);
    return n;
}

static void check_bad_files(bool strict)
{
    static expectation x[200];
    size_t n = read_expected(x, 200);
    cr_assert_geq(n, 20);
    size_t unknown = 0;
    for (size_t i = 0; i < n; i++) {
        char path[512];
        snprintf(path, sizeof path, BAD_DIR "%s", x[i].file);
        ag_graph *g;
        ag_error e;
        ag_buf w = AG_BUF_INIT;
        ag_status s = ag_graph_load(path, strict, &g, &w, &e);
        if (!strict && strstr(x[i].msg, "unknown key")) {
            cr_assert_eq(s, AG_OK, "%s: unknown keys only warn when not strict", path);
            cr_assert(strstr(w.data, x[i].msg), "%s: warning %s", path, w.data);
            ag_graph_free(g);
            unknown++;
        } else {
            cr_assert_eq(s, AG_EDATA, "%s: status %d", path, s);
            cr_assert_null(g);
            cr_assert_str_eq(e.file, path);
            cr_assert(e.line == x[i].line && e.col == x[i].col, "%s: at %zu:%zu, want %zu:%zu (%s)",
                      path, e.line, e.col, x[i].line, x[i].col, e.msg);
            cr_assert(strstr(e.msg, x[i].msg), "%s: message \"%s\" lacks \"%s\"", path, e.msg,
                      x[i].msg);
        }
        ag_buf_free(&w);
    }
    cr_assert(strict || unknown > 0);
}

Test(graph_json, every_bad_file_fails_where_expected)
{
    check_bad_files(true);
}

Test(graph_json, not_strict_fails_alike_except_unknown_keys)
{
    check_bad_files(false);
}

static const char *const HEAD =
    "{\"actorgraph\": 1, \"actors\": [{\"id\": \"A\", \"kind\": \"state\"}, "
    "{\"id\": \"B\", \"kind\": \"state\"}], ";

Test(graph_json, unknown_keys_warn_in_order_with_positions)
{
    char text[512];
    snprintf(text, sizeof text,
             "%s\"relations\": [\n"
             "  {\"source\": \"A\", \"target\": \"B\", \"type\": \"t\", \"polarity\": \"neutral\", "
             "\"weight\": 0,\n   \"note\": 1}],\n"
             " \"extra\": true, \"more\": [\"é\"]}",
             HEAD);
    ag_graph *g;
    ag_error e;
    ag_buf w = AG_BUF_INIT;
    cr_assert_eq(load_text(text, false, &g, &w, &e), AG_OK, "%s", e.msg);
    cr_assert_str_eq(w.data, "t.json:4:2: warning: unknown key \"extra\" in graph\n"
                             "t.json:4:17: warning: unknown key \"more\" in graph\n"
                             "t.json:3:4: warning: unknown key \"note\" in relation\n");
    ag_graph_free(g);
    ag_buf_clear(&w);
    cr_assert_eq(load_text(text, false, &g, NULL, &e), AG_OK, "warnings may be dropped");
    ag_graph_free(g);
    cr_assert_eq(load_text(text, true, &g, &w, &e), AG_EDATA);
    cr_assert_str_eq(e.msg, "unknown key \"extra\" in graph");
    cr_assert_eq(e.line, 4);
    cr_assert_eq(e.col, 2);
    ag_buf_free(&w);
}

Test(graph_json, duplicate_unknown_keys_are_an_error_when_not_strict)
{
    char text[256];
    snprintf(text, sizeof text, "%s\"relations\": [], \"x\": 1, \"x\": 2}", HEAD);
    ag_graph *g;
    ag_error e;
    ag_buf w = AG_BUF_INIT;
    cr_assert_eq(load_text(text, false, &g, &w, &e), AG_EDATA);
    cr_assert_str_eq(e.msg, "duplicate key \"x\" in graph");
    cr_assert_eq(e.col, (size_t)(strstr(text, "\"x\": 2") - text) + 1);
    ag_buf_free(&w);
}

/* Loads HEAD + a relation with these members + ]} and returns the status. */
static ag_status load_relation(const char *members, ag_error *e)
{
    char text[512];
    snprintf(text, sizeof text, "%s\"relations\": [{\"source\": \"A\", \"target\": \"B\", %s}]}",
             HEAD, members);
    ag_graph *g;
    ag_status s = load_text(text, true, &g, NULL, e);
    ag_graph_free(g);
    return s;
}

typedef struct {
    const char *members;
    bool ok;
} member_case;

/* Each case's members, after `prefix`, make a relation that loads or not. */
static void check_members(const member_case *cases, size_t n, const char *prefix)
{
    for (size_t i = 0; i < n; i++) {
        char members[256];
        snprintf(members, sizeof members, "%s%s", prefix, cases[i].members);
        ag_error e;
        cr_assert_eq(load_relation(members, &e) == AG_OK, cases[i].ok, "%s: %s", members, e.msg);
    }
}

#define NEUTRAL "\"type\": \"t\", \"polarity\": \"neutral\", \"weight\": 0, "

Test(graph_json, weight_range_and_sign)
{
    static const member_case cases[] = {
        {"\"polarity\": \"support\", \"weight\": 10", true},
        {"\"polarity\": \"support\", \"weight\": 0.1", true},
        {"\"polarity\": \"support\", \"weight\": 0", false},
        {"\"polarity\": \"support\", \"weight\": 10.5", false},
        {"\"polarity\": \"hostility\", \"weight\": -10", true},
        {"\"polarity\": \"hostility\", \"weight\": -1e-3", true},
        {"\"polarity\": \"hostility\", \"weight\": 0", false},
        {"\"polarity\": \"hostility\", \"weight\": -10.01", false},
        {"\"polarity\": \"neutral\", \"weight\": -0", true},
        {"\"polarity\": \"neutral\", \"weight\": 0.5", false},
        {"\"polarity\": \"neutral\", \"weight\": null", false},
    };
    check_members(cases, sizeof cases / sizeof cases[0], "\"type\": \"t\", ");
}

Test(graph_json, dates_must_be_real_calendar_days)
{
    static const member_case cases[] = {
        {"\"date\": \"2024-02-29\"", true},   {"\"date\": \"2023-02-29\"", false},
        {"\"date\": \"2000-02-29\"", true},   {"\"date\": \"1900-02-29\"", false},
        {"\"date\": \"2024-04-30\"", true},   {"\"date\": \"2024-04-31\"", false},
        {"\"date\": \"2024-12-31\"", true},   {"\"date\": \"2024-00-10\"", false},
        {"\"date\": \"2024-01-00\"", false},  {"\"date\": \"2024-1-10\"", false},
        {"\"date\": \"2024-01-10T\"", false}, {"\"date\": \"20240110\"", false},
        {"\"date\": \"2024-0a-10\"", false},  {"\"date\": \"\"", false},
    };
    check_members(cases, sizeof cases / sizeof cases[0], NEUTRAL);
}

Test(graph_json, cameo_codes_and_confidence)
{
    static const member_case cases[] = {
        {"\"cameo\": \"01\"", true},     {"\"cameo\": \"1234\"", true},
        {"\"cameo\": \"1\"", false},     {"\"cameo\": \"12345\"", false},
        {"\"cameo\": \"\"", false},      {"\"cameo\": 112", false},
        {"\"confidence\": 0", true},     {"\"confidence\": 1", true},
        {"\"confidence\": -0.1", false}, {"\"confidence\": \"high\"", false},
    };
    check_members(cases, sizeof cases / sizeof cases[0], NEUTRAL);
}

Test(graph_json, actor_ids_and_countries)
{
    static const struct {
        const char *actor;
        bool ok;
    } cases[] = {
        {"{\"id\": \"a.B_c-9\", \"kind\": \"other\"}", true},
        {"{\"id\": \"\", \"kind\": \"other\"}", false},
        {"{\"id\": \"a/b\", \"kind\": \"other\"}", false},
        {"{\"id\": \"é\", \"kind\": \"other\"}", false},
        {"{\"id\": \"C\", \"kind\": \"state\", \"country\": \"XKX\"}", true},
        {"{\"id\": \"C\", \"kind\": \"state\", \"country\": \"FR\"}", false},
        {"{\"id\": \"C\", \"kind\": \"state\", \"country\": \"FRAN\"}", false},
        {"{\"id\": \"C\", \"kind\": \"state\", \"country\": \"FrA\"}", false},
        {"{\"id\": \"C\", \"kind\": \"State\"}", false},
        {"{\"id\": \"C\", \"kind\": \"other\", \"aliases\": []}", true},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[256];
        snprintf(text, sizeof text, "{\"actorgraph\": 1, \"actors\": [%s], \"relations\": []}",
                 cases[i].actor);
        ag_graph *g;
        ag_error e;
        cr_assert_eq(load_text(text, true, &g, NULL, &e) == AG_OK, cases[i].ok, "%s: %s",
                     cases[i].actor, e.msg);
        ag_graph_free(g);
    }
}

Test(graph_json, longer_parent_cycle_is_found_from_any_start)
{
    const char *text = "{\"actorgraph\": 1, \"relations\": [], \"actors\": ["
                       "{\"id\": \"root\", \"kind\": \"state\"},"
                       "{\"id\": \"a\", \"kind\": \"other\", \"parent\": \"root\"},"
                       "{\"id\": \"b\", \"kind\": \"other\", \"parent\": \"c\"},"
                       "{\"id\": \"c\", \"kind\": \"other\", \"parent\": \"d\"},"
                       "{\"id\": \"d\", \"kind\": \"other\", \"parent\": \"b\"}]}";
    ag_graph *g;
    ag_error e;
    cr_assert_eq(load_text(text, true, &g, NULL, &e), AG_EDATA);
    cr_assert_str_eq(e.msg, "parent cycle: \"b\" -> \"c\" -> \"d\" -> \"b\"");
    cr_assert_eq(e.col, (size_t)(strstr(text, "\"c\"}") - text) + 1, "at b's parent");
    const char *chain = "{\"actorgraph\": 1, \"relations\": [], \"actors\": ["
                        "{\"id\": \"c\", \"kind\": \"other\", \"parent\": \"b\"},"
                        "{\"id\": \"b\", \"kind\": \"other\", \"parent\": \"a\"},"
                        "{\"id\": \"a\", \"kind\": \"other\"}]}";
    cr_assert_eq(load_text(chain, true, &g, NULL, &e), AG_OK, "a chain is no cycle: %s", e.msg);
    ag_graph_free(g);
}

Test(graph_json, messages_quote_and_cut_long_strings)
{
    char members[400] = "\"type\": \"t\", \"polarity\": \"";
    size_t n = strlen(members);
    memset(members + n, 'x', 200);
    strcpy(members + n + 200, "\", \"weight\": 0");
    ag_error e;
    cr_assert_eq(load_relation(members, &e), AG_EDATA);
    cr_assert(strstr(e.msg, "invalid polarity \"xxxx"), "%s", e.msg);
    cr_assert(strstr(e.msg, "x...\": expected"), "%s", e.msg);
    cr_assert_lt(strlen(e.msg), 150);
    cr_assert_eq(load_relation("\"type\": \"t\", \"polarity\": \"a\\\"\\n\", \"weight\": 0", &e),
                 AG_EDATA);
    cr_assert_str_eq(e.msg,
                     "invalid polarity \"a\\\"\\n\": expected support, hostility or neutral");
}

Test(graph_json, load_reports_missing_files_and_reads_stdin)
{
    ag_graph *g;
    ag_error e;
    cr_assert_eq(ag_graph_load(BAD_DIR "no-such-file.json", true, &g, NULL, &e), AG_ENOINPUT);
    cr_assert_null(g);
    cr_assert(freopen(BAD_DIR "version-2.json", "rb", stdin));
    cr_assert_eq(ag_graph_load("-", true, &g, NULL, &e), AG_EDATA);
    cr_assert_str_eq(e.file, "<stdin>");
    cr_assert_eq(e.line, 2);
}

/* data/graph.schema.json names the same kinds and polarities as the code. */
Test(graph_json, schema_agrees_with_the_model)
{
    char *text = read_all("data/graph.schema.json");
    ag_json_doc d;
    ag_error e;
    cr_assert_eq(ag_json_parse("data/graph.schema.json", text, strlen(text), &d, &e), AG_OK, "%s",
                 e.msg);
    const ag_json *defs = ag_json_get(d.root, "$defs");
    const ag_json *kinds = ag_json_get(
        ag_json_get(ag_json_get(ag_json_get(defs, "actor"), "properties"), "kind"), "enum");
    cr_assert_not_null(kinds);
    cr_assert_eq(kinds->nitems, AG_KIND_COUNT);
    for (size_t k = 0; k < AG_KIND_COUNT; k++)
        cr_assert_str_eq(kinds->items[k]->string, ag_kind_name((ag_kind)k));
    const ag_json *pols = ag_json_get(
        ag_json_get(ag_json_get(ag_json_get(defs, "relation"), "properties"), "polarity"), "enum");
    cr_assert_not_null(pols);
    cr_assert_eq(pols->nitems, 3);
    for (size_t i = 0; i < pols->nitems; i++) {
        ag_polarity p;
        cr_assert(ag_polarity_parse(pols->items[i]->string, &p), "%s", pols->items[i]->string);
    }
    ag_json_doc_free(&d);
    free(text);
}

Test(graph_json, sniff_tells_graphs_from_articles)
{
    static const struct {
        const char *text;
        bool graph;
    } cases[] = {
        {"{\"actorgraph\": 1}", true},
        {" \n\t{\n  \"actorgraph\": 1}", true},
        {"\xEF\xBB\xBF{\"actorgraph\": 1}", true},
        {"{}", false},
        {"", false},
        {"   ", false},
        {"[\"actorgraph\"]", false},
        {" date 2024-01-18 The actorgraph tool { }", false},
        {"{\"actorgrap\": 1}", false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_assert_eq(ag_graph_json_looks_like(cases[i].text, strlen(cases[i].text)), cases[i].graph,
                     "%s", cases[i].text);
    cr_assert(!ag_graph_json_looks_like("{\"actorgraph\"", 8), "looks only at len bytes");
}

Test(graph_json, events_are_one_object_per_relation_per_line)
{
    ag_graph *g;
    ag_error e;
    cr_assert_eq(load_text("{\"actorgraph\": 1, \"sources\": [{\"id\": \"s\", \"date\": "
                           "\"2024-01-18\"}], \"actors\": [{\"id\": \"A\", \"label\": "
                           "\"Aland\", \"kind\": \"state\"}, {\"id\": \"B\", \"kind\": "
                           "\"group\"}], \"relations\": [{\"source\": \"A\", "
                           "\"target\": \"B\", \"type\": \"praise\", \"polarity\": \"support\", "
                           "\"weight\": 3.5, \"evidence\": [{\"source\": \"s\", \"text\": "
                           "\"A praised B.\"}]}, {\"source\": \"B\", \"target\": \"A\", \"type\": "
                           "\"accuse\", \"polarity\": \"hostility\", \"weight\": -2, \"date\": "
                           "\"2024-02-01\"}]}",
                           true, &g, NULL, &e),
                 AG_OK, "%s", e.msg);
    ag_buf b = AG_BUF_INIT;
    ag_graph_write_events(g, &b);
    cr_assert_str_eq(b.data,
                     "{\"source\":\"A\",\"target\":\"B\",\"type\":\"praise\",\"polarity\":"
                     "\"support\",\"weight\":3.5,\"confidence\":1,\"evidence\":[{\"source\":"
                     "\"s\",\"text\":\"A praised B.\"}],\"date\":\"2024-01-18\",\"source_label\":"
                     "\"Aland\",\"target_label\":\"B\"}\n"
                     "{\"source\":\"B\",\"target\":\"A\",\"type\":\"accuse\",\"polarity\":"
                     "\"hostility\",\"weight\":-2,\"date\":\"2024-02-01\",\"confidence\":1,"
                     "\"source_label\":\"B\",\"target_label\":\"Aland\"}\n");
    ag_buf_free(&b);
    ag_graph_free(g);
}
