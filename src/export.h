/* export.h: the formats other tools read, one writer each: GraphML, GEXF
 * (1.2draft, and 1.3 on request), CSV tables, JSON (graph v1 with metrics),
 * Cytoscape.js elements and d3 node-link JSON.
 *
 * Every writer takes a graph g and the metrics m computed on it; both are
 * borrowed. Text goes through escape.h only. Output is deterministic.
 */
#ifndef AG_EXPORT_H
#define AG_EXPORT_H

#include <stdbool.h>

#include "graph.h"
#include "metrics.h"
#include "util.h"

typedef enum {
    AG_EXPORT_JSON,      /* graph JSON v1 with a "metrics" member */
    AG_EXPORT_GRAPHML,   /* typed keys: polarity, weight, type, cameo, confidence, evidence, date */
    AG_EXPORT_GEXF,      /* GEXF 1.2draft (Gephi, NetworkX), dated edges for Gephi's timeline */
    AG_EXPORT_GEXF13,    /* GEXF 1.3: the same, and each edge's kind (its relation type) */
    AG_EXPORT_CYJS,      /* Cytoscape.js {"elements": ...}, also NetworkX's cytoscape form */
    AG_EXPORT_D3,        /* d3 node-link {"nodes", "links"} */
    AG_EXPORT_EDGES_CSV, /* one line per relation */
    AG_EXPORT_ACTORS_CSV /* one line per actor, with its metrics */
} ag_export_format;

/* Parses a format name ("json", "graphml", "gexf", "gexf1.3", "cyjs",
 * "d3", "edges.csv", "actors.csv"). Returns false and leaves *f alone for any
 * other name. */
bool ag_export_parse(const char *name, ag_export_format *f);

/* Appends g with its metrics m in format f to out. */
void ag_export(const ag_graph *g, const ag_metrics *m, ag_export_format f, ag_buf *out);

#endif
