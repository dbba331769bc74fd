/* Unit tests for progress.c: reports reach the callback (or nowhere), and
 * the meter's lines, throttle, rate, padding and final newline, on a clock
 * the test sets. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "metrics.h"
#include "progress.h"
#include "render.h"
#include "testutil.h"

Test(progress, a_null_progress_reports_nothing_and_a_set_one_gets_each_report)
{
    ag_progress_phase(NULL, "layout", "sfdp");
    ag_progress_report(NULL, &(ag_progress_event){.task = "extract"});
    test_reports r;
    ag_progress p = test_progress(&r);
    ag_progress_phase(&p, "layout", "sfdp");
    ag_progress_report(&p, &(ag_progress_event){.task = "import", .unit = "rows", .done = 7});
    cr_assert_eq(r.n, 2);
    cr_expect_str_eq(r.items[0].task, "layout");
    cr_expect_str_eq(r.items[0].phase, "sfdp");
    cr_expect_str_eq(r.items[1].unit, "rows");
    cr_expect_eq(r.items[1].done, 7);
    test_reports_free(&r);
}

/* The text one update appends (or NULL when it appends nothing). */
static char *update(ag_meter *m, ag_progress_event ev, double now)
{
    ag_buf out = AG_BUF_INIT;
    bool shown = ag_meter_update(m, &ev, now, &out);
    cr_assert_eq(shown, out.len > 0, "the result says whether text was appended");
    if (!shown)
        return NULL;
    return ag_buf_detach(&out);
}

static void expect_update(ag_meter *m, ag_progress_event ev, double now, const char *want)
{
    char *got = update(m, ev, now);
    if (!want)
        cr_expect_null(got, "held back, got \"%s\"", got ? got : "");
    else
        cr_expect_str_eq(got ? got : "(nothing)", want);
    free(got);
}

static const ag_progress_event EXTRACT = {
    .task = "extract", .unit = "sentences", .done = 0, .unit2 = "articles", .done2 = 0};

Test(progress, the_meter_writes_the_first_report_at_once_then_at_most_every_interval)
{
    ag_meter m = AG_METER_INIT;
    expect_update(&m, EXTRACT, 100.0, "\rextract: 0 sentences, 0 articles");
    ag_progress_event ev = EXTRACT;
    ev.done = 1024;
    expect_update(&m, ev, 100.05, NULL);
    ev.done = 1234567;
    ev.done2 = 12345;
    /* two seconds after the task began: 617,284 sentences a second */
    expect_update(&m, ev, 102.0, "\rextract: 1,234,567 sentences (617,284/s), 12,345 articles");
}

Test(progress, a_new_phase_or_task_is_written_at_once_and_restarts_the_rate)
{
    ag_meter m = AG_METER_INIT;
    expect_update(&m, (ag_progress_event){.task = "metrics", .phase = "balance"}, 5.0,
                  "\rmetrics: balance");
    expect_update(&m, (ag_progress_event){.task = "metrics", .phase = "betweenness"}, 5.01,
                  "\rmetrics: betweenness");
    expect_update(
        &m,
        (ag_progress_event){.task = "metrics", .phase = "betweenness", .done = 45, .total = 100},
        5.02, NULL);
    expect_update(
        &m,
        (ag_progress_event){.task = "metrics", .phase = "betweenness", .done = 46, .total = 100},
        5.2, "\rmetrics: betweenness, 46%");
    expect_update(&m, (ag_progress_event){.task = "layout", .phase = "sfdp"}, 5.21,
                  "\rlayout: sfdp             ");
    ag_progress_event rows = {.task = "import", .unit = "rows", .done = 0, .total = 10000};
    expect_update(&m, rows, 6.0, "\rimport: 0 of 10,000 rows");
    rows.done = 4096;
    expect_update(&m, rows, 8.0, "\rimport: 4,096 of 10,000 rows (2,048/s)");
}

Test(progress, a_shorter_line_is_padded_over_the_longer_one_before_it)
{
    ag_meter m = AG_METER_INIT;
    char *a = update(&m, (ag_progress_event){.task = "render", .phase = "png:cairo"}, 1.0);
    char *b = update(&m, (ag_progress_event){.task = "layout", .phase = "dot"}, 1.01);
    cr_assert_not_null(a);
    cr_assert_not_null(b);
    cr_expect_eq(strlen(a), strlen(b));
    cr_expect_str_eq(b, "\rlayout: dot      ");
    free(a);
    free(b);
}

Test(progress, finish_writes_a_held_report_then_a_newline_and_resets)
{
    ag_meter m = AG_METER_INIT;
    ag_buf out = AG_BUF_INIT;
    cr_expect_not(ag_meter_finish(&m, &out), "nothing shown: nothing to end");
    cr_expect_eq(out.len, 0);
    free(update(&m, EXTRACT, 1.0));
    ag_progress_event ev = EXTRACT;
    ev.done = 4;
    ev.done2 = 1;
    ev.unit2 = "article";
    cr_expect_null(update(&m, ev, 1.01));
    cr_expect(ag_meter_finish(&m, &out));
    cr_expect_str_eq(out.data, "\rextract: 4 sentences, 1 article \n");
    ag_buf_clear(&out);
    cr_expect_not(ag_meter_finish(&m, &out), "the meter is as new after finishing");
    cr_expect_eq(out.len, 0);
    expect_update(&m, EXTRACT, 50.0, "\rextract: 0 sentences, 0 articles");
    ag_buf_free(&out);
}

