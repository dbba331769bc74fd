/* Unit tests for phrases.c: longest match over token sequences. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "phrases.h"

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

TestSuite(phrases, .init = setup, .fini = teardown);

static void add(ag_phrases *p, const char *s, uint32_t v)
{
    ag_tokens ts = ag_text_tokenize(tk, s, 0, strlen(s));
    ag_phrases_add(p, ts.tok, ts.n, v);
}

static bool odd_only(const void *ctx, uint32_t v, size_t i, size_t len)
{
    (void)ctx;
    (void)i;
    (void)len;
    return v % 2;
}

/* Longest match at token `at` of text: length, first value, value count. */
static size_t longest(const ag_phrases *p, const char *text, size_t at, ag_phrase_accept acc,
                      uint32_t *first, size_t *n)
{
    char copy[128];
    snprintf(copy, sizeof copy, "%s", text);
    ag_tokens ts = ag_text_tokenize(tk, copy, 0, strlen(copy));
    const uint32_t *v;
    size_t len = ag_phrases_longest(p, ts.tok, ts.n, at, acc, NULL, &v, n);
    *first = *n ? v[0] : 0;
    return len;
}

Test(phrases, longest_match_table)
{
    ag_phrases p = AG_PHRASES_INIT(false);
    add(&p, "United States", 1);
    add(&p, "United States of America", 2);
    add(&p, "United", 3);
    add(&p, "EU member states", 4);
    add(&p, "EU", 5);
    add(&p, "EU", 6);
    add(&p, "EU", 5); /* equal values are kept once */
    ag_phrases_build(&p);
    struct {
        const char *text;
        size_t at, len;
        uint32_t first;
        size_t n;
    } t[] = {
        {"the United States of America said", 1, 4, 2, 1},
        {"the United States said", 1, 2, 1, 1},
        {"United Kingdom", 0, 1, 3, 1},
        {"key EU member states", 1, 3, 4, 1},
        {"EU member", 0, 1, 5, 2},
        {"the EU", 0, 0, 0, 0},
        {"UNITED STATES", 0, 2, 1, 1},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        uint32_t first;
        size_t n, len = longest(&p, t[i].text, t[i].at, NULL, &first, &n);
        cr_expect_eq(len, t[i].len, "%s: len %zu", t[i].text, len);
        cr_expect_eq(first, t[i].first, "%s: first %u", t[i].text, first);
        cr_expect_eq(n, t[i].n, "%s: n %zu", t[i].text, n);
    }
    ag_phrases_free(&p);
}

Test(phrases, accept_filter_falls_back_to_shorter)
{
    ag_phrases p = AG_PHRASES_INIT(false);
    add(&p, "United States", 2); /* even: rejected by the filter */
    add(&p, "United", 3);
    ag_phrases_build(&p);
    uint32_t first;
    size_t n;
    cr_expect_eq(longest(&p, "United States", 0, odd_only, &first, &n), 1);
    cr_expect_eq(first, 3);
    ag_phrases_free(&p);
}

Test(phrases, by_stem_matches_inflections)
{
    ag_phrases p = AG_PHRASES_INIT(true);
    add(&p, "cut ties", 7);
    ag_phrases_build(&p);
    uint32_t first;
    size_t n;
    cr_expect_eq(longest(&p, "cutting tie", 0, NULL, &first, &n), 2);
    cr_expect_eq(longest(&p, "cuts ties", 0, NULL, &first, &n), 2);
    cr_expect_eq(first, 7);
    ag_phrases_free(&p);
}

Test(phrases, empty_table_matches_nothing)
{
    ag_phrases p = AG_PHRASES_INIT(false);
    uint32_t first;
    size_t n;
    cr_expect_eq(longest(&p, "anything", 0, NULL, &first, &n), 0);
    ag_phrases_build(&p);
    cr_expect_eq(longest(&p, "anything", 0, NULL, &first, &n), 0);
    ag_phrases_free(&p);
}
