/* text.h: the text of an article: UTF-8 check, dateline, tokens, sentences.
 *
 * The only module that includes utf8proc.h and libstemmer.h. Every token
 * keeps the byte span it was read from in the ORIGINAL input, so evidence
 * can quote the input exactly, plus a normalised form for matching (NFKC,
 * case folded, accents stripped, curly apostrophes made straight) and a
 * Snowball English stem of it, with 64-bit hashes of both.
 *
 * Ownership: an ag_tokenizer owns the tokens and strings it returns; they
 * stay valid until its next ag_text_tokenize call or ag_tokenizer_free.
 * Nothing is allocated per token: buffers are reused between calls.
 */
#ifndef AG_TEXT_H
#define AG_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"

enum {
    AG_TOK_WORD = 1u << 0,  /* letters or digits (with inner - . ' kept) */
    AG_TOK_CAP = 1u << 1,   /* begins with an uppercase letter */
    AG_TOK_UPPER = 1u << 2, /* at least two letters, all uppercase */
    AG_TOK_NUM = 1u << 3,   /* begins with a digit */
    AG_TOK_POSS = 1u << 4,  /* possessive 's (or the ' after a plural) split off */
    AG_TOK_QUOTE = 1u << 5, /* a quotation mark, straight or curly */
    AG_TOK_PUNCT = 1u << 6, /* any other punctuation or symbol */
    AG_TOK_ABBR = 1u << 7,  /* a word that kept its final '.' (U.S., Gen., J.) */
    AG_TOK_TITLE = 1u << 8, /* an abbreviated title that never ends a sentence (Mr., Gen.) */
    AG_TOK_PARA = 1u << 9,  /* preceded by a blank line (a paragraph break) */
    AG_TOK_SPACE = 1u << 10 /* preceded by whitespace (or the start of the text) */
};

typedef struct {
    size_t start, end; /* bytes [start, end) of the original text */
    const char *norm;  /* normalised form, NUL-terminated */
    const char *stem;  /* stem of norm for words, else norm */
    uint32_t nlen, slen;
    uint64_t hnorm, hstem; /* ag_text_hash of norm and of stem */
    unsigned flags;
} ag_token;

typedef struct {
    const ag_token *tok;
    size_t n;
} ag_tokens;

typedef struct ag_tokenizer ag_tokenizer;

/* A new tokenizer with an English stemmer. Errors: AG_ESOFTWARE when
 * libstemmer has no English stemmer. Free with ag_tokenizer_free. */
ag_status ag_tokenizer_new(ag_tokenizer **out, ag_error *err);
void ag_tokenizer_free(ag_tokenizer *tk);

/* Tokenizes text[start, end) (valid UTF-8). Returns the tokens, owned by
 * tk and valid until its next call. */
ag_tokens ag_text_tokenize(ag_tokenizer *tk, const char *text, size_t start, size_t end);

/* The end (one past the last token) of the sentence that starts at token
 * `from` (< ts.n). A sentence ends after . ! ? or an ellipsis followed by an
 * uppercase word, digit or quote (closing quotes after the mark stay in the
 * sentence), before a paragraph break, or at the end of the tokens.
 * Abbreviated titles and initials never end a sentence; other
 * abbreviations (U.S., Inc., Jan.) end one only before a word that usually
 * starts sentences ("The", "It", ...). */
size_t ag_text_sentence_end(ag_tokens ts, size_t from);

/* Checks that text[0..len) is UTF-8 without NUL bytes. Errors: AG_EDATA at
 * file:line:col of the first bad byte. */
ag_status ag_text_check_utf8(const char *file, const char *text, size_t len, ag_error *err);

/* What a dateline at the start of an article says. */
typedef struct {
    char date[11];     /* YYYY-MM-DD, or "" when it gives no full date */
    size_t place, end; /* bytes [place, end) name a place ("BEIJING"); equal when none */
    size_t body;       /* where the article's text starts after it */
} ag_dateline;

/* Recognises a dateline at the start of text (after blank space):
 *   - "date YYYY-MM-DD", this project's own;
 *   - a wire dateline: place, date and agency, some of them, before a dash:
 *     "BEIJING, Oct 4, 2024 (Reuters) - ", "Oct. 4 (AP) -- ",
 *     "WASHINGTON (Reuters) - ", "Kyiv, 4 October 2024 - " (a place alone
 *     must be in capitals);
 *   - a first line that is only a date: "4 October 2024", "October 4,
 *     2024", "2024-10-04".
 * Dates are checked against the calendar; a date without its year gives
 * none. Returns true and fills *out when one was found; false leaves
 * out->body 0 and out->date "". */
bool ag_text_dateline(const char *text, size_t len, ag_dateline *out);

/* FNV-1a hash of s[0..n); and the hash of a token sequence extended by one
 * more token hash. Dictionaries key phrases by these. */
uint64_t ag_text_hash(const char *s, size_t n);
uint64_t ag_text_hash_next(uint64_t seq, uint64_t tok);
#define AG_TEXT_HASH_EMPTY UINT64_C(0x9e3779b97f4a7c15)

#endif
