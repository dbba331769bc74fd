/* Unit tests for metrics.c: small graphs whose measures are derived by hand
 * (the derivations are in the comments), plus the seed article's curated graph. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "graph_json.h"
#include "metrics.h"
#include "testutil.h"

typedef struct {
    size_t s, t;
    double w; /* > 0 support, < 0 hostility, 0 neutral */
} rel;

/* Actors A0..A{n-1} and the relations given. */
static ag_graph *mk(size_t n, const rel *r, size_t nr)
{
    ag_graph *g = ag_graph_new();
    for (size_t i = 0; i < n; i++) {
        char id[24];
        snprintf(id, sizeof id, "A%zu", i);
        ag_actor a = {.id = id, .kind = AG_KIND_STATE};
        ag_graph_add_actor(g, &a);
    }
    for (size_t j = 0; j < nr; j++) {
        ag_relation x = {.source = r[j].s,
                         .target = r[j].t,
                         .type = "t",
                         .weight = r[j].w,
                         .confidence = 1,
                         .polarity = r[j].w > 0   ? AG_SUPPORT
                                     : r[j].w < 0 ? AG_HOSTILITY
                                                  : AG_NEUTRAL};
        ag_graph_add_relation(g, &x);
    }
    return g;
}

#define N(a) (sizeof(a) / sizeof((a)[0]))
#define EPS 1e-9

Test(metrics, pagerank_of_a_two_cycle_is_half_half_whatever_the_signs)
{
    rel r[] = {{0, 1, 2}, {1, 0, -5}};
    ag_graph *g = mk(2, r, N(r));
    ag_metrics *m = test_metrics(g);
    cr_assert_float_eq(m->actors[0].pagerank, 0.5, EPS);
    cr_assert_float_eq(m->actors[1].pagerank, 0.5, EPS);
    cr_assert_float_eq(m->actors[0].betweenness, 0, EPS);
    ag_metrics_free(m);
    ag_graph_free(g);
}

/* A -> B (hostile, so |w| is what PageRank sees), B dangling: with d = 0.85
 * and dangling mass spread evenly, PR_A = 0.075 + 0.425 PR_B and PR_A + PR_B
 * = 1, so PR_A = 0.5 / 1.425. */
Test(metrics, pagerank_with_a_dangling_actor_and_a_negative_weight)
{
    rel r[] = {{0, 1, -3}};
    ag_graph *g = mk(2, r, N(r));
    ag_metrics *m = test_metrics(g);
    cr_assert_float_eq(m->actors[0].pagerank, 0.5 / 1.425, 1e-9);
    cr_assert_float_eq(m->actors[1].pagerank, 1 - 0.5 / 1.425, 1e-9);
    ag_metrics_free(m);
    ag_graph_free(g);
}

/* A -> B -> C with |w| 10 each (length 0.1 + 0.1) and a direct A -> C of
 * |w| wac (length 1/wac): B lies on the shortest A-C path only when the
 * direct tie is weaker than 5. */
Test(metrics, betweenness_treats_strong_ties_as_short)
{
    struct {
        double wac, b_betweenness;
    } cases[] = {{1, 1}, {-2, 1}, {10, 0}, {-10, 0}};
    for (size_t k = 0; k < N(cases); k++) {
        rel r[] = {{0, 1, 10}, {1, 2, -10}, {0, 2, cases[k].wac}};
        ag_graph *g = mk(3, r, N(r));
        ag_metrics *m = test_metrics(g);
        cr_assert_float_eq(m->actors[1].betweenness, cases[k].b_betweenness, EPS, "case %zu", k);
        ag_metrics_free(m);
        ag_graph_free(g);
    }
}

