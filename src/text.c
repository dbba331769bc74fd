/* text.c: UTF-8 check, dateline, tokens with original offsets, sentences. */
#include "text.h"

#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "graph.h"
#include "util.h"

/* Stems of recent words, by the hash of their norm: a fixed table, so the
 * stemmer runs once per distinct word while memory stays flat. */
enum { STEM_SLOTS = 8192, STEM_MAX = 23 };
typedef struct {
    uint64_t key; /* hash of the norm; 0 when empty */
    uint8_t len;
    char stem[STEM_MAX];
} stem_slot;

struct ag_tokenizer {
    stem_slot *stems;
    struct sb_stemmer *stemmer;
    ag_token *tok;
    size_t n, cap;
    size_t *off; /* per token: arena offsets of norm and stem, until fixed up */
    size_t offcap;
    ag_buf arena;
    utf8proc_int32_t *u32; /* scratch for utf8proc */
    size_t u32cap;
};

ag_status ag_tokenizer_new(ag_tokenizer **out, ag_error *err)
{
    *out = NULL;
    struct sb_stemmer *st = sb_stemmer_new("english", "UTF_8");
    if (!st)
        return ag_fail(err, AG_ESOFTWARE, "libstemmer has no English stemmer");
    ag_tokenizer *tk = ag_xcalloc(1, sizeof *tk);
    tk->stemmer = st;
    tk->stems = ag_xcalloc(STEM_SLOTS, sizeof *tk->stems);
    *out = tk;
    return AG_OK;
}

void ag_tokenizer_free(ag_tokenizer *tk)
{
    if (!tk)
        return;
    sb_stemmer_delete(tk->stemmer);
    free(tk->stems);
    free(tk->tok);
    free(tk->off);
    ag_buf_free(&tk->arena);
    free(tk->u32);
    free(tk);
}

uint64_t ag_text_hash(const char *s, size_t n)
{
    uint64_t h = UINT64_C(1469598103934665603);
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * UINT64_C(1099511628211);
    return h;
}

uint64_t ag_text_hash_next(uint64_t seq, uint64_t tok)
{
    uint64_t h = (seq ^ tok) * UINT64_C(0xff51afd7ed558ccd);
    return h ^ (h >> 29) ^ (tok << 7);
}

/* ---- characters ---- */

enum cclass { C_SPACE, C_WORD, C_APOS, C_HYPHEN, C_DOT, C_COMMA, C_QUOTE, C_PUNCT };

/* Decodes the code point at text[i] (valid UTF-8); returns its length. */
static size_t decode(const char *text, size_t i, size_t end, utf8proc_int32_t *cp)
{
    unsigned char c = (unsigned char)text[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    utf8proc_ssize_t n =
        utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(end - i), cp);
    if (n <= 0) {
        *cp = 0xFFFD;
        return 1;
    }
    return (size_t)n;
}

static enum cclass classify(utf8proc_int32_t cp)
{
    if (cp < 0x80) {
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v')
            return C_SPACE;
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9'))
            return C_WORD;
        switch (cp) {
        case '\'': return C_APOS;
        case '-': return C_HYPHEN;
        case '.': return C_DOT;
        case ',': return C_COMMA;
        case '"': return C_QUOTE;
        default: return C_PUNCT;
        }
    }
    switch (cp) {
    case 0x2019:
    case 0x2018:
    case 0x02BC: return C_APOS;
    case 0x2010:
    case 0x2011: return C_HYPHEN;
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x00AB:
    case 0x00BB: return C_QUOTE;
    default: break;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF: return C_SPACE;
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO: return C_WORD;
    default: return C_PUNCT;
    }
}

static enum cclass class_at(const char *text, size_t i, size_t end, size_t *len)
{
    if (i >= end)
        return C_SPACE;
    utf8proc_int32_t cp;
    size_t n = decode(text, i, end, &cp);
    if (len)
        *len = n;
    return classify(cp);
}

