/* json.c: JSON documents with source positions, parsed by cJSON.
 *
 * cJSON builds the values; it records no positions and is lenient where
 * RFC 8259 is not (leading zeros, "1.", raw control characters in strings,
 * any byte <= 0x20 as whitespace, "\uZZZZ" read as U+0000). So after cJSON
 * succeeds, a small scanner walks the text and the converted tree in
 * lockstep: it gives every value its offset and every member its key
 * offset, and rejects what RFC 8259 rejects. When cJSON fails, or the walk
 * falls out of step with cJSON's tree (cJSON read a control byte as
 * whitespace), the same scanner without a tree finds the first error and
 * says what it expected there.
 */
#include "json.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"

enum {
    MAX_DEPTH = 1000,  /* as cJSON's CJSON_NESTING_LIMIT */
    MAX_NUMBER = 63,   /* cJSON reads at most 63 characters of a number */
    PRETTY_WIDTH = 100 /* columns a one-line array or object may fill */
};
static const double MAX_EXACT = 9007199254740992.0; /* 2^53: larger doubles skip integers */

/* ---- UTF-8 ---------------------------------------------------------- */

/* Length of the well-formed UTF-8 sequence at s[0..n), or 0 when there is
 * none: overlong forms, surrogates and code points above U+10FFFF are
 * ill-formed (Unicode, table 3-7). */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
    unsigned char c = s[0], lo = 0x80, hi = 0xBF;
    size_t len;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        len = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        len = 3;
    else if (c >= 0xF0 && c <= 0xF4)
        len = 4;
    else
        return 0;
    if (c == 0xE0)
        lo = 0xA0;
    else if (c == 0xED)
        hi = 0x9F;
    else if (c == 0xF0)
        lo = 0x90;
    else if (c == 0xF4)
        hi = 0x8F;
    if (n < len || s[1] < lo || s[1] > hi)
        return 0;
    for (size_t i = 2; i < len; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    return len;
}

/* Offset of the first byte of text[0..len) that starts no well-formed
 * sequence, or len. */
static size_t utf8_invalid_at(const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
    while (i < len) {
        size_t n = s[i] < 0x80 ? 1 : utf8_seq(s + i, len - i);
        if (!n)
            return i;
        i += n;
    }
    return len;
}