Test(metrics, strengths_degrees_net_and_share)
{
    /* A0 -> A1: support 3 and 2, hostility -4; A2 -> A1: hostility -1;
     * A1 -> A0: neutral; A1 -> A1: self-support (ignored) */
    rel r[] = {{0, 1, 3}, {0, 1, 2}, {0, 1, -4}, {2, 1, -1}, {1, 0, 0}, {1, 1, 7}};
    ag_graph *g = mk(3, r, N(r));
    ag_metrics *m = test_metrics(g);
    const ag_actor_metrics *a = &m->actors[0], *b = &m->actors[1];
    cr_assert_float_eq(b->support_in, 5, EPS);
    cr_assert_float_eq(b->hostility_in, 5, EPS);
    cr_assert_float_eq(b->strength_in, 10, EPS);
    cr_assert_float_eq(b->strength_out, 0, EPS);
    cr_assert_float_eq(b->net_in, 0, EPS);
    cr_assert_float_eq(b->hostility_share, 0.5, EPS);
    cr_assert_eq(b->support_deg_in, 1);
    cr_assert_eq(b->hostility_deg_in, 2);
    cr_assert_float_eq(a->support_out, 5, EPS);
    cr_assert_float_eq(a->hostility_out, 4, EPS);
    cr_assert_eq(a->support_deg_out, 1);
    cr_assert_eq(a->hostility_deg_out, 1);
    cr_assert_float_eq(a->hostility_share, 0, EPS, "no relation received: share 0");
    ag_metrics_free(m);
    ag_graph_free(g);
}

/* Undirected path 0 - 1 - 2, all positive, n = 3, beta = 1/4:
 * x0 = 1 + x1/4, x1 = 1 + (x0 + x2)/4, so x1 = 12/7 and x0 = x2 = 10/7.
 * Directed 0 -> 1 -> 2: out-PN x2 = 1, x1 = 5/4, x0 = 21/16; in-PN mirrored. */
Test(metrics, pn_on_a_three_node_path)
{
    rel r[] = {{0, 1, 1}, {1, 2, 4}};
    ag_graph *g = mk(3, r, N(r));
    ag_metrics *m = test_metrics(g);
    double pn[] = {10.0 / 7, 12.0 / 7, 10.0 / 7}, out[] = {21.0 / 16, 5.0 / 4, 1},
           in[] = {1, 5.0 / 4, 21.0 / 16};
    for (size_t i = 0; i < 3; i++) {
        cr_assert_float_eq(m->actors[i].pn, pn[i], 1e-12, "pn %zu", i);
        cr_assert_float_eq(m->actors[i].pn_out, out[i], 1e-12, "pn_out %zu", i);
        cr_assert_float_eq(m->actors[i].pn_in, in[i], 1e-12, "pn_in %zu", i);
    }
    ag_metrics_free(m);
    ag_graph_free(g);
}

/* Star, centre 0 and three leaves, n = 4, beta = 1/6. Positive:
 * x0 = 1 + 3 xl/6, xl = 1 + x0/6, so x0 = 18/11, xl = 14/11. Negative
 * (A = -2): x0 = 1 - xl, xl = 1 - x0/3, so x0 = 0, xl = 1. */
Test(metrics, pn_on_a_star)
{
    struct {
        double w, centre, leaf;
    } cases[] = {{2, 18.0 / 11, 14.0 / 11}, {-2, 0, 1}};
    for (size_t k = 0; k < N(cases); k++) {
        double w = cases[k].w;
        rel r[] = {{0, 1, w}, {2, 0, w}, {0, 3, w}};
        ag_graph *g = mk(4, r, N(r));
        ag_metrics *m = test_metrics(g);
        cr_assert_float_eq(m->actors[0].pn, cases[k].centre, 1e-12, "case %zu", k);
        for (size_t i = 1; i < 4; i++)
            cr_assert_float_eq(m->actors[i].pn, cases[k].leaf, 1e-12, "case %zu leaf %zu", k, i);
        ag_metrics_free(m);
        ag_graph_free(g);
    }
}

/* n = 2, beta = 1/2: with mutual hostility I - A/2 = [[1,1],[1,1]] is
 * singular; one-way hostility 0 -> 1 gives out-PN x0 = 1 - x1 = 0, x1 = 1,
 * in-PN mirrored, and a singular undirected system. */
