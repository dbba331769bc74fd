/* parse.c: Link Grammar behind our tokens and links; see parse.h. */
#include "parse.h"

#include <link-grammar/link-includes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

struct ag_parser {
    Dictionary dict; /* loaded at the first sentence to parse */
    bool missing;    /* and could not be */
    Parse_Options opts;
    ag_buf text;    /* the sentence as given to the parser */
    size_t *offset; /* token -> its first byte in text */
    size_t capoff;
    ag_link *links;
    size_t nlinks, caplinks;
    size_t parsed, with_nulls;
};

/* Link Grammar reports through a global handler; the library must not
 * print, and a failed parse is reported by the return value. */
static void quiet(lg_errinfo *e, void *data)
{
    (void)e;
    (void)data;
}

ag_parser *ag_parser_new(void)
{
    ag_parser *p = ag_xcalloc(1, sizeof *p);
    p->opts = parse_options_create();
    parse_options_set_verbosity(p->opts, 0);
    parse_options_set_repeatable_rand(p->opts, true);
    parse_options_set_max_parse_time(p->opts, 2);
    parse_options_set_islands_ok(p->opts, false);
    return p;
}

/* Whether the dictionary is loaded, loading it the first time. */
static bool dictionary(ag_parser *p)
{
    if (!p->dict && !p->missing) {
        lg_error_set_handler(quiet, NULL);
        p->dict = dictionary_create_lang("en");
        p->missing = !p->dict;
    }
    return p->dict != NULL;
}

ag_status ag_parser_check(const ag_parser *p, ag_error *err)
{
    if (p->missing)
        return ag_fail(err, AG_ESOFTWARE,
                       "cannot load the Link Grammar English dictionary "
                       "(Debian package link-grammar-dictionaries-en)");
    return AG_OK;
}

void ag_parser_free(ag_parser *p)
{
    if (!p)
        return;
    parse_options_delete(p->opts);
    if (p->dict)
        dictionary_delete(p->dict);
    ag_buf_free(&p->text);
    free(p->offset);
    free(p->links);
    free(p);
}

void ag_parser_counts(const ag_parser *p, size_t *parsed, size_t *with_nulls)
{
    *parsed = p->parsed;
    *with_nulls = p->with_nulls;
}

/* Writes the tokens into p->text as they stood (a space where the text had
 * any; '_' before a glued token, the first letter of a glued name made a
 * capital), recording where each starts. Brackets the parser does not
 * know become parentheses and `` '' become plain quotes. Returns false
 * when no token holds a letter or digit. */
static bool sentence_text(ag_parser *p, const char *text, const ag_token *t, size_t n,
                          const bool *glue)
{
    bool word = false;
    ag_buf_clear(&p->text);
    ag_grow(&p->offset, &p->capoff, n, sizeof *p->offset);
    for (size_t i = 0; i < n; i++) {
        bool glued = glue && i > 0 && glue[i];
        if (glued)
            ag_buf_putc(&p->text, '_');
        else if (i > 0 && (t[i].flags & AG_TOK_SPACE))
            ag_buf_putc(&p->text, ' ');
        p->offset[i] = p->text.len;
        const char *s = text + t[i].start;
        size_t len = t[i].end - t[i].start;
        if (len == 1 && (*s == '{' || *s == '['))
            ag_buf_putc(&p->text, '(');
        else if (len == 1 && (*s == '}' || *s == ']'))
            ag_buf_putc(&p->text, ')');
        else if (len == 2 && (!memcmp(s, "``", 2) || !memcmp(s, "''", 2)))
            ag_buf_putc(&p->text, '"');
        else
            ag_buf_put(&p->text, s, len);
        bool name = glue && !glued && i + 1 < n && glue[i + 1];
        if (name && p->text.data[p->offset[i]] >= 'a' && p->text.data[p->offset[i]] <= 'z')
            p->text.data[p->offset[i]] = (char)(p->text.data[p->offset[i]] - 'a' + 'A');
        word = word || (t[i].flags & AG_TOK_WORD);
    }
    return word;
}

