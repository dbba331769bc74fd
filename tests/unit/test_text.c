/* Unit tests for text.c: UTF-8 check, dateline, tokens, stems, sentences. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "text.h"

static ag_tokenizer *tk;

static void setup(void)
{
    ag_error err;
    cr_assert_eq(ag_tokenizer_new(&tk, &err), AG_OK);
}

static void teardown(void)
{
    ag_tokenizer_free(tk);
}

TestSuite(text, .init = setup, .fini = teardown);

/* The tokens' norms joined by '|'. */
static void norms(const char *s, ag_buf *out)
{
    ag_tokens ts = ag_text_tokenize(tk, s, 0, strlen(s));
    ag_buf_clear(out);
    for (size_t i = 0; i < ts.n; i++)
        ag_buf_printf(out, "%s%s", i ? "|" : "", ts.tok[i].norm);
}

Test(text, tokens_table)
{
    struct {
        const char *in, *want;
    } t[] = {
        {"Karabakh\xe2\x80\x99s ethnic", "karabakh|'s|ethnic"},
        {"Azerbaijani leaders\xe2\x80\x99 assets", "azerbaijani|leaders|'|assets"},
        {"T\xc3\xbcrkiye and T\xc3\x9cRKIYE", "turkiye|and|turkiye"},
        {"C\xc3\xb4te d\xe2\x80\x99Ivoire", "cote|d'ivoire"},
        {"the U.S.-led coalition", "the|u.s.-led|coalition"},
        {"by 3.5 percent, or 1,000 people.", "by|3.5|percent|,|or|1,000|people|."},
        {"Gen. Smith and J. F. Kennedy", "gen.|smith|and|j.|f.|kennedy"},
        {"the \xe2\x80\x9c"
         "forced exodus\xe2\x80\x9d",
         "the|\"|forced|exodus|\""},
        {"tit-for-tat expulsion", "tit-for-tat|expulsion"},
        {"wait... what", "wait|...|what"},
        {"didn't stop", "didn't|stop"},
        {"\xef\xbc\xa6\xef\xbd\x92\xef\xbd\x81\xef\xbd\x8e\xef\xbd\x83\xef\xbd\x85", "france"},
    };
    ag_buf b = AG_BUF_INIT;
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        norms(t[i].in, &b);
        cr_expect_str_eq(b.data, t[i].want, "%s", t[i].in);
    }
    ag_buf_free(&b);
}

Test(text, offsets_index_the_original_bytes)
{
    const char *s = "xx Karabakh\xe2\x80\x99s \xe2\x80\x9c"
                    "exodus\xe2\x80\x9d.";
    ag_tokens ts = ag_text_tokenize(tk, s, 3, strlen(s));
    cr_assert_eq(ts.n, 6);
    size_t want[][2] = {{3, 11}, {11, 15}, {16, 19}, {19, 25}, {25, 28}, {28, 29}};
    for (size_t i = 0; i < ts.n; i++) {
        cr_expect_eq(ts.tok[i].start, want[i][0], "token %zu", i);
        cr_expect_eq(ts.tok[i].end, want[i][1], "token %zu", i);
    }
    cr_expect(ts.tok[1].flags & AG_TOK_POSS);
    cr_expect(ts.tok[2].flags & AG_TOK_QUOTE);
    cr_expect(ts.tok[0].flags & AG_TOK_CAP);
}

Test(text, flags)
{
    ag_tokens ts = ag_text_tokenize(tk, "NATO Paris 2020 U.S. Mr.\n\nNext", 0, 30);
    cr_assert_eq(ts.n, 6);
    cr_expect(ts.tok[0].flags & AG_TOK_UPPER);
    cr_expect(!(ts.tok[1].flags & AG_TOK_UPPER) && (ts.tok[1].flags & AG_TOK_CAP));
    cr_expect(ts.tok[2].flags & AG_TOK_NUM);
    cr_expect((ts.tok[3].flags & AG_TOK_ABBR) && !(ts.tok[3].flags & AG_TOK_TITLE));
    cr_expect(ts.tok[4].flags & AG_TOK_TITLE);
    cr_expect(ts.tok[5].flags & AG_TOK_PARA);
    cr_expect(!(ts.tok[4].flags & AG_TOK_PARA));
}

