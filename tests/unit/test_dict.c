/* Unit tests for dict.c: the shipped actor dictionary, phrase lookup,
 * organ composition, and loader errors with file:line:col. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dict.h"

static ag_tokenizer *tk;
static ag_dict *d;

static void setup(void)
{
    ag_error err;
    cr_assert_eq(ag_tokenizer_new(&tk, &err), AG_OK);
    cr_assert_eq(ag_dict_load("data/dict", tk, &d, &err), AG_OK, "%s:%zu:%zu: %s", err.file,
                 err.line, err.col, err.msg);
}

static void teardown(void)
{
    ag_dict_free(d);
    ag_tokenizer_free(tk);
}

TestSuite(dict, .init = setup, .fini = teardown);

static const ag_dict_actor *actor(const char *id)
{
    size_t k;
    cr_assert(ag_dict_find(d, id, &k), "no actor %s", id);
    return ag_dict_actor_at(d, k);
}

Test(dict, every_un_member_and_observer_plus_kosovo_and_taiwan)
{
    size_t states = 0;
    for (size_t i = 0; i < ag_dict_nactors(d); i++)
        states += ag_dict_actor_at(d, i)->kind == AG_KIND_STATE;
    cr_expect_eq(states, 193 + 2 + 2);
    const char *ids[] = {"FRA", "AZE", "ARM", "USA", "VAT", "PSE", "XKX", "TWN", "SSD", "COD"};
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
        cr_expect_str_eq(actor(ids[i])->country, ids[i]);
}

Test(dict, organs_compose_with_every_state)
{
    struct {
        const char *id, *label, *country, *parent;
        ag_kind kind;
    } t[] = {
        {"FRA.SENATE", "French Senate", "FRA", "FRA", AG_KIND_LEGISLATURE},
        {"AZE.PARLIAMENT", "Azerbaijani parliament", "AZE", "AZE", AG_KIND_LEGISLATURE},
        {"HUN.PARLIAMENT", "Hungarian parliament", "HUN", "HUN", AG_KIND_LEGISLATURE},
        {"FRA.GOV", "French government", "FRA", "FRA", AG_KIND_GOVERNMENT},
        {"FRA.MFA", "French Foreign Ministry", "FRA", "FRA", AG_KIND_MINISTRY},
        {"NZL.MIL", "New Zealand military", "NZL", "NZL", AG_KIND_MILITARY},
        {"USA.PARLIAMENT", "US Congress", "USA", "USA", AG_KIND_LEGISLATURE},
        {"syrian-rebels", "Syrian rebels", "SYR", NULL, AG_KIND_GROUP},
        {"EU.MEMBERS", "EU member states", NULL, "EU", AG_KIND_IGO},
        {"vladimir-putin", "Vladimir Putin", "RUS", "RUS.PRESIDENT", AG_KIND_LEADER},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        const ag_dict_actor *a = actor(t[i].id);
        cr_expect_str_eq(a->label, t[i].label);
        cr_expect(ag_streq(a->country, t[i].country), "%s country %s", t[i].id, a->country);
        cr_expect(ag_streq(a->parent, t[i].parent), "%s parent %s", t[i].id, a->parent);
        cr_expect_eq(a->kind, t[i].kind, "%s", t[i].id);
    }
}

/* The senses of the longest phrase at token `at` of text as "KIND:ID,...". */
static void senses(const char *text, size_t at, ag_buf *out, size_t *len)
{
    static const char *const KINDS[] = {"name",  "place",   "adj",  "people", "organ",
                                        "title", "subbody", "role", "anaphor"};
    ag_tokens ts = ag_text_tokenize(tk, text, 0, strlen(text));
    const uint32_t *v;
    size_t n;
    *len = ag_dict_match(d, ts.tok, ts.n, at, &v, &n);
    ag_buf_clear(out);
    ag_buf_puts(out, "");
    for (size_t k = 0; k < n; k++) {
        const ag_sense *s = ag_dict_sense(d, v[k]);
        const char *ref = s->kind <= AG_SENSE_PEOPLE  ? ag_dict_actor_at(d, s->ref)->id
                          : s->kind <= AG_SENSE_TITLE ? ag_dict_organ_at(d, s->ref)->suffix
                                                      : "-";
        ag_buf_printf(out, "%s%s:%s", k ? "," : "", KINDS[s->kind], ref);
    }
}