Test(metrics, pn_is_undefined_only_for_the_singular_system)
{
    rel both[] = {{0, 1, -1}, {1, 0, -3}}, one[] = {{0, 1, -1}};
    ag_graph *g = mk(2, both, N(both));
    ag_metrics *m = test_metrics(g);
    cr_assert(isnan(m->actors[0].pn) && isnan(m->actors[1].pn_out) && isnan(m->actors[0].pn_in));
    ag_metrics_free(m);
    ag_graph_free(g);
    g = mk(2, one, N(one));
    m = test_metrics(g);
    cr_assert(isnan(m->actors[0].pn));
    cr_assert_float_eq(m->actors[0].pn_out, 0, 1e-12);
    cr_assert_float_eq(m->actors[1].pn_out, 1, 1e-12);
    cr_assert_float_eq(m->actors[0].pn_in, 1, 1e-12);
    cr_assert_float_eq(m->actors[1].pn_in, 0, 1e-12);
    ag_metrics_free(m);
    ag_graph_free(g);
}

Test(metrics, pn_of_a_lone_actor_and_of_isolates_is_one)
{
    rel r[] = {{0, 1, 5}};
    ag_graph *g1 = mk(1, NULL, 0), *g3 = mk(3, r, N(r));
    ag_metrics *m1 = test_metrics(g1), *m3 = test_metrics(g3);
    cr_assert_float_eq(m1->actors[0].pn, 1, EPS);
    cr_assert_float_eq(m3->actors[2].pn, 1, EPS);
    cr_assert_float_eq(m3->actors[2].pn_in, 1, EPS);
    ag_metrics_free(m1);
    ag_metrics_free(m3);
    ag_graph_free(g1);
    ag_graph_free(g3);
}

/* A triangle with k negative ties: balanced when k is even; the frustration
 * index is 0 when balanced, else 1. */
Test(metrics, triangle_balance_and_frustration)
{
    struct {
        double w01, w12, w02;
        size_t balanced, unbalanced, frustration;
    } cases[] = {
        {1, 1, 1, 1, 0, 0}, {1, 1, -1, 0, 1, 1}, {1, -1, -1, 1, 0, 0}, {-1, -1, -1, 0, 1, 1}};
    for (size_t k = 0; k < N(cases); k++) {
        rel r[] = {{0, 1, cases[k].w01}, {2, 1, cases[k].w12}, {0, 2, cases[k].w02}};
        ag_graph *g = mk(3, r, N(r));
        ag_metrics *m = test_metrics(g);
        cr_assert_eq(m->triangles_balanced, cases[k].balanced, "case %zu", k);
        cr_assert_eq(m->triangles_unbalanced, cases[k].unbalanced, "case %zu", k);
        cr_assert_float_eq(m->balance, (double)cases[k].balanced, EPS, "case %zu", k);
        cr_assert_eq(m->frustration, cases[k].frustration, "case %zu", k);
        cr_assert_eq(m->nfrustrated, cases[k].frustration, "case %zu", k);
        cr_assert(m->frustration_exact);
        ag_metrics_free(m);
        ag_graph_free(g);
    }
}

Test(metrics, balance_is_nan_without_triangles)
{
    rel r[] = {{0, 1, 1}, {1, 2, -1}};
    ag_graph *g = mk(3, r, N(r));
    ag_metrics *m = test_metrics(g);
    cr_assert(isnan(m->balance));
    cr_assert_eq(m->triangles_balanced + m->triangles_unbalanced, 0);
    ag_metrics_free(m);
    ag_graph_free(g);
}

/* Complete graphs of hostility: the best split halves the actors, leaving
 * C(floor(n/2), 2) + C(ceil(n/2), 2) hostile ties inside camps. A 4-cycle
 * with one hostile tie: 1. */