/* The code point of the well-formed sequence at s. */
static unsigned long utf8_decode(const unsigned char *s, size_t n)
{
    static const unsigned char mask[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
    size_t len = utf8_seq(s, n);
    unsigned long cp = s[0] & mask[len];
    for (size_t i = 1; i < len; i++)
        cp = cp << 6 | (s[i] & 0x3F);
    return cp;
}

/* ---- the scanner ---------------------------------------------------- */

typedef struct {
    const char *s;
    size_t len, i;
    size_t depth;
    ag_status status; /* of the first error: AG_EDATA, or AG_ESOFTWARE */
    size_t err_at;    /* its offset */
    char msg[256];
} scanner;

static bool scan_value(scanner *sc, ag_json *v);

__attribute__((format(printf, 3, 4))) static bool scan_fail(scanner *sc, size_t at, const char *fmt,
                                                            ...)
{
    va_list ap;
    va_start(ap, fmt);
    sc->status = AG_EDATA;
    sc->err_at = at;
    vsnprintf(sc->msg, sizeof sc->msg, fmt, ap);
    va_end(ap);
    return false;
}

/* The tree cJSON built and the text disagree: a bug here or in cJSON. */
static bool step_fail(scanner *sc)
{
    scan_fail(sc, sc->i, "internal error: JSON position scan out of step with cJSON");
    sc->status = AG_ESOFTWARE;
    return false;
}

static bool in_step(scanner *sc, const ag_json *v, ag_json_type t)
{
    return !v || v->type == t || step_fail(sc);
}

/* The character at `at` as an error message shows it. */
static void describe(const scanner *sc, size_t at, char *out, size_t n)
{
    unsigned char c = (unsigned char)sc->s[at];
    if (c > 0x20 && c < 0x7F)
        snprintf(out, n, "'%c'", c);
    else
        snprintf(out, n, "U+%04lX", utf8_decode((const unsigned char *)sc->s + at, sc->len - at));
}

/* Fails at the current character, which is not `what`. */
static bool expected(scanner *sc, const char *what)
{
    if (sc->i >= sc->len)
        return scan_fail(sc, sc->i, "unexpected end of input, expected %s", what);
    char found[16];
    describe(sc, sc->i, found, sizeof found);
    return scan_fail(sc, sc->i, "expected %s, found %s", what, found);
}

static int peek(const scanner *sc)
{
    return sc->i < sc->len ? (unsigned char)sc->s[sc->i] : -1;
}

static bool is_digit(int c)
{
    return c >= '0' && c <= '9';
}

static bool is_letter(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static void skip_ws(scanner *sc)
{
    while (sc->i < sc->len) {
        char c = sc->s[sc->i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        sc->i++;
    }
}

/* Reads four hex digits at s[at..at+4) into *cp. */
static bool hex4(const scanner *sc, size_t at, unsigned *cp)
{
    *cp = 0;
    if (at > sc->len || sc->len - at < 4)
        return false;
    for (size_t k = at; k < at + 4; k++) {
        char c = sc->s[k];
        unsigned d = is_digit(c)              ? (unsigned)(c - '0')
                     : (c >= 'a' && c <= 'f') ? (unsigned)(c - 'a' + 10)
                     : (c >= 'A' && c <= 'F') ? (unsigned)(c - 'A' + 10)
                                              : 16;
        if (d == 16)
            return false;
        *cp = *cp << 4 | d;
    }
    return true;
}

/* A \u escape at sc->i (one, or a surrogate pair): adds its UTF-8 length
 * to *n and notes U+0000 in *nul. */
static bool scan_unicode_escape(scanner *sc, size_t *n, bool *nul)
{
    size_t at = sc->i;
    unsigned cp, lo;
    if (!hex4(sc, at + 2, &cp))
        return scan_fail(sc, at, "invalid \\u escape: expected four hex digits after \\u");
    sc->i += 6;
    if (cp >= 0xDC00 && cp <= 0xDFFF)
        return scan_fail(sc, at, "invalid \\u escape: low surrogate \\u%04X without a high one",
                         cp);
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        if (sc->len - sc->i < 2 || sc->s[sc->i] != '\\' || sc->s[sc->i + 1] != 'u' ||
            !hex4(sc, sc->i + 2, &lo) || lo < 0xDC00 || lo > 0xDFFF)
            return scan_fail(sc, at,
                             "invalid \\u escape: high surrogate \\u%04X not followed by a low "
                             "surrogate \\uDC00..\\uDFFF",
                             cp);
        sc->i += 6;
        *n += 4;
        return true;
    }
    *nul |= cp == 0;
    *n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
    return true;
}

static bool scan_escape(scanner *sc, size_t *n, bool *nul)
{
    size_t at = sc->i;
    if (at + 1 >= sc->len)
        return scan_fail(sc, at, "unterminated string: the input ends in an escape");
    char e = sc->s[at + 1];
    if (e == 'u')
        return scan_unicode_escape(sc, n, nul);
    if (e && strchr("\"\\/bfnrt", e)) {
        sc->i += 2;
        *n += 1;
        return true;
    }
    char found[16];
    describe(sc, at + 1, found, sizeof found);
    return scan_fail(sc, at, "invalid escape in a string: '\\' followed by %s", found);
}

/* A string at sc->i: sets *n to its length once unescaped and *nul when it
 * holds U+0000. */
static bool scan_string(scanner *sc, size_t *n, bool *nul)
{
    size_t start = sc->i++;
    *n = 0;
    *nul = false;
    while (sc->i < sc->len) {
        unsigned char c = (unsigned char)sc->s[sc->i];
        if (c == '"') {
            sc->i++;
            return true;
        }
        if (c == '\\') {
            if (!scan_escape(sc, n, nul))
                return false;
        } else if (c == '\n' || c == '\r') {
            return scan_fail(sc, sc->i,
                             "unterminated string: line break before the closing '\"' "
                             "(write a line break inside a string as \\n)");
        } else if (c < 0x20) {
            return scan_fail(sc, sc->i, "control character U+%04X in a string: write it as \\u%04X",
                             c, c);
        } else {
            sc->i++;
            (*n)++;
        }
    }
    return scan_fail(sc, start, "unterminated string: the input ends before its closing '\"'");
}

static bool scan_string_value(scanner *sc, ag_json *v)
{
    size_t n;
    bool nul;
    if (!in_step(sc, v, AG_JSON_STRING) || !scan_string(sc, &n, &nul))
        return false;
    if (v)
        v->string_len = n; /* cJSON's buffer holds all n bytes, U+0000 included */
    return true;
}

static bool number_fail(scanner *sc, size_t start, const char *why)
{
    size_t n = 0;
    while (start + n < sc->len && n < 24 && strchr("0123456789+-.eE", sc->s[start + n]) &&
           sc->s[start + n])
        n++;
    return scan_fail(sc, start, "invalid number '%.*s': %s", (int)n, sc->s + start, why);
}

static void skip_digits(scanner *sc)
{
    while (is_digit(peek(sc)))
        sc->i++;
}

/* RFC 8259: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)? */
static bool scan_number(scanner *sc, ag_json *v)
{
    size_t start = sc->i;
    bool integral = true;
    if (!in_step(sc, v, AG_JSON_NUMBER))
        return false;
    if (peek(sc) == '-')
        sc->i++;
    if (!is_digit(peek(sc)))
        return number_fail(sc, start, "expected a digit");
    if (peek(sc) == '0' && sc->i + 1 < sc->len && is_digit(sc->s[sc->i + 1]))
        return number_fail(sc, start, "leading zeros are not allowed");
    skip_digits(sc);
    if (peek(sc) == '.') {
        integral = false;
        sc->i++;
        if (!is_digit(peek(sc)))
            return number_fail(sc, start, "expected a digit after '.'");
        skip_digits(sc);
    }
    if (peek(sc) == 'e' || peek(sc) == 'E') {
        integral = false;
        sc->i++;
        if (peek(sc) == '+' || peek(sc) == '-')
            sc->i++;
        if (!is_digit(peek(sc)))
            return number_fail(sc, start, "expected a digit in the exponent");
        skip_digits(sc);
    }
    if (sc->i - start > MAX_NUMBER)
        return number_fail(sc, start, "longer than 63 characters");
    if (v && !isfinite(v->number))
        return number_fail(sc, start, "out of range");
    if (v)
        v->integral = integral;
    return true;
}

static bool scan_literal(scanner *sc, ag_json *v)
{
    static const struct {
        const char *word;
        ag_json_type type;
    } lit[] = {{"true", AG_JSON_TRUE}, {"false", AG_JSON_FALSE}, {"null", AG_JSON_NULL}};
    size_t n = 0;
    while (sc->i + n < sc->len && is_letter(sc->s[sc->i + n]))
        n++;
    for (size_t k = 0; k < sizeof lit / sizeof lit[0]; k++) {
        if (strlen(lit[k].word) == n && memcmp(sc->s + sc->i, lit[k].word, n) == 0) {
            if (!in_step(sc, v, lit[k].type))
                return false;
            sc->i += n;
            return true;
        }
    }
    return scan_fail(sc, sc->i, "invalid literal '%.*s': expected true, false or null",
                     (int)(n < 24 ? n : 24), sc->s + sc->i);
}

static bool enter(scanner *sc)
{
    if (++sc->depth > MAX_DEPTH)
        return scan_fail(sc, sc->i, "nesting deeper than %d levels", MAX_DEPTH);
    sc->i++; /* '[' or '{' */
    skip_ws(sc);
    return true;
}

/* The closing bracket: v must have had n items. */
static bool leave(scanner *sc, const ag_json *v, size_t n)
{
    if (v && v->nitems != n)
        return step_fail(sc);
    sc->i++;
    sc->depth--;
    return true;
}

/* v's item n, or NULL when scanning without a tree. */
static bool item(scanner *sc, ag_json *v, size_t n, ag_json **out)
{
    *out = NULL;
    if (!v)
        return true;
    if (n >= v->nitems)
        return step_fail(sc);
    *out = v->items[n];
    return true;
}

static bool scan_array(scanner *sc, ag_json *v)
{
    if (!in_step(sc, v, AG_JSON_ARRAY) || !enter(sc))
        return false;
    if (peek(sc) == ']')
        return leave(sc, v, 0);
    for (size_t n = 0;;) {
        ag_json *e;
        if (!item(sc, v, n, &e) || !scan_value(sc, e))
            return false;
        n++;
        skip_ws(sc);
        if (peek(sc) == ']')
            return leave(sc, v, n);
        if (peek(sc) != ',')
            return expected(sc, "',' or ']' after an array element");
        sc->i++;
    }
}

static bool scan_key(scanner *sc, ag_json *m, bool first)
{
    size_t n;
    bool nul;
    skip_ws(sc);
    size_t at = sc->i;
    if (peek(sc) != '"')
        return expected(sc, first ? "a string key or '}'" : "a string key after ','");
    if (!scan_string(sc, &n, &nul))
        return false;
    if (nul)
        return scan_fail(sc, at, "object keys holding \\u0000 are not supported");
    if (m)
        m->key_offset = at;
    skip_ws(sc);
    if (peek(sc) != ':')
        return expected(sc, "':' after an object key");
    sc->i++;
    return true;
}

static bool scan_object(scanner *sc, ag_json *v)
{
    if (!in_step(sc, v, AG_JSON_OBJECT) || !enter(sc))
        return false;
    if (peek(sc) == '}')
        return leave(sc, v, 0);
    for (size_t n = 0;;) {
        ag_json *m;
        if (!item(sc, v, n, &m) || !scan_key(sc, m, n == 0) || !scan_value(sc, m))
            return false;
        n++;
        skip_ws(sc);
        if (peek(sc) == '}')
            return leave(sc, v, n);
        if (peek(sc) != ',')
            return expected(sc, "',' or '}' after an object member");
        sc->i++;
    }
}

static bool scan_value(scanner *sc, ag_json *v)
{
    skip_ws(sc);
    if (v)
        v->offset = sc->i;
    int c = peek(sc);
    if (c == '{')
        return scan_object(sc, v);
    if (c == '[')
        return scan_array(sc, v);
    if (c == '"')
        return scan_string_value(sc, v);
    if (c == '-' || is_digit(c))
        return scan_number(sc, v);
    if (is_letter(c))
        return scan_literal(sc, v);
    return expected(sc, "a value");
}

/* Scans the whole text: one value, then only whitespace. */
static bool scan_document(scanner *sc, ag_json *root)
{
    if (!scan_value(sc, root))
        return false;
    skip_ws(sc);
    if (sc->i < sc->len) {
        char found[16];
        describe(sc, sc->i, found, sizeof found);
        return scan_fail(sc, sc->i, "trailing characters after the JSON value: found %s", found);
    }
    return true;
}

/* ---- the arena of a parsed document ---------------------------------- */

/* A parsed document's values, strings and cJSON's own nodes come from a few
 * large blocks, freed together: a dictionary of megabytes would otherwise
 * leave the heap riddled with small holes, and every later allocation (one
 * graph per article, on and on) slower for it. */
struct ag_json_block {
    struct ag_json_block *next;
    size_t used, cap;
    max_align_t data[];
};

enum { FIRST_BLOCK = 4096, LAST_BLOCK = 1 << 20 };

static struct ag_json_block **parsing; /* the arena cJSON allocates from, during a parse */

static void *arena_alloc(struct ag_json_block **arena, size_t n)
{
    struct ag_json_block *b = *arena;
    n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    if (!b || b->cap - b->used < n) {
        size_t cap = b ? (b->cap < LAST_BLOCK ? 2 * b->cap : LAST_BLOCK) : FIRST_BLOCK;
        if (cap < n)
            cap = n;
        struct ag_json_block *nb = ag_xmalloc(sizeof *nb + cap);
        *nb = (struct ag_json_block){b, 0, cap};
        *arena = b = nb;
    }
    void *p = (char *)b->data + b->used;
    b->used += n;
    return p;
}

static void arena_free(struct ag_json_block *b)
{
    while (b) {
        struct ag_json_block *next = b->next;
        free(b);
        b = next;
    }
}

static void *hook_malloc(size_t n)
{
    return arena_alloc(parsing, n);
}

static void hook_free(void *p)
{
    (void)p; /* freed with the arena */
}

/* ---- cJSON to ag_json ----------------------------------------------- */

static void push(ag_json *container, ag_json *v)
{
    ag_grow(&container->items, &container->capitems, container->nitems + 1,
            sizeof *container->items);
    container->items[container->nitems++] = v;
}

static void push_parsed(struct ag_json_block **arena, ag_json *container, ag_json *v)
{
    if (container->nitems == container->capitems) {
        size_t cap = container->capitems ? 2 * container->capitems : 4;
        ag_json **items = arena_alloc(arena, cap * sizeof *items);
        if (container->nitems)
            memcpy(items, container->items, container->nitems * sizeof *items);
        container->items = items;
        container->capitems = cap;
    }
    container->items[container->nitems++] = v;
}

/* Converts c into the arena, taking over its strings and keys (which cJSON
 * allocated there too). The scan fills in positions, `integral` and string
 * lengths. */
static ag_json *convert(struct ag_json_block **arena, cJSON *c)
{
    ag_json *v = arena_alloc(arena, sizeof *v);
    memset(v, 0, sizeof *v);
    if (cJSON_IsObject(c) || cJSON_IsArray(c)) {
        v->type = cJSON_IsObject(c) ? AG_JSON_OBJECT : AG_JSON_ARRAY;
        for (cJSON *child = c->child; child; child = child->next) {
            ag_json *x = convert(arena, child);
            x->key = child->string;
            push_parsed(arena, v, x);
        }
    } else if (cJSON_IsString(c)) {
        v->type = AG_JSON_STRING;
        v->string = c->valuestring;
    } else if (cJSON_IsNumber(c)) {
        v->type = AG_JSON_NUMBER;
        v->number = c->valuedouble;
    } else {
        v->type = cJSON_IsTrue(c) ? AG_JSON_TRUE : cJSON_IsFalse(c) ? AG_JSON_FALSE : AG_JSON_NULL;
    }
    return v;
}

static ag_status scan_error(const scanner *sc, const ag_json_doc *doc, ag_error *err)
{
    return ag_fail_at(err, sc->status, doc->file, doc->text, doc->len, sc->err_at, "%s", sc->msg);
}

ag_status ag_json_parse(const char *file, const char *text, size_t len, ag_json_doc *doc,
                        ag_error *err)
{
    size_t bom = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    *doc = (ag_json_doc){file, text + bom, len - bom, NULL, NULL};
    size_t bad = utf8_invalid_at(doc->text, doc->len);
    if (bad < doc->len)
        return ag_fail_at(err, AG_EDATA, file, doc->text, doc->len, bad,
                          "invalid UTF-8 byte 0x%02X", (unsigned char)doc->text[bad]);
    cJSON_Hooks hooks = {hook_malloc, hook_free}; /* out of memory aborts, as everywhere */
    cJSON_InitHooks(&hooks);
    parsing = &doc->arena;
    const char *end = doc->text;
    cJSON *c = cJSON_ParseWithLengthOpts(doc->text, doc->len, &end, false);
    parsing = NULL;
    cJSON_InitHooks(NULL);
    scanner sc = {.s = doc->text, .len = doc->len};
    if (!c) {
        ag_json_doc_free(doc);
        if (!scan_document(&sc, NULL))
            return scan_error(&sc, doc, err);
        /* cJSON refused what the scanner accepts: say where cJSON stopped */
        return ag_fail_at(err, AG_EDATA, file, doc->text, doc->len, (size_t)(end - doc->text),
                          "invalid JSON");
    }
    doc->root = convert(&doc->arena, c);
    if (scan_document(&sc, doc->root))
        return AG_OK;
    ag_json_doc_free(doc);
    scanner plain = {.s = doc->text, .len = doc->len};
    if (sc.status == AG_ESOFTWARE && !scan_document(&plain, NULL))
        return scan_error(&plain, doc, err); /* cJSON's leniency, not a bug */
    return scan_error(&sc, doc, err);
}

void ag_json_doc_free(ag_json_doc *doc)
{
    arena_free(doc->arena);
    doc->arena = NULL;
    doc->root = NULL;
}

ag_status ag_json_vfail(const ag_json_doc *doc, const ag_json *v, bool at_key, ag_error *err,
                        ag_status s, const char *fmt, va_list ap)
{
    if (!err)
        return s;
    char msg[sizeof err->msg];
    vsnprintf(msg, sizeof msg, fmt, ap);
    return ag_fail_at(err, s, doc->file, doc->text, doc->len, at_key ? v->key_offset : v->offset,
                      "%s", msg);
}

ag_status ag_json_fail(const ag_json_doc *doc, const ag_json *v, bool at_key, ag_error *err,
                       ag_status s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ag_json_vfail(doc, v, at_key, err, s, fmt, ap);
    va_end(ap);
    return s;
}

const ag_json *ag_json_get(const ag_json *obj, const char *key)
{
    if (!obj || obj->type != AG_JSON_OBJECT)
        return NULL;
    for (size_t i = 0; i < obj->nitems; i++)
        if (strcmp(obj->items[i]->key, key) == 0)
            return obj->items[i];
    return NULL;
}

const char *ag_json_type_name(ag_json_type t)
{
    static const char *const names[] = {"null",   "boolean", "boolean", "number",
                                        "string", "array",   "object"};
    return t <= AG_JSON_OBJECT ? names[t] : "value";
}

/* ---- builders ------------------------------------------------------- */

static ag_json *new_value(ag_json_type t)
{
    ag_json *v = ag_xcalloc(1, sizeof *v);
    v->type = t;
    return v;
}

ag_json *ag_json_null(void)
{
    return new_value(AG_JSON_NULL);
}

ag_json *ag_json_bool(bool b)
{
    return new_value(b ? AG_JSON_TRUE : AG_JSON_FALSE);
}

ag_json *ag_json_num(double x)
{
    ag_json *v = new_value(AG_JSON_NUMBER);
    v->number = x;
    v->integral = isfinite(x) && x == trunc(x);
    return v;
}

ag_json *ag_json_str(const char *s)
{
    if (!s)
        return ag_json_null();
    ag_json *v = new_value(AG_JSON_STRING);
    v->string_len = strlen(s);
    v->string = ag_xstrndup(s, v->string_len);
    return v;
}

ag_json *ag_json_array(void)
{
    return new_value(AG_JSON_ARRAY);
}

ag_json *ag_json_object(void)
{
    return new_value(AG_JSON_OBJECT);
}

ag_json *ag_json_add(ag_json *container, const char *key, ag_json *v)
{
    if (container->type == AG_JSON_OBJECT)
        v->key = ag_xstrdup(key ? key : "");
    push(container, v);
    return v;
}

void ag_json_free(ag_json *v)
{
    if (!v)
        return;
    for (size_t i = 0; i < v->nitems; i++)
        ag_json_free(v->items[i]);
    free(v->items);
    free(v->key);
    free(v->string);
    free(v);
}

/* ---- writer --------------------------------------------------------- */

static bool is_container(const ag_json *v)
{
    return v->type == AG_JSON_ARRAY || v->type == AG_JSON_OBJECT;
}

static void write_string(ag_buf *out, const char *s, size_t n)
{
    ag_buf_putc(out, '"');
    ag_escape_json(out, s, n);
    ag_buf_putc(out, '"');
}

/* Whole numbers exactly (ag_buf_num would write 1234567891 as
 * 1.23456789e+09, which reads back as no integer); others through
 * ag_buf_num; JSON has no infinities or NaN. */
static void write_number(ag_buf *out, double x)
{
    if (!isfinite(x))
        ag_buf_puts(out, "null");
    else if (x == trunc(x) && fabs(x) <= MAX_EXACT) {
        char digits[24];
        ag_buf_put(out, digits, (size_t)snprintf(digits, sizeof digits, "%lld", (long long)x));
    } else
        ag_buf_num(out, x);
}

static void write_scalar(ag_buf *out, const ag_json *v)
{
    switch (v->type) {
    case AG_JSON_FALSE: ag_buf_puts(out, "false"); break;
    case AG_JSON_TRUE: ag_buf_puts(out, "true"); break;
    case AG_JSON_STRING: write_string(out, v->string, v->string_len); break;
    case AG_JSON_NUMBER: write_number(out, v->number); break;
    default: ag_buf_puts(out, "null");
    }
}

/* v on one line; `spaced` puts a space after ',' and ':'. */
static void write_line(ag_buf *out, const ag_json *v, bool spaced)
{
    if (!is_container(v)) {
        write_scalar(out, v);
        return;
    }
    bool obj = v->type == AG_JSON_OBJECT;
    ag_buf_putc(out, obj ? '{' : '[');
    for (size_t i = 0; i < v->nitems; i++) {
        if (i)
            ag_buf_puts(out, spaced ? ", " : ",");
        if (obj) {
            write_string(out, v->items[i]->key, strlen(v->items[i]->key));
            ag_buf_puts(out, spaced ? ": " : ":");
        }
        write_line(out, v->items[i], spaced);
    }
    ag_buf_putc(out, obj ? '}' : ']');
}

/* Characters (not bytes) in s[0..n). */
static size_t width(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        w += ((unsigned char)s[i] & 0xC0) != 0x80;
    return w;
}

static bool all_scalars(const ag_json *v)
{
    for (size_t i = 0; i < v->nitems; i++)
        if (is_container(v->items[i]))
            return false;
    return true;
}

static void indent_by(ag_buf *out, size_t n)
{
    static const char spaces[] = "                                ";
    for (; n > sizeof spaces - 1; n -= sizeof spaces - 1)
        ag_buf_put(out, spaces, sizeof spaces - 1);
    ag_buf_put(out, spaces, n);
}

/* v in PRETTY style; `column` characters of its line are taken before it,
 * `after` after it (a comma). */
static void write_pretty(ag_buf *out, const ag_json *v, size_t indent, size_t column, size_t after)
{
    if (!is_container(v) || all_scalars(v)) {
        size_t mark = out->len;
        write_line(out, v, true);
        if (!is_container(v) || !v->nitems ||
            column + width(out->data + mark, out->len - mark) + after <= PRETTY_WIDTH)
            return;
        out->len = mark; /* too wide: one item a line */
        out->data[mark] = '\0';
    }
    bool obj = v->type == AG_JSON_OBJECT;
    ag_buf_putc(out, obj ? '{' : '[');
    for (size_t i = 0; i < v->nitems; i++) {
        ag_buf_puts(out, i ? ",\n" : "\n");
        size_t line = out->len;
        indent_by(out, indent + 2);
        if (obj) {
            write_string(out, v->items[i]->key, strlen(v->items[i]->key));
            ag_buf_puts(out, ": ");
        }
        write_pretty(out, v->items[i], indent + 2, width(out->data + line, out->len - line),
                     i + 1 < v->nitems);
    }
    ag_buf_putc(out, '\n');
    indent_by(out, indent);
    ag_buf_putc(out, obj ? '}' : ']');
}

void ag_json_write(const ag_json *v, ag_buf *out, ag_json_style style)
{
    if (style == AG_JSON_COMPACT) {
        write_line(out, v, false);
        return;
    }
    write_pretty(out, v, 0, 0, 0);
    ag_buf_putc(out, '\n');
}
