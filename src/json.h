/* json.h: JSON documents with source positions (the only cJSON user).
 *
 * ag_json_parse reads a document with cJSON and converts it into ag_json
 * values of our own that remember the byte offset where each value (and
 * each member's key) starts, so that a checker can say file:line:col about
 * any value, not only about syntax errors. Values are also built by hand
 * (ag_json_object, ag_json_add, ...) and written by ag_json_write.
 *
 * Ownership: a parent owns its items; ag_json_add takes ownership of the
 * value it is given; ag_json_free(NULL) is a no-op.
 */
#ifndef AG_JSON_H
#define AG_JSON_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "util.h"

typedef enum {
    AG_JSON_NULL,
    AG_JSON_FALSE,
    AG_JSON_TRUE,
    AG_JSON_NUMBER,
    AG_JSON_STRING,
    AG_JSON_ARRAY,
    AG_JSON_OBJECT
} ag_json_type;

typedef struct ag_json ag_json;
struct ag_json {
    ag_json_type type;
    char *key;         /* member name when the value sits in an object, else NULL */
    size_t offset;     /* byte offset of the value in the parsed text (0 when built) */
    size_t key_offset; /* byte offset of the member's key (its opening quote) */
    double number;     /* AG_JSON_NUMBER */
    bool integral;     /* AG_JSON_NUMBER written without fraction or exponent */
    char *string;      /* AG_JSON_STRING, NUL-terminated */
    size_t string_len; /* its length in bytes (a string may hold \u0000) */
    ag_json **items;   /* AG_JSON_ARRAY elements or AG_JSON_OBJECT members, in order */
    size_t nitems, capitems;
};

/* A parsed document: the root value and the text it came from, kept so that
 * errors about any value can be located. */
typedef struct {
    const char *file; /* borrowed: the name used in errors */
    const char *text; /* borrowed: the parsed bytes */
    size_t len;
    ag_json *root;               /* owned, with every value and string in it */
    struct ag_json_block *arena; /* where they live: freed at once */
} ag_json_doc;

/* Parses text[0..len) (UTF-8 already validated or not: invalid UTF-8 is an
 * error here too) as one JSON value followed only by whitespace. On success
 * doc->root is set and must be released with ag_json_doc_free. On error:
 * AG_EDATA with file:line:col of the offending character ("expected ...").
 * Nesting deeper than 1000 levels is an error.
 * Strict RFC 8259: no leading zeros, no raw control characters in strings,
 * no numbers outside the range of a double (1e999), no number longer than
 * 63 characters, no \u0000 in object keys. A leading UTF-8 byte order mark
 * is skipped: doc->text and doc->len then start after it, and so do the
 * offsets. AG_ESOFTWARE if cJSON and the position scan ever disagree. */
ag_status ag_json_parse(const char *file, const char *text, size_t len, ag_json_doc *doc,
                        ag_error *err);
/* Frees doc->root and sets it to NULL; the text stays the caller's. */
void ag_json_doc_free(ag_json_doc *doc);

/* Records an error located at value v (its key when at_key) of doc. Returns s. */
ag_status ag_json_fail(const ag_json_doc *doc, const ag_json *v, bool at_key, ag_error *err,
                       ag_status s, const char *fmt, ...) __attribute__((format(printf, 6, 7)));
/* The same with a va_list, for callers that wrap it. */
ag_status ag_json_vfail(const ag_json_doc *doc, const ag_json *v, bool at_key, ag_error *err,
                        ag_status s, const char *fmt, va_list ap)
    __attribute__((format(printf, 6, 0)));

/* The first member of obj named key, or NULL (also when obj is not an object). */
const ag_json *ag_json_get(const ag_json *obj, const char *key);
/* "null", "boolean", "number", "string", "array" or "object": for messages. */
const char *ag_json_type_name(ag_json_type t);

/* Builders. Each returns a new value owned by the caller until added. */
ag_json *ag_json_null(void);
ag_json *ag_json_bool(bool b);
ag_json *ag_json_num(double v);      /* non-finite numbers are written as null;
                                        integral when v is a whole number */
ag_json *ag_json_str(const char *s); /* NULL gives null */
ag_json *ag_json_array(void);
ag_json *ag_json_object(void);
/* Appends v to an array (key NULL) or as member `key` of an object; takes
 * ownership of v. Returns v. */
ag_json *ag_json_add(ag_json *container, const char *key, ag_json *v);
void ag_json_free(ag_json *v);

typedef enum {
    AG_JSON_COMPACT, /* one line, no spaces: for JSON Lines */
    AG_JSON_PRETTY   /* two-space indent, "key": value; arrays and objects of
                        scalars stay on one line, items separated by ", ", when
                        that line (indent, key and a following comma included)
                        is at most 100 characters wide; others hold one item a
                        line; empty ones are [] and {}; ends with a newline */
} ag_json_style;

/* Appends v as JSON text to out. Whole numbers up to 2^53 are written
 * exactly, as integers; other numbers in the shortest form that reads back
 * to within 1e-9 (util.h ag_buf_num); strings through escape.h. The same
 * value always gives the same text. */
void ag_json_write(const ag_json *v, ag_buf *out, ag_json_style style);

#endif
