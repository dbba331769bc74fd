/* Unit tests for lexicon.c: the shipped relation lexicon, weights from the
 * Goldstein table, matching by stem, qualifiers, word classes, errors. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lexicon.h"

static ag_tokenizer *tk, *text_tk;
static ag_lexicon *lx;

static void setup(void)
{
    ag_error err;
    cr_assert_eq(ag_tokenizer_new(&tk, &err), AG_OK);
    cr_assert_eq(ag_tokenizer_new(&text_tk, &err), AG_OK);
    cr_assert_eq(
        ag_lexicon_load("data/dict/lexicon.json", "data/cameo/goldstein.tsv", tk, &lx, &err), AG_OK,
        "%s:%zu:%zu: %s", err.file, err.line, err.col, err.msg);
}

static void teardown(void)
{
    ag_lexicon_free(lx);
    ag_tokenizer_free(text_tk);
    ag_tokenizer_free(tk);
}

TestSuite(lexicon, .init = setup, .fini = teardown);

Test(lexicon, every_weight_is_the_goldstein_tables)
{
    FILE *f = fopen("data/cameo/goldstein.tsv", "r");
    cr_assert_not_null(f);
    char code[16];
    double w;
    size_t rows = 0;
    fscanf(f, "%*[^\n]\n");
    while (fscanf(f, "%15s %lf", code, &w) == 2) {
        double got;
        cr_expect(ag_lexicon_weight(lx, code, &got), "%s missing", code);
        cr_expect_float_eq(got, w, 1e-9, "%s", code);
        rows++;
    }
    fclose(f);
    cr_expect_eq(rows, 311);
    for (size_t i = 0; i < ag_lexicon_ncues(lx); i++) {
        const ag_cue *q = ag_lexicon_cue(lx, i);
        double want;
        cr_assert(ag_lexicon_weight(lx, q->cameo, &want));
        cr_expect_float_eq(q->weight, want, 1e-9, "%s %s", q->type, q->cameo);
        cr_expect_eq(q->polarity, want > 0 ? AG_SUPPORT : want < 0 ? AG_HOSTILITY : AG_NEUTRAL);
    }
}

Test(lexicon, every_cameo_root_is_covered)
{
    bool root[21] = {false};
    for (size_t i = 0; i < ag_lexicon_ncues(lx); i++) {
        const char *c = ag_lexicon_cue(lx, i)->cameo;
        root[(c[0] - '0') * 10 + c[1] - '0'] = true;
    }
    for (int r = 1; r <= 20; r++)
        cr_expect(root[r], "no cue for CAMEO root %02d", r);
}

/* The cue at token 0 of text read as pos: "type/pos/len" or "". */
static void cue(const char *text, unsigned pos, ag_buf *out, size_t *qual)
{
    ag_tokens ts = ag_text_tokenize(text_tk, text, 0, strlen(text));
    const ag_cue_sense *s;
    size_t qlen;
    size_t len = ag_lexicon_match(lx, ts.tok, ts.n, 0, pos, &s, qual, &qlen);
    ag_buf_clear(out);
    ag_buf_puts(out, "");
    if (len)
        ag_buf_printf(out, "%s/%s/%zu", ag_lexicon_cue(lx, s->cue)->type,
                      s->pos == AG_POS_VERB ? "v" : "n", len);
}

Test(lexicon, match_table)
{
    enum { V = AG_POS_VERB, N = AG_POS_NOUN, B = AG_POS_VERB | AG_POS_NOUN };
    struct {
        const char *text;
        unsigned pos;
        const char *want;
    } t[] = {
        {"condemns", V, "condemn/v/1"},
        {"condemned", V, "condemn/v/1"},
        {"condemning", V, "condemn/v/1"},
        {"condemnation", N, "condemn/n/1"},
        {"criticised", V, "criticize/v/1"},
        {"criticized", V, "criticize/v/1"},
        {"criticism", N, "criticize/n/1"},
        {"cut economic ties with", V, "cut ties/v/1"},
        {"cut prices", V, ""},
        {"arms deals", N, "arms deal/n/2"},
        {"deals", N, "agreement/n/1"},
        {"held talks", V, "negotiate/v/2"},
        {"met", V, "meet/v/1"},
        {"struck", V, "attack/v/1"},
        {"calls on", V, "appeal/v/2"},
        {"expelling two diplomats", V, "expel diplomats/v/1"},
        {"expelling all firms", V, "expel/v/1"},
        {"sanctions", N, "sanction/n/1"},
        {"sanctions", V, "sanction/v/1"},
        {"support", B, "support/v/1"},
        {"seizure of assets", N, "seize assets/n/1"},
        {"press", N, ""},
        {"hunger strike", N, "hunger strike/n/2"},
        {"suing", V, "sue/v/1"},
        {"lifted the curfew", V, "ease curfew/v/1"},
        {"forces", V, ""},
        {"forced him to", V, "coerce/v/1"},
    };
    ag_buf b = AG_BUF_INIT;
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        size_t q;
        cue(t[i].text, t[i].pos, &b, &q);
        cr_expect_str_eq(b.data, t[i].want, "%s: got %s", t[i].text, b.data);
    }
    size_t q;
    cue("cut economic ties with", V, &b, &q);
    cr_expect_eq(q, 2, "the qualifier is token 2 (ties)");
    cue("condemned", V, &b, &q);
    cr_expect_eq(q, 1, "no qualifier: n");
    ag_buf_free(&b);
}

