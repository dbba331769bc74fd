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

/* The file-name extension of path without the dot ("" when none). */
const char *ag_path_ext(const char *path);

#endif
