/* Unit tests for escape.c: one table per format. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"

typedef void (*escaper)(ag_buf *, const char *);

static void check(escaper f, const char *in, const char *want)
{
    ag_buf b = AG_BUF_INIT;
    ag_buf_puts(&b, "");
    f(&b, in);
    cr_assert_str_eq(b.data, want, "input: %s", in);
    ag_buf_free(&b);
}

static void json(ag_buf *b, const char *s)
{
    ag_escape_json(b, s, strlen(s));
}

Test(escape, xml)
{
    check(ag_escape_xml, "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;");
    check(ag_escape_xml, "\"&'", "&quot;&amp;&#39;");
    check(ag_escape_xml, "a\nb\tc", "a&#10;b&#9;c");
    check(ag_escape_xml, "bell\a", "bell\xEF\xBF\xBD");
    check(ag_escape_xml, "]]> -- Հայաստան", "]]&gt; -- Հայաստան");
}

Test(escape, json)
{
    check(json, "say \"hi\"\\", "say \\\"hi\\\"\\\\");
    check(json, "</script>", "<\\/script>");
    check(json, "a/b", "a/b");
    check(json, "\x01\n", "\\u0001\\n");
}

Test(escape, csv)
{
    check(ag_escape_csv, "plain", "plain");
    check(ag_escape_csv, "a,b", "\"a,b\"");
    check(ag_escape_csv, "say \"x\"", "\"say \"\"x\"\"\"");
    check(ag_escape_csv, " padded", "\" padded\"");
    check(ag_escape_csv, "line\nbreak", "\"line\nbreak\"");
}

Test(escape, csv_text_is_never_a_formula)
{
    check(ag_escape_csv_text, "=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"");
    check(ag_escape_csv_text, "+1", "'+1");
    check(ag_escape_csv_text, "-2+3", "'-2+3");
    check(ag_escape_csv_text, "@SUM(A1)", "'@SUM(A1)");
    check(ag_escape_csv_text, "\tx", "'\tx");
    check(ag_escape_csv_text, "France", "France");
    check(ag_escape_csv_text, "", "");
    check(ag_escape_csv, "-2", "-2"); /* numbers stay numbers */
}

Test(escape, dot_and_graphviz)
{
    check(ag_escape_dot, "a\"b\\c\nd", "a\\\"b\\\\c\\nd");
    check(ag_escape_graphviz, "\\N & co", "\\\\N &amp; co");
}

Test(escape, ident_is_injective_and_safe)
{
    check(ag_escape_ident, "FRA.SENATE", "FRA_2eSENATE");
    check(ag_escape_ident, "a_b", "a_5fb");
    check(ag_escape_ident, "martin-ryan", "martin-ryan");
}
