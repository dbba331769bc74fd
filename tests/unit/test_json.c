/* Unit tests for json.c: positions, syntax and UTF-8 errors, strictness,
 * strings, the writer's two styles. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"

static ag_json_doc parse_ok(const char *text)
{
    ag_json_doc d;
    ag_error e;
    ag_status s = ag_json_parse("t.json", text, strlen(text), &d, &e);
    cr_assert_eq(s, AG_OK, "%s: %s", text, e.msg);
    return d;
}

static size_t offset_of(const char *text, const char *needle)
{
    const char *p = strstr(text, needle);
    cr_assert(p, "%s not in the text", needle);
    return (size_t)(p - text);
}

Test(json, positions_of_values_and_keys)
{
    const char *text = "{\n  \"a\": [1, {\"b\": null}],\n\t\"c\" :  \"x\",\n  \"d\": -2.5e1\n}";
    ag_json_doc d = parse_ok(text);
    const ag_json *r = d.root;
    cr_assert_eq(r->offset, 0);
    const ag_json *a = ag_json_get(r, "a"), *c = ag_json_get(r, "c"), *dd = ag_json_get(r, "d");
    cr_assert_eq(a->key_offset, offset_of(text, "\"a\""));
    cr_assert_eq(a->offset, offset_of(text, "[1"));
    cr_assert_eq(a->items[0]->offset, offset_of(text, "1,"));
    cr_assert_eq(a->items[1]->offset, offset_of(text, "{\"b\""));
    cr_assert_eq(a->items[1]->items[0]->key_offset, offset_of(text, "\"b\""));
    cr_assert_eq(a->items[1]->items[0]->offset, offset_of(text, "null"));
    cr_assert_eq(c->key_offset, offset_of(text, "\"c\""));
    cr_assert_eq(c->offset, offset_of(text, "\"x\""));
    cr_assert_eq(dd->offset, offset_of(text, "-2.5e1"));
    cr_assert_float_eq(dd->number, -25.0, 1e-12);
    ag_json_doc_free(&d);
}

Test(json, fail_points_at_value_or_key)
{
    const char *text = "{\n  \"name\": 42\n}";
    ag_json_doc d = parse_ok(text);
    const ag_json *v = ag_json_get(d.root, "name");
    ag_error e;
    cr_assert_eq(ag_json_fail(&d, v, false, &e, AG_EDATA, "bad %s", "value"), AG_EDATA);
    cr_assert_str_eq(e.file, "t.json");
    cr_assert_eq(e.line, 2);
    cr_assert_eq(e.col, 11);
    cr_assert_str_eq(e.msg, "bad value");
    ag_json_fail(&d, v, true, &e, AG_EDATA, "bad key");
    cr_assert_eq(e.col, 3);
    cr_assert_eq(ag_json_fail(&d, v, true, NULL, AG_EDATA, "no error record"), AG_EDATA);
    ag_json_doc_free(&d);
}

typedef struct {
    const char *text;
    size_t line, col;
    const char *msg;
} bad_case;

static void check_bad(const bad_case *c, size_t len)
{
    ag_json_doc d;
    ag_error e;
    ag_status s = ag_json_parse("t.json", c->text, len, &d, &e);
    cr_assert_eq(s, AG_EDATA, "%s: parsed", c->text);
    cr_assert_null(d.root);
    cr_assert_eq(e.line, c->line, "%s: line %zu, want %zu (%s)", c->text, e.line, c->line, e.msg);
    cr_assert_eq(e.col, c->col, "%s: col %zu, want %zu (%s)", c->text, e.col, c->col, e.msg);
    cr_assert(strstr(e.msg, c->msg), "%s: message \"%s\" lacks \"%s\"", c->text, e.msg, c->msg);
}

Test(json, syntax_errors_say_what_was_expected_where)
{
    static const bad_case cases[] = {
        {"{\"a\": 1 \"b\": 2}", 1, 9, "expected ',' or '}' after an object member, found '\"'"},
        {"[1 2]", 1, 4, "expected ',' or ']' after an array element, found '2'"},
        {"{\"a\" 1}", 1, 6, "expected ':' after an object key, found '1'"},
        {"{\"a\": 1,}", 1, 9, "expected a string key after ',', found '}'"},
        {"{a: 1}", 1, 2, "expected a string key or '}', found 'a'"},
        {"[1,\n ]", 2, 2, "expected a value, found ']'"},
        {"\"abc", 1, 1, "unterminated string: the input ends before its closing '\"'"},
        {"[\"ab\ncd\"]", 1, 5, "unterminated string: line break before the closing '\"'"},
        {"\"ab\\", 1, 4, "unterminated string: the input ends in an escape"},
        {"", 1, 1, "unexpected end of input, expected a value"},
        {"{\"a\": [1,\n", 2, 1, "unexpected end of input, expected a value"},
        {"{\"a\": 1", 1, 8, "unexpected end of input, expected ',' or '}' after an object member"},
        {"{} {}", 1, 4, "trailing characters after the JSON value: found '{'"},
        {"1 2", 1, 3, "trailing characters after the JSON value"},
        {"[01]", 1, 2, "invalid number '01': leading zeros are not allowed"},
        {"[-]", 1, 2, "invalid number '-': expected a digit"},
        {"[1.]", 1, 2, "invalid number '1.': expected a digit after '.'"},
        {"[1.e5]", 1, 2, "invalid number '1.e5': expected a digit after '.'"},
        {"[1e+]", 1, 2, "invalid number '1e+': expected a digit in the exponent"},
        {"[.5]", 1, 2, "expected a value, found '.'"},
        {"[+1]", 1, 2, "expected a value, found '+'"},
        {"[1e999]", 1, 2, "invalid number '1e999': out of range"},
        {"[-1e999]", 1, 2, "invalid number '-1e999': out of range"},
        {"[tru]", 1, 2, "invalid literal 'tru': expected true, false or null"},
        {"[NaN]", 1, 2, "invalid literal 'NaN'"},
        {"[nullx]", 1, 2, "invalid literal 'nullx'"},
        {"['a']", 1, 2, "expected a value, found '''"},
        {"\"\\x\"", 1, 2, "invalid escape in a string: '\\' followed by 'x'"},
        {"\"\\uZZZZ\"", 1, 2, "invalid \\u escape: expected four hex digits"},
        {"\"\\u12\"", 1, 2, "invalid \\u escape: expected four hex digits"},
        {"\"\\ud800\"", 1, 2, "high surrogate \\uD800 not followed by a low surrogate"},
        {"\"\\ud800\\u0041\"", 1, 2, "high surrogate \\uD800 not followed by a low surrogate"},
        {"\"\\udc00\"", 1, 2, "low surrogate \\uDC00 without a high one"},
        {"\"a\tb\"", 1, 3, "control character U+0009 in a string: write it as \\u0009"},
        {"\x0b[]", 1, 1, "expected a value, found U+000B"},
        {"[1,\xc2\xa0 2]", 1, 4, "expected a value, found U+00A0"},
        {"{\"a\\u0000\": 1}", 1, 2, "object keys holding \\u0000 are not supported"},
        {"\xEF\xBB\xBF [x]", 1, 3, "invalid literal 'x'"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check_bad(&cases[i], strlen(cases[i].text));
}

Test(json, numbers_longer_than_cjson_reads_are_refused)
{
    char text[80] = "[";
    memset(text + 1, '1', 63);
    strcpy(text + 64, "]");
    ag_json_doc d = parse_ok(text);
    cr_assert_float_eq(d.root->items[0]->number, 1.111111111111111e62, 1e48);
    ag_json_doc_free(&d);
    memset(text + 1, '1', 64);
    strcpy(text + 65, "]");
    bad_case c = {text, 1, 2, "longer than 63 characters"};
    check_bad(&c, strlen(text));
}

Test(json, nesting_limit_is_1000)
{
    char text[2 * 1001 + 1];
    for (int depth = 1000; depth <= 1001; depth++) {
        memset(text, '[', (size_t)depth);
        memset(text + depth, ']', (size_t)depth);
        text[2 * depth] = '\0';
        ag_json_doc d;
        ag_error e;
        ag_status s = ag_json_parse("t.json", text, strlen(text), &d, &e);
        if (depth == 1000) {
            cr_assert_eq(s, AG_OK, "%s", e.msg);
            ag_json_doc_free(&d);
        } else {
            cr_assert_eq(s, AG_EDATA);
            cr_assert_eq(e.col, 1001);
            cr_assert_str_eq(e.msg, "nesting deeper than 1000 levels");
        }
    }
}

Test(json, invalid_utf8_is_reported_at_its_first_byte)
{
    static const struct {
        const char *text;
        size_t col;
        const char *msg;
    } cases[] = {
        {"\"\xC0\xAF\"", 2, "invalid UTF-8 byte 0xC0"},         /* overlong '/' */
        {"\"\xE0\x80\xAF\"", 2, "invalid UTF-8 byte 0xE0"},     /* overlong, 3 bytes */
        {"\"\xED\xA0\x80\"", 2, "invalid UTF-8 byte 0xED"},     /* surrogate U+D800 */
        {"\"\xF4\x90\x80\x80\"", 2, "invalid UTF-8 byte 0xF4"}, /* above U+10FFFF */
        {"\"\xF5\x80\x80\x80\"", 2, "invalid UTF-8 byte 0xF5"},
        {"\"\x80\"", 2, "invalid UTF-8 byte 0x80"}, /* lone continuation byte */
        {"\"\xC3(\"", 2, "invalid UTF-8 byte 0xC3"},
        {"\"\xC3\xA9\xE2\x82\"", 3, "invalid UTF-8 byte 0xE2"}, /* cut at the end */
        {"[\"\xE2\x82\xAC\", \xFF]", 7, "invalid UTF-8 byte 0xFF"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        bad_case c = {cases[i].text, 1, cases[i].col, cases[i].msg};
        check_bad(&c, strlen(c.text));
    }
}