Test(metrics, classic_frustration_indices)
{
    for (size_t n = 3; n <= 7; n++) {
        rel r[21];
        size_t nr = 0;
        for (size_t i = 0; i < n; i++)
            for (size_t j = i + 1; j < n; j++)
                r[nr++] = (rel){i, j, -1};
        ag_graph *g = mk(n, r, nr);
        ag_metrics *m = test_metrics(g);
        size_t a = n / 2, b = n - n / 2;
        cr_assert_eq(m->frustration, a * (a - 1) / 2 + b * (b - 1) / 2, "K%zu", n);
        ag_metrics_free(m);
        ag_graph_free(g);
    }
    rel c4[] = {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {3, 0, -1}};
    ag_graph *g = mk(4, c4, N(c4));
    ag_metrics *m = test_metrics(g);
    cr_assert_eq(m->frustration, 1);
    ag_metrics_free(m);
    ag_graph_free(g);
}

/* Two supportive triangles {0,1,2} and {3,4,5}, hostile across, plus one
 * support tie 2 - 3 across: that tie is the one that breaks. */
Test(metrics, frustration_names_the_ties_that_break_the_camps)
{
    rel r[] = {{0, 1, 2}, {1, 2, 2},  {2, 0, 2},  {3, 4, 2},  {4, 5, 2},
               {5, 3, 2}, {0, 3, -2}, {1, 4, -2}, {5, 2, -2}, {2, 3, 1}};
    ag_graph *g = mk(6, r, N(r));
    ag_metrics *m = test_metrics(g);
    cr_assert_eq(m->frustration, 1);
    cr_assert_eq(m->nfrustrated, 1);
    cr_assert_eq(m->frustrated[0].a, 2);
    cr_assert_eq(m->frustrated[0].b, 3);
    int camp[] = {0, 0, 0, 1, 1, 1};
    for (size_t i = 0; i < 6; i++)
        cr_assert_eq(m->actors[i].camp, camp[i], "actor %zu", i);
    ag_metrics_free(m);
    ag_graph_free(g);
}

/* A 4-cycle with one hostile tie: breaking any one of its four ties is
 * optimal; the weakest (3 - 0, |w| 1) is the one that breaks. */
Test(metrics, among_equal_splits_the_weakest_ties_break)
{
    rel r[] = {{0, 1, 3}, {1, 2, -2}, {2, 3, 5}, {3, 0, 1}};
    ag_graph *g = mk(4, r, N(r));
    ag_metrics *m = test_metrics(g);
    cr_assert_eq(m->nfrustrated, 1);
    cr_assert(m->frustrated[0].a == 0 && m->frustrated[0].b == 3);
    int camp[] = {0, 0, 1, 1};
    for (size_t i = 0; i < 4; i++)
        cr_assert_eq(m->actors[i].camp, camp[i], "actor %zu", i);
    ag_metrics_free(m);
    ag_graph_free(g);
}

/* Parallel ties of opposite sign collapse to the sign of their sum; a sum
 * of 0 is no tie: both actors are then isolates (bloc 0, PN 1). A positive
 * tie between two actors (beta = 1/2) gives x = 1 + x/2 at both ends: PN 2. */
Test(metrics, opposite_parallel_ties_collapse_by_summed_weight)
{
    struct {
        double ab, ba;
        int bloc0, bloc1;
        double pn; /* NAN: a negative tie, singular */
    } cases[] = {{3, -3, 0, 0, 1}, {3, -2, 1, 1, 2}, {-3, 2, 1, 2, NAN}};
    for (size_t k = 0; k < N(cases); k++) {
        rel r[] = {{0, 1, cases[k].ab}, {1, 0, cases[k].ba}};
        ag_graph *g = mk(2, r, N(r));
        ag_metrics *m = test_metrics(g);
        cr_assert_eq(m->actors[0].bloc, cases[k].bloc0, "case %zu", k);
        cr_assert_eq(m->actors[1].bloc, cases[k].bloc1, "case %zu", k);
        if (isnan(cases[k].pn))
            cr_assert(isnan(m->actors[1].pn), "case %zu", k);
        else
            cr_assert_float_eq(m->actors[1].pn, cases[k].pn, 1e-12, "case %zu", k);
        ag_metrics_free(m);
        ag_graph_free(g);
    }
}