Test(text, inflections_share_a_stem)
{
    const char *groups[][5] = {
        {"condemns", "condemned", "condemning", "condemnation", "condemn"},
        {"criticizes", "criticized", "criticism", "criticize", "criticizing"},
        {"expels", "expelled", "expelling", "expel", "expel"},
        {"sanctions", "sanctioned", "sanctioning", "sanction", "sanction"},
    };
    for (size_t g = 0; g < sizeof groups / sizeof groups[0]; g++) {
        char want[64];
        ag_tokens ts = ag_text_tokenize(tk, groups[g][0], 0, strlen(groups[g][0]));
        snprintf(want, sizeof want, "%s", ts.tok[0].stem);
        for (size_t i = 1; i < 5; i++) {
            ts = ag_text_tokenize(tk, groups[g][i], 0, strlen(groups[g][i]));
            cr_expect_str_eq(ts.tok[0].stem, want, "%s vs %s", groups[g][i], groups[g][0]);
        }
    }
}

/* The sentences of s as their original text, joined by '|'. */
static void sentences(const char *s, ag_buf *out)
{
    ag_tokens ts = ag_text_tokenize(tk, s, 0, strlen(s));
    ag_buf_clear(out);
    for (size_t i = 0; i < ts.n;) {
        size_t e = ag_text_sentence_end(ts, i);
        cr_assert(e > i);
        if (i)
            ag_buf_putc(out, '|');
        ag_buf_put(out, s + ts.tok[i].start, ts.tok[e - 1].end - ts.tok[i].start);
        i = e;
    }
}

Test(text, sentences_table)
{
    struct {
        const char *in, *want;
    } t[] = {
        {"A left. B came.", "A left.|B came."},
        {"The U.S. and the U.K. met. The U.N. spoke.",
         "The U.S. and the U.K. met.|The U.N. spoke."},
        {"Sanctions hit the U.S. The move angered it.",
         "Sanctions hit the U.S.|The move angered it."},
        {"Gen. Smith met Lt. Col. Jones and Dr. Who. Mr. and Mrs. Li left.",
         "Gen. Smith met Lt. Col. Jones and Dr. Who.|Mr. and Mrs. Li left."},
        {"J. F. Kennedy spoke on Jan. 18 about No. 10.",
         "J. F. Kennedy spoke on Jan. 18 about No. 10."},
        {"Acme Inc. said so. Prices rose 3.5 percent.",
         "Acme Inc. said so.|Prices rose 3.5 percent."},
        {"e.g. this, i.e. that. Then vs. now.", "e.g. this, i.e. that.|Then vs. now."},
        {"It said \xe2\x80\x9cno.\xe2\x80\x9d It left.",
         "It said \xe2\x80\x9cno.\xe2\x80\x9d|It left."},
        {"He said \"go.\" Then he went.", "He said \"go.\"|Then he went."},
        {"Wait... then go. And so... Next one.", "Wait... then go.|And so...|Next one."},
        {"Headline without stop\n\nBody starts here. Really?",
         "Headline without stop|Body starts here.|Really?"},
        {"Is it? Yes! Sure.", "Is it?|Yes!|Sure."},
        {"lines wrap\nacross one paragraph.", "lines wrap\nacross one paragraph."},
        {"in Sept. The talks", "in Sept.|The talks"},
    };
    ag_buf b = AG_BUF_INIT;
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        sentences(t[i].in, &b);
        cr_expect_str_eq(b.data, t[i].want, "%s", t[i].in);
    }
    ag_buf_free(&b);
}