Test(json, valid_utf8_passes_through)
{
    const char *text = "[\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xF4\x8F\xBF\xBF\"]";
    ag_json_doc d = parse_ok(text);
    cr_assert_str_eq(d.root->items[0]->string,
                     "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xF4\x8F\xBF\xBF");
    ag_json_doc_free(&d);
}

Test(json, byte_order_mark_is_skipped)
{
    const char *text = "\xEF\xBB\xBF{\"a\": 1}";
    ag_json_doc d = parse_ok(text);
    cr_assert_eq(d.text, text + 3);
    cr_assert_eq(d.len, strlen(text) - 3);
    cr_assert_eq(ag_json_get(d.root, "a")->offset, 6);
    ag_json_doc_free(&d);
}

/* cJSON takes every byte <= 0x20 for whitespace, so it reads these as [1, 2]
 * and [] (found by fuzzing: the second was reported as an internal error). */
Test(json, control_bytes_between_values_are_syntax_errors)
{
    bad_case c = {"[1,\0 2]", 1, 4, "expected a value, found U+0000"};
    check_bad(&c, 7);
    bad_case empty = {"[\0\x01]", 1, 2, "expected a value, found U+0000"};
    check_bad(&empty, 4);
    bad_case obj = {"{\x1f}", 1, 2, "expected a string key or '}', found U+001F"};
    check_bad(&obj, 3);
}