/* The token holding byte b of p->text: the last one starting at or before. */
static size_t token_at(const ag_parser *p, size_t n, size_t b)
{
    size_t lo = 0, hi = n;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (p->offset[mid] <= b)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* The links of linkage l between tokens, into links[0..*nlinks). */
static void collect(ag_parser *p, Linkage l, size_t n, ag_link **links, size_t *nlinks, size_t *cap)
{
    size_t nw = (size_t)linkage_get_num_words(l);
    *nlinks = 0;
    for (LinkIdx i = 0; i < (LinkIdx)linkage_get_num_links(l); i++) {
        WordIdx a = linkage_get_link_lword(l, i), b = linkage_get_link_rword(l, i);
        if (a == 0 || b == 0 || a + 1 >= nw || b + 1 >= nw)
            continue; /* the walls */
        size_t ta = token_at(p, n, (size_t)linkage_get_word_byte_start(l, a));
        size_t tb = token_at(p, n, (size_t)linkage_get_word_byte_start(l, b));
        if (ta == tb)
            continue;
        ag_grow(links, cap, *nlinks + 1, sizeof **links);
        ag_link *k = &(*links)[(*nlinks)++];
        k->left = (uint16_t)(ta < tb ? ta : tb);
        k->right = (uint16_t)(ta < tb ? tb : ta);
        snprintf(k->label, sizeof k->label, "%s", linkage_get_link_label(l, i));
    }
}

enum { CANDIDATES = 100 }; /* parses shown to the judge */

/* Of the best-ranked parses of s, the one the judge finds the least fault
 * with (the better ranked of equals) into p->links. */
static void choose(ag_parser *p, Sentence s, size_t n, ag_parse_judge judge, void *ctx)
{
    ag_link *try = NULL;
    size_t ntry = 0, captry = 0, best = (size_t)-1;
    int found = sentence_num_valid_linkages(s);
    for (int i = 0; i < found && i < (judge ? CANDIDATES : 1) && best > 0; i++) {
        Linkage l = linkage_create(i, s, p->opts);
        if (!l)
            continue;
        collect(p, l, n, &try, &ntry, &captry);
        linkage_delete(l);
        size_t fault = judge ? judge(&(ag_syntax){try, ntry, 0}, ctx) : 0;
        if (fault < best) {
            best = fault;
            ag_link *swap = p->links;
            size_t cap = p->caplinks;
            p->links = try;
            p->nlinks = ntry;
            p->caplinks = captry;
            try = swap;
            captry = cap;
        }
    }
    free(try);
}

bool ag_parse(ag_parser *p, const char *text, const ag_token *t, size_t n, const bool *glue,
              ag_parse_judge judge, void *ctx, ag_syntax *out)
{
    *out = (ag_syntax){NULL, 0, 0};
    if (n == 0 || n > AG_PARSE_MAX_TOKENS || !dictionary(p) || !sentence_text(p, text, t, n, glue))
        return false; /* an empty sentence aborts the parser */
    Sentence s = sentence_create(p->text.data, p->dict);
    bool ok = false;
    if (s && sentence_split(s, p->opts) == 0) {
        parse_options_set_min_null_count(p->opts, 0);
        parse_options_set_max_null_count(p->opts, 0);
        int found = sentence_parse(s, p->opts);
        if (found == 0 && !parse_options_resources_exhausted(p->opts)) {
            parse_options_set_min_null_count(p->opts, 1);
            parse_options_set_max_null_count(p->opts, sentence_length(s));
            found = sentence_parse(s, p->opts);
        }
        p->nlinks = 0;
        if (found > 0)
            choose(p, s, n, judge, ctx);
        if (found > 0 && p->nlinks > 0) {
            out->links = p->links;
            out->n = p->nlinks;
            out->nulls = (unsigned)sentence_null_count(s);
            p->parsed++;
            p->with_nulls += out->nulls > 0;
            ok = true;
        }
    }
    if (s)
        sentence_delete(s);
    return ok;
}
