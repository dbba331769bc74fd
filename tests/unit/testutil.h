/* testutil.h: helpers shared by the unit tests (Criterion assertions inside). */
#ifndef AG_TESTUTIL_H
#define AG_TESTUTIL_H

#include <stdbool.h>
#include <stddef.h>

#include "graph.h"
#include "metrics.h"
#include "progress.h"

/* The graph file at path, loaded strictly; the test fails when it does not load. */
ag_graph *test_load(const char *path);
/* The metrics of g; the test fails when they cannot be computed. */
ag_metrics *test_metrics(const ag_graph *g);
/* How many times needle occurs in s (overlapping occurrences included). */
size_t test_count(const char *s, const char *needle);
/* Runs `xmllint ARGS FILE` with doc in a temp file (removed after); returns what it
 * printed on standard output (args may redirect stderr there: "2>&1") and sets
 * *status to its exit status. */
char *test_xmllint(const char *doc, const char *args, int *status);
/* True when xmllint --noout accepts doc. */
bool test_xml_valid(const char *doc);

/* Progress reports as a test keeps them. */
typedef struct {
    char task[32], phase[48], unit[16], unit2[16];
    size_t done, total, done2;
} test_report;
typedef struct {
    test_report *items;
    size_t n;
} test_reports;
/* A progress that appends every report to *r (free with test_reports_free). */
ag_progress test_progress(test_reports *r);
void test_reports_free(test_reports *r);
/* Index of the first report of task with phase (NULL: any phase), or -1. */
long test_report_find(const test_reports *r, const char *task, const char *phase);

#endif
