/* metrics.h: centrality and signed-network measures (the only igraph user).
 *
 * Unsigned measures (PageRank, betweenness, strength) run on the graph of
 * |weight|: igraph never sees a negative weight where it would reject it or
 * silently treat it as something else. Signed measures keep the sign.
 * Parallel relations between two actors add up. Every measure, with its
 * formula and reference, is documented in data/metrics.md.
 *
 * Conventions shared by all measures:
 *  - the signed weight of a relation is +|weight| for support, -|weight| for
 *    hostility and 0 for neutral (so a weight whose sign disagrees with the
 *    polarity cannot flip a tie);
 *  - a relation from an actor to itself is ignored by every measure;
 *  - the directed signed tie a->b has the sign of the summed signed weights
 *    of the relations a->b; the undirected signed projection {a,b} has the
 *    sign of the summed signed weights of a->b and b->a; a sum within 1e-9
 *    of 0 is no tie.
 *
 * Ownership: ag_metrics_compute returns an owned ag_metrics; free it with
 * ag_metrics_free (NULL-safe). It borrows nothing from the graph.
 */
#ifndef AG_METRICS_H
#define AG_METRICS_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "graph.h"
#include "progress.h"

typedef struct {
    double pagerank;                  /* on |weight|, damping 0.85; sums to 1 over the graph */
    double betweenness;               /* on distances 1/|weight| (strong ties are short), directed,
                                         raw count of shortest paths (not normalised) */
    double strength_in, strength_out; /* sums of |weight| */
    double support_in, support_out;   /* sums of |weight| of support relations */
    double hostility_in, hostility_out; /* sums of |weight| of hostility relations */
    double net_in;                      /* support_in - hostility_in */
    double hostility_share; /* hostility_in / (support_in + hostility_in); 0 when none */
    /* signed degrees: how many actors it has a support (hostility) relation
     * from (in) or to (out) */
    size_t support_deg_in, support_deg_out;
    size_t hostility_deg_in, hostility_deg_out;
    /* PN centrality (Everett & Borgatti 2014); NAN when I - A/(2n-2) is
     * singular, which needs exactly two actors hostile to each other */
    double pn_in, pn_out, pn;
    int bloc; /* 1-based bloc (spinglass, signed); 0: isolated */
    int camp; /* side in the two-camp frustration split: 0 or 1 (0 for isolates and
                 for the lowest-index actor of each component) */
} ag_actor_metrics;

typedef struct {
    size_t a, b; /* actor indices, a < b */
} ag_pair;

typedef struct {
    size_t nactors;
    ag_actor_metrics *actors; /* one per graph actor, same order */

    /* structural balance on the undirected signed projection */
    size_t triangles_balanced, triangles_unbalanced;
    double balance; /* balanced share of triangles; NAN when there is none */

    /* frustration: the fewest ties whose removal (sign flip) leaves a
     * two-camp split with support inside camps and hostility across */
    size_t frustration;
    bool frustration_exact; /* false: heuristic (component over 24 actors) */
    ag_pair *frustrated;    /* the ties that break the split, sorted */
    size_t nfrustrated;

    int nblocs;
    bool blocs_from_camps; /* a component over 400 actors took its frustration camps as
                              blocs: spinglass would take minutes there */
    /* Rand index of blocs against camps: the share of pairs of actors in
     * the same component (of two or more actors) on which the two
     * partitions agree (together in both or apart in both); NAN: no pair */
    double bloc_camp_agreement;

    /* reciprocated pairs: a->b and b->a both with a relation of that
     * polarity; sorted */
    ag_pair *reciprocal_hostility;
    size_t nreciprocal_hostility;
    ag_pair *reciprocal_support;
    size_t nreciprocal_support;
    /* share of ordered pairs a->b with a hostility (support) relation whose
     * reverse b->a has one too; NAN when there is no such pair */
    double reciprocity_hostility, reciprocity_support;
} ag_metrics;

/* The per-actor metrics that can size nodes or rank actors (--size-by, --top). */
typedef enum {
    AG_METRIC_PAGERANK,
    AG_METRIC_BETWEENNESS,
    AG_METRIC_STRENGTH, /* strength_in + strength_out */
    AG_METRIC_SUPPORT_IN,
    AG_METRIC_HOSTILITY_IN,
    AG_METRIC_PN,
    AG_METRIC_COUNT
} ag_metric;

/* Name ("pagerank", "betweenness", "strength", "support_in",
 * "hostility_in", "pn") of a metric, and the reverse lookup (exact,
 * returns false for an unknown name and leaves *m alone). */
const char *ag_metric_name(ag_metric m);
bool ag_metric_parse(const char *name, ag_metric *m);
/* The value of metric m for actor `actor` (an index below ms->nactors). */
double ag_metric_value(const ag_metrics *ms, size_t actor, ag_metric m);

/* Computes every measure for g. Deterministic: the random parts (spinglass
 * blocs, the heuristic frustration search) use fixed seeds. Errors:
 * AG_ESOFTWARE with igraph's reason when igraph fails (its error handler
 * never aborts the process, its warnings are never printed); *out is then
 * NULL. An empty graph is fine. */
ag_status ag_metrics_compute(const ag_graph *g, ag_metrics **out, ag_error *err);
/* The same, reporting task "metrics" to progress (NULL: no reports): each
 * measure's name as its phase as it starts ("frustration", "betweenness",
 * "blocs", ...) and the share of betweenness done. Not reentrant: igraph's
 * progress handler serves the whole process. */
ag_status ag_metrics_compute_progress(const ag_graph *g, const ag_progress *progress,
                                      ag_metrics **out, ag_error *err);
void ag_metrics_free(ag_metrics *m);

#endif