Test(json, integral_means_no_fraction_or_exponent)
{
    static const struct {
        const char *text;
        bool integral;
        double value;
    } cases[] = {{"1", true, 1},      {"-0", true, 0},      {"1.0", false, 1},
                 {"1e2", false, 100}, {"1E2", false, 100},  {"12345678901", true, 12345678901.0},
                 {"0.5", false, 0.5}, {"1e-999", false, 0}, {"-7", true, -7}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ag_json_doc d = parse_ok(cases[i].text);
        cr_assert_eq(d.root->type, AG_JSON_NUMBER);
        cr_assert_eq(d.root->integral, cases[i].integral, "%s", cases[i].text);
        cr_assert_float_eq(d.root->number, cases[i].value, 1e-9, "%s", cases[i].text);
        ag_json_doc_free(&d);
    }
}

Test(json, literals_and_types)
{
    ag_json_doc d = parse_ok(" [true, false, null, {}, [], \"\"] ");
    static const ag_json_type want[] = {AG_JSON_TRUE,   AG_JSON_FALSE, AG_JSON_NULL,
                                        AG_JSON_OBJECT, AG_JSON_ARRAY, AG_JSON_STRING};
    cr_assert_eq(d.root->nitems, 6);
    for (size_t i = 0; i < 6; i++)
        cr_assert_eq(d.root->items[i]->type, want[i]);
    cr_assert_str_eq(ag_json_type_name(AG_JSON_TRUE), "boolean");
    cr_assert_str_eq(ag_json_type_name(AG_JSON_OBJECT), "object");
    cr_assert_str_eq(ag_json_type_name(AG_JSON_NUMBER), "number");
    cr_assert_null(ag_json_get(d.root, "x"), "not an object");
    ag_json_doc_free(&d);
}

