/* Unit tests for syntax.c (links written by hand, as Link Grammar draws
 * them) and parse.c (the parser itself, on sentences written for them). */
#include <criterion/criterion.h>
#include <string.h>

#include "parse.h"
#include "syntax.h"

#define SYN(l) ((ag_syntax){l, sizeof l / sizeof l[0], 0})

/* "Chile has rejected the offer": 0 Chile, 1 has, 2 rejected, 3 the, 4 offer */
static const ag_link HAS_REJECTED[] = {{0, 1, "Ss"}, {1, 2, "PP"}, {2, 4, "Os"}, {3, 4, "Ds"}};

Test(syntax, subject_through_auxiliaries)
{
    ag_syntax s = SYN(HAS_REJECTED);
    bool passive;
    cr_expect_eq(ag_syn_subject(&s, 2, &passive), 0);
    cr_expect_not(passive);
    long o[AG_SYN_MAX];
    cr_assert_eq(ag_syn_objects(&s, 2, o), 1);
    cr_expect_eq(o[0], 4);
    cr_expect(ag_syn_verb(&s, 2));
    cr_expect_not(ag_syn_verb(&s, 4));
}

/* "Peru urged Chile to free them": 0 Peru, 1 urged, 2 Chile, 3 to, 4 free, 5 them;
 * "Peru threatened to free them": 0 Peru, 1 threatened, 2 to, 3 free, 4 them */
static const ag_link URGED[] = {
    {0, 1, "Ss"}, {1, 2, "Os"}, {1, 3, "TOo"}, {3, 4, "I*t"}, {4, 5, "Op"}};
static const ag_link THREATENED[] = {{0, 1, "Ss"}, {1, 2, "TO"}, {2, 3, "I*t"}, {3, 4, "Op"}};

Test(syntax, infinitives_take_their_controller)
{
    bool passive;
    ag_syntax u = SYN(URGED), t = SYN(THREATENED);
    cr_expect_eq(ag_syn_subject(&u, 4, &passive), 2, "object control: urged X to");
    cr_expect_eq(ag_syn_subject(&t, 3, &passive), 0, "subject control: threatened to");
}

/* "Oslo was attacked by Moscow": 0 Oslo, 1 was, 2 attacked, 3 by, 4 Moscow */
static const ag_link PASSIVE[] = {{0, 1, "Ss"}, {1, 2, "Pv"}, {2, 3, "MVp"}, {3, 4, "Js"}};

Test(syntax, passive_and_its_agent)
{
    ag_syntax s = SYN(PASSIVE);
    bool passive;
    cr_expect_eq(ag_syn_subject(&s, 2, &passive), 0);
    cr_expect(passive);
    long pr[AG_SYN_MAX], ob[AG_SYN_MAX];
    cr_assert_eq(ag_syn_preps(&s, 2, pr, ob), 1);
    cr_expect_eq(pr[0], 3);
    cr_expect_eq(ob[0], 4);
}

/* "Laos and Vietnam's envoy met": 0 Laos, 1 and, 2 Vietnam, 3 's, 4 envoy, 5 met */
static const ag_link COORD[] = {
    {0, 1, "SJls"}, {1, 4, "SJrs"}, {2, 3, "YS"}, {3, 4, "Ds"}, {1, 5, "Spx"}};

Test(syntax, conjuncts_and_possessors)
{
    ag_syntax s = SYN(COORD);
    bool passive;
    long v[AG_SYN_MAX];
    cr_expect_eq(ag_syn_subject(&s, 5, &passive), 1, "the coordination is the subject");
    cr_assert_eq(ag_syn_conjuncts(&s, 1, v), 2);
    cr_expect(v[0] + v[1] == 4, "Laos and envoy");
    cr_assert_eq(ag_syn_modifiers(&s, 4, v), 1);
    cr_expect_eq(v[0], 2, "the owner of 's, not 's itself");
    cr_expect(ag_syn_linked(&s, 3, 4, "D"));
    cr_expect_not(ag_syn_linked(&s, 3, 4, "DD"), "a type is the whole run of capitals");
}

