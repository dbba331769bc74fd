/* Unit tests for extract.c: sources, evidence spans in the original bytes,
 * parents, errors, the streaming form, determinism. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "fileio.h"
#include "graph_json.h"

static ag_extractor *x;

static void setup(void)
{
    ag_error err;
    cr_assert_eq(ag_extractor_new("data", &x, &err), AG_OK, "%s", err.msg);
}

static void teardown(void)
{
    ag_extractor_free(x);
}

TestSuite(extract, .init = setup, .fini = teardown);

static const char *const TEXT = " date 2024-01-18 Russia attacked Ukraine.\n\n\xe2\x80\x9c"
                                "France condemned Russia,\xe2\x80\x9d said the French Senate.";

Test(extract, evidence_is_the_sentence_in_the_original_bytes)
{
    ag_graph *g = ag_graph_new();
    ag_error err;
    cr_assert_eq(ag_extract_text(x, "s1", "a.txt", TEXT, strlen(TEXT), g, &err), AG_OK);
    cr_assert_eq(g->nsources, 1);
    cr_expect_str_eq(g->sources[0].date, "2024-01-18");
    cr_expect_str_eq(g->sources[0].path, "a.txt");
    cr_assert_geq(g->nrelations, 2);
    for (size_t i = 0; i < g->nrelations; i++) {
        const ag_relation *r = &g->relations[i];
        cr_assert_eq(r->nevidence, 1);
        const ag_evidence *e = &r->evidence[0];
        cr_expect_str_eq(e->source, "s1");
        cr_expect_eq(strlen(e->text), e->end - e->start);
        cr_expect(strncmp(TEXT + e->start, e->text, e->end - e->start) == 0);
        cr_expect_str_eq(r->date, "2024-01-18");
        cr_expect(r->confidence > 0 && r->confidence <= 1);
    }
    const ag_evidence *e1 = &g->relations[0].evidence[0];
    cr_expect_eq(e1->sentence, 1);
    cr_expect_eq(e1->start, 17, "the dateline is not a sentence");
    cr_expect_str_eq(e1->text, "Russia attacked Ukraine.");
    const ag_evidence *e2 = &g->relations[g->nrelations - 1].evidence[0];
    cr_expect_eq(e2->sentence, 2);
    cr_expect_str_eq(e2->text, "\xe2\x80\x9c"
                               "France condemned Russia,\xe2\x80\x9d said the French Senate.");
    cr_expect_eq(ag_extractor_sentences(x), 2);
    ag_graph_free(g);
}

Test(extract, actors_come_with_their_parents_and_weights_agree)
{
    const char *t = "The French Senate condemned Azerbaijan.";
    ag_graph *g = ag_graph_new();
    ag_error err;
    cr_assert_eq(ag_extract_text(x, "s", NULL, t, strlen(t), g, &err), AG_OK);
    size_t k;
    cr_assert(ag_graph_find_actor(g, "FRA.SENATE", &k));
    cr_expect_str_eq(g->actors[k].parent, "FRA");
    cr_expect(ag_graph_find_actor(g, "FRA", &k), "the parent is in the graph");
    cr_expect_str_eq(g->actors[k].label, "France");
    cr_assert_eq(g->nrelations, 1);
    const ag_relation *r = &g->relations[0];
    cr_expect_str_eq(r->type, "condemn");
    cr_expect_str_eq(r->cameo, "111");
    cr_expect_float_eq(r->weight, -2.0, 1e-9);
    cr_expect_eq(r->polarity, AG_HOSTILITY);
    cr_expect_null(r->date, "no dateline, no date");
    ag_graph_free(g);
}

Test(extract, article_date_overrides_the_dateline)
{
    ag_article a = {"id", NULL, "2023-05-06", TEXT, strlen(TEXT)};
    ag_graph *g = ag_graph_new();
    ag_error err;
    cr_assert_eq(ag_extract(x, &a, g, &err), AG_OK);
    cr_expect_str_eq(g->sources[0].date, "2023-05-06");
    ag_graph_free(g);
}

Test(extract, a_wire_dateline_dates_the_source_and_is_no_sentence)
{
    const char *t = "ANKARA, March 3, 2022 (Reuters) - Turkey condemned Russia.";
    ag_graph *g = ag_graph_new();
    ag_error err;
    cr_assert_eq(ag_extract_text(x, "s", NULL, t, strlen(t), g, &err), AG_OK);
    cr_expect_str_eq(g->sources[0].date, "2022-03-03");
    cr_assert_eq(g->nrelations, 1);
    cr_expect_str_eq(g->relations[0].evidence[0].text, "Turkey condemned Russia.");
    ag_graph_free(g);
}

Test(extract, invalid_utf8_is_located_and_leaves_the_graph_alone)
{
    const char *t = "France condemned Russia.\nIt \xff said";
    ag_graph *g = ag_graph_new();
    ag_error err;
    cr_expect_eq(ag_extract_text(x, "s", "bad.txt", t, strlen(t), g, &err), AG_EDATA);
    cr_expect_str_eq(err.file, "bad.txt");
    cr_expect_eq(err.line, 2);
    cr_expect_eq(err.col, 4);
    cr_expect_eq(g->nsources + g->nactors + g->nrelations, 0);
    ag_graph_free(g);
}

static ag_status count_relations(const ag_graph *g, void *ctx, ag_error *err)
{
    (void)err;
    *(size_t *)ctx += g->nrelations;
    return g->nsources == 1 ? AG_OK : AG_ESOFTWARE;
}

Test(extract, streaming_gives_each_article_a_fresh_graph)
{
    size_t n = 0;
    ag_error err;
    ag_article a = {"a", NULL, NULL, TEXT, strlen(TEXT)};
    for (int i = 0; i < 3; i++)
        cr_expect_eq(ag_extract_each(x, &a, count_relations, &n, &err), AG_OK);
    ag_graph *g = ag_graph_new();
    ag_extract(x, &a, g, &err);
    cr_expect_eq(n, 3 * g->nrelations);
    ag_graph_free(g);
}

Test(extract, the_seed_article_twice_gives_the_same_graph)
{
    char *text;
    size_t len;
    ag_error err;
    cr_assert_eq(ag_read_file("data/articles/karabakh-2024-01-18.txt", &text, &len, &err), AG_OK);
    ag_buf out[2] = {AG_BUF_INIT, AG_BUF_INIT};
    for (int i = 0; i < 2; i++) {
        ag_graph *g = ag_graph_new();
        cr_assert_eq(ag_extract_text(x, "seed", NULL, text, len, g, &err), AG_OK);
        ag_graph_write_json(g, &out[i]);
        ag_graph_free(g);
    }
    cr_expect_str_eq(out[0].data, out[1].data);
    cr_expect(strstr(out[0].data, "\"FRA.SENATE\""));
    ag_buf_free(&out[0]);
    ag_buf_free(&out[1]);
    free(text);
}

Test(extract, a_missing_data_directory_is_an_input_error)
{
    ag_extractor *y;
    ag_error err;
    cr_expect_eq(ag_extractor_new("/nonexistent", &y, &err), AG_ENOINPUT);
    cr_expect_null(y);
}

Test(extract, knows_lexicon_types_their_wishes_and_cameo_prefixes)
{
    const char *known[] = {"condemn", "Expel Diplomats", "Call for sanction", "1", "11", "1124",
                           "20"};
    const char *unknown[] = {"condem", "call for", "99", "3", "11245", "", "call for nothing"};
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        cr_assert(ag_extractor_knows_type(x, known[i]), "%s", known[i]);
    for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++)
        cr_assert(!ag_extractor_knows_type(x, unknown[i]), "%s", unknown[i]);
}