/* 30 actors in two planted camps of 15: a ring of support inside each camp,
 * hostility from every actor to its opposite number, and one support tie
 * of each ring made hostile. The two rings are edge-disjoint cycles with one
 * negative tie each, so at least 2 ties break; the planted camps break 2
 * (so do others: moving actors 1..7 and 16..22 breaks 7 - 8 and 15 - 16).
 * Over 24 actors the search is heuristic, but it finds the optimum. */
Test(metrics, heuristic_frustration_on_a_large_component)
{
    rel r[60];
    size_t nr = 0;
    for (size_t i = 0; i < 15; i++) {
        r[nr++] = (rel){i, (i + 1) % 15, 2};
        r[nr++] = (rel){15 + i, 15 + (i + 1) % 15, 2};
        r[nr++] = (rel){i, 15 + i, -2};
    }
    r[0].w = -2;  /* 0 - 1 */
    r[22].w = -2; /* 22 - 23 */
    ag_graph *g = mk(30, r, nr);
    ag_metrics *m = test_metrics(g);
    cr_assert(!m->frustration_exact);
    cr_assert_eq(m->frustration, 2);
    cr_assert_eq(m->nfrustrated, 2);
    ag_metrics_free(m);
    ag_graph_free(g);
}

/* A component of 402 actors, two support rings hostile to each other rung
 * by rung, is too large for spinglass: its blocs are its two camps, and the
 * graph says so. A small component beside it still gets spinglass blocs. */
Test(metrics, blocs_of_a_component_over_400_actors_are_its_camps)
{
    enum { HALF = 201 };
    static rel r[3 * HALF + 1];
    size_t nr = 0;
    for (size_t i = 0; i < HALF; i++) {
        r[nr++] = (rel){i, (i + 1) % HALF, 2};
        r[nr++] = (rel){HALF + i, HALF + (i + 1) % HALF, 2};
        r[nr++] = (rel){i, HALF + i, -3};
    }
    r[nr++] = (rel){2 * HALF, 2 * HALF + 1, 4};
    ag_graph *g = mk(2 * HALF + 2, r, nr);
    ag_metrics *m = test_metrics(g);
    cr_assert(m->blocs_from_camps);
    cr_assert_eq(m->frustration, 0);
    cr_assert_eq(m->nblocs, 3);
    for (size_t i = 0; i < HALF; i++) {
        cr_assert_eq(m->actors[i].bloc, 1);
        cr_assert_eq(m->actors[HALF + i].bloc, 2);
    }
    cr_assert_eq(m->actors[2 * HALF].bloc, 3);
    cr_assert_eq(m->actors[2 * HALF + 1].bloc, 3);
    cr_assert_float_eq(m->bloc_camp_agreement, 1.0, EPS);
    ag_metrics_free(m);
    ag_graph_free(g);
}

/* Two cliques of support, {1,3,5,7} and {2,4,6,8}, hostile across, actor 0
 * alone: two blocs numbered by their lowest actor, the isolate in bloc 0,
 * blocs and camps in full agreement. */
Test(metrics, blocs_follow_the_signs_and_are_numbered_by_lowest_actor)
{
    rel r[40];
    size_t nr = 0;
    for (size_t i = 1; i <= 8; i++)
        for (size_t j = i + 1; j <= 8; j++)
            r[nr++] = (rel){i, j, (i + j) % 2 ? -3 : 3};
    ag_graph *g = mk(9, r, nr);
    ag_metrics *m = test_metrics(g);
    cr_assert_eq(m->nblocs, 2);
    cr_assert_eq(m->actors[0].bloc, 0);
    for (size_t i = 1; i <= 8; i++)
        cr_assert_eq(m->actors[i].bloc, i % 2 ? 1 : 2, "actor %zu", i);
    cr_assert_float_eq(m->bloc_camp_agreement, 1, EPS);
    ag_metrics_free(m);
    ag_graph_free(g);
}

