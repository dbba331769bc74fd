/* graph_json.h: graph JSON format version 1 (DESIGN.md) <-> ag_graph.
 *
 * Loading validates everything the format says: JSON types, required keys,
 * unique ids, actor ids, kinds, country codes, parents (named, acyclic),
 * relation ends, polarity, weight range and sign, CAMEO codes, calendar
 * dates, confidence, evidence sources and spans. Every error is AG_EDATA
 * with file:line:col of the offending value (of the key for unknown and
 * duplicate keys, of the object's '{' for a missing key) and names what was
 * expected. Unknown keys are an error when `strict` (actorgraph check),
 * else a warning line "FILE:LINE:COL: warning: unknown key \"x\" in actor"
 * appended to `warnings` (which may be NULL: no warnings kept; on error it
 * keeps the warnings found before the error).
 *
 * Ownership: graphs returned through `out` belong to the caller (free with
 * ag_graph_free); on error *out is NULL. Arguments are borrowed.
 */
#ifndef AG_GRAPH_JSON_H
#define AG_GRAPH_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "graph.h"
#include "json.h"
#include "util.h"

/* Builds a graph from a parsed document (see above). Returns AG_OK and sets
 * *out, or AG_EDATA located in doc->file. */
ag_status ag_graph_from_json(const ag_json_doc *doc, bool strict, ag_graph **out, ag_buf *warnings,
                             ag_error *err);

/* Reads `path` ("-" or NULL: standard input, named "<stdin>" in errors),
 * parses and validates it as ag_graph_from_json does. Errors: those of
 * ag_read_file (AG_ENOINPUT, AG_EIO), AG_EDATA. */
ag_status ag_graph_load(const char *path, bool strict, ag_graph **out, ag_buf *warnings,
                        ag_error *err);

/* g as a format-1 JSON value, keys in the order of DESIGN.md, absent
 * optional fields omitted (evidence spans when both ends are 0, sentence
 * when 0). Owned by the caller (ag_json_free). Loading what it writes gives
 * back an equal graph. */
ag_json *ag_graph_to_json(const ag_graph *g);

/* Appends g as PRETTY graph JSON (ending with a newline) to out. */
void ag_graph_write_json(const ag_graph *g, ag_buf *out);

/* Appends g's relations as JSON Lines (`extract --events`): one compact
 * object per relation, the keys of a format-1 relation plus
 * "source_label" and "target_label", its date resolved by
 * ag_relation_date when it has none of its own. Nothing for no relation. */
void ag_graph_write_events(const ag_graph *g, ag_buf *out);

/* A quick sniff, no parse: true when the first byte that is not
 * whitespace (after an optional byte order mark) is '{' and the text
 * mentions "actorgraph". Tells a graph file from an article. */
bool ag_graph_json_looks_like(const char *text, size_t len);

#endif
