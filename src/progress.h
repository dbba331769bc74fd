/* progress.h: progress of long work, reported by the library, shown by the CLI.
 *
 * Library code that can run for seconds (extracting a corpus, importing a
 * GDELT file, measuring or laying out a large graph) tells what it is doing
 * through an ag_progress the caller hands it: a function and its context.
 * The library never prints; a NULL ag_progress reports nothing, so callers
 * that do not care pass NULL and pay one test per report.
 *
 * The meter (ag_meter) is what the CLI shows: one terminal line rewritten
 * in place ('\r', then the line, padded over the previous one), at most
 * every AG_METER_INTERVAL seconds, ended by a newline. It only makes text:
 * the caller gives it the clock and writes what it returns, so it is tested
 * without a terminal or a real clock.
 *
 * Ownership: arguments are borrowed; the meter keeps copies of what it
 * needs, and ag_meter is a plain value (no free).
 */
#ifndef AG_PROGRESS_H
#define AG_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

/* One report. Strings need only live during the call. */
typedef struct {
    const char *task;  /* "extract", "import", "metrics", "layout", "render" */
    const char *phase; /* what the task is doing now ("betweenness", "sfdp"), or NULL */
    const char *unit;  /* what `done` counts ("sentences", "rows"), or NULL */
    size_t done;       /* units done since the task began */
    size_t total;      /* units in all when known, else 0; with no unit, done/total
                          is shown as a percentage */
    const char *unit2; /* a second count shown after the first, or NULL */
    size_t done2;
} ag_progress_event;

typedef void (*ag_progress_fn)(void *ctx, const ag_progress_event *ev);

typedef struct {
    ag_progress_fn fn;
    void *ctx;
} ag_progress;

/* Hands ev to p's function; does nothing when p is NULL. */
void ag_progress_report(const ag_progress *p, const ag_progress_event *ev);

/* Reports a task's phase, without counts ("layout", "sfdp"). */
void ag_progress_phase(const ag_progress *p, const char *task, const char *phase);

/* Seconds on a monotonic clock, for ag_meter_update. */
double ag_progress_now(void);

#define AG_METER_INTERVAL 0.1 /* seconds between two lines of the same phase */

typedef struct {
    char task[32];   /* the task being shown; its start time is `start` */
    char phase[48];  /* its phase when the last line was made */
    double start;    /* when this task was first reported */
    double shown_at; /* when the last line was returned */
    bool shown;      /* a line was returned since the last ag_meter_finish */
    bool pending;    /* `line` holds a report not returned yet */
    size_t width;    /* length of the last line returned */
    char line[200];  /* the latest report, formatted */
} ag_meter;

#define AG_METER_INIT                                                                              \
    {                                                                                              \
        "", "", 0, 0, false, false, 0, ""                                                          \
    }

/* Formats ev as the line the meter shows, at time `now` (seconds on any
 * clock that does not go back), e.g. "extract: 151,234 sentences
 * (15,234/s), 12,345 articles", "metrics: betweenness, 45%", "layout: sfdp".
 * A new task restarts the rate's clock. Appends "\r", the line and enough
 * spaces to cover the previous one to out and returns true when no line was
 * returned yet, or the task or phase changed, or AG_METER_INTERVAL passed
 * since the last line; else keeps the line for later and returns false. */
bool ag_meter_update(ag_meter *m, const ag_progress_event *ev, double now, ag_buf *out);

/* Ends the meter's line: when a line was returned, appends the latest
 * report (if it was held back) and a newline to out and returns true; else
 * appends nothing and returns false. The meter is then as new. */
bool ag_meter_finish(ag_meter *m, ag_buf *out);

#endif