Test(json, escapes_are_decoded_and_u0000_kept)
{
    const char *text =
        "[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u20AC\\ud83d\\ude00\", \"a\\u0000b\"]";
    ag_json_doc d = parse_ok(text);
    const ag_json *s = d.root->items[0], *z = d.root->items[1];
    const char want[] = "\"\\/\b\f\n\r\t\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";
    cr_assert_eq(s->string_len, sizeof want - 1);
    cr_assert_eq(memcmp(s->string, want, sizeof want), 0);
    cr_assert_eq(z->string_len, 3);
    cr_assert_eq(memcmp(z->string, "a\0b", 4), 0);
    ag_json_doc_free(&d);
}

Test(json, duplicate_keys_are_kept_in_order_and_get_returns_the_first)
{
    ag_json_doc d = parse_ok("{\"k\": 1, \"k\": 2}");
    cr_assert_eq(d.root->nitems, 2);
    cr_assert_float_eq(ag_json_get(d.root, "k")->number, 1, 0);
    cr_assert_str_eq(d.root->items[1]->key, "k");
    ag_json_doc_free(&d);
}

static char *write_value(const ag_json *v, ag_json_style style)
{
    ag_buf b = AG_BUF_INIT;
    ag_json_write(v, &b, style);
    return ag_buf_detach(&b);
}

static ag_json *sample(void)
{
    ag_json *o = ag_json_object();
    ag_json_add(o, "name", ag_json_str("Café \"x\""));
    ag_json_add(o, "n", ag_json_num(-2.5));
    ag_json_add(o, "big", ag_json_num(123456789));
    ag_json_add(o, "inf", ag_json_num(INFINITY));
    ag_json *l = ag_json_add(o, "list", ag_json_array());
    ag_json_add(l, NULL, ag_json_bool(true));
    ag_json_add(l, NULL, ag_json_null());
    ag_json_add(l, NULL, ag_json_str(NULL));
    ag_json *in = ag_json_add(l, NULL, ag_json_object());
    ag_json_add(in, "k", ag_json_bool(false));
    ag_json_add(o, "empty", ag_json_array());
    ag_json_add(o, "none", ag_json_object());
    return o;
}

Test(json, compact_style)
{
    ag_json *v = sample();
    char *s = write_value(v, AG_JSON_COMPACT);
    cr_assert_str_eq(s, "{\"name\":\"Café \\\"x\\\"\",\"n\":-2.5,\"big\":123456789,\"inf\":null,"
                        "\"list\":[true,null,null,{\"k\":false}],\"empty\":[],\"none\":{}}");
    free(s);
    ag_json_free(v);
}

Test(json, pretty_style)
{
    ag_json *v = sample();
    char *s = write_value(v, AG_JSON_PRETTY);
    cr_assert_str_eq(s, "{\n"
                        "  \"name\": \"Café \\\"x\\\"\",\n"
                        "  \"n\": -2.5,\n"
                        "  \"big\": 123456789,\n"
                        "  \"inf\": null,\n"
                        "  \"list\": [\n"
                        "    true,\n"
                        "    null,\n"
                        "    null,\n"
                        "    {\"k\": false}\n"
                        "  ],\n"
                        "  \"empty\": [],\n"
                        "  \"none\": {}\n"
                        "}\n");
    free(s);
    ag_json_free(v);
    v = ag_json_num(1);
    s = write_value(v, AG_JSON_PRETTY);
    cr_assert_str_eq(s, "1\n");
    free(s);
    ag_json_free(v);
}

