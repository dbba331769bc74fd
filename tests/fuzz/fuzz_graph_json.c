/* fuzz_graph_json.c: libFuzzer target over ag_json_parse and ag_graph_from_json.
 *
 * Besides the sanitizers' findings, it aborts when a property fails:
 * - a parse error is AG_EDATA located inside the text, found by our
 *   scanner: never the "invalid JSON" fallback, which would mean cJSON
 *   refused what the scanner accepts;
 * - a parsed value written COMPACT or PRETTY parses again and writes the
 *   same text;
 * - a graph loaded (not strictly) writes graph JSON that loads strictly and
 *   writes the same text again.
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
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "graph_json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void same_or_abort(const ag_buf *a, const ag_buf *b)
{
    if (a->len != b->len || memcmp(a->data, b->data, a->len) != 0)
        abort();
}

/* v written in `style` reads back and writes the same. */
static void check_json_round_trip(const ag_json *v, ag_json_style style)
{
    ag_buf first = AG_BUF_INIT, second = AG_BUF_INIT;
    ag_json_write(v, &first, style);
    ag_json_doc d;
    ag_error e;
    if (ag_json_parse("again", first.data, first.len, &d, &e) != AG_OK)
        abort();
    ag_json_write(d.root, &second, style);
    same_or_abort(&first, &second);
    ag_json_doc_free(&d);
    ag_buf_free(&first);
    ag_buf_free(&second);
}

static void check_graph_round_trip(const ag_graph *g)
{
    ag_buf first = AG_BUF_INIT, second = AG_BUF_INIT;
    ag_graph_write_json(g, &first);
    ag_json_doc d;
    ag_error e;
    ag_graph *back;
    if (ag_json_parse("again", first.data, first.len, &d, &e) != AG_OK ||
        ag_graph_from_json(&d, true, &back, NULL, &e) != AG_OK)
        abort();
    ag_graph_write_json(back, &second);
    same_or_abort(&first, &second);
    ag_graph_free(back);
    ag_json_doc_free(&d);
    ag_buf_free(&first);
    ag_buf_free(&second);
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