Test(lexicon, word_classes)
{
    struct {
        const char *word;
        unsigned want;
    } t[] = {{"said", AG_WC_SPEECH},   {"adds", AG_WC_SPEECH},     {"imposed", AG_WC_LIGHT},
             {"stepped", AG_WC_LIGHT}, {"resolution", AG_WC_DOC},  {"refused", AG_WC_REFUSE},
             {"denied", AG_WC_BLOCK},  {"stopped", AG_WC_REVERSE}, {"Armenia", 0}};
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        ag_tokens ts = ag_text_tokenize(text_tk, t[i].word, 0, strlen(t[i].word));
        cr_expect_eq(ag_lexicon_class(lx, &ts.tok[0]) & t[i].want, t[i].want, "%s", t[i].word);
        if (!t[i].want)
            cr_expect_eq(ag_lexicon_class(lx, &ts.tok[0]), 0, "%s", t[i].word);
    }
}

Test(lexicon, slots_and_lookup_by_type)
{
    cr_expect_eq(ag_lexicon_slot("obj"), AG_SLOT_OBJ);
    cr_expect_eq(ag_lexicon_slot("towards"), AG_SLOT_TOWARD);
    cr_expect_eq(ag_lexicon_slot("between"), AG_SLOT_BETWEEN);
    cr_expect_eq(ag_lexicon_slot("beneath"), -1);
    const ag_cue *a = ag_lexicon_find(lx, "appeal");
    cr_assert_not_null(a);
    cr_expect_str_eq(a->cameo, "022");
    cr_expect(a->flags & AG_CUE_APPEAL);
    cr_expect_null(ag_lexicon_find(lx, "no such type"));
    const ag_cue *s = ag_lexicon_find(lx, "sanction");
    cr_expect_str_eq(s->call, "1312");
    cr_expect_float_eq(s->call_weight, -5.8, 1e-9);
}

static char dir[] = "/tmp/ag-lex-XXXXXX";

static void write_file(const char *name, const char *text)
{
    char path[64];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs(text, f);
    fclose(f);
}

static void remove_file(const char *name)
{
    char path[64];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    remove(path);
}

/* Loads lexicon.json = json (and more.json = more, when not NULL) with the
 * table; *out (when not NULL) receives the lexicon, else it is freed. */
static ag_status load_files(const char *json, const char *more, const char *table, ag_lexicon **out,
                            ag_error *err)
{
    char lex[64], tab[64];
    strcpy(dir, "/tmp/ag-lex-XXXXXX");
    cr_assert(mkdtemp(dir));
    snprintf(lex, sizeof lex, "%s/lexicon.json", dir);
    snprintf(tab, sizeof tab, "%s/goldstein.tsv", dir);
    write_file("lexicon.json", json);
    write_file("goldstein.tsv", table);
    if (more)
        write_file("more.json", more);
    ag_lexicon *l = NULL;
    ag_status s = ag_lexicon_load(lex, tab, tk, &l, err);
    cr_expect(s ? l == NULL : l != NULL);
    if (out)
        *out = l;
    else
        ag_lexicon_free(l);
    remove_file("lexicon.json");
    remove_file("goldstein.tsv");
    remove_file("more.json");
    rmdir(dir);
    return s;
}

static ag_status load_with(const char *json, const char *table, ag_error *err)
{
    return load_files(json, NULL, table, NULL, err);
}

