/* escape.c: the escaping rules of all output formats. */
#include "escape.h"

#include <stdio.h>
#include <string.h>

void ag_escape_xml(ag_buf *out, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        switch (c) {
        case '&': ag_buf_puts(out, "&amp;"); break;
        case '<': ag_buf_puts(out, "&lt;"); break;
        case '>': ag_buf_puts(out, "&gt;"); break;
        case '"': ag_buf_puts(out, "&quot;"); break;
        case '\'': ag_buf_puts(out, "&#39;"); break;
        case '\n': ag_buf_puts(out, "&#10;"); break;
        case '\t': ag_buf_puts(out, "&#9;"); break;
        case '\r': ag_buf_puts(out, "&#13;"); break;
        default:
            if (c < 0x20 || c == 0x7f)
                ag_buf_puts(out, "\xEF\xBF\xBD"); /* U+FFFD */
            else
                ag_buf_putc(out, (char)c);
        }
    }
}

void ag_escape_json(ag_buf *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': ag_buf_puts(out, "\\\""); break;
        case '\\': ag_buf_puts(out, "\\\\"); break;
        case '\n': ag_buf_puts(out, "\\n"); break;
        case '\r': ag_buf_puts(out, "\\r"); break;
        case '\t': ag_buf_puts(out, "\\t"); break;
        case '\b': ag_buf_puts(out, "\\b"); break;
        case '\f': ag_buf_puts(out, "\\f"); break;
        case '/': ag_buf_puts(out, i > 0 && s[i - 1] == '<' ? "\\/" : "/"); break;
        default:
            if (c < 0x20)
                ag_buf_printf(out, "\\u%04x", c);
            else
                ag_buf_putc(out, (char)c);
        }
    }
}

void ag_escape_csv(ag_buf *out, const char *s)
{
    size_t n = strlen(s);
    int quote = n && (s[0] == ' ' || s[n - 1] == ' ');
    for (const char *p = s; *p && !quote; p++)
        quote = *p == ',' || *p == '"' || *p == '\n' || *p == '\r';
    if (!quote) {
        ag_buf_put(out, s, n);
        return;
    }
    ag_buf_putc(out, '"');
    for (const char *p = s; *p; p++) {
        if (*p == '"')
            ag_buf_putc(out, '"');
        ag_buf_putc(out, *p);
    }
    ag_buf_putc(out, '"');
}

void ag_escape_csv_text(ag_buf *out, const char *s)
{
    if (!*s || !strchr("=+-@\t\r", *s)) {
        ag_escape_csv(out, s);
        return;
    }
    ag_buf t = AG_BUF_INIT;
    ag_buf_putc(&t, '\'');
    ag_buf_puts(&t, s);
    ag_escape_csv(out, t.data);
    ag_buf_free(&t);
}

void ag_escape_dot(ag_buf *out, const char *s)
{
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            ag_buf_putc(out, '\\');
        if (*s == '\n')
            ag_buf_puts(out, "\\n");
        else if (*s != '\r')
            ag_buf_putc(out, *s);
    }
}

/* Measured on Graphviz 2.43 (labels and tooltips set through cgraph, then
 * rendered to SVG, PNG and PDF). Both decode character entities first: one
 * Graphviz knows (&amp; &#65; &#1; &nbsp;, &#92; too) becomes its character,
 * written raw to the SVG, so &#1; would make it invalid XML (an unknown one,
 * &foo;, stays text). C0 controls pass through raw, likewise. Then:
 *  - a label takes one pass of backslash escapes: \N \G \E \T \H \L expand
 *    to names, \n \l \r break lines, any other \x becomes x, a trailing \
 *    vanishes, "\\" gives one backslash;
 *  - a tooltip takes two: first \x becomes x (\n \l \r a newline), then
 *    \N \G \E ... expand and "\\" gives "\": one backslash needs four.
 * A raw newline breaks the line like \n in both; CR is dropped, as
 * ag_escape_dot does. HTML-like labels are XML and literal (no backslash
 * escapes): they take ag_escape_xml. */
static void graphviz_text(ag_buf *out, const char *s, const char *backslash)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '\\')
            ag_buf_puts(out, backslash);
        else if (c == '&')
            ag_buf_puts(out, "&amp;");
        else if (c == '\r')
            continue;
        else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
            ag_buf_puts(out, "\xEF\xBF\xBD"); /* U+FFFD */
        else
            ag_buf_putc(out, (char)c);
    }
}

void ag_escape_graphviz(ag_buf *out, const char *s)
{
    graphviz_text(out, s, "\\\\");
}

void ag_escape_graphviz_tooltip(ag_buf *out, const char *s)
{
    graphviz_text(out, s, "\\\\\\\\");
}

void ag_escape_ident(ag_buf *out, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')
            ag_buf_putc(out, (char)c);
        else
            ag_buf_printf(out, "_%02x", c);
    }
}
