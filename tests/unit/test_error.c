/* Unit tests for error.c: positions, context windows and the caret. */
#include <criterion/criterion.h>
#include <string.h>

#include "error.h"

Test(error, locate_counts_lines_and_utf8_characters)
{
    const char *t = "ab\n\xC3\xA9x\ny"; /* "ab", "éx", "y" */
    size_t l, c;
    ag_locate(t, strlen(t), 5, &l, &c); /* the x after é */
    cr_assert_eq(l, 2);
    cr_assert_eq(c, 2);
    ag_locate(t, strlen(t), 0, &l, &c);
    cr_assert(l == 1 && c == 1);
    ag_locate(t, strlen(t), 999, &l, &c); /* clamped to the end */
    cr_assert(l == 3 && c == 2);
}

Test(error, format_shows_file_line_col_context_and_caret)
{
    const char *t = "{\n  \"weight\": x\n}";
    ag_error e;
    cr_assert_eq(ag_fail_at(&e, AG_EDATA, "g.json", t, strlen(t), 14, "expected a number"),
                 AG_EDATA);
    ag_buf b = AG_BUF_INIT;
    ag_error_format(&e, &b);
    cr_assert_str_eq(b.data, "g.json:2:13: expected a number\n"
                             "    \"weight\": x\n"
                             "              ^\n");
    ag_buf_free(&b);
}

Test(error, long_lines_get_a_window_with_the_caret_inside)
{
    char t[2000];
    memset(t, 'a', sizeof t - 1);
    t[sizeof t - 1] = '\0';
    ag_error e;
    ag_fail_at(&e, AG_EDATA, "f", t, strlen(t), 1500, "here");
    cr_assert_eq(e.col, 1501);
    cr_assert_lt(strlen(e.context), sizeof e.context);
    cr_assert_gt(e.caret, 1);
    cr_assert_leq(e.caret, strlen(e.context));
}

Test(error, fail_without_error_struct_still_returns_status)
{
    cr_assert_eq(ag_fail(NULL, AG_EIO, "x"), AG_EIO);
    ag_error e;
    ag_fail(&e, AG_ENOINPUT, "missing %s", "thing");
    cr_assert_eq(ag_error_in(&e, "a.txt"), AG_ENOINPUT);
    cr_assert_str_eq(e.file, "a.txt");
    ag_error_in(&e, "b.txt");
    cr_assert_str_eq(e.file, "a.txt", "an inner file name is not overwritten");
}
