/* testutil.c: helpers shared by the unit tests. */
#include "testutil.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "graph_json.h"

ag_graph *test_load(const char *path)
{
    ag_graph *g = NULL;
    ag_error err;
    cr_assert_eq(ag_graph_load(path, true, &g, NULL, &err), AG_OK, "%s: %s", path, err.msg);
    return g;
}

ag_metrics *test_metrics(const ag_graph *g)
{
    ag_metrics *m = NULL;
    ag_error err;
    cr_assert_eq(ag_metrics_compute(g, &m, &err), AG_OK, "%s", err.msg);
    cr_assert_not_null(m);
    return m;
}

size_t test_count(const char *s, const char *needle)
{
    size_t n = 0;
    for (const char *p = strstr(s, needle); p; p = strstr(p + 1, needle))
        n++;
    return n;
}

char *test_xmllint(const char *doc, const char *args, int *status)
{
    char path[] = "/tmp/ag-test-xml-XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    cr_assert_eq(write(fd, doc, strlen(doc)), (ssize_t)strlen(doc));
    close(fd);
    ag_buf cmd = AG_BUF_INIT, out = AG_BUF_INIT;
    ag_buf_printf(&cmd, "xmllint %s %s", args, path);
    FILE *p = popen(cmd.data, "r");
    cr_assert(p, "xmllint (libxml2-utils) runs");
    char chunk[4096];
    size_t n;
    ag_buf_puts(&out, "");
    while ((n = fread(chunk, 1, sizeof chunk, p)) > 0)
        ag_buf_put(&out, chunk, n);
    int rc = pclose(p);
    *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    unlink(path);
    ag_buf_free(&cmd);
    return ag_buf_detach(&out);
}

bool test_xml_valid(const char *doc)
{
    int status;
    free(test_xmllint(doc, "--noout 2>/dev/null", &status));
    return status == 0;
}

static void keep_report(void *ctx, const ag_progress_event *ev)
{
    test_reports *r = ctx;
    r->items = realloc(r->items, (r->n + 1) * sizeof *r->items);
    cr_assert_not_null(r->items);
    test_report *k = &r->items[r->n++];
    cr_assert_not_null(ev->task);
    snprintf(k->task, sizeof k->task, "%s", ev->task);
    snprintf(k->phase, sizeof k->phase, "%s", ev->phase ? ev->phase : "");
    snprintf(k->unit, sizeof k->unit, "%s", ev->unit ? ev->unit : "");
    snprintf(k->unit2, sizeof k->unit2, "%s", ev->unit2 ? ev->unit2 : "");
    k->done = ev->done;
    k->total = ev->total;
    k->done2 = ev->done2;
}

ag_progress test_progress(test_reports *r)
{
    *r = (test_reports){NULL, 0};
    return (ag_progress){keep_report, r};
}

void test_reports_free(test_reports *r)
{
    free(r->items);
    *r = (test_reports){NULL, 0};
}

long test_report_find(const test_reports *r, const char *task, const char *phase)
{
    for (size_t i = 0; i < r->n; i++)
        if (strcmp(r->items[i].task, task) == 0 &&
            (!phase || strcmp(r->items[i].phase, phase) == 0))
            return (long)i;
    return -1;
}