/* Components {0, 3, 4} (0 hostile to 3, 3 supports 4) and {1, 2} (support):
 * blocs {0}, {1, 2}, {3, 4} are numbered across components by lowest actor. */
Test(metrics, bloc_numbers_run_across_components)
{
    rel r[] = {{0, 3, -4}, {3, 4, 4}, {1, 2, 4}};
    ag_graph *g = mk(5, r, N(r));
    ag_metrics *m = test_metrics(g);
    int bloc[] = {1, 2, 2, 3, 3};
    cr_assert_eq(m->nblocs, 3);
    for (size_t i = 0; i < 5; i++)
        cr_assert_eq(m->actors[i].bloc, bloc[i], "actor %zu", i);
    ag_metrics_free(m);
    ag_graph_free(g);
}

Test(metrics, results_are_reproducible)
{
    rel r[] = {{0, 1, 2}, {1, 2, -3}, {2, 3, 1}, {3, 4, -1}, {4, 0, 2}, {1, 3, 5}, {0, 2, -2}};
    ag_graph *g = mk(5, r, N(r));
    ag_metrics *a = test_metrics(g), *b = test_metrics(g);
    for (size_t i = 0; i < 5; i++) {
        cr_assert_eq(a->actors[i].bloc, b->actors[i].bloc);
        cr_assert_eq(a->actors[i].camp, b->actors[i].camp);
    }
    ag_metrics_free(a);
    ag_metrics_free(b);
    ag_graph_free(g);
}

/* A0 <-> A1 hostile both ways, A0 <-> A2 support both ways, A0 -> A3
 * hostile one way: 2 of 3 hostile ordered pairs returned, 2 of 2 supportive. */
Test(metrics, reciprocity)
{
    rel r[] = {{0, 1, -2}, {1, 0, -1}, {0, 2, 3}, {2, 0, 1}, {0, 3, -2}, {1, 0, 4}};
    ag_graph *g = mk(4, r, N(r));
    ag_metrics *m = test_metrics(g);
    cr_assert_eq(m->nreciprocal_hostility, 1);
    cr_assert_eq(m->reciprocal_hostility[0].a, 0);
    cr_assert_eq(m->reciprocal_hostility[0].b, 1);
    cr_assert_float_eq(m->reciprocity_hostility, 2.0 / 3, EPS);
    cr_assert_eq(m->nreciprocal_support, 1);
    cr_assert_eq(m->reciprocal_support[0].b, 2);
    cr_assert_float_eq(m->reciprocity_support, 2.0 / 3, EPS, "1->0 support is not returned");
    ag_metrics_free(m);
    ag_graph_free(g);
}

/* An infinite weight (which the graph loader never lets through) makes
 * igraph's PageRank fail: an error value, no abort, nothing leaked. */
Test(metrics, igraph_failure_is_an_error_value)
{
    rel r[] = {{0, 1, INFINITY}, {1, 2, 1}};
    ag_graph *g = mk(3, r, N(r));
    ag_metrics *m = (ag_metrics *)g; /* must be reset */
    ag_error e;
    cr_assert_eq(ag_metrics_compute(g, &m, &e), AG_ESOFTWARE);
    cr_assert_null(m);
    cr_assert_eq(e.status, AG_ESOFTWARE);
    cr_assert(strstr(e.msg, "igraph failed computing PageRank") != NULL, "%s", e.msg);
    ag_graph_free(g);
}

Test(metrics, empty_graph)
{
    ag_graph *g = ag_graph_new();
    ag_metrics *m = test_metrics(g);
    cr_assert_eq(m->nactors, 0);
    cr_assert_eq(m->nblocs, 0);
    cr_assert(isnan(m->balance) && isnan(m->bloc_camp_agreement));
    ag_metrics_free(m);
    ag_metrics_free(NULL);
    ag_graph_free(g);
}

