/* Unit tests for datafile.c: the key check shared by the data loaders. */
#include <criterion/criterion.h>
#include <string.h>

#include "datafile.h"

Test(datafile, keys_table)
{
    static const char *const allowed[] = {"id", "names", NULL};
    struct {
        const char *json;
        ag_status want;
        size_t col;
    } t[] = {{"{\"id\": 1, \"names\": []}", AG_OK, 0},
             {"{}", AG_OK, 0},
             {"{\"id\": 1, \"colour\": 2}", AG_EDATA, 11},
             {"[1]", AG_EDATA, 1}};
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        ag_json_doc doc;
        ag_error err;
        cr_assert_eq(ag_json_parse("f.json", t[i].json, strlen(t[i].json), &doc, &err), AG_OK);
        ag_status s = ag_datafile_keys(&doc, doc.root, allowed, &err);
        cr_expect_eq(s, t[i].want, "%s", t[i].json);
        if (s)
            cr_expect_eq(err.col, t[i].col, "%s: col %zu", t[i].json, err.col);
        ag_json_doc_free(&doc);
    }
}
