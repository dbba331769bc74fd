/* progress.c: progress reports and the terminal meter that shows them. */
#include "progress.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

void ag_progress_report(const ag_progress *p, const ag_progress_event *ev)
{
    if (p && p->fn)
        p->fn(p->ctx, ev);
}

void ag_progress_phase(const ag_progress *p, const char *task, const char *phase)
{
    ag_progress_event ev = {.task = task, .phase = phase};
    ag_progress_report(p, &ev);
}

double ag_progress_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- the meter ---- */

/* n with a comma between groups of three digits: 12,345. */
static void put_count(ag_buf *b, size_t n)
{
    char digits[32];
    int len = snprintf(digits, sizeof digits, "%zu", n);
    for (int i = 0; i < len; i++) {
        if (i && (len - i) % 3 == 0)
            ag_buf_putc(b, ',');
        ag_buf_putc(b, digits[i]);
    }
}

static void format_line(const ag_progress_event *ev, double elapsed, ag_buf *b)
{
    ag_buf_printf(b, "%s:", ev->task);
    const char *sep = " ";
    if (ev->phase) {
        ag_buf_printf(b, "%s%s", sep, ev->phase);
        sep = ", ";
    }
    if (ev->unit) {
        ag_buf_puts(b, sep);
        put_count(b, ev->done);
        if (ev->total) {
            ag_buf_puts(b, " of ");
            put_count(b, ev->total);
        }
        ag_buf_printf(b, " %s", ev->unit);
        if (elapsed >= AG_METER_INTERVAL) {
            ag_buf_puts(b, " (");
            put_count(b, (size_t)((double)ev->done / elapsed + 0.5));
            ag_buf_puts(b, "/s)");
        }
        sep = ", ";
    } else if (ev->total) {
        ag_buf_printf(b, "%s%.0f%%", sep, 100.0 * (double)ev->done / (double)ev->total);
        sep = ", ";
    }
    if (ev->unit2) {
        ag_buf_puts(b, sep);
        put_count(b, ev->done2);
        ag_buf_printf(b, " %s", ev->unit2);
    }
}

/* Appends "\r", the held line and spaces over the rest of the previous one. */
static void emit(ag_meter *m, double now, ag_buf *out)
{
    size_t len = strlen(m->line);
    ag_buf_printf(out, "\r%s", m->line);
    for (size_t i = len; i < m->width; i++)
        ag_buf_putc(out, ' ');
    m->width = len;
    m->shown = true;
    m->pending = false;
    m->shown_at = now;
}

static void copy(char *dst, size_t size, const char *src)
{
    snprintf(dst, size, "%s", src ? src : "");
}

bool ag_meter_update(ag_meter *m, const ag_progress_event *ev, double now, ag_buf *out)
{
    bool changed = strcmp(m->phase, ev->phase ? ev->phase : "") != 0;
    if (strcmp(m->task, ev->task) != 0) {
        copy(m->task, sizeof m->task, ev->task);
        m->start = now;
        changed = true;
    }
    copy(m->phase, sizeof m->phase, ev->phase);
    ag_buf line = AG_BUF_INIT;
    format_line(ev, now - m->start, &line);
    copy(m->line, sizeof m->line, line.data);
    ag_buf_free(&line);
    m->pending = true;
    if (m->shown && !changed && now - m->shown_at < AG_METER_INTERVAL)
        return false;
    emit(m, now, out);
    return true;
}

bool ag_meter_finish(ag_meter *m, ag_buf *out)
{
    bool shown = m->shown;
    if (shown) {
        if (m->pending)
            emit(m, m->shown_at, out);
        ag_buf_putc(out, '\n');
    }
    *m = (ag_meter)AG_METER_INIT;
    return shown;
}