Test(dict, phrase_lookup_table)
{
    struct {
        const char *text;
        size_t at, len;
        const char *want;
    } t[] = {
        {"Azerbaijani troops", 0, 1, "adj:AZE"},
        {"the Kremlin said", 0, 2, "place:RUS.GOV"},
        {"T\xc3\xbcrkiye and TURKIYE", 0, 1, "name:TUR"},
        {"TURKIYE", 0, 1, "name:TUR"},
        {"Chad said", 0, 1, "name:TCD"},
        {"key EU member states as well", 1, 3, "name:EU.MEMBERS"},
        {"the foreign ministry", 1, 2, "organ:MFA"},
        {"parliament speaker Alen", 0, 2, "title:PARLIAMENT"},
        {"Karabakh\xe2\x80\x99s", 0, 1, "name:karabakh-armenians"},
        {"the two countries", 0, 3, "anaphor:-"},
        {"U.S. officials", 0, 1, "name:USA,adj:USA"},
        {"Armenians", 0, 1, "people:ARM"},
        {"Baku", 0, 1, "place:AZE"},
        {"Herat", 0, 1, "place:AFG"},
        {"rebels in Darfur", 2, 1, "place:SDN"},
        {"the West Bank", 1, 2, "name:PSE"},
        {"Soviet", 0, 1, "adj:RUS"},
    };
    ag_buf b = AG_BUF_INIT;
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        size_t len;
        senses(t[i].text, t[i].at, &b, &len);
        cr_expect_eq(len, t[i].len, "%s: length %zu", t[i].text, len);
        cr_expect_str_eq(b.data ? b.data : "", t[i].want, "%s: got %s", t[i].text, b.data);
    }
    size_t len;
    senses("the chad", 1, &b, &len);
    cr_expect_eq(len, 0, "a capitalised name does not match a lowercase word");
    ag_buf_free(&b);
}

Test(dict, slugs)
{
    struct {
        const char *in, *want;
    } t[] = {{"Alen Simonian", "alen-simonian"},
             {" Mohammed bin  Salman ", "mohammed-bin-salman"},
             {"al-Qaeda's", "al-qaeda-s"},
             {"Syrian rebels", "syrian-rebels"}};
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        ag_buf b = AG_BUF_INIT;
        ag_dict_slug(t[i].in, &b);
        cr_expect_str_eq(b.data, t[i].want);
        ag_buf_free(&b);
    }
}

/* Loads a directory holding one file with `json` into *out (NULL: freed);
 * returns the status. */