Test(text, dateline_table)
{
    struct {
        const char *in;
        bool ok;
        const char *date, *place;
        size_t body;
    } t[] = {
        {" date 2024-01-18 In a resolution", true, "2024-01-18", "", 17},
        {"\n\ndate 2023-12-31\nText", true, "2023-12-31", "", 18},
        {"date 2024-01-18", true, "2024-01-18", "", 15},
        {"date 2024-13-01 x", false, "", "", 0},
        {"date 2024-01-1x x", false, "", "", 0},
        {"dated 2024-01-18 x", false, "", "", 0},
        {"In 2024-01-18 x", false, "", "", 0},
        {"date 2024-01-180", false, "", "", 0},
        {"date 2024-02-29 leap", true, "2024-02-29", "", 16},
        {"date 2023-02-29 not a leap year", false, "", "", 0},
        {"date 2024-04-31 April has 30 days", false, "", "", 0},
        /* wire datelines: place, date, agency, some of them, then a dash */
        {"BEIJING, Oct 4, 2024 (Reuters) - China said", true, "2024-10-04", "BEIJING", 33},
        {"NEW YORK, Sept. 30, 2023 (AP) -- The UN", true, "2023-09-30", "NEW YORK", 33},
        {"Oct. 4 (AP) -- Officials", true, "", "", 15},
        {"WASHINGTON (Reuters) - The", true, "", "WASHINGTON", 23},
        {"Kyiv, 4 October 2024 \xe2\x80\x94 Ukraine", true, "2024-10-04", "Kyiv", 25},
        {"ST. PETERSBURG - Talks", true, "", "ST. PETERSBURG", 17},
        {"Kyiv - Ukraine said", false, "", "", 0}, /* a place alone needs capitals */
        {"Israel and Hamas - a truce", false, "", "", 0},
        {"BEIJING, Feb 30, 2024 (Reuters) - x", true, "", "BEIJING", 34}, /* no such day */
        {"LONDON, March 3 - Britain", true, "", "LONDON", 18},
        /* a first line that is only a date */
        {"4 October 2024\nThe talks", true, "2024-10-04", "", 15},
        {"October 4, 2024\r\nThe talks", true, "2024-10-04", "", 17},
        {"2024-10-04\nThe talks", true, "2024-10-04", "", 11},
        {"4 October 2024 the talks", false, "", "", 0},
        {"May 2024 was warm", false, "", "", 0},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        ag_dateline d;
        bool ok = ag_text_dateline(t[i].in, strlen(t[i].in), &d);
        cr_expect_eq(ok, t[i].ok, "%s", t[i].in);
        cr_expect_eq(d.body, t[i].body, "%s: body %zu", t[i].in, d.body);
        cr_expect_str_eq(d.date, t[i].date, "%s", t[i].in);
        size_t n = strlen(t[i].place);
        cr_expect_eq(d.end - d.place, n, "%s: place of %zu bytes", t[i].in, d.end - d.place);
        cr_expect(strncmp(t[i].in + d.place, t[i].place, n) == 0, "%s", t[i].in);
    }
}

Test(text, utf8_errors_name_line_and_column)
{
    struct {
        const char *in;
        size_t len, line, col;
    } t[] = {
        {"ok\nab\xff", 6, 2, 3},
        {"\xc0\xaf", 2, 1, 1},         /* overlong */
        {"a\xed\xa0\x80", 4, 1, 2},    /* surrogate */
        {"abc\xe2\x82", 5, 1, 4},      /* truncated */
        {"x\0y", 3, 1, 2},             /* NUL */
        {"\xf4\x90\x80\x80", 4, 1, 1}, /* beyond U+10FFFF */
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        ag_error err;
        cr_expect_eq(ag_text_check_utf8("f.txt", t[i].in, t[i].len, &err), AG_EDATA, "case %zu", i);
        cr_expect_eq(err.line, t[i].line, "case %zu", i);
        cr_expect_eq(err.col, t[i].col, "case %zu", i);
        cr_expect_str_eq(err.file, "f.txt");
    }
    ag_error err;
    const char *good = "T\xc3\xbcrkiye \xe2\x80\x9cok\xe2\x80\x9d \xf0\x9f\x98\x80";
    cr_expect_eq(ag_text_check_utf8("f", good, strlen(good), &err), AG_OK);
}

Test(text, hashes_of_sequences_depend_on_order)
{
    uint64_t a = ag_text_hash("a", 1), b = ag_text_hash("b", 1);
    uint64_t ab = ag_text_hash_next(ag_text_hash_next(AG_TEXT_HASH_EMPTY, a), b);
    uint64_t ba = ag_text_hash_next(ag_text_hash_next(AG_TEXT_HASH_EMPTY, b), a);
    cr_expect_neq(ab, ba);
    cr_expect_eq(ab, ag_text_hash_next(ag_text_hash_next(AG_TEXT_HASH_EMPTY, a), b));
}
