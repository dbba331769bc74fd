/* gdelt.h: GDELT event exports -> actor graph.
 *
 * Reads the tab-separated event files of GDELT 1.0 (57 columns in the
 * historical backfile to March 2013, 58 in the daily files since
 * 2013-04-01, whose last column is SOURCEURL) and GDELT 2.0 (61 columns:
 * an ADM2 code in each of the three geography blocks). One row, one event
 * of Actor1 upon Actor2, becomes one relation:
 *
 *  - source and target: the actors named by Actor1Code and Actor2Code (a
 *    row lacking either is skipped: it is not a relation). An actor's
 *    kind comes from its Type1Code (GOV government, MIL military, ...),
 *    or is "state" when its code is its CountryCode; its country is its
 *    CountryCode; an actor whose code extends its country's (USAGOV,
 *    USA) has that country as parent, added as a state; its label is the
 *    Name the file gives it most often, followed by its type in
 *    parentheses when it has a parent ("UNITED STATES (government)"),
 *    else its code;
 *  - type: the text of its EventCode in cameo/eventcodes.tsv, lower case,
 *    without ", not specified below" and commas ("criticize or denounce")
 *    (a code missing from the table takes that of its longest listed
 *    prefix); cameo: the EventCode;
 *  - weight: GoldsteinScale; polarity: its sign (0: neutral; QuadClass is
 *    not used: a weight of 0 is neutral in graph JSON);
 *  - date: SQLDATE as YYYY-MM-DD;
 *  - confidence: 1 - 0.5^NumSources (one source 0.5, two 0.75, three
 *    0.875): each independent source halves the doubt;
 *  - evidence: the file's source, "sentence" the row's line number, and
 *    the SOURCEURL as text with its byte span in the file; a 57-column
 *    row, which has no URL, cites "GDELT event GLOBALEVENTID" instead.
 *
 * Other columns are not read (nor checked). A first line whose first
 * column is GLOBALEVENTID is a header and skipped; blank lines are
 * skipped; "\r\n" line ends are accepted. Errors are AG_EDATA at
 * file:line:col: text that is not UTF-8, a first row with another number
 * of columns than 57, 58 or 61, a later row with another number than the
 * first, a bad number (GoldsteinScale outside -10..10, NumSources not a
 * whole number), a bad date, a malformed EventCode, actor code or country
 * code.
 *
 * Ownership: arguments are borrowed. ag_gdelt_new returns an owned reader
 * (ag_gdelt_free, NULL safe). A reader counts the names it reads per actor
 * to choose labels, so use one reader per graph.
 */
#ifndef AG_GDELT_H
#define AG_GDELT_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "graph.h"
#include "progress.h"

typedef struct ag_gdelt ag_gdelt;

/* Loads the CAMEO event texts from data_dir/cameo/eventcodes.tsv. Errors:
 * those of ag_read_file (AG_ENOINPUT, AG_EIO), AG_EDATA at file:line when
 * a line is not CODE<tab>TEXT. */
ag_status ag_gdelt_new(const char *data_dir, ag_gdelt **out, ag_error *err);
void ag_gdelt_free(ag_gdelt *r);

/* Adds the events of text[0..len), a GDELT export read from `path` (NULL:
 * standard input, named "<stdin>" in errors), to g, citing source
 * `source_id` (added with that path). Reports task "import", rows read of
 * all lines and relations added, to progress (may be NULL). Errors: see
 * above; g may then hold the rows before the bad one. */
ag_status ag_gdelt_read(ag_gdelt *r, const char *source_id, const char *path, const char *text,
                        size_t len, ag_graph *g, const ag_progress *progress, ag_error *err);

/* A quick sniff, no parse: true when the first line has 57, 58 or 61
 * tab-separated columns and its first is a number or GLOBALEVENTID. */
bool ag_gdelt_looks_like(const char *text, size_t len);

#endif
