/* error.h: errors as values.
 *
 * Library functions return an ag_status and, when given a non-NULL
 * ag_error *, fill it with what went wrong and where. They never print or
 * exit; the CLI decides. Status values are those of <sysexits.h>, so main()
 * can return them as exit codes.
 */
#ifndef AG_ERROR_H
#define AG_ERROR_H

#include <stddef.h>

#include "util.h"

typedef enum {
    AG_OK = 0,
    AG_EUSAGE = 64,     /* EX_USAGE: bad command line */
    AG_EDATA = 65,      /* EX_DATAERR: bad input data */
    AG_ENOINPUT = 66,   /* EX_NOINPUT: input missing or unreadable */
    AG_ESOFTWARE = 70,  /* EX_SOFTWARE: internal error (a library failed) */
    AG_ECANTCREAT = 73, /* EX_CANTCREAT: cannot create an output file */
    AG_EIO = 74         /* EX_IOERR: read or write failed */
} ag_status;

typedef struct {
    ag_status status;
    char file[512];   /* "" when the error is not about a file */
    size_t line, col; /* 1-based; 0 when unknown. col counts characters */
    char msg[1024];
    char context[256]; /* the offending line of input, or a window of it, or "" */
    size_t caret;      /* 1-based character column of the error within context */
} ag_error;

/* Resets e (NULL-safe). */
void ag_error_clear(ag_error *e);

/* Records a failure without a position and returns s. e may be NULL. */
ag_status ag_fail(ag_error *e, ag_status s, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Records a failure at byte `offset` of text[0..len) read from `file`:
 * computes line, column and the context line. Returns s. */
ag_status ag_fail_at(ag_error *e, ag_status s, const char *file, const char *text, size_t len,
                     size_t offset, const char *fmt, ...) __attribute__((format(printf, 7, 8)));

/* Sets e->file when it is still empty (outer callers add what inner ones
 * did not know). Returns e->status. */
ag_status ag_error_in(ag_error *e, const char *file);

/* 1-based line and column (in UTF-8 characters) of byte `offset` in text. */
void ag_locate(const char *text, size_t len, size_t offset, size_t *line, size_t *col);

/* Appends "file:line:col: message", then the context line and a caret
 * under the column when there is one, to out. */
void ag_error_format(const ag_error *e, ag_buf *out);

#endif
