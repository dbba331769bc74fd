/* util.c: memory, buffers, a string map. */
#include "util.h"

#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static _Noreturn void oom(void)
{
    /* The one place the library gives up: see the policy in util.h. */
    abort();
}

void *ag_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        oom();
    return p;
}

void *ag_xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        oom();
    return p;
}

void *ag_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        oom();
    return q;
}

void ag_grow(void *items, size_t *cap, size_t need, size_t size)
{
    void **pp = items;
    if (need <= *cap)
        return;
    size_t n = *cap ? *cap : 8;
    while (n < need) {
        if (n > SIZE_MAX / 2 / size)
            oom();
        n *= 2;
    }
    *pp = ag_xrealloc(*pp, n * size);
    *cap = n;
}

char *ag_xstrdup(const char *s)
{
    return s ? ag_xstrndup(s, strlen(s)) : NULL;
}

char *ag_xstrndup(const char *s, size_t n)
{
    if (!s)
        return NULL;
    char *d = ag_xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

static void buf_reserve(ag_buf *b, size_t extra)
{
    if (b->len + extra + 1 > b->cap)
        ag_grow(&b->data, &b->cap, b->len + extra + 1, 1);
}

void ag_buf_put(ag_buf *b, const char *s, size_t n)
{
    buf_reserve(b, n);
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void ag_buf_puts(ag_buf *b, const char *s)
{
    ag_buf_put(b, s, strlen(s));
}

void ag_buf_putc(ag_buf *b, char c)
{
    ag_buf_put(b, &c, 1);
}

void ag_buf_vprintf(ag_buf *b, const char *fmt, va_list ap)
{
    va_list aq;
    va_copy(aq, ap);
    int n = vsnprintf(NULL, 0, fmt, aq);
    va_end(aq);
    if (n < 0)
        return;
    buf_reserve(b, (size_t)n);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void ag_buf_printf(ag_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ag_buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void ag_buf_clear(ag_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

char *ag_buf_detach(ag_buf *b)
{
    char *s = b->data ? b->data : ag_xstrdup("");
    b->data = NULL;
    b->len = b->cap = 0;
    return s;
}

void ag_buf_free(ag_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

void ag_buf_num(ag_buf *b, double v)
{
    char tmp[64];
    if (v == 0)
        v = 0; /* no "-0" */
    for (int prec = 6; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*g", prec, v);
        if (fabs(strtod(tmp, NULL) - v) <= 1e-9 * fmax(1.0, fabs(v)))
            break;
    }
    ag_buf_puts(b, tmp);
}

/* FNV-1a */
static size_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return (size_t)h;
}

static size_t map_slot(const ag_map *m, const char *key)
{
    size_t mask = m->cap - 1, i = hash_str(key) & mask;
    while (m->keys[i] && strcmp(m->keys[i], key) != 0)
        i = (i + 1) & mask;
    return i;
}

bool ag_map_get(const ag_map *m, const char *key, size_t *val)
{
    if (!m->cap)
        return false;
    size_t i = map_slot(m, key);
    if (!m->keys[i])
        return false;
    if (val)
        *val = m->vals[i];
    return true;
}

static void map_rehash(ag_map *m, size_t cap)
{
    ag_map n = {ag_xcalloc(cap, sizeof(char *)), ag_xcalloc(cap, sizeof(size_t)), cap, m->len};
    for (size_t i = 0; i < m->cap; i++) {
        if (m->keys[i]) {
            size_t j = map_slot(&n, m->keys[i]);
            n.keys[j] = m->keys[i];
            n.vals[j] = m->vals[i];
        }
    }
    free(m->keys);
    free(m->vals);
    *m = n;
}

void ag_map_put(ag_map *m, const char *key, size_t val)
{
    if ((m->len + 1) * 4 > m->cap * 3)
        map_rehash(m, m->cap ? m->cap * 2 : 16);
    size_t i = map_slot(m, key);
    if (!m->keys[i]) {
        m->keys[i] = ag_xstrdup(key);
        m->len++;
    }
    m->vals[i] = val;
}

void ag_map_free(ag_map *m)
{
    for (size_t i = 0; i < m->cap; i++)
        free(m->keys[i]);
    free(m->keys);
    free(m->vals);
    *m = (ag_map)AG_MAP_INIT;
}

bool ag_streq(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

int ag_cmp_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int ag_strcasecmp(const char *a, const char *b)
{
    for (;; a++, b++) {
        int ca = tolower((unsigned char)*a), cb = tolower((unsigned char)*b);
        if (ca != cb || !ca)
            return ca - cb;
    }
}
