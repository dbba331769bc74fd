/* util.h: memory, growable byte buffers and small string helpers.
 *
 * Out-of-memory policy: the ag_x* allocators abort() when the system cannot
 * satisfy a request, as jq's jv_mem_alloc and redis' zmalloc do. Every other
 * failure in the library is an ag_status value (error.h).
 */
#ifndef AG_UTIL_H
#define AG_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

void *ag_xmalloc(size_t n);
void *ag_xcalloc(size_t count, size_t size);
/* Returns the new block; the old pointer is invalid afterwards. */
void *ag_xrealloc(void *p, size_t n);
/* Grows *items (each `size` bytes) so that it holds at least `need` items;
 * *cap is updated. */
void ag_grow(void *items, size_t *cap, size_t need, size_t size);
/* Copies of a NUL-terminated string / of n bytes plus a NUL. NULL in, NULL out. */
char *ag_xstrdup(const char *s);
char *ag_xstrndup(const char *s, size_t n);

/* A growable byte buffer, always NUL-terminated once anything was added.
 * Initialise with AG_BUF_INIT; release with ag_buf_free. */
typedef struct {
    char *data;
    size_t len, cap;
} ag_buf;
#define AG_BUF_INIT                                                                                \
    {                                                                                              \
        NULL, 0, 0                                                                                 \
    }

void ag_buf_put(ag_buf *b, const char *s, size_t n);
void ag_buf_puts(ag_buf *b, const char *s);
void ag_buf_putc(ag_buf *b, char c);
void ag_buf_printf(ag_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void ag_buf_vprintf(ag_buf *b, const char *fmt, va_list ap);
void ag_buf_clear(ag_buf *b);
/* The buffer's contents as an owned string ("" when empty); b is reset. */
char *ag_buf_detach(ag_buf *b);
void ag_buf_free(ag_buf *b);

/* String → index hash map with string keys owned by the map. */
typedef struct {
    char **keys;
    size_t *vals;
    size_t cap, len;
} ag_map;
#define AG_MAP_INIT                                                                                \
    {                                                                                              \
        NULL, NULL, 0, 0                                                                           \
    }

/* Looks key up; returns true and sets *val when present. */
bool ag_map_get(const ag_map *m, const char *key, size_t *val);
/* Sets key to val (replacing an existing value). */
void ag_map_put(ag_map *m, const char *key, size_t val);
void ag_map_free(ag_map *m);

bool ag_streq(const char *a, const char *b); /* NULL-safe equality */
/* qsort comparator of an array of strings (char *), by strcmp. */
int ag_cmp_strings(const void *a, const void *b);
/* ASCII case-insensitive comparison, as strcasecmp but portable C17. */
int ag_strcasecmp(const char *a, const char *b);
/* Formats a number the way graph files and tables show it: shortest of
 * %.6g that reads back within 1e-9, no exponent for ordinary values. */
void ag_buf_num(ag_buf *b, double v);

#endif
