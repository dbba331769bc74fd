/* extract.h: English news text -> actors and relations with evidence.
 *
 * The extractor reads an article's text (text.h: UTF-8 check, dateline,
 * sentences, tokens), finds the actors each sentence mentions (mention.h,
 * over the actor dictionary of dict.h), codes its events (coder.h, over the
 * relation lexicon of lexicon.h) and adds them to a graph: one relation per
 * event and sentence, its evidence the sentence's byte span in the input
 * and those bytes, its date the article's. Actors come with the chain of
 * their parents (FRA.SENATE brings FRA), so a graph never names a parent it
 * lacks. Output is deterministic: the same input gives the same graph.
 *
 * Ownership: arguments are borrowed; ag_extractor_new returns an owned
 * extractor (ag_extractor_free, NULL safe) that keeps no state between
 * articles except counters, so memory stays flat over any corpus when each
 * article goes to a fresh graph (ag_extract_each). Not thread safe: use one
 * extractor per thread.
 */
#ifndef AG_EXTRACT_H
#define AG_EXTRACT_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "graph.h"
#include "progress.h"

typedef struct ag_extractor ag_extractor;

typedef struct {
    const char *id;   /* the source id relations cite */
    const char *path; /* the file it came from, or NULL */
    const char *date; /* YYYY-MM-DD, or NULL: the dateline's ("date 2024-01-18"), if any */
    const char *text; /* the whole article, as read */
    size_t len;
} ag_article;

/* Loads the actor dictionary (data_dir/dict/NAME.json but lexicon.json),
 * the relation lexicon (data_dir/dict/lexicon.json) and the Goldstein
 * table (data_dir/cameo/goldstein.tsv). Errors: those of ag_dict_load and
 * ag_lexicon_load (AG_ENOINPUT, AG_EDATA with file:line:col),
 * AG_ESOFTWARE when libstemmer lacks English. */
ag_status ag_extractor_new(const char *data_dir, ag_extractor **out, ag_error *err);
void ag_extractor_free(ag_extractor *x);

/* Whether sentences are parsed (parse.h) before they are coded: a parse
 * connects actors and cues that shallow syntax misses, at about 50 ms a
 * sentence that holds a cue and an actor, so it suits articles rather than
 * corpora. Off by default; the parser's dictionary is loaded at the first
 * sentence that needs a parse, and ag_extract fails with AG_ESOFTWARE when
 * it cannot be. */
void ag_extractor_set_syntax(ag_extractor *x, bool parse);

/* What the extractor read in one sentence, so that a user can see why a
 * relation was or was not found (actorgraph extract --trace): the actors
 * its mentions name, the cues it holds and the relations they gave. */
typedef struct {
    const char *id, *label, *country; /* country: ISO3 or NULL */
    ag_kind kind;
    size_t start, end; /* bytes of the mention in the text */
} ag_trace_actor;

typedef struct {
    const char *type, *cameo;
    ag_polarity polarity;
    bool verb; /* read as a verb, else as a noun */
    size_t start, end;
} ag_trace_cue;

typedef struct {
    const char *source; /* the article's id */
    size_t sentence;    /* 1-based */
    size_t start, end;  /* bytes of the sentence */
    const ag_trace_actor *actors;
    size_t nactors;
    const ag_trace_cue *cues;
    size_t ncues;
    const ag_relation *relations; /* those it gave, as added to the graph */
    size_t nrelations;
    const ag_graph *graph; /* the graph they were added to, for actor ids */
    bool parsed;           /* whether the parser read the sentence */
} ag_trace;

/* Calls fn (NULL: none) with each sentence's trace, during ag_extract. */
typedef void (*ag_trace_fn)(const ag_trace *t, void *ctx);
void ag_extractor_set_trace(ag_extractor *x, ag_trace_fn fn, void *ctx);

/* Appends one sentence's trace as a line of JSON: {"source", "sentence",
 * "text", "parsed", "actors": [{"id", "label", "kind", "country", "text"}],
 * "cues": [{"type", "cameo", "polarity", "pos", "text"}], "relations": [{"source",
 * "target", "type", "polarity", "weight"}]}, texts quoted from text. */
void ag_trace_write_json(const ag_trace *t, const char *text, ag_buf *out);

/* Adds article a to g: its source (id, path, date), the actors it mentions
 * that take part in a relation, and its relations. Errors: AG_EDATA at
 * path:line:col when the text is not UTF-8 (g is then unchanged). */
ag_status ag_extract(ag_extractor *x, const ag_article *a, ag_graph *g, ag_error *err);

/* ag_extract for a whole file's text whose date, if any, is its dateline. */
ag_status ag_extract_text(ag_extractor *x, const char *source_id, const char *path,
                          const char *text, size_t len, ag_graph *g, ag_error *err);

/* The streaming form for corpora: extracts a into a fresh graph, hands it
 * to sink (which must not keep it) and frees it. Returns ag_extract's
 * error, else sink's status. */
typedef ag_status (*ag_extract_sink)(const ag_graph *g, void *ctx, ag_error *err);
ag_status ag_extract_each(ag_extractor *x, const ag_article *a, ag_extract_sink sink, void *ctx,
                          ag_error *err);

/* True when name is a relation type the extractor can write (a lexicon
 * type, or "call for" one; ASCII case-insensitive) or, all digits, a
 * prefix of a CAMEO code of the Goldstein table ("11", "1124"). */
bool ag_extractor_knows_type(const ag_extractor *x, const char *name);

/* Sentences read since the extractor was made. */
size_t ag_extractor_sentences(const ag_extractor *x);

/* From now on, reports task "extract" to p (NULL: no more reports):
 * sentences read and articles done since the extractor was made, at each
 * article's start and end and every 1,024 sentences within one. p is
 * borrowed and must live while the extractor reports to it. */
void ag_extractor_set_progress(ag_extractor *x, const ag_progress *p);

#endif
