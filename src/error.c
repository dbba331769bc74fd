/* error.c: error values with file:line:col. */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void ag_error_clear(ag_error *e)
{
    if (e)
        memset(e, 0, sizeof *e);
}

static void set_msg(ag_error *e, ag_status s, const char *fmt, va_list ap)
{
    ag_error_clear(e);
    e->status = s;
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
}

ag_status ag_fail(ag_error *e, ag_status s, const char *fmt, ...)
{
    if (e) {
        va_list ap;
        va_start(ap, fmt);
        set_msg(e, s, fmt, ap);
        va_end(ap);
    }
    return s;
}

void ag_locate(const char *text, size_t len, size_t offset, size_t *line, size_t *col)
{
    size_t l = 1, c = 1;
    if (offset > len)
        offset = len;
    for (size_t i = 0; i < offset; i++) {
        unsigned char ch = (unsigned char)text[i];
        if (ch == '\n') {
            l++;
            c = 1;
        } else if ((ch & 0xC0) != 0x80) {
            c++;
        }
    }
    *line = l;
    *col = c;
}

/* Copies the line holding `offset` into e->context: the whole line when it
 * fits, else a window around the offset. Sets e->caret. */
static void context_line(ag_error *e, const char *text, size_t len, size_t offset)
{
    enum { BEFORE = 80 };
    size_t cap = sizeof e->context;
    if (offset > len)
        offset = len;
    size_t a = offset, b = offset;
    while (a > 0 && text[a - 1] != '\n')
        a--;
    while (b < len && text[b] != '\n' && text[b] != '\r')
        b++;
    if (offset - a > BEFORE) {
        a = offset - BEFORE;
        while (a < offset && (text[a] & 0xC0) == 0x80)
            a++; /* start on a character */
    }
    size_t n = b - a < cap - 1 ? b - a : cap - 1;
    while (n > 0 && n < b - a && (text[a + n] & 0xC0) == 0x80)
        n--; /* do not cut a UTF-8 sequence */
    memcpy(e->context, text + a, n);
    e->context[n] = '\0';
    size_t line, col;
    ag_locate(text + a, len - a, offset - a, &line, &col);
    e->caret = col;
}

ag_status ag_fail_at(ag_error *e, ag_status s, const char *file, const char *text, size_t len,
                     size_t offset, const char *fmt, ...)
{
    if (!e)
        return s;
    va_list ap;
    va_start(ap, fmt);
    set_msg(e, s, fmt, ap);
    va_end(ap);
    if (file)
        snprintf(e->file, sizeof e->file, "%s", file);
    if (text) {
        ag_locate(text, len, offset, &e->line, &e->col);
        context_line(e, text, len, offset);
    }
    return s;
}

ag_status ag_error_in(ag_error *e, const char *file)
{
    if (!e)
        return AG_OK;
    if (!e->file[0] && file)
        snprintf(e->file, sizeof e->file, "%s", file);
    return e->status;
}

void ag_error_format(const ag_error *e, ag_buf *out)
{
    if (e->file[0]) {
        ag_buf_puts(out, e->file);
        if (e->line)
            ag_buf_printf(out, ":%zu:%zu", e->line, e->col);
        ag_buf_puts(out, ": ");
    }
    ag_buf_puts(out, e->msg);
    ag_buf_putc(out, '\n');
    if (e->context[0] && e->caret) {
        ag_buf_printf(out, "  %s\n  ", e->context);
        /* the caret sits under its character; tabs in the context keep their width */
        size_t c = 1;
        for (const char *p = e->context; *p && c < e->caret; p++) {
            if (((unsigned char)*p & 0xC0) == 0x80)
                continue;
            ag_buf_putc(out, *p == '\t' ? '\t' : ' ');
            c++;
        }
        ag_buf_puts(out, "^\n");
    }
}
