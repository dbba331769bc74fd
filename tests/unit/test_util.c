/* Unit tests for util.c: buffers, the string map, number formatting. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "util.h"

Test(util, buf_appends_and_detaches)
{
    ag_buf b = AG_BUF_INIT;
    ag_buf_puts(&b, "ab");
    ag_buf_putc(&b, 'c');
    ag_buf_printf(&b, "%d-%s", 42, "x");
    cr_assert_str_eq(b.data, "abc42-x");
    cr_assert_eq(b.len, 7);
    ag_buf_clear(&b);
    cr_assert_str_eq(b.data, "");
    char *s = ag_buf_detach(&b);
    cr_assert_str_eq(s, "");
    cr_assert_null(b.data);
    free(s);
}

Test(util, buf_printf_grows_past_any_initial_capacity)
{
    ag_buf b = AG_BUF_INIT;
    for (int i = 0; i < 1000; i++)
        ag_buf_printf(&b, "%04d", i);
    cr_assert_eq(b.len, 4000);
    cr_assert(strncmp(b.data + 3996, "0999", 4) == 0);
    ag_buf_free(&b);
}

Test(util, map_put_get_replace_and_grow)
{
    ag_map m = AG_MAP_INIT;
    char key[32];
    for (size_t i = 0; i < 5000; i++) {
        snprintf(key, sizeof key, "k%zu", i);
        ag_map_put(&m, key, i);
    }
    ag_map_put(&m, "k7", 70);
    size_t v;
    cr_assert(ag_map_get(&m, "k4999", &v) && v == 4999);
    cr_assert(ag_map_get(&m, "k7", &v) && v == 70);
    cr_assert(!ag_map_get(&m, "k5000", &v));
    cr_assert_eq(m.len, 5000);
    ag_map_free(&m);
    cr_assert(!ag_map_get(&m, "k1", &v), "a freed map is empty and usable");
}

Test(util, num_is_short_and_exact_enough)
{
    struct {
        double v;
        const char *want;
    } t[] = {{-2.0, "-2"},
             {3.4, "3.4"},
             {0.1 + 0.2, "0.3"},
             {-0.0, "0"},
             {1.0 / 3.0, "0.333333333"},
             {123456789.0, "123456789"},
             {1e-12, "1e-12"}};
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        ag_buf b = AG_BUF_INIT;
        ag_buf_num(&b, t[i].v);
        cr_assert_str_eq(b.data, t[i].want, "%.17g", t[i].v);
        ag_buf_free(&b);
    }
}

Test(util, strcasecmp_and_streq)
{
    cr_assert_eq(ag_strcasecmp("France", "FRANCE"), 0);
    cr_assert_lt(ag_strcasecmp("a", "B"), 0);
    cr_assert(ag_streq(NULL, NULL));
    cr_assert(!ag_streq("a", NULL));
}
