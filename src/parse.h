/* parse.h: the syntax of one sentence, by the Link Grammar parser.
 *
 * The only module that includes link-grammar's headers. A parse is a set of
 * labelled links between the sentence's tokens (text.h), as Link Grammar
 * draws them: "Ss" joins a subject to its verb, "O" a verb to its object,
 * "MV" a verb to a preposition and "J" a preposition to its object, "Pv" a
 * form of "be" to a passive participle, "TO"/"I" a verb to its infinitive,
 * "C"/"CV" a verb to a clause, "YS"/"D" a possessor to what it owns, "A"/"AN"
 * a modifier to its noun, "G" the words of a name, and so on (the full list
 * is Link Grammar's dictionary documentation). Each link joins the tokens
 * its words came from; links inside one token are dropped.
 *
 * What the caller already knows helps the parser. A name of several tokens
 * can be glued into one word ("United_States"), so that the parser reads it
 * as one proper noun, and its links then start at its first token. And the
 * caller judges the parses the parser ranks best (it ranks by cost, and
 * many parses often share the lowest cost): the one the judge finds the
 * least fault with is taken, the better ranked of equals.
 *
 * Settings are pinned so that a sentence always gets the same parse: the
 * parser's sampling is made repeatable, and a sentence that has no full
 * parse is parsed again allowing words to be left out ("null words"). A
 * sentence with too many tokens, or none, is not parsed.
 *
 * Ownership: ag_parser_new returns an owned parser (ag_parser_free, NULL
 * safe). Its dictionary (about 30 MB, 0.3 s to load) is loaded when the
 * first sentence is parsed, so a caller that never needs a parse never
 * pays for it. Links returned by ag_parse stay
 * valid until its next call. Not thread safe: Link Grammar's error handler
 * is global, and the parser installs one that keeps messages from stderr.
 */
#ifndef AG_PARSE_H
#define AG_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "text.h"

enum { AG_PARSE_MAX_TOKENS = 80 }; /* longer sentences are not parsed */

typedef struct {
    uint16_t left, right; /* token indices in the sentence, left < right */
    char label[8];        /* Link Grammar's label, as "Ss*s" or "MVp" (truncated) */
} ag_link;

typedef struct {
    const ag_link *links;
    size_t n;
    unsigned nulls; /* words the parse left out (0: a full parse) */
} ag_syntax;

typedef struct ag_parser ag_parser;

/* How many faults a caller finds with a parse: 0 is as good as it gets. */
typedef size_t (*ag_parse_judge)(const ag_syntax *candidate, void *ctx);

ag_parser *ag_parser_new(void);
void ag_parser_free(ag_parser *p);

/* AG_ESOFTWARE when a parse was asked for and Link Grammar's English
 * dictionary could not be loaded (the message names the package). */
ag_status ag_parser_check(const ag_parser *p, ag_error *err);

/* Parses the sentence of tokens t[0..n) of text. glue[i] (NULL: none)
 * joins token i to token i - 1 with '_'; judge (NULL: none) picks among
 * the best-ranked parses. Returns true and sets *out when a parse was
 * found; false when the sentence was not parsed (empty, too long, no parse
 * even with null words, out of time, or no dictionary). */
bool ag_parse(ag_parser *p, const char *text, const ag_token *t, size_t n, const bool *glue,
              ag_parse_judge judge, void *ctx, ag_syntax *out);

/* Sentences parsed, and those that needed null words, since p was made. */
void ag_parser_counts(const ag_parser *p, size_t *parsed, size_t *with_nulls);

#endif
