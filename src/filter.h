/* filter.h: what is drawn and measured, as pure functions graph -> graph.
 *
 * Every function returns a new graph owned by the caller (free with
 * ag_graph_free) and leaves its input unchanged. Relation filters remove
 * relations and keep only the actors that take part in a remaining one;
 * actor filters keep the actors they select, related or not. Sources are
 * always kept.
 */
#ifndef AG_FILTER_H
#define AG_FILTER_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "graph.h"

/* Keeps relations of polarity p. */
ag_graph *ag_filter_polarity(const ag_graph *g, ag_polarity p);
/* Keeps relations with |weight| >= w. */
ag_graph *ag_filter_min_weight(const ag_graph *g, double w);
/* Keeps relations with confidence >= c. */
ag_graph *ag_filter_min_confidence(const ag_graph *g, double c);
/* Keeps relations whose type equals one of types[0..n) (ASCII case-insensitive),
 * or whose CAMEO code starts with one of them when it is all digits ("11"
 * keeps every code of the DISAPPROVE root). */
ag_graph *ag_filter_types(const ag_graph *g, char *const *types, size_t n);
/* Keeps relations dated (ag_relation_date) within [since, until], both
 * YYYY-MM-DD and inclusive, either NULL for an open end. Undated relations
 * are removed. */
ag_graph *ag_filter_dates(const ag_graph *g, const char *since, const char *until);
/* Removes actor `index` and its relations. */
ag_graph *ag_filter_exclude(const ag_graph *g, size_t index);
/* Keeps the actors within `depth` steps of actor `index`, following
 * relations in either direction, and the relations among them. */
ag_graph *ag_filter_neighbourhood(const ag_graph *g, size_t index, unsigned depth);
/* Keeps the n actors with the highest score[i] (ties: graph order) and the
 * relations among them. */
ag_graph *ag_filter_top(const ag_graph *g, const double *score, size_t n);
/* Merges every actor into the root of its parent chain (an organ into its
 * state, a body into its organisation); relations follow, and those that
 * become self-loops are dropped. */
ag_graph *ag_filter_collapse(const ag_graph *g);
/* Removes the actors that take part in no relation, except actor `keep`
 * (SIZE_MAX: none). */
ag_graph *ag_filter_isolates(const ag_graph *g, size_t keep);
/* True when some relation of g has one of the types or CAMEO prefixes of
 * ag_filter_types. */
bool ag_filter_has_type(const ag_graph *g, const char *type);

/* Finds an actor by id, else by label (ASCII case-insensitive), else by
 * alias. Returns false when none matches. */
bool ag_filter_find_actor(const ag_graph *g, const char *name, size_t *index);

/* The filters of the CLI, applied in this order: collapse, polarity,
 * min_weight, min_confidence, types, dates, exclude, actor/depth, isolates.
 * (--top needs metrics and is applied by the caller with ag_filter_top.)
 * With collapse, an excluded actor that collapse merges into another (an
 * organ into its state) loses its own relations before the merge and the
 * actor it merges into stays; a warning says so. */
typedef struct {
    bool collapse;
    bool by_polarity;
    ag_polarity polarity;
    double min_weight;     /* 0: all */
    double min_confidence; /* 0: all */
    char **types;
    size_t ntypes;
    const char *since, *until;
    char **exclude; /* actor ids or labels */
    size_t nexclude;
    const char *actor;  /* NULL: no neighbourhood filter */
    unsigned depth;     /* steps around actor; 0 keeps the actor alone */
    bool drop_isolates; /* remove actors without relation (never the actor above) */
} ag_filter;

/* Applies f to g and returns the new graph in *out; appends warnings (one
 * line each) to *warnings. Errors: AG_EUSAGE when --actor or --exclude
 * names no actor of g. */
ag_status ag_filter_apply(const ag_graph *g, const ag_filter *f, ag_graph **out, ag_buf *warnings,
                          ag_error *err);

#endif
