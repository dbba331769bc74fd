/* tests/bench/bench_run.c: extraction throughput and memory on a corpus,
 * single-threaded, in the streaming form (one fresh graph per article).
 *
 *   bench-run DATA_DIR CORPUS
 *
 * CORPUS holds articles one after another, each starting with a line
 * "date YYYY-MM-DD ..."; it is read line by line, so only one article is
 * in memory at a time. Prints bytes, articles, sentences, relations,
 * MB/s and sentences/s by CPU and wall time (extraction only, loading
 * excluded), and the
 * resident memory after 10%, 50% and 100% of the input with the peak,
 * so growth with the corpus shows. Exits non-zero on an error. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "extract.h"

static double now(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Resident set size in MB, from /proc (0 when unavailable). */
static double rss_mb(void)
{
    long pages = 0, resident = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f) {
        if (fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        fclose(f);
    }
    return (double)resident * 4096.0 / 1e6;
}

static ag_status count(const ag_graph *g, void *ctx, ag_error *err)
{
    (void)err;
    *(size_t *)ctx += g->nrelations;
    return AG_OK;
}

typedef struct {
    ag_extractor *x;
    size_t articles, relations, bytes, total;
    double seconds, cpu; /* wall clock and CPU time spent extracting */
    int checkpoint;
} bench;

static void extract(bench *b, const ag_buf *article)
{
    ag_error err;
    char id[32];
    snprintf(id, sizeof id, "a%zu", b->articles);
    ag_article a = {id, NULL, NULL, article->data, article->len};
    double t0 = now(CLOCK_MONOTONIC), c0 = now(CLOCK_PROCESS_CPUTIME_ID);
    if (ag_extract_each(b->x, &a, count, &b->relations, &err) != AG_OK) {
        fprintf(stderr, "bench-run: article %zu: %s\n", b->articles, err.msg);
        exit(1);
    }
    b->seconds += now(CLOCK_MONOTONIC) - t0;
    b->cpu += now(CLOCK_PROCESS_CPUTIME_ID) - c0;
    b->articles++;
    b->bytes += article->len;
    static const int pct[] = {10, 50};
    if (b->checkpoint < 2 && b->bytes * 100 >= b->total * (size_t)pct[b->checkpoint]) {
        printf("rss after %d%% of the input: %.1f MB\n", pct[b->checkpoint], rss_mb());
        b->checkpoint++;
    }
}

int main(int argc, char **argv)
{
    ag_error err;
    bench b = {0};
    if (argc != 3) {
        fprintf(stderr, "usage: bench-run DATA_DIR CORPUS\n");
        return 64;
    }
    FILE *f = fopen(argv[2], "r");
    if (!f || ag_extractor_new(argv[1], &b.x, &err) != AG_OK) {
        fprintf(stderr, "bench-run: %s\n", f ? err.msg : "cannot open the corpus");
        return 66;
    }
    fseek(f, 0, SEEK_END);
    b.total = (size_t)ftell(f);
    rewind(f);
    ag_buf article = AG_BUF_INIT;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, f)) > 0) {
        if (!strncmp(line, "date ", 5) && article.len) {
            extract(&b, &article);
            ag_buf_clear(&article);
        }
        ag_buf_put(&article, line, (size_t)n);
    }
    if (article.len)
        extract(&b, &article);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    size_t sentences = ag_extractor_sentences(b.x);
    printf("rss at the end: %.1f MB, peak (ru_maxrss) %.1f MB\n", rss_mb(), ru.ru_maxrss / 1e3);
    printf(
        "%.1f MB, %zu articles, %zu sentences, %zu relations; extraction %.2f s wall, %.2f s CPU\n",
        b.bytes / 1e6, b.articles, sentences, b.relations, b.seconds, b.cpu);
    printf("throughput (one core, CPU time): %.1f MB/s, %.0f sentences/s\n", b.bytes / 1e6 / b.cpu,
           sentences / b.cpu);
    printf("throughput (wall clock): %.1f MB/s, %.0f sentences/s\n", b.bytes / 1e6 / b.seconds,
           sentences / b.seconds);
    free(line);
    ag_buf_free(&article);
    fclose(f);
    ag_extractor_free(b.x);
    return 0;
}
