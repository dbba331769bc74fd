/* fuzz_graph_json.c: libFuzzer target over ag_json_parse and ag_graph_from_json.
 *
 * Besides the sanitizers' findings, it aborts when a property fails:
 * - a parse error is AG_EDATA located inside the text, found by our
 *   scanner: never the "invalid JSON" fallback, which would mean cJSON
 *   refused what the scanner accepts;
 * - a parsed value written COMPACT or PRETTY parses again as the same
 *   value (numbers within 1e-9);
 * - a graph loaded (not strictly) writes graph JSON that loads strictly as
 *   the same graph.
 *
 * Build and run from the top of the tree (clang 14):
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
 *     -std=c17 -D_POSIX_C_SOURCE=200809L -Isrc tests/fuzz/fuzz_graph_json.c \
 *     src/json.c src/graph_json.c src/graph.c src/util.c src/error.c src/escape.c \
 *     src/fileio.c -lcjson -lm -o build/fuzz_graph_json
 *   mkdir -p build/fuzz-corpus
 *   build/fuzz_graph_json -max_total_time=120 build/fuzz-corpus tests/data/good tests/data/bad
 * (new inputs go to the first directory; the test files are the seeds).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "graph_json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Numbers are written to within 1e-9 (ag_buf_num), and a number read back
 * may be written shorter still, so texts need not be equal: values are. */
static bool near(double a, double b)
{
    return fabs(a - b) <= 2e-9 * fmax(1.0, fmax(fabs(a), fabs(b)));
}

static bool same_json(const ag_json *a, const ag_json *b)
{
    if (a->type != b->type || a->nitems != b->nitems || !a->key != !b->key ||
        (a->key && strcmp(a->key, b->key) != 0))
        return false;
    if (a->type == AG_JSON_NUMBER && !near(a->number, b->number))
        return false;
    if (a->type == AG_JSON_STRING &&
        (a->string_len != b->string_len || memcmp(a->string, b->string, a->string_len) != 0))
        return false;
    for (size_t i = 0; i < a->nitems; i++)
        if (!same_json(a->items[i], b->items[i]))
            return false;
    return true;
}

/* v written in `style` reads back as the same value. */
static void check_json_round_trip(const ag_json *v, ag_json_style style)
{
    ag_buf text = AG_BUF_INIT;
    ag_json_write(v, &text, style);
    ag_json_doc d;
    ag_error e;
    if (ag_json_parse("again", text.data, text.len, &d, &e) != AG_OK || !same_json(v, d.root))
        abort();
    ag_json_doc_free(&d);
    ag_buf_free(&text);
}

/* g written reads back strictly as the same graph. */
static void check_graph_round_trip(const ag_graph *g)
{
    ag_buf text = AG_BUF_INIT;
    ag_graph_write_json(g, &text);
    ag_json_doc d;
    ag_error e;
    ag_graph *back;
    if (ag_json_parse("again", text.data, text.len, &d, &e) != AG_OK ||
        ag_graph_from_json(&d, true, &back, NULL, &e) != AG_OK)
        abort();
    ag_json *a = ag_graph_to_json(g), *b = ag_graph_to_json(back);
    if (!same_json(a, b))
        abort();
    ag_json_free(a);
    ag_json_free(b);
    ag_graph_free(back);
    ag_json_doc_free(&d);
    ag_buf_free(&text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    (void)ag_graph_json_looks_like(text, size);
    ag_json_doc d;
    ag_error e;
    if (ag_json_parse("fuzz", text, size, &d, &e) != AG_OK) {
        if (e.status != AG_EDATA || e.line == 0 || strcmp(e.msg, "invalid JSON") == 0)
            abort();
        return 0;
    }
    check_json_round_trip(d.root, AG_JSON_COMPACT);
    check_json_round_trip(d.root, AG_JSON_PRETTY);
    ag_graph *g;
    ag_buf warnings = AG_BUF_INIT;
    if (ag_graph_from_json(&d, false, &g, &warnings, &e) == AG_OK) {
        check_graph_round_trip(g);
        ag_graph_free(g);
    }
    ag_buf_free(&warnings);
    ag_json_doc_free(&d);
    return 0;
}
