/* svg.c: rewriting Graphviz's SVG text for embedding (see svg.h).
 *
 * The text is copied tag by tag: text, comments and attributes we do not
 * rewrite are copied byte for byte (Graphviz escaped them already). Only id
 * and class values, which are identifiers we chose, are decoded and written
 * again, since Graphviz writes '-' in them as "&#45;".
 */
#include "svg.h"

#include <stddef.h>
#include <string.h>

#include "escape.h"

typedef struct {
    const char *name, *val; /* val: between the quotes, still escaped */
    size_t nlen, vlen;
} attr;

static bool span_is(const char *s, size_t n, const char *lit)
{
    return strlen(lit) == n && memcmp(s, lit, n) == 0;
}

/* The '>' closing the tag that starts at p, skipping quoted values; NULL when none. */
static const char *tag_end(const char *p, const char *end)
{
    char quote = 0;
    for (; p < end; p++) {
        if (quote) {
            if (*p == quote)
                quote = 0;
        } else if (*p == '"' || *p == '\'') {
            quote = *p;
        } else if (*p == '>') {
            return p;
        }
    }
    return NULL;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/* Reads the next name="value" of a tag from *p (before end); false at the
 * end of the attributes. */
static bool next_attr(const char **p, const char *end, attr *a)
{
    const char *s = *p;
    while (s < end && is_space(*s))
        s++;
    a->name = s;
    while (s < end && *s != '=' && !is_space(*s) && *s != '/' && *s != '>')
        s++;
    a->nlen = (size_t)(s - a->name);
    if (!a->nlen || s + 1 >= end || *s != '=' || (s[1] != '"' && s[1] != '\''))
        return false;
    char quote = s[1];
    a->val = s + 2;
    const char *q = memchr(a->val, quote, (size_t)(end - a->val));
    if (!q)
        return false;
    a->vlen = (size_t)(q - a->val);
    *p = q + 1;
    return true;
}

/* Decodes the character references Graphviz puts in identifiers (&#45;
 * and other ASCII ones, &amp; &lt; &gt; &quot;); anything else is kept. */
static void unescape_ident(ag_buf *out, const char *s, size_t n)
{
    static const struct {
        const char *ref;
        char c;
    } named[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}};
    for (size_t i = 0; i < n; i++) {
        const char *semi = s[i] == '&' ? memchr(s + i, ';', n - i) : NULL;
        size_t rlen = semi ? (size_t)(semi - (s + i)) + 1 : 0;
        unsigned code = 0;
        bool done = false;
        if (semi && rlen > 3 && s[i + 1] == '#') {
            size_t k = i + 2;
            while (k < i + rlen - 1 && s[k] >= '0' && s[k] <= '9' && code < 128)
                code = code * 10 + (unsigned)(s[k++] - '0');
            done = k == i + rlen - 1 && code > 0 && code < 128;
            if (done)
                ag_buf_putc(out, (char)code);
        }
        for (size_t j = 0; semi && !done && j < sizeof named / sizeof named[0]; j++) {
            if (span_is(s + i, rlen, named[j].ref)) {
                ag_buf_putc(out, named[j].c);
                done = true;
            }
        }
        if (done)
            i += rlen - 1;
        else
            ag_buf_putc(out, s[i]);
    }
}

/* Appends the id v[0..n) (escaped as Graphviz wrote it) renamed under the
 * prefix, XML-escaped. */
static void put_id(ag_buf *out, const char *v, size_t n, const char *prefix)
{
    ag_buf id = AG_BUF_INIT, name = AG_BUF_INIT;
    unescape_ident(&id, v, n);
    const char *s = id.data ? id.data : "";
    size_t pl = strlen(prefix);
    if (strncmp(s, "a_", 2) == 0 && strncmp(s + 2, prefix, pl) == 0 && s[2 + pl] == '-')
        ag_buf_printf(&name, "%s-a%s", prefix, s + 2 + pl);
    else if (strncmp(s, prefix, pl) == 0 && s[pl] == '-')
        ag_buf_puts(&name, s);
    else
        ag_buf_printf(&name, "%s-%s", prefix, s);
    ag_escape_xml(out, name.data);
    ag_buf_free(&id);
    ag_buf_free(&name);
}

/* Appends one attribute, rewritten as svg.h says. */
static void put_attr(ag_buf *out, const attr *a, const ag_svg_options *o)
{
    static const char url[] = "url(#";
    const size_t ul = sizeof url - 1;
    ag_buf_putc(out, ' ');
    ag_buf_put(out, a->name, a->nlen);
    ag_buf_puts(out, "=\"");
    if (span_is(a->name, a->nlen, "id")) {
        put_id(out, a->val, a->vlen, o->id_prefix);
    } else if (span_is(a->name, a->nlen, "class")) {
        ag_buf cls = AG_BUF_INIT;
        unescape_ident(&cls, a->val, a->vlen);
        ag_escape_xml(out, cls.data ? cls.data : "");
        ag_buf_free(&cls);
    } else if ((span_is(a->name, a->nlen, "fill") || span_is(a->name, a->nlen, "stroke")) &&
               span_is(a->val, a->vlen, "transparent")) {
        ag_buf_puts(out, "none");
    } else if (a->vlen > ul + 1 && memcmp(a->val, url, ul) == 0 && a->val[a->vlen - 1] == ')') {
        ag_buf_puts(out, url);
        put_id(out, a->val + ul, a->vlen - ul - 1, o->id_prefix);
        ag_buf_putc(out, ')');
    } else {
        ag_buf_put(out, a->val, a->vlen);
    }
    ag_buf_putc(out, '"');
}