static bool is_digit_at(const char *text, size_t i, size_t end)
{
    return i < end && text[i] >= '0' && text[i] <= '9';
}

/* ---- abbreviations ---- */

/* Titles never end a sentence; the other abbreviations may. */
static const char *const TITLES[] = {"mr",   "mrs",    "ms",   "dr",  "gen",  "lt",   "col",  "maj",
                                     "capt", "cpt",    "sgt",  "adm", "brig", "cmdr", "gov",  "sen",
                                     "rep",  "rev",    "prof", "st",  "mt",   "ft",   "pres", "amb",
                                     "hon",  "messrs", "fr",   "cpl", "pvt",  "supt", "insp"};
static const char *const ABBREVS[] = {
    "jr",     "sr",   "inc",  "corp", "co",   "ltd",  "bros", "vs",  "etc", "jan", "feb",
    "mar",    "apr",  "jun",  "jul",  "aug",  "sep",  "sept", "oct", "nov", "dec", "est",
    "approx", "dept", "univ", "assn", "govt", "intl", "p.m",  "a.m", "no",  "nos"};

static bool in_list(const char *const *list, size_t n, const char *s, size_t len)
{
    char low[16];
    if (len > 9) /* no listed word is longer */
        return false;
    for (size_t i = 0; i < len; i++)
        low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    low[len] = '\0';
    for (size_t i = 0; i < n; i++)
        if (strcmp(list[i], low) == 0)
            return true;
    return false;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Flags a word text[s, e) followed by '.' earns by keeping that period:
 * 0 when the period is a separate token. */
static unsigned dot_flags(const char *text, size_t s, size_t e)
{
    if (in_list(TITLES, COUNT(TITLES), text + s, e - s))
        return AG_TOK_ABBR | AG_TOK_TITLE;
    if (e - s == 1 && text[s] >= 'A' && text[s] <= 'Z')
        return AG_TOK_ABBR | AG_TOK_TITLE; /* an initial */
    if (memchr(text + s, '.', e - s) || in_list(ABBREVS, COUNT(ABBREVS), text + s, e - s))
        return AG_TOK_ABBR;
    return 0;
}

/* ---- normalisation ---- */

static utf8proc_int32_t fold_custom(utf8proc_int32_t cp, void *data)
{
    (void)data;
    switch (cp) {
    case 0x2019:
    case 0x2018:
    case 0x02BC:
    case 0x2032: return '\'';
    case 0x2010:
    case 0x2011: return '-';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x00AB:
    case 0x00BB: return '"';
    default: return cp;
    }
}

/* Appends the normalised form of text[s, e) to the arena. Returns the
 * case flags (AG_TOK_CAP, AG_TOK_UPPER) seen in the original. */
static unsigned put_norm(ag_tokenizer *tk, const char *text, size_t s, size_t e)
{
    unsigned upper = 0, letters = 0, first_cap = 0;
    bool ascii = true;
    for (size_t i = s; i < e; i++) {
        unsigned char c = (unsigned char)text[i];
        ascii = ascii && c < 0x80;
        if (c < 0x80 && ((c | 32) >= 'a' && (c | 32) <= 'z')) {
            letters++;
            upper += c <= 'Z';
            if (letters == 1)
                first_cap = c <= 'Z';
        }
    }
    if (ascii) {
        size_t at = tk->arena.len;
        ag_buf_put(&tk->arena, text + s, e - s);
        for (char *p = tk->arena.data + at; p < tk->arena.data + tk->arena.len; p++)
            if (*p >= 'A' && *p <= 'Z')
                *p = (char)(*p + 32);
    } else {
        for (size_t i = s; i < e;) {
            utf8proc_int32_t cp;
            i += decode(text, i, e, &cp);
            utf8proc_category_t cat = utf8proc_category(cp);
            if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT ||
                cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LO) {
                letters++;
                upper += cat != UTF8PROC_CATEGORY_LL;
                if (letters == 1)
                    first_cap = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
            }
        }
        const utf8proc_option_t opt = UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
                                      UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK;
        for (;;) {
            utf8proc_ssize_t n = utf8proc_decompose_custom(
                (const utf8proc_uint8_t *)text + s, (utf8proc_ssize_t)(e - s), tk->u32,
                (utf8proc_ssize_t)tk->u32cap, opt, fold_custom, NULL);
            if (n >= 0 && (size_t)n < tk->u32cap) {
                n = utf8proc_normalize_utf32(tk->u32, n, opt);
                n = n < 0 ? 0 : utf8proc_reencode(tk->u32, n, opt);
                ag_buf_put(&tk->arena, (const char *)tk->u32, n < 0 ? 0 : (size_t)n);
                break;
            }
            size_t need = n > 0 ? (size_t)n + 1 : 4 * (e - s) + 16;
            ag_grow(&tk->u32, &tk->u32cap, need, sizeof *tk->u32);
        }
    }
    return (first_cap ? AG_TOK_CAP : 0) | (letters >= 2 && upper == letters ? AG_TOK_UPPER : 0);
}