Test(lexicon, errors_name_the_place)
{
    const char *table = "CODE\tW\n111\t-2.0\n022\t3.2\n";
    struct {
        const char *json, *table;
        size_t line, col;
        const char *msg;
    } t[] = {
        {"{\"cues\": [{\"type\": \"x\", \"cameo\": \"999\", \"verbs\": [\"x\"]}]}", table, 1, 34,
         "Goldstein"},
        {"{\"cues\": [{\"type\": \"x\", \"cameo\": \"111\", \"verbs\": [\"x\"], \"target\": "
         "[\"beside\"]}]}",
         table, 1, 68, "unknown slot"},
        {"{\"cues\": [{\"cameo\": \"111\", \"verbs\": [\"x\"]}]}", table, 1, 11, "type"},
        {"{\"cues\": [{\"type\": \"x\", \"cameo\": \"111\"}]}", table, 1, 11, "verbs"},
        {"{\"cues\": [], \"colour\": 1}", table, 1, 14, "unknown key"},
        {"{\"cues\": [], \"light\": [\"step up\"]}", table, 1, 24, "single words"},
        {"{\"cues\": []}", "CODE\tW\n111\tx\n", 2, 1, "CODE<tab>WEIGHT"},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        ag_error err;
        cr_expect_eq(load_with(t[i].json, t[i].table, &err), AG_EDATA, "case %zu", i);
        cr_expect_eq(err.line, t[i].line, "case %zu: line %zu (%s)", i, err.line, err.msg);
        cr_expect_eq(err.col, t[i].col, "case %zu: col %zu (%s)", i, err.col, err.msg);
        cr_expect(strstr(err.msg, t[i].msg), "case %zu: %s", i, err.msg);
    }
    ag_error err;
    cr_expect_eq(load_with("{\"cues\": []}", table, &err), AG_OK);
    cr_expect_eq(load_files("{\"cues\": [], \"include\": [\"more.json\"]}",
                            "{\"cues\": [], \"speech\": [\"say\"]}", table, NULL, &err),
                 AG_EDATA, "an included file holds cues only");
    cr_expect(strstr(err.file, "more.json") && err.line == 1 && err.col == 14, "%s:%zu:%zu: %s",
              err.file, err.line, err.col, err.msg);
    cr_expect_eq(
        load_files("{\"cues\": [], \"include\": [\"none.json\"]}", NULL, table, NULL, &err),
        AG_ENOINPUT, "a missing included file");
}

/* The type of the cue lx reads at the start of text as a verb, or "". */
static const char *verb_type(const ag_lexicon *l, const char *text, size_t *qual, size_t *qlen)
{
    ag_tokens ts = ag_text_tokenize(text_tk, text, 0, strlen(text));
    const ag_cue_sense *s;
    size_t q, ql;
    size_t len =
        ag_lexicon_match(l, ts.tok, ts.n, 0, AG_POS_VERB, &s, qual ? qual : &q, qlen ? qlen : &ql);
    return len ? ag_lexicon_cue(l, s->cue)->type : "";
}

Test(lexicon, included_files_come_after_the_lexicons_own_cues)
{
    const char *table = "CODE\tW\n111\t-2.0\n022\t3.2\n051\t3.4\n";
    ag_lexicon *l;
    ag_error err;
    cr_assert_eq(load_files("{\"include\": [\"more.json\"], \"cues\": ["
                            "{\"type\": \"own\", \"cameo\": \"111\", \"verbs\": [\"strike\"]}]}",
                            "{\"cues\": [{\"type\": \"more\", \"cameo\": \"022\", "
                            "\"verbs\": [\"strike\", \"hail\", \"hails\", \"hailed\"]},"
                            "{\"type\": \"praise\", \"cameo\": \"051\", \"verbs\": [\"hail\"], "
                            "\"with\": [\"peace deal\"]}]}",
                            table, &l, &err),
                 AG_OK, "%s:%zu:%zu: %s", err.file, err.line, err.col, err.msg);
    cr_expect_str_eq(verb_type(l, "struck", NULL, NULL), "own", "the lexicon's own cue wins");
    cr_expect_str_eq(verb_type(l, "hailed", NULL, NULL), "more");
    size_t q, qlen;
    cr_expect_str_eq(verb_type(l, "hailed the new peace deal", &q, &qlen), "praise");
    cr_expect(q == 3 && qlen == 2, "the qualifier is tokens 3..4: %zu %zu", q, qlen);
    cr_expect_str_eq(verb_type(l, "hailed the deal for peace", NULL, NULL), "more",
                     "a qualifier phrase matches whole");
    ag_lexicon_free(l);
}

Test(lexicon, qualifier_phrases_match_whole)
{
    size_t q, qlen;
    cr_expect_str_eq(verb_type(lx, "called him a war criminal", &q, &qlen), "criticize");
    cr_expect(q == 3 && qlen == 2, "%zu %zu", q, qlen);
    cr_expect_str_eq(verb_type(lx, "called for an end to the war", NULL, NULL), "appeal",
                     "\"war\" alone is no insult");
}
