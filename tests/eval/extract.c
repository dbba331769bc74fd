/* tests/eval/extract.c: article files -> one graph JSON per article, for
 * make eval (built with the library; the CLI's extract gives the same).
 *
 *   eval-extract DATA_DIR OUT_DIR FILE...
 *
 * Writes OUT_DIR/NAME.json for each FILE named NAME.txt (source id NAME).
 * Exits 65 on bad input, 66 on a missing file, 73/74 on write errors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "fileio.h"
#include "graph_json.h"

static ag_status one(ag_extractor *x, const char *out_dir, const char *path, ag_error *err)
{
    const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    size_t n = strlen(base) > 4 && !strcmp(base + strlen(base) - 4, ".txt") ? strlen(base) - 4
                                                                            : strlen(base);
    char *id = ag_xstrndup(base, n), *text;
    size_t len;
    ag_buf out = AG_BUF_INIT, json = AG_BUF_INIT;
    ag_graph *g = ag_graph_new();
    ag_status s = ag_read_file(path, &text, &len, err);
    if (!s)
        s = ag_extract_text(x, id, path, text, len, g, err);
    if (!s) {
        ag_graph_write_json(g, &json);
        ag_buf_printf(&out, "%s/%s.json", out_dir, id);
        s = ag_write_file(out.data, json.data, json.len, err);
        free(text);
    }
    ag_graph_free(g);
    ag_buf_free(&json);
    ag_buf_free(&out);
    free(id);
    return s;
}

int main(int argc, char **argv)
{
    ag_error err;
    ag_extractor *x = NULL;
    ag_status s = argc < 3
                      ? ag_fail(&err, AG_EUSAGE, "usage: eval-extract DATA_DIR OUT_DIR FILE...")
                      : ag_extractor_new(argv[1], &x, &err);
    for (int i = 3; !s && i < argc; i++)
        s = one(x, argv[2], argv[i], &err);
    ag_extractor_free(x);
    if (s) {
        ag_buf b = AG_BUF_INIT;
        ag_error_format(&err, &b);
        fprintf(stderr, "eval-extract: %s", b.data);
        ag_buf_free(&b);
    }
    return (int)s;
}
