/* phrases.h: a table of token sequences -> values, longest match first.
 *
 * The actor dictionary (by token norms) and the relation lexicon (by
 * stems) both look phrases up here: a phrase is keyed by the hash of its
 * tokens' hashes (text.h), and each proper prefix is marked so a lookup
 * can stop as soon as no longer phrase can match. Collisions between
 * 64-bit sequence hashes are not checked for.
 *
 * Usage: zero-initialise (AG_PHRASES_INIT), ag_phrases_add every phrase,
 * ag_phrases_build once, then ag_phrases_longest; ag_phrases_free.
 */
#ifndef AG_PHRASES_H
#define AG_PHRASES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "text.h"

enum { AG_PHRASE_MAX = 8 }; /* tokens */

typedef struct {
    struct ag_phrase_entry *pending; /* until built */
    size_t npending, cappending;
    struct ag_phrase_slot *table;
    size_t cap;
    uint32_t *values;
    uint64_t *starts; /* a bit per hash of the tokens phrases start with: most
                         tokens start none, and are turned away without touching
                         the table (which outgrows the cache with ~100k keys) */
    bool by_stem;     /* key tokens by stem instead of norm */
} ag_phrases;
#define AG_PHRASES_INIT(by_stem)                                                                   \
    {                                                                                              \
        NULL, 0, 0, NULL, 0, NULL, NULL, (by_stem)                                                 \
    }

/* Adds the phrase t[0..n) (1 <= n <= AG_PHRASE_MAX) with a value. The same
 * phrase may be added with several values; equal values are kept once. */
void ag_phrases_add(ag_phrases *p, const ag_token *t, size_t n, uint32_t value);
/* Builds the lookup table; no phrase can be added afterwards. */
void ag_phrases_build(ag_phrases *p);
void ag_phrases_free(ag_phrases *p);

/* Decides whether a value counts for a phrase found at tokens [i, i+len). */
typedef bool (*ag_phrase_accept)(const void *ctx, uint32_t value, size_t i, size_t len);

/* The longest phrase starting at token i of t[0..n) with at least one
 * value that `accept` takes (NULL: any): returns its length and sets
 * *values / *nvalues to all of that phrase's values, in the order added;
 * returns 0 when none. */
size_t ag_phrases_longest(const ag_phrases *p, const ag_token *t, size_t n, size_t i,
                          ag_phrase_accept accept, const void *ctx, const uint32_t **values,
                          size_t *nvalues);

#endif