/* Irregular past tenses and participles -> the base form, which the
 * stemmer then treats like any other ("met" stems as "meet"). Sorted. */
static const char *const IRREGULAR[][2] = {{"bade", "bid"},
                                           {"beaten", "beat"},
                                           {"began", "begin"},
                                           {"begun", "begin"},
                                           {"bore", "bear"},
                                           {"borne", "bear"},
                                           {"bought", "buy"},
                                           {"broke", "break"},
                                           {"broken", "break"},
                                           {"brought", "bring"},
                                           {"built", "build"},
                                           {"came", "come"},
                                           {"caught", "catch"},
                                           {"chose", "choose"},
                                           {"chosen", "choose"},
                                           {"dealt", "deal"},
                                           {"did", "do"},
                                           {"done", "do"},
                                           {"drawn", "draw"},
                                           {"drew", "draw"},
                                           {"driven", "drive"},
                                           {"drove", "drive"},
                                           {"fallen", "fall"},
                                           {"fell", "fall"},
                                           {"felt", "feel"},
                                           {"flew", "fly"},
                                           {"flown", "fly"},
                                           {"forbade", "forbid"},
                                           {"forbidden", "forbid"},
                                           {"fought", "fight"},
                                           {"froze", "freeze"},
                                           {"frozen", "freeze"},
                                           {"gave", "give"},
                                           {"given", "give"},
                                           {"gone", "go"},
                                           {"held", "hold"},
                                           {"kept", "keep"},
                                           {"knew", "know"},
                                           {"known", "know"},
                                           {"laid", "lay"},
                                           {"led", "lead"},
                                           {"lent", "lend"},
                                           {"lost", "lose"},
                                           {"made", "make"},
                                           {"meant", "mean"},
                                           {"met", "meet"},
                                           {"overran", "overrun"},
                                           {"oversaw", "oversee"},
                                           {"paid", "pay"},
                                           {"ran", "run"},
                                           {"risen", "rise"},
                                           {"rose", "rise"},
                                           {"said", "say"},
                                           {"sank", "sink"},
                                           {"saw", "see"},
                                           {"seen", "see"},
                                           {"sent", "send"},
                                           {"shook", "shake"},
                                           {"shot", "shoot"},
                                           {"slain", "slay"},
                                           {"slew", "slay"},
                                           {"sold", "sell"},
                                           {"sought", "seek"},
                                           {"spent", "spend"},
                                           {"spoke", "speak"},
                                           {"spoken", "speak"},
                                           {"stole", "steal"},
                                           {"stolen", "steal"},
                                           {"stood", "stand"},
                                           {"stricken", "strike"},
                                           {"struck", "strike"},
                                           {"swore", "swear"},
                                           {"sworn", "swear"},
                                           {"taken", "take"},
                                           {"taught", "teach"},
                                           {"thought", "think"},
                                           {"threw", "throw"},
                                           {"thrown", "throw"},
                                           {"told", "tell"},
                                           {"took", "take"},
                                           {"undertook", "undertake"},
                                           {"upheld", "uphold"},
                                           {"went", "go"},
                                           {"withdrawn", "withdraw"},
                                           {"withdrew", "withdraw"},
                                           {"withheld", "withhold"},
                                           {"won", "win"},
                                           {"written", "write"},
                                           {"wrote", "write"}};

