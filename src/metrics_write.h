/* metrics_write.h: the output of `actorgraph metrics`: an aligned text
 * table, CSV or JSON.
 *
 * Every writer takes a graph g and the metrics m computed on it
 * (ag_metrics_compute(g, ...)); both are borrowed. Actors are named by
 * their label in prose and by their id where a program reads the output.
 */
#ifndef AG_METRICS_WRITE_H
#define AG_METRICS_WRITE_H

#include <stdbool.h>

#include "graph.h"
#include "json.h"
#include "metrics.h"
#include "util.h"

typedef enum {
    AG_METRICS_TABLE, /* the default */
    AG_METRICS_CSV,
    AG_METRICS_JSON
} ag_metrics_format;

/* Parses a format name: "table" (also "txt"), "csv" or "json". Returns
 * false and leaves *f alone for any other name. */
bool ag_metrics_format_parse(const char *name, ag_metrics_format *f);

/* Appends m in format f to out:
 *  - AG_METRICS_TABLE: a header and one row per actor, by PageRank
 *    (highest first, ties in graph order), columns aligned by the display
 *    width of their UTF-8 text; then the graph-level summary in prose
 *    lines (balance, frustration and the ties that break the camps, the
 *    camps, the blocs and their agreement with the camps, reciprocity).
 *    Values that are undefined (NAN) show as "-".
 *  - AG_METRICS_CSV: a header line and one line per actor in graph order,
 *    fields escaped by ag_escape_csv, lines ending in "\n", numbers as
 *    ag_buf_num writes them, undefined values as empty fields. Columns:
 *    id, label, pagerank, betweenness, support_in, support_out,
 *    hostility_in, hostility_out, strength_in, strength_out, net_in,
 *    hostility_share, pn, pn_in, pn_out, bloc, camp, support_deg_in,
 *    support_deg_out, hostility_deg_in, hostility_deg_out.
 *  - AG_METRICS_JSON: ag_metrics_to_json written AG_JSON_PRETTY. */
void ag_metrics_write(const ag_graph *g, const ag_metrics *m, ag_metrics_format f, ag_buf *out);

/* The metrics as one JSON object, owned by the caller (ag_json_free), so
 * that an exporter can embed it in a graph file:
 *   {"actors": [{"id", "label", "pagerank", "betweenness", "strength_in",
 *                "strength_out", "support_in", "support_out", "hostility_in",
 *                "hostility_out", "net_in", "hostility_share", "pn", "pn_in",
 *                "pn_out", "bloc", "camp", "support_deg_in", "support_deg_out",
 *                "hostility_deg_in", "hostility_deg_out"}, ...] (graph order),
 *    "graph": {"actors": n, "relations": m,
 *              "balance": {"triangles", "balanced", "unbalanced", "share"},
 *              "frustration": {"index", "exact", "ties": [{"source", "target"}],
 *                              "camps": [[labels], [labels]]},
 *              "blocs": [{"bloc": 1, "actors": [labels]}, ...],
 *              "bloc_vs_camp_agreement",
 *              "reciprocal": {"hostility": [[id, id]], "support": [[id, id]],
 *                             "hostility_share", "support_share"}}}
 * Ties and reciprocal pairs name actor ids (lower index first); camps and
 * blocs list labels in graph order, camps only actors with a signed tie.
 * Undefined values (NAN) are null. */
ag_json *ag_metrics_to_json(const ag_graph *g, const ag_metrics *m);

/* The graph-level summary that ends AG_METRICS_TABLE: prose lines
 * (balance, frustration, camps, blocs, reciprocity), each ending in "\n".
 * The HTML report shows the same lines. */
void ag_metrics_write_summary(const ag_graph *g, const ag_metrics *m, ag_buf *out);

/* The per-actor columns of AG_METRICS_CSV after id and label, for the
 * writers of other formats that carry the metrics (export.c), so that every
 * table names the same columns in the same order: their count, the name of
 * column k (below the count), whether it holds an integer (a count, a bloc
 * or a camp) rather than a real number (possibly NAN), and its value for
 * one actor's metrics. */
size_t ag_metric_ncolumns(void);
const char *ag_metric_column_name(size_t k);
bool ag_metric_column_integer(size_t k);
double ag_metric_column_value(const ag_actor_metrics *a, size_t k);

#endif
