/* fileio.h: whole-file reads and atomic writes.
 *
 * Inputs are never modified. Outputs are written to a temporary file in the
 * target's directory and renamed over the target, so a reader never sees a
 * half-written file and a failed write leaves an existing file untouched.
 */
#ifndef AG_FILEIO_H
#define AG_FILEIO_H

#include <stddef.h>

#include "error.h"

/* Reads all of `path` ("-" or NULL: standard input) into an owned,
 * NUL-terminated buffer *data of *len bytes (embedded NULs are kept).
 * Errors: AG_ENOINPUT (missing, unreadable, a directory), AG_EIO. */
ag_status ag_read_file(const char *path, char **data, size_t *len, ag_error *err);

/* Writes data[0..len) to `path` atomically (temp file + fsync + rename),
 * with mode 0666 minus the umask; "-" or NULL writes to standard output.
 * Errors: AG_ECANTCREAT (cannot create the temp file), AG_EIO. On error no
 * temp file remains and an existing `path` is unchanged. */
ag_status ag_write_file(const char *path, const char *data, size_t len, ag_error *err);

/* Calls fn on each line of `path` ("-" or NULL: standard input), its end
 * of line ("\n" or "\r\n") removed, NUL-terminated, lineno counting from
 * 1; memory stays that of the longest line. Stops at the first status fn
 * returns that is not AG_OK and returns it. Errors: AG_ENOINPUT, AG_EIO. */
typedef ag_status (*ag_line_fn)(const char *line, size_t len, size_t lineno, void *ctx,
                                ag_error *err);
ag_status ag_read_lines(const char *path, ag_line_fn fn, void *ctx, ag_error *err);

/* An output being written: the streaming form of ag_write_file, for
 * outputs too large to hold (a corpus's events). Open, write any number
 * of times, then commit (rename into place) or abort (remove the temp
 * file). A failed write or commit aborts by itself. Standard output ("-"
 * or NULL) is written directly. */
typedef struct {
    int fd;
    char *path; /* the target; NULL for standard output */
    char *tmp;  /* the temp file beside it */
} ag_output;

ag_status ag_output_open(ag_output *o, const char *path, ag_error *err);
ag_status ag_output_write(ag_output *o, const char *data, size_t len, ag_error *err);
ag_status ag_output_commit(ag_output *o, ag_error *err);
/* Closes and removes the temp file; an existing target stays as it was.
 * Safe after a failure or a commit. */
void ag_output_abort(ag_output *o);

/* The file-name extension of path without the dot ("" when none). */
const char *ag_path_ext(const char *path);

#endif