/* ---- the parser ---- */

static ag_parser *p;
static ag_tokenizer *tk;

static void setup(void)
{
    ag_error err;
    p = ag_parser_new();
    cr_assert_eq(ag_tokenizer_new(&tk, &err), AG_OK, "%s", err.msg);
}

static void teardown(void)
{
    ag_parser_free(p);
    ag_tokenizer_free(tk);
}

TestSuite(parse, .init = setup, .fini = teardown);

static long token(ag_tokens ts, const char *norm)
{
    for (size_t i = 0; i < ts.n; i++)
        if (strcmp(ts.tok[i].norm, norm) == 0)
            return (long)i;
    return -1;
}

Test(parse, subject_and_object_of_a_verb)
{
    const char *text = "Chile has once again outright rejected a Peruvian proposal.";
    ag_tokens ts = ag_text_tokenize(tk, text, 0, strlen(text));
    ag_syntax s;
    cr_assert(ag_parse(p, text, ts.tok, ts.n, NULL, NULL, NULL, &s));
    bool passive;
    long v = token(ts, "rejected"), o[AG_SYN_MAX];
    cr_expect_eq(ag_syn_subject(&s, (size_t)v, &passive), token(ts, "chile"));
    cr_assert_eq(ag_syn_objects(&s, (size_t)v, o), 1);
    cr_expect_eq(o[0], token(ts, "proposal"));
}

Test(parse, glued_names_link_from_their_first_token)
{
    const char *text = "The United States condemned North Korea.";
    ag_tokens ts = ag_text_tokenize(tk, text, 0, strlen(text));
    bool glue[16] = {false};
    glue[token(ts, "states")] = glue[token(ts, "korea")] = true;
    ag_syntax s;
    cr_assert(ag_parse(p, text, ts.tok, ts.n, glue, NULL, NULL, &s));
    bool passive;
    long v = token(ts, "condemned"), o[AG_SYN_MAX];
    cr_expect_eq(ag_syn_subject(&s, (size_t)v, &passive), token(ts, "united"));
    cr_assert_eq(ag_syn_objects(&s, (size_t)v, o), 1);
    cr_expect_eq(o[0], token(ts, "north"));
}

static size_t fault_if_noun(const ag_syntax *s, void *ctx)
{
    return ag_syn_verb(s, *(const size_t *)ctx) ? 0 : 1;
}

Test(parse, the_judge_picks_among_parses)
{
    const char *text = "Berlin rejected recent calls by Minsk's rulers for aid, saying it was "
                       "withholding it until a government takes over.";
    ag_tokens ts = ag_text_tokenize(tk, text, 0, strlen(text));
    size_t v = (size_t)token(ts, "rejected");
    ag_syntax s;
    cr_assert(ag_parse(p, text, ts.tok, ts.n, NULL, NULL, NULL, &s));
    cr_expect_not(ag_syn_verb(&s, v), "the parser's own best reads 'Berlin rejected' as a noun");
    cr_assert(ag_parse(p, text, ts.tok, ts.n, NULL, fault_if_noun, &v, &s));
    cr_expect(ag_syn_verb(&s, v), "the judge wants 'rejected' read as a verb");
}

Test(parse, nothing_to_parse)
{
    ag_syntax s;
    cr_expect_not(ag_parse(p, "", NULL, 0, NULL, NULL, NULL, &s), "an empty sentence");
    const char *text = ", ; :";
    ag_tokens ts = ag_text_tokenize(tk, text, 0, strlen(text));
    cr_expect_not(ag_parse(p, text, ts.tok, ts.n, NULL, NULL, NULL, &s), "no word");
    size_t parsed, nulls;
    ag_parser_counts(p, &parsed, &nulls);
    cr_expect_eq(parsed, 0);
}
