/* phrases.c: hashed token sequences with values, longest match first. */
#include "phrases.h"

#include <stdlib.h>

#include "util.h"

struct ag_phrase_entry {
    uint64_t key;
    uint64_t first; /* the hash of the phrase's first token */
    uint32_t order; /* insertion order: keeps sorting deterministic */
    bool prefix;    /* a proper prefix of a phrase, no value */
    uint32_t value;
};

enum { START_BITS = 1 << 19 }; /* 64 KB of start bits: few false positives for 100k phrases */

static size_t start_bit(uint64_t token_hash)
{
    return (size_t)(token_hash ^ (token_hash >> 29)) & (START_BITS - 1);
}

struct ag_phrase_slot {
    uint64_t key;
    uint32_t first; /* index of its first value */
    uint16_t n;     /* number of values (0 for a pure prefix) */
    bool prefix;    /* longer phrases continue from here */
    bool used;
};

static uint64_t token_hash(const ag_phrases *p, const ag_token *t)
{
    return p->by_stem ? t->hstem : t->hnorm;
}

static void push(ag_phrases *p, uint64_t key, uint64_t first, bool prefix, uint32_t value)
{
    ag_grow(&p->pending, &p->cappending, p->npending + 1, sizeof *p->pending);
    p->pending[p->npending] =
        (struct ag_phrase_entry){key, first, (uint32_t)p->npending, prefix, value};
    p->npending++;
}

void ag_phrases_add(ag_phrases *p, const ag_token *t, size_t n, uint32_t value)
{
    uint64_t h = AG_TEXT_HASH_EMPTY;
    for (size_t i = 0; i < n; i++) {
        h = ag_text_hash_next(h, token_hash(p, &t[i]));
        push(p, h, token_hash(p, &t[0]), i + 1 < n, value);
    }
}

static size_t slot_of(const ag_phrases *p, uint64_t key)
{
    size_t mask = p->cap - 1, i = (size_t)(key ^ (key >> 32)) & mask;
    while (p->table[i].used && p->table[i].key != key)
        i = (i + 1) & mask;
    return i;
}

static int cmp_entry(const void *pa, const void *pb)
{
    const struct ag_phrase_entry *a = pa, *b = pb;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    return a->order < b->order ? -1 : a->order > b->order;
}

void ag_phrases_build(ag_phrases *p)
{
    size_t keys = 0;
    if (p->npending)
        qsort(p->pending, p->npending, sizeof *p->pending, cmp_entry);
    p->starts = ag_xcalloc(START_BITS / 64, sizeof *p->starts);
    for (size_t i = 0; i < p->npending; i++) {
        size_t b = start_bit(p->pending[i].first);
        p->starts[b / 64] |= 1ull << (b % 64);
        keys += !i || p->pending[i].key != p->pending[i - 1].key;
    }
    p->cap = 16; /* at most half full, by distinct keys */
    while (p->cap < 2 * keys)
        p->cap *= 2;
    p->table = ag_xcalloc(p->cap, sizeof *p->table);
    p->values = ag_xmalloc((p->npending ? p->npending : 1) * sizeof *p->values);
    size_t nvalues = 0;
    for (size_t i = 0; i < p->npending; i++) {
        const struct ag_phrase_entry *e = &p->pending[i];
        struct ag_phrase_slot *s = &p->table[slot_of(p, e->key)];
        if (!s->used)
            *s = (struct ag_phrase_slot){e->key, (uint32_t)nvalues, 0, false, true};
        if (e->prefix) {
            s->prefix = true;
            continue;
        }
        bool dup = false;
        for (size_t k = 0; k < s->n && !dup; k++)
            dup = p->values[s->first + k] == e->value;
        if (!dup) {
            p->values[nvalues++] = e->value;
            s->n++;
        }
    }
    free(p->pending);
    p->pending = NULL;
    p->npending = p->cappending = 0;
}

void ag_phrases_free(ag_phrases *p)
{
    free(p->pending);
    free(p->table);
    free(p->values);
    free(p->starts);
    *p = (ag_phrases)AG_PHRASES_INIT(p->by_stem);
}

static bool any_accepted(const struct ag_phrase_slot *s, const uint32_t *values,
                         ag_phrase_accept accept, const void *ctx, size_t i, size_t len)
{
    for (size_t k = 0; k < s->n; k++)
        if (!accept || accept(ctx, values[s->first + k], i, len))
            return true;
    return false;
}

size_t ag_phrases_longest(const ag_phrases *p, const ag_token *t, size_t n, size_t i,
                          ag_phrase_accept accept, const void *ctx, const uint32_t **values,
                          size_t *nvalues)
{
    size_t best = 0;
    uint64_t h = AG_TEXT_HASH_EMPTY;
    *nvalues = 0;
    if (!p->cap || i >= n)
        return 0;
    size_t b = start_bit(token_hash(p, &t[i]));
    if (!(p->starts[b / 64] & (1ull << (b % 64))))
        return 0;
    for (size_t j = i; j < n && j - i < AG_PHRASE_MAX; j++) {
        h = ag_text_hash_next(h, token_hash(p, &t[j]));
        const struct ag_phrase_slot *s = &p->table[slot_of(p, h)];
        if (!s->used)
            break;
        if (s->n && any_accepted(s, p->values, accept, ctx, i, j - i + 1)) {
            best = j - i + 1;
            *values = &p->values[s->first];
            *nvalues = s->n;
        }
        if (!s->prefix)
            break;
    }
    return best;
}