/* {"a": [..."xxx..."], "b": 1}: the array's line is `width` characters. */
static char *pretty_with_line_of(size_t width, bool comma)
{
    ag_json *o = ag_json_object();
    ag_json *l = ag_json_add(o, "a", ag_json_array());
    /* '  "a": ["' + x + '"]' is 11 characters plus x, and ',' when another member follows */
    char x[128];
    size_t n = width - 11 - comma;
    memset(x, 'x', n);
    x[n] = '\0';
    ag_json_add(l, NULL, ag_json_str(x));
    if (comma)
        ag_json_add(o, "b", ag_json_num(1));
    char *s = write_value(o, AG_JSON_PRETTY);
    ag_json_free(o);
    return s;
}

Test(json, pretty_keeps_scalar_arrays_on_one_line_up_to_100_columns)
{
    for (int comma = 0; comma <= 1; comma++) {
        char *fits = pretty_with_line_of(100, comma), *wide = pretty_with_line_of(101, comma);
        const char *line = strstr(fits, "  \"a\""), *end = strchr(line, '\n');
        cr_assert_eq(end - line, 100, "%s", fits);
        cr_assert(strstr(wide, "\"a\": [\n    \"x"), "%s", wide);
        free(fits);
        free(wide);
    }
}

Test(json, width_counts_characters_not_bytes)
{
    ag_json *l = ag_json_array();
    char s[200] = "";
    for (int i = 0; i < 46; i++)
        strcat(s, "\xC3\xA9"); /* 46 characters, 92 bytes */
    ag_json_add(l, NULL, ag_json_str(s));
    ag_json_add(l, NULL, ag_json_str(s));
    char *out = write_value(l, AG_JSON_PRETTY); /* 100 characters, 192 bytes: one line */
    cr_assert_eq(strchr(out, '\n') - out, 192, "%s", out);
    free(out);
    ag_json_free(l);
}

Test(json, escaping_round_trips)
{
    char raw[64];
    size_t n = 0;
    for (int c = 0; c < 0x20; c++)
        raw[n++] = (char)c;
    memcpy(raw + n, "\"\\/</\xE2\x82\xAC", 9);
    n += 9;
    ag_json *v = ag_json_array();
    ag_json *s = ag_json_add(v, NULL, ag_json_str(""));
    free(s->string);
    s->string = ag_xstrndup(raw, n);
    s->string_len = n;
    for (int style = AG_JSON_COMPACT; style <= AG_JSON_PRETTY; style++) {
        char *text = write_value(v, (ag_json_style)style);
        cr_assert(strstr(text, "\\u0000\\u0001"), "%s", text);
        cr_assert(strstr(text, "<\\/"), "%s", text);
        ag_json_doc d = parse_ok(text);
        cr_assert_eq(d.root->items[0]->string_len, n);
        cr_assert_eq(memcmp(d.root->items[0]->string, raw, n), 0);
        char *again = write_value(d.root, (ag_json_style)style);
        cr_assert_str_eq(again, text, "writing is deterministic");
        free(again);
        free(text);
        ag_json_doc_free(&d);
    }
    ag_json_free(v);
}

Test(json, whole_numbers_are_written_exactly)
{
    static const struct {
        double v;
        const char *text;
    } cases[] = {{1234567891, "1234567891"}, {-9007199254740992.0, "-9007199254740992"},
                 {1e15, "1000000000000000"}, {-0.0, "0"},
                 {1e300, "1e+300"},          {0.1, "0.1"},
                 {2.5e-7, "2.5e-07"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ag_json *v = ag_json_num(cases[i].v);
        char *s = write_value(v, AG_JSON_COMPACT);
        cr_assert_str_eq(s, cases[i].text);
        free(s);
        ag_json_free(v);
    }
}

Test(json, builders_set_integral_and_keys)
{
    ag_json *o = ag_json_object();
    ag_json *a = ag_json_add(o, "a", ag_json_num(3));
    ag_json *b = ag_json_add(o, "b", ag_json_num(0.5));
    cr_assert(a->integral);
    cr_assert(!b->integral);
    cr_assert_str_eq(b->key, "b");
    cr_assert_eq(ag_json_get(o, "b"), b);
    ag_json *l = ag_json_array();
    cr_assert_null(ag_json_add(l, "ignored", ag_json_null())->key);
    ag_json_free(l);
    ag_json_free(o);
    ag_json_free(NULL);
}