static int cmp_irregular(const void *key, const void *row)
{
    return strcmp(key, ((const char *const *)row)[0]);
}

/* The stem of word[0..n): its base form when irregular, stemmed. */
static const char *stem_of(ag_tokenizer *tk, const char *word, size_t n, size_t *len)
{
    const char *const *base =
        bsearch(word, IRREGULAR, COUNT(IRREGULAR), sizeof IRREGULAR[0], cmp_irregular);
    const char *w = base ? base[1] : word;
    const sb_symbol *st =
        sb_stemmer_stem(tk->stemmer, (const sb_symbol *)w, (int)(base ? strlen(w) : n));
    if (!st) /* only on out of memory inside libstemmer */
        abort();
    *len = (size_t)sb_stemmer_length(tk->stemmer);
    return (const char *)st;
}

/* Appends the stem of the norm at arena offset `from` (length n, hash h). */
static void put_stem(ag_tokenizer *tk, size_t from, size_t n, uint64_t h)
{
    stem_slot *slot = &tk->stems[h & (STEM_SLOTS - 1)];
    if (h && slot->key == h) {
        ag_buf_put(&tk->arena, slot->stem, slot->len);
        return;
    }
    size_t len;
    const char *st = stem_of(tk, tk->arena.data + from, n, &len);
    if (len <= STEM_MAX) {
        slot->key = h;
        slot->len = (uint8_t)len;
        memcpy(slot->stem, st, len);
    }
    ag_buf_put(&tk->arena, st, len);
}

/* ---- tokens ---- */

/* Appends arena bytes [from, from + n) to the arena itself: grown first,
 * since appending may move the bytes being copied. */