/* The end of the element name of the tag at t (before end). */
static const char *name_end(const char *t, const char *end)
{
    const char *p = t + 1;
    while (p < end && !is_space(*p) && *p != '/' && *p != '>')
        p++;
    return p;
}

/* True when the start tag t[0..n) is <g id="a_" + legend_id>: the anchor
 * Graphviz wraps around the legend table. */
static bool legend_anchor(const char *t, size_t n, const ag_svg_options *o)
{
    const char *end = t + n - 1, *p = name_end(t, end);
    if (!o->legend_id || !span_is(t, (size_t)(p - t), "<g"))
        return false;
    attr a;
    while (next_attr(&p, end, &a)) {
        if (span_is(a.name, a.nlen, "id")) {
            ag_buf id = AG_BUF_INIT;
            unescape_ident(&id, a.val, a.vlen);
            bool yes =
                id.data && strncmp(id.data, "a_", 2) == 0 && strcmp(id.data + 2, o->legend_id) == 0;
            ag_buf_free(&id);
            return yes;
        }
    }
    return false;
}

/* Appends the start tag t[0..n) (from '<' to '>'), rewritten; root: it is
 * the document's <svg>. */
static void put_tag(ag_buf *out, const char *t, size_t n, const ag_svg_options *o, bool root)
{
    const char *end = t + n - 1, *p = name_end(t, end);
    ag_buf_put(out, t, (size_t)(p - t));
    attr a;
    while (next_attr(&p, end, &a)) {
        bool size = span_is(a.name, a.nlen, "width") || span_is(a.name, a.nlen, "height");
        if (!(root && o->responsive && size))
            put_attr(out, &a, o);
    }
    if (root)
        ag_buf_printf(out, " role=\"img\" aria-labelledby=\"%s-title %s-desc\"", o->id_prefix,
                      o->id_prefix);
    ag_buf_puts(out, end > t && end[-1] == '/' ? "/>" : ">");
}

static void put_root_text(ag_buf *out, const ag_svg_options *o)
{
    ag_buf_printf(out, "\n<title id=\"%s-title\">", o->id_prefix);
    ag_escape_xml(out, o->title ? o->title : "");
    ag_buf_printf(out, "</title>\n<desc id=\"%s-desc\">", o->id_prefix);
    ag_escape_xml(out, o->desc ? o->desc : "");
    ag_buf_puts(out, "</desc>");
}

/* The first lit in [p, end), or NULL. */
static const char *find(const char *p, const char *end, const char *lit)
{
    size_t n = strlen(lit);
    for (; end - p >= (ptrdiff_t)n; p++)
        if (memcmp(p, lit, n) == 0)
            return p;
    return NULL;
}

/* The start of the root <svg> tag in s[0..len), or NULL. */
static const char *find_root(const char *s, size_t len)
{
    const char *end = s + len;
    for (const char *p = find(s, end, "<svg"); p; p = find(p + 1, end, "<svg"))
        if (p + 4 < end && (is_space(p[4]) || p[4] == '>'))
            return p;
    return NULL;
}

/* Where we are in unwrapping the legend's link. */
typedef enum { COPY, DROP_A, DROP_A_END } legend_state;

/* Appends the markup t[0..n) (a tag or a comment), rewritten. */
static void put_markup(ag_buf *out, const char *t, size_t n, const ag_svg_options *o, bool root,
                       legend_state *legend)
{
    bool start = t[1] != '/' && t[1] != '?' && t[1] != '!';
    if (*legend == DROP_A && start && span_is(t, (size_t)(name_end(t, t + n) - t), "<a")) {
        *legend = DROP_A_END;
    } else if (*legend == DROP_A_END && span_is(t, n, "</a>")) {
        *legend = COPY;
    } else if (start && legend_anchor(t, n, o)) {
        ag_buf_puts(out, "<g id=\"");
        ag_escape_xml(out, o->legend_id);
        ag_buf_puts(out, "\" class=\"legend\">");
        *legend = DROP_A;
    } else if (start) {
        put_tag(out, t, n, o, root);
    } else {
        ag_buf_put(out, t, n);
    }
    if (root)
        put_root_text(out, o);
}

ag_status ag_svg_finish(const char *in, size_t len, const ag_svg_options *o, ag_buf *out,
                        ag_error *err)
{
    const char *end = in + len, *root = find_root(in, len);
    if (!root)
        return ag_fail(err, AG_ESOFTWARE, "Graphviz wrote no <svg> element");
    ag_buf b = AG_BUF_INIT;
    if (!o->inline_svg)
        ag_buf_put(&b, in, (size_t)(root - in));
    legend_state legend = COPY;
    for (const char *p = root; p < end;) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        if (!lt) {
            ag_buf_put(&b, p, (size_t)(end - p));
            break;
        }
        ag_buf_put(&b, p, (size_t)(lt - p));
        bool comment = end - lt >= 4 && memcmp(lt, "<!--", 4) == 0;
        const char *close = comment ? find(lt, end, "-->") : tag_end(lt, end);
        if (!close) {
            ag_buf_free(&b);
            return ag_fail(err, AG_ESOFTWARE, "Graphviz wrote an unterminated tag at byte %zu",
                           (size_t)(lt - in));
        }
        close += comment ? 3 : 1;
        put_markup(&b, lt, (size_t)(close - lt), o, lt == root, &legend);
        p = close;
    }
    ag_buf_put(out, b.data ? b.data : "", b.len);
    ag_buf_free(&b);
    return AG_OK;
}