Test(progress, finish_after_a_line_that_was_written_adds_only_the_newline)
{
    ag_meter m = AG_METER_INIT;
    free(update(&m, (ag_progress_event){.task = "layout", .phase = "neato"}, 1.0));
    ag_buf out = AG_BUF_INIT;
    cr_expect(ag_meter_finish(&m, &out));
    cr_expect_str_eq(out.data, "\n");
    ag_buf_free(&out);
}

Test(progress, the_clock_is_monotonic_seconds)
{
    double a = ag_progress_now(), b = ag_progress_now();
    cr_expect(a > 0 && b >= a);
}

/* ---- the library's reports ---- */

Test(progress, extract_reports_sentences_and_articles_at_starts_ends_and_every_1024_sentences)
{
    ag_extractor *x;
    ag_error err;
    cr_assert_eq(ag_extractor_new("data", &x, &err), AG_OK, "%s", err.msg);
    test_reports r;
    ag_progress p = test_progress(&r);
    ag_extractor_set_progress(x, &p);
    ag_buf text = AG_BUF_INIT;
    for (int i = 0; i < 2100; i++)
        ag_buf_puts(&text, "France condemned Russia. ");
    ag_graph *g = ag_graph_new();
    cr_assert_eq(ag_extract_text(x, "a", NULL, text.data, text.len, g, &err), AG_OK);
    cr_assert_eq(ag_extract_text(x, "b", NULL, "Russia attacked Ukraine.", 24, g, &err), AG_OK);
    size_t want[][2] = {{0, 0}, {1024, 0}, {2048, 0}, {2100, 1}, {2100, 1}, {2101, 2}};
    cr_assert_eq(r.n, 6);
    for (size_t i = 0; i < r.n; i++) {
        cr_expect_str_eq(r.items[i].task, "extract");
        cr_expect_str_eq(r.items[i].unit, "sentences");
        cr_expect_eq(r.items[i].done, want[i][0], "report %zu", i);
        cr_expect_eq(r.items[i].done2, want[i][1], "report %zu", i);
    }
    cr_expect_str_eq(r.items[0].unit2, "articles");
    cr_expect_str_eq(r.items[3].unit2, "article");
    ag_extractor_set_progress(x, NULL);
    cr_assert_eq(ag_extract_text(x, "c", NULL, "Russia attacked Ukraine.", 24, g, &err), AG_OK);
    cr_expect_eq(r.n, 6, "no reports once the progress is unset");
    test_reports_free(&r);
    ag_graph_free(g);
    ag_buf_free(&text);
    ag_extractor_free(x);
}

Test(progress, metrics_report_each_measure_and_the_share_of_betweenness_done)
{
    ag_graph *g = test_load("graphs/karabakh-2024-01-18.json");
    test_reports r;
    ag_progress p = test_progress(&r);
    ag_metrics *m = NULL;
    ag_error err;
    cr_assert_eq(ag_metrics_compute_progress(g, &p, &m, &err), AG_OK, "%s", err.msg);
    static const char *const phases[] = {"signed ties",   "balance",  "frustration",
                                         "reciprocity",   "pagerank", "betweenness",
                                         "PN centrality", "blocs"};
    long last = -1;
    for (size_t i = 0; i < sizeof phases / sizeof phases[0]; i++) {
        long at = test_report_find(&r, "metrics", phases[i]);
        cr_expect(at > last, "phase %s reported, after the one before", phases[i]);
        last = at;
    }
    size_t shares = 0;
    for (size_t i = 0; i < r.n; i++)
        if (r.items[i].total) {
            cr_expect_str_eq(r.items[i].phase, "betweenness");
            cr_expect_eq(r.items[i].total, 100);
            cr_expect_leq(r.items[i].done, 100);
            shares++;
        }
    cr_expect_gt(shares, 0, "igraph's progress reaches the report");
    size_t n = r.n;
    ag_metrics *plain = test_metrics(g);
    cr_expect_eq(r.n, n, "a later computation without progress reports nothing here");
    for (size_t i = 0; i < g->nactors; i++) {
        cr_expect_eq(plain->actors[i].pagerank, m->actors[i].pagerank);
        cr_expect_eq(plain->actors[i].betweenness, m->actors[i].betweenness);
        cr_expect_eq(plain->actors[i].bloc, m->actors[i].bloc);
    }
    ag_metrics_free(plain);
    ag_metrics_free(m);
    test_reports_free(&r);
    ag_graph_free(g);
}

Test(progress, render_reports_the_layout_engine_then_the_renderer)
{
    ag_graph *g = test_load("graphs/karabakh-2024-01-18.json");
    ag_metrics *m = test_metrics(g);
    test_reports r;
    ag_progress p = test_progress(&r);
    ag_render_options o = ag_render_defaults();
    o.progress = &p;
    o.layout = "neato";
    ag_buf out = AG_BUF_INIT;
    ag_error err;
    cr_assert_eq(ag_render(g, m, &o, "svg", &out, &err), AG_OK, "%s", err.msg);
    cr_assert_eq(r.n, 2);
    cr_expect_str_eq(r.items[0].task, "layout");
    cr_expect_str_eq(r.items[0].phase, "neato");
    cr_expect_str_eq(r.items[1].task, "render");
    cr_expect_str_eq(r.items[1].phase, "svg");
    ag_buf_free(&out);
    test_reports_free(&r);
    ag_metrics_free(m);
    ag_graph_free(g);
}