static ag_status load_json(const char *json, ag_dict **out, ag_error *err)
{
    char dir[] = "/tmp/ag-dict-XXXXXX", path[64];
    cr_assert(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/a.json", dir);
    FILE *f = fopen(path, "w");
    fputs(json, f);
    fclose(f);
    ag_dict *dd = NULL;
    ag_status s = ag_dict_load(dir, tk, &dd, err);
    if (out)
        *out = dd;
    else
        ag_dict_free(dd);
    remove(path);
    rmdir(dir);
    return s;
}

static ag_status load_one(const char *json, ag_error *err)
{
    return load_json(json, NULL, err);
}

/* A person with dated posts belongs, on a date, to the post covering it
 * (the latest begun of several), else to "parent", else to the latest
 * post begun before it, else to the first; undated, to the latest begun. */
Test(dict, posts_pick_the_parent_by_date)
{
    const char *json =
        "{\"states\": [{\"id\": \"FRA\", \"label\": \"France\"}, {\"id\": \"DEU\", \"label\": "
        "\"Germany\"}],\n"
        " \"actors\": [{\"id\": \"UN\", \"label\": \"UN\", \"kind\": \"igo\"}],\n"
        " \"people\": [{\"label\": \"Ann Example\", \"parent\": \"FRA\", \"posts\": [\n"
        "   {\"parent\": \"UN\", \"from\": \"2001-01-01\", \"to\": \"2005-12-31\"},\n"
        "   {\"parent\": \"DEU\", \"from\": \"2004-01-01\", \"to\": \"2006-06-30\"}]},\n"
        "  {\"label\": \"Bo Example\", \"kind\": \"person\", \"posts\": [{\"parent\": \"FRA\", "
        "\"to\": "
        "\"1999-12-31\"},\n"
        "   {\"parent\": \"UN\", \"from\": \"2010-01-01\"}]}]}";
    ag_error err;
    ag_dict *dd;
    cr_assert_eq(load_json(json, &dd, &err), AG_OK, "%s:%zu:%zu: %s", err.file, err.line, err.col,
                 err.msg);
    struct {
        const char *person, *date, *want;
    } t[] = {
        {"ann-example", NULL, "DEU"},         {"ann-example", "2002-03-04", "UN"},
        {"ann-example", "2004-06-01", "DEU"}, {"ann-example", "2006-06-30", "DEU"},
        {"ann-example", "2007-01-01", "FRA"}, {"ann-example", "1990-01-01", "FRA"},
        {"bo-example", NULL, "UN"},           {"bo-example", "1995-05-05", "FRA"},
        {"bo-example", "2005-05-05", "FRA"},  {"bo-example", "2012-01-01", "UN"},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        size_t k;
        cr_assert(ag_dict_find(dd, t[i].person, &k));
        long p = ag_dict_parent_on(dd, k, ag_dict_date(t[i].date));
        cr_assert_geq(p, 0);
        cr_expect_str_eq(ag_dict_actor_at(dd, (size_t)p)->id, t[i].want, "%s on %s", t[i].person,
                         t[i].date ? t[i].date : "no date");
    }
    size_t k;
    cr_assert(ag_dict_find(dd, "ann-example", &k));
    cr_expect_str_eq(ag_dict_actor_at(dd, k)->country, "FRA", "the given parent's country");
    cr_expect_eq(ag_dict_actor_at(dd, k)->kind, AG_KIND_LEADER);
    cr_assert(ag_dict_find(dd, "bo-example", &k));
    cr_expect_str_eq(ag_dict_actor_at(dd, k)->parent, "UN", "no parent given: the undated post");
    cr_expect_null(ag_dict_actor_at(dd, k)->country);
    cr_expect_eq(ag_dict_date("2024-02-30"), 0);
    cr_expect_eq(ag_dict_date("1999-12-31"), 19991231);
    ag_dict_free(dd);
}

Test(dict, loader_errors_name_the_place)
{
    struct {
        const char *json;
        size_t line, col;
        const char *msg;
    } t[] = {
        {"{\"states\": [{\"id\": \"FRA\", \"label\": \"France\", \"colour\": 1}]}", 1, 46,
         "unknown key"},
        {"{\"states\": [{\"id\": \"fr\", \"label\": \"France\"}]}", 1, 20, "alpha-3"},
        {"{\"actors\": [{\"id\": \"x\", \"label\": \"X\", \"kind\": \"blob\"}]}", 1, 47,
         "unknown kind"},
        {"{\"actors\": [{\"id\": \"x\", \"label\": \"X\"},\n {\"id\": \"x\", \"label\": \"Y\"}]}",
         2, 2, "duplicate"},
        {"{\"actors\": [{\"id\": \"x\", \"label\": \"X\", \"parent\": \"nope\"}]}", 1, 49,
         "parent"},
        {"{\"people\": [{\"label\": \"A B\"}]}", 1, 13, "missing key \"parent\""},
        {"{\"organs\": [{\"suffix\": \"X\", \"label\": \"no template\"}]}", 1, 38, "{adj}"},
        {"{\"states\": [{\"id\": \"FRA\", \"label\": \"France\", \"seats\": [{\"organ\": "
         "\"NOPE\"}]}]}",
         1, 66, "unknown organ"},
        {"{\"roles\": [\"\"]}", 1, 12, "1 to 8 tokens"},
        {"{\"people\": [{\"label\": \"A B\", \"posts\": [{\"parent\": \"nope\"}]}]}", 1, 51,
         "unknown parent"},
        {"{\"people\": [{\"label\": \"A B\", \"posts\": []}]}", 1, 39, "non-empty array of posts"},
        {"{\"states\": [{\"id\": \"FRA\", \"label\": \"France\"}],\n \"people\": [{\"label\": \"A "
         "B\", "
         "\"posts\": [{\"parent\": \"FRA\", \"from\": \"1990-13-01\"}]}]}",
         2, 66, "calendar date"},
        {"{\"states\": [{\"id\": \"FRA\", \"label\": \"France\"}],\n \"people\": [{\"label\": \"A "
         "B\", "
         "\"posts\": [{\"parent\": \"FRA\", \"from\": \"1990-02-01\", \"to\": \"1989-01-01\"}]}]}",
         2, 66, "after"},
        {"{\"states\": [{\"id\": \"FRA\", \"label\": \"France\"}],\n \"people\": [{\"label\": \"A "
         "B\", "
         "\"posts\": [{\"parent\": \"FRA\", \"since\": \"1990-02-01\"}]}]}",
         2, 58, "unknown key"},
        {"{\"nonsense\": []}", 1, 2, "unknown key"},
        {"{\"places\": [{\"state\": \"XYZ\", \"names\": [\"Foo\"]}]}", 1, 23, "unknown state"},
        {"[1]", 1, 1, "object of sections"},
        {"{\"states\": [}", 1, 13, ""},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        ag_error err;
        cr_expect_eq(load_one(t[i].json, &err), AG_EDATA, "case %zu", i);
        cr_expect_eq(err.line, t[i].line, "case %zu: line %zu (%s)", i, err.line, err.msg);
        cr_expect_eq(err.col, t[i].col, "case %zu: col %zu (%s)", i, err.col, err.msg);
        cr_expect(strstr(err.msg, t[i].msg), "case %zu: %s", i, err.msg);
        cr_expect(strstr(err.file, "a.json"), "case %zu: file %s", i, err.file);
    }
}

Test(dict, missing_or_empty_directory)
{
    ag_error err;
    ag_dict *dd;
    cr_expect_eq(ag_dict_load("/nonexistent-dir", tk, &dd, &err), AG_ENOINPUT);
    cr_expect_null(dd);
    char dir[] = "/tmp/ag-dict-XXXXXX";
    cr_assert(mkdtemp(dir));
    cr_expect_eq(ag_dict_load(dir, tk, &dd, &err), AG_ENOINPUT);
    rmdir(dir);
}