Test(metrics, metric_names)
{
    struct {
        const char *name;
        ag_metric m;
    } cases[] = {{"pagerank", AG_METRIC_PAGERANK},         {"betweenness", AG_METRIC_BETWEENNESS},
                 {"strength", AG_METRIC_STRENGTH},         {"support_in", AG_METRIC_SUPPORT_IN},
                 {"hostility_in", AG_METRIC_HOSTILITY_IN}, {"pn", AG_METRIC_PN}};
    for (size_t k = 0; k < N(cases); k++) {
        ag_metric m = AG_METRIC_COUNT;
        cr_assert(ag_metric_parse(cases[k].name, &m));
        cr_assert_eq(m, cases[k].m);
        cr_assert_str_eq(ag_metric_name(m), cases[k].name);
    }
    ag_metric m = AG_METRIC_PN;
    cr_assert(!ag_metric_parse("PageRank", &m));
    cr_assert(!ag_metric_parse("", &m));
    cr_assert_eq(m, AG_METRIC_PN);
}

Test(metrics, metric_values)
{
    rel r[] = {{0, 1, 3}, {1, 0, -2}};
    ag_graph *g = mk(2, r, N(r));
    ag_metrics *m = test_metrics(g);
    cr_assert_float_eq(ag_metric_value(m, 1, AG_METRIC_STRENGTH), 5, EPS);
    cr_assert_float_eq(ag_metric_value(m, 1, AG_METRIC_SUPPORT_IN), 3, EPS);
    cr_assert_float_eq(ag_metric_value(m, 0, AG_METRIC_HOSTILITY_IN), 2, EPS);
    cr_assert_float_eq(ag_metric_value(m, 0, AG_METRIC_PAGERANK), 0.5, EPS);
    cr_assert_float_eq(ag_metric_value(m, 0, AG_METRIC_PN), m->actors[0].pn, EPS);
    ag_metrics_free(m);
    ag_graph_free(g);
}

/* The curated graph of the seed article (run from the repository root). */
Test(metrics, karabakh_blocs_camps_and_hostility)
{
    ag_graph *g = NULL;
    ag_error e;
    cr_assert_eq(ag_graph_load("graphs/karabakh-2024-01-18.json", false, &g, NULL, &e), AG_OK, "%s",
                 e.msg);
    ag_metrics *m = test_metrics(g);
    size_t aze, i;
    cr_assert(ag_graph_find_actor(g, "AZE", &aze));
    for (i = 0; i < g->nactors; i++)
        cr_assert(i == aze || m->actors[i].hostility_in < m->actors[aze].hostility_in,
                  "%s receives as much hostility as AZE", g->actors[i].id);
    const char *west[] = {"FRA", "FRA.SENATE", "ARM", "EU", "USA"};
    const char *east[] = {"AZE", "AZE.PARLIAMENT"};
    size_t fra;
    cr_assert(ag_graph_find_actor(g, "FRA", &fra));
    for (size_t k = 0; k < N(west); k++) {
        cr_assert(ag_graph_find_actor(g, west[k], &i));
        cr_assert_eq(m->actors[i].bloc, m->actors[fra].bloc, "%s", west[k]);
        cr_assert_eq(m->actors[i].camp, m->actors[fra].camp, "%s", west[k]);
    }
    for (size_t k = 0; k < N(east); k++) {
        cr_assert(ag_graph_find_actor(g, east[k], &i));
        cr_assert_neq(m->actors[i].bloc, m->actors[fra].bloc, "%s", east[k]);
        cr_assert_eq(m->actors[i].bloc, m->actors[aze].bloc, "%s", east[k]);
        cr_assert_neq(m->actors[i].camp, m->actors[fra].camp, "%s", east[k]);
    }
    cr_assert(m->frustration_exact);
    cr_assert_eq(m->nreciprocal_hostility, 1);
    size_t a = m->reciprocal_hostility[0].a, b = m->reciprocal_hostility[0].b;
    cr_assert((a == fra && b == aze) || (a == aze && b == fra));
    ag_metrics_free(m);
    ag_graph_free(g);
}