static void put_copy(ag_tokenizer *tk, size_t from, size_t n)
{
    ag_buf *b = &tk->arena;
    ag_grow(&b->data, &b->cap, b->len + n + 1, 1);
    memcpy(b->data + b->len, b->data + from, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void emit(ag_tokenizer *tk, const char *text, size_t s, size_t e, unsigned flags)
{
    ag_grow(&tk->tok, &tk->cap, tk->n + 1, sizeof *tk->tok);
    ag_grow(&tk->off, &tk->offcap, 2 * (tk->n + 1), sizeof *tk->off);
    ag_token *t = &tk->tok[tk->n];
    size_t *off = &tk->off[2 * tk->n];
    tk->n++;
    t->start = s;
    t->end = e;
    off[0] = tk->arena.len;
    if (flags & AG_TOK_POSS) /* "'s", or "'" after a plural */
        ag_buf_put(&tk->arena, "'s", (text[e - 1] | 32) == 's' ? 2 : 1);
    else
        flags |= put_norm(tk, text, s, e);
    t->nlen = (uint32_t)(tk->arena.len - off[0]);
    t->hnorm = ag_text_hash(tk->arena.data + off[0], t->nlen);
    ag_buf_putc(&tk->arena, '\0');
    off[1] = tk->arena.len;
    char c0 = tk->arena.data[off[0]];
    if ((flags & AG_TOK_WORD) && !(c0 >= '0' && c0 <= '9'))
        put_stem(tk, off[0], t->nlen, t->hnorm);
    else
        put_copy(tk, off[0], t->nlen);
    t->slen = (uint32_t)(tk->arena.len - off[1]);
    t->hstem = ag_text_hash(tk->arena.data + off[1], t->slen);
    ag_buf_putc(&tk->arena, '\0');
    if (c0 >= '0' && c0 <= '9')
        flags |= AG_TOK_NUM;
    t->flags = flags;
}

/* The end of the word starting at s: letters and digits, with inner
 * hyphens, dots, apostrophes and digit-group commas, but not a possessive
 * 's. */
static size_t word_end(const char *text, size_t s, size_t end)
{
    size_t i = s, n;
    while (i < end) {
        enum cclass c = class_at(text, i, end, &n);
        if (c == C_WORD) {
            i += n;
            continue;
        }
        size_t m;
        if (i + n >= end || class_at(text, i + n, end, &m) != C_WORD)
            break;
        if (c == C_APOS && (text[i + n] == 's' || text[i + n] == 'S') &&
            class_at(text, i + n + 1, end, NULL) != C_WORD)
            break; /* possessive */
        if (c == C_COMMA && !(is_digit_at(text, i - 1, end) && is_digit_at(text, i + n, end)))
            break;
        if (c != C_APOS && c != C_HYPHEN && c != C_DOT && c != C_COMMA)
            break;
        i += n;
    }
    return i;
}

/* Reads one word at s and what clings to it (a kept period, a possessive).
 * Returns the position after it. */
static size_t read_word(ag_tokenizer *tk, const char *text, size_t s, size_t end, unsigned flags)
{
    size_t e = word_end(text, s, end);
    if (e < end && text[e] == '.') {
        unsigned df = dot_flags(text, s, e);
        if (df) {
            flags |= df;
            e++;
            if (e + 1 < end && text[e] == '-' && class_at(text, e + 1, end, NULL) == C_WORD)
                e = word_end(text, e + 1, end); /* U.S.-led */
        }
    }
    emit(tk, text, s, e, flags | AG_TOK_WORD);
    size_t n;
    if (e < end && class_at(text, e, end, &n) == C_APOS) {
        bool s_follows = e + n < end && (text[e + n] == 's' || text[e + n] == 'S');
        if (s_follows && class_at(text, e + n + 1, end, NULL) != C_WORD) {
            emit(tk, text, e, e + n + 1, AG_TOK_POSS);
            return e + n + 1;
        }
        if (!s_follows && (text[e - 1] == 's' || text[e - 1] == 'S') &&
            class_at(text, e + n, end, NULL) != C_WORD) {
            emit(tk, text, e, e + n, AG_TOK_POSS);
            return e + n;
        }
    }
    return e;
}

/* Reads one punctuation token at s; "..." is one token. */
static size_t read_punct(ag_tokenizer *tk, const char *text, size_t s, size_t end, unsigned flags)
{
    size_t n;
    enum cclass c = class_at(text, s, end, &n);
    size_t e = s + n;
    if (c == C_DOT)
        while (e < end && text[e] == '.')
            e++;
    emit(tk, text, s, e, flags | (c == C_QUOTE || c == C_APOS ? AG_TOK_QUOTE : AG_TOK_PUNCT));
    return e;
}

ag_tokens ag_text_tokenize(ag_tokenizer *tk, const char *text, size_t start, size_t end)
{
    tk->n = 0;
    ag_buf_clear(&tk->arena);
    unsigned newlines = 0;
    bool space = true;
    size_t i = start;
    while (i < end) {
        size_t n;
        enum cclass c = class_at(text, i, end, &n);
        if (c == C_SPACE) {
            newlines += text[i] == '\n';
            space = true;
            i += n;
            continue;
        }
        unsigned flags = (space ? AG_TOK_SPACE : 0) | (newlines >= 2 ? AG_TOK_PARA : 0);
        i = c == C_WORD ? read_word(tk, text, i, end, flags) : read_punct(tk, text, i, end, flags);
        newlines = 0;
        space = false;
    }
    for (size_t k = 0; k < tk->n; k++) {
        tk->tok[k].norm = tk->arena.data + tk->off[2 * k];
        tk->tok[k].stem = tk->arena.data + tk->off[2 * k + 1];
    }
    return (ag_tokens){tk->tok, tk->n};
}

/* ---- sentences ---- */

static const char *const STARTERS[] = {
    "the",   "a",    "an",    "it",        "its",         "he",      "she",   "they",   "we",
    "i",     "his",  "her",   "their",     "there",       "this",    "that",  "these",  "those",
    "in",    "on",   "at",    "but",       "and",         "as",      "after", "before", "when",
    "while", "if",   "since", "however",   "meanwhile",   "earlier", "later", "last",   "according",
    "for",   "with", "by",    "from",      "during",      "despite", "under", "some",   "many",
    "both",  "all",  "no",    "officials", "authorities", "what",    "who"};

static bool is_starter(const ag_token *t)
{
    return (t->flags & AG_TOK_CAP) && in_list(STARTERS, COUNT(STARTERS), t->norm, t->nlen);
}

static bool is_terminal(const ag_token *t)
{
    if (!(t->flags & AG_TOK_PUNCT))
        return false;
    const char *s = t->norm;
    return s[0] == '!' || s[0] == '?' || s[0] == '.'; /* "..." and NFKC of U+2026 too */
}

/* A quote or bracket written against the token before it closes something. */
static bool closes(const ag_token *t)
{
    if (t->flags & AG_TOK_SPACE)
        return false;
    return (t->flags & AG_TOK_QUOTE) || t->norm[0] == ')' || t->norm[0] == ']';
}

static bool may_start(const ag_token *t)
{
    return (t->flags & (AG_TOK_CAP | AG_TOK_NUM | AG_TOK_QUOTE)) || t->norm[0] == '(';
}

size_t ag_text_sentence_end(ag_tokens ts, size_t from)
{
    for (size_t i = from; i < ts.n; i++) {
        if (i > from && (ts.tok[i].flags & AG_TOK_PARA))
            return i;
        const ag_token *t = &ts.tok[i];
        bool abbr = (t->flags & AG_TOK_ABBR) != 0;
        if (!abbr && !is_terminal(t))
            continue;
        size_t j = i + 1;
        while (j < ts.n && closes(&ts.tok[j]))
            j++;
        if (j >= ts.n)
            return ts.n;
        const ag_token *next = &ts.tok[j];
        if (!(next->flags & AG_TOK_SPACE) || !may_start(next))
            continue;
        if (abbr && ((t->flags & AG_TOK_TITLE) || !is_starter(next)))
            continue;
        return j;
    }
    return ts.n;
}

/* ---- whole-text checks ---- */

/* Length of the valid UTF-8 sequence at s[0..n), or 0. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    if (c >= 0x01 && c < 0x80)
        return 1;
    size_t len = c >= 0xC2 && c <= 0xDF   ? 2
                 : c >= 0xE0 && c <= 0xEF ? 3
                 : c >= 0xF0 && c <= 0xF4 ? 4
                                          : 0;
    if (!len || len > n)
        return 0;
    for (size_t i = 1; i < len; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F) || (c == 0xF0 && s[1] < 0x90) ||
        (c == 0xF4 && s[1] > 0x8F))
        return 0; /* overlong, surrogate or beyond U+10FFFF */
    return len;
}

ag_status ag_text_check_utf8(const char *file, const char *text, size_t len, ag_error *err)
{
    const unsigned char *s = (const unsigned char *)text;
    for (size_t i = 0; i < len;) {
        size_t n = utf8_len(s + i, len - i);
        if (!n)
            return ag_fail_at(err, AG_EDATA, file, text, len, i,
                              s[i] ? "invalid UTF-8 (byte 0x%02X)" : "NUL byte in text",
                              (unsigned)s[i]);
        i += n;
    }
    return AG_OK;
}

static bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* ---- datelines ---- */

typedef struct {
    const char *s;
    size_t i, len;
} scan;

static bool at_letter(const scan *c)
{
    return c->i < c->len && ((c->s[c->i] | 0x20) >= 'a' && (c->s[c->i] | 0x20) <= 'z');
}

static void skip_spaces(scan *c)
{
    while (c->i < c->len && (c->s[c->i] == ' ' || c->s[c->i] == '\t'))
        c->i++;
}

static bool take(scan *c, const char *lit)
{
    size_t n = strlen(lit);
    if (c->len - c->i < n || memcmp(c->s + c->i, lit, n) != 0)
        return false;
    c->i += n;
    return true;
}

/* A word of letters (inner . - ' kept): its length, 0 when none. */
static size_t word_at(const scan *c, bool *caps)
{
    size_t j = c->i;
    *caps = true;
    while (j < c->len) {
        char ch = c->s[j];
        bool letter = (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z';
        if (!letter && !((ch == '.' || ch == '-' || ch == '\'') && j > c->i))
            break;
        *caps = *caps && !(ch >= 'a' && ch <= 'z');
        j++;
    }
    return j - c->i;
}

/* A number of 1 to 4 digits: its value, -1 when none. */
static int number_at(scan *c)
{
    int v = 0;
    size_t j = c->i;
    while (j < c->len && j - c->i < 5 && c->s[j] >= '0' && c->s[j] <= '9')
        v = v * 10 + (c->s[j++] - '0');
    if (j == c->i || j - c->i > 4 || (j < c->len && at_letter(&(scan){c->s, j, c->len})))
        return -1;
    c->i = j;
    return v;
}

/* A month's name or abbreviation ("Oct", "Oct.", "Sept", "October") at c:
 * 1..12, consumed; 0 when none. */
static int month_at(scan *c)
{
    static const char *const M[] = {"january",   "february", "march",    "april",
                                    "may",       "june",     "july",     "august",
                                    "september", "october",  "november", "december"};
    bool caps;
    size_t n = word_at(c, &caps);
    if (n && c->s[c->i + n - 1] == '.')
        n--;
    if (n < 3 || n > 9 || !(c->s[c->i] >= 'A' && c->s[c->i] <= 'Z'))
        return 0;
    char w[10];
    for (size_t k = 0; k < n; k++)
        w[k] = (char)(c->s[c->i + k] | 0x20);
    w[n] = '\0';
    for (int m = 0; m < 12; m++) {
        bool full = strcmp(w, M[m]) == 0, abbr = n == 3 && strncmp(w, M[m], 3) == 0;
        if (full || abbr || (m == 8 && strcmp(w, "sept") == 0)) {
            c->i += n;
            take(c, ".");
            return m + 1;
        }
    }
    return 0;
}

/* A date at c: "Oct 4, 2024", "Oct. 4", "4 October 2024", "2024-10-04".
 * Consumes it and sets date ("" without a year); false (nothing consumed)
 * when none. */
static bool date_at(scan *c, char date[11])
{
    size_t start = c->i;
    int y = -1, m, d;
    date[0] = '\0';
    if ((m = month_at(c))) {
        skip_spaces(c);
        if ((d = number_at(c)) < 1 || d > 31) {
            c->i = start;
            return false;
        }
        size_t before = c->i;
        take(c, ",");
        skip_spaces(c);
        if ((y = number_at(c)) < 1000)
            c->i = before, y = -1;
    } else if ((d = number_at(c)) >= 1000 && take(c, "-")) { /* ISO */
        y = d;
        m = number_at(c);
        d = take(c, "-") ? number_at(c) : -1;
    } else if (d >= 1 && d <= 31) {
        skip_spaces(c);
        if (!(m = month_at(c))) {
            c->i = start;
            return false;
        }
        size_t before = c->i;
        skip_spaces(c);
        if ((y = number_at(c)) < 1000)
            c->i = before, y = -1;
    } else {
        c->i = start;
        return false;
    }
    if (y > 0) {
        char day[32];
        snprintf(day, sizeof day, "%04d-%02d-%02d", y, m, d);
        if (ag_date_valid(day))
            memcpy(date, day, 11);
    }
    return true;
}

/* "(Reuters)": a short bracketed name of letters and spaces. */
static bool agency_at(scan *c)
{
    size_t start = c->i;
    if (!take(c, "("))
        return false;
    while (c->i < c->len && c->i - start < 40 &&
           (at_letter(c) || c->s[c->i] == ' ' || c->s[c->i] == '-' || c->s[c->i] == '.'))
        c->i++;
    if (c->i - start > 1 && take(c, ")"))
        return true;
    c->i = start;
    return false;
}

/* A dash ending a wire dateline: -, --, an en or em dash, then a space. */
static bool dash_at(scan *c)
{
    size_t start = c->i;
    if (take(c, "\xe2\x80\x94") || take(c, "\xe2\x80\x93") || take(c, "--") || take(c, "-")) {
        if (c->i < c->len && (c->s[c->i] == ' ' || c->s[c->i] == '\t'))
            return true;
    }
    c->i = start;
    return false;
}

/* Place words: capitalised words, up to four, that are not a date. */
static void place_at(scan *c, size_t *end, bool *caps)
{
    *caps = true;
    *end = c->i;
    for (int n = 0; n < 4; n++) {
        scan probe = *c;
        char date[11];
        bool wcaps;
        size_t w = word_at(c, &wcaps);
        if (!w || !(c->s[c->i] >= 'A' && c->s[c->i] <= 'Z') || date_at(&probe, date))
            return;
        c->i += w;
        *end = c->i;
        *caps = *caps && wcaps;
        skip_spaces(c);
    }
}

static bool wire_dateline(scan *c, ag_dateline *out)
{
    bool caps, dated = false, agency;
    size_t place = c->i, end;
    place_at(c, &end, &caps);
    c->i = end;
    skip_spaces(c);
    if (end > place && take(c, ","))
        skip_spaces(c);
    if (date_at(c, out->date))
        dated = true;
    skip_spaces(c);
    agency = agency_at(c);
    skip_spaces(c);
    bool named = end > place && (caps || dated || agency);
    if (!(named || dated || agency) || !dash_at(c))
        return false;
    out->place = place;
    out->end = end > place ? end : place;
    return true;
}

static bool project_dateline(scan *c, ag_dateline *out)
{
    if (!take(c, "date") || c->i >= c->len || !is_blank(c->s[c->i]))
        return false;
    skip_spaces(c);
    scan d = *c;
    int y = number_at(&d);
    if (y < 1000 || !take(&d, "-") || c->len - c->i < 10 ||
        (c->len - c->i > 10 && !is_blank(c->s[c->i + 10])))
        return false;
    char day[11];
    memcpy(day, c->s + c->i, 10);
    day[10] = '\0';
    if (!ag_date_valid(day))
        return false;
    memcpy(out->date, day, sizeof day);
    c->i += 10;
    return true;
}

static bool date_line(scan *c, ag_dateline *out)
{
    if (!date_at(c, out->date) || !out->date[0])
        return false;
    skip_spaces(c);
    return c->i >= c->len || c->s[c->i] == '\n' || c->s[c->i] == '\r';
}

bool ag_text_dateline(const char *text, size_t len, ag_dateline *out)
{
    scan c = {text, 0, len};
    while (c.i < len && is_blank(text[c.i]))
        c.i++;
    size_t start = c.i;
    *out = (ag_dateline){"", 0, 0, 0};
    bool found = project_dateline(&c, out);
    for (int form = 0; !found && form < 2; form++) {
        c.i = start;
        *out = (ag_dateline){"", 0, 0, 0};
        found = form == 0 ? wire_dateline(&c, out) : date_line(&c, out);
    }
    if (!found) {
        *out = (ag_dateline){"", 0, 0, 0};
        return false;
    }
    while (c.i < len && is_blank(text[c.i]))
        c.i++;
    out->body = c.i;
    return true;
}
