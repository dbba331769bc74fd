/* metrics.c: centrality and signed measures (the only igraph user).
 *
 * The graph is first reduced, in plain C, to dyads (parallel relations
 * summed) and to the undirected signed projection; igraph then gets only
 * what it accepts: positive weights for PageRank and betweenness, one
 * connected signed graph per spinglass call, a sparse matrix for the PN
 * system. Functions returning igraph_error_t follow igraph's own idiom:
 * every object is registered with IGRAPH_FINALLY, so that when a call fails
 * the error handler installed here (igraph_error_handler_ignore) frees them
 * and the code comes back to us instead of abort(). Formulas and references
 * are in data/metrics.md.
 */
#include "metrics.h"

#include <igraph.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum {
    EXACT_MAX = 24,      /* largest component whose frustration is found exhaustively */
    SPINS_MAX = 25,      /* igraph's default upper bound on the number of spinglass states */
    SPINGLASS_MAX = 400, /* largest component given to spinglass: 1.75 s at 300 actors, 27 s at
                            2000, 17 min at 4588 (90,000 relations); larger ones get their camps */
    RESTARTS = 32        /* random starts of the heuristic frustration search */
};
#define ZERO_TIE 1e-9 /* a summed signed weight this close to 0 is no tie */
#define DAMPING 0.85  /* PageRank */
#define SPIN_SEED 20240118
#define SPIN_GAMMA 0.5 /* spinglass resolution for positive ties (gamma); see data/metrics.md */
#define SPIN_GAMMA_MINUS 1.0 /* ... and for negative ties (gamma_minus) */
#define SEARCH_SEED 0x9E3779B97F4A7C15ULL

/* The relations from a to b, summed. */
typedef struct {
    size_t a, b;
    double abs;              /* summed |weight| */
    double sum;              /* summed signed weight (see metrics.h) */
    bool support, hostility; /* at least one relation of that polarity */
} dyad;

typedef struct {
    size_t n;
    dyad *dir; /* ordered pairs a != b with a relation, sorted by (a, b) */
    size_t ndir;
    dyad *und; /* the undirected signed projection: a < b, |sum| > ZERO_TIE, sorted */
    size_t nund;
    size_t *off; /* CSR of und: v's neighbours are adj[off[v] .. off[v+1]), ascending */
    size_t *adj;
    double *wt; /* the tie's summed signed weight, beside adj */
} net;

/* ---- progress ---- */

/* Where the phases of the running ag_metrics_compute_progress go. A static,
 * because igraph's progress handler is one for the process. */
static struct {
    const ag_progress *p;
    const char *phase;
} reporting;

static void phase(const char *name)
{
    reporting.phase = name;
    ag_progress_phase(reporting.p, "metrics", name);
}

static igraph_error_t on_igraph_progress(const char *message, igraph_real_t percent, void *data)
{
    (void)message;
    (void)data;
    ag_progress_event ev = {
        .task = "metrics", .phase = reporting.phase, .done = (size_t)percent, .total = 100};
    ag_progress_report(reporting.p, &ev);
    return IGRAPH_SUCCESS;
}

/* ---- reduction to dyads ---- */

static int cmp_dyad(const void *x, const void *y)
{
    const dyad *p = x, *q = y;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return p->b < q->b ? -1 : p->b > q->b;
}

/* Sorts d[0..n) and sums runs with equal (a, b) into one; returns the count left. */
static size_t merge_dyads(dyad *d, size_t n)
{
    if (!n)
        return 0;
    qsort(d, n, sizeof *d, cmp_dyad);
    size_t k = 0;
    for (size_t i = 1; i < n; i++) {
        if (cmp_dyad(&d[k], &d[i]) == 0) {
            d[k].abs += d[i].abs;
            d[k].sum += d[i].sum;
            d[k].support |= d[i].support;
            d[k].hostility |= d[i].hostility;
        } else {
            d[++k] = d[i];
        }
    }
    return k + 1;
}

static void project(net *t)
{
    t->und = ag_xmalloc((t->ndir ? t->ndir : 1) * sizeof *t->und);
    for (size_t i = 0; i < t->ndir; i++) {
        dyad d = t->dir[i];
        if (d.a > d.b)
            d = (dyad){d.b, d.a, d.abs, d.sum, d.support, d.hostility};
        t->und[i] = d;
    }
    size_t k = merge_dyads(t->und, t->ndir);
    t->nund = 0;
    for (size_t i = 0; i < k; i++)
        if (fabs(t->und[i].sum) > ZERO_TIE)
            t->und[t->nund++] = t->und[i];
    /* CSR: ties are sorted by (a, b), so each adjacency list fills in ascending order */
    t->off = ag_xcalloc(t->n + 1, sizeof *t->off);
    t->adj = ag_xmalloc((2 * t->nund + 1) * sizeof *t->adj);
    t->wt = ag_xmalloc((2 * t->nund + 1) * sizeof *t->wt);
    for (size_t i = 0; i < t->nund; i++) {
        t->off[t->und[i].a + 1]++;
        t->off[t->und[i].b + 1]++;
    }
    for (size_t v = 0; v < t->n; v++)
        t->off[v + 1] += t->off[v];
    size_t *fill = ag_xmalloc((t->n + 1) * sizeof *fill);
    memcpy(fill, t->off, (t->n + 1) * sizeof *fill);
    for (size_t i = 0; i < t->nund; i++) {
        const dyad *d = &t->und[i];
        t->wt[fill[d->a]] = d->sum;
        t->adj[fill[d->a]++] = d->b;
        t->wt[fill[d->b]] = d->sum;
        t->adj[fill[d->b]++] = d->a;
    }
    free(fill);
}

static void net_build(const ag_graph *g, net *t)
{
    t->n = g->nactors;
    t->dir = ag_xmalloc((g->nrelations ? g->nrelations : 1) * sizeof *t->dir);
    size_t k = 0;
    for (size_t j = 0; j < g->nrelations; j++) {
        const ag_relation *r = &g->relations[j];
        if (r->source == r->target)
            continue;
        double w = fabs(r->weight);
        t->dir[k++] = (dyad){r->source,
                             r->target,
                             w,
                             (double)r->polarity * w,
                             r->polarity == AG_SUPPORT,
                             r->polarity == AG_HOSTILITY};
    }
    t->ndir = merge_dyads(t->dir, k);
    project(t);
}

static void net_free(net *t)
{
    free(t->dir);
    free(t->und);
    free(t->off);
    free(t->adj);
    free(t->wt);
}

/* ---- strengths and signed degrees ---- */

static void strengths(const ag_graph *g, const net *t, ag_actor_metrics *am)
{
    for (size_t j = 0; j < g->nrelations; j++) {
        const ag_relation *r = &g->relations[j];
        if (r->source == r->target)
            continue;
        double w = fabs(r->weight);
        ag_actor_metrics *s = &am[r->source], *d = &am[r->target];
        s->strength_out += w;
        d->strength_in += w;
        if (r->polarity == AG_SUPPORT) {
            s->support_out += w;
            d->support_in += w;
        } else if (r->polarity == AG_HOSTILITY) {
            s->hostility_out += w;
            d->hostility_in += w;
        }
    }
    for (size_t i = 0; i < t->ndir; i++) {
        const dyad *d = &t->dir[i];
        am[d->a].support_deg_out += d->support;
        am[d->b].support_deg_in += d->support;
        am[d->a].hostility_deg_out += d->hostility;
        am[d->b].hostility_deg_in += d->hostility;
    }
    for (size_t v = 0; v < t->n; v++) {
        ag_actor_metrics *a = &am[v];
        a->net_in = a->support_in - a->hostility_in;
        double tot = a->support_in + a->hostility_in;
        a->hostility_share = tot > 0 ? a->hostility_in / tot : 0;
    }
}

/* ---- PageRank and betweenness on |weight| ---- */

static igraph_error_t centrality(const net *t, ag_actor_metrics *am)
{
    igraph_vector_int_t ev;
    igraph_vector_t w, dist, res;
    igraph_t g;
    size_t ne = 0;
    for (size_t i = 0; i < t->ndir; i++)
        ne += t->dir[i].abs > 0;
    IGRAPH_CHECK(igraph_vector_int_init(&ev, (igraph_integer_t)(2 * ne)));
    IGRAPH_FINALLY(igraph_vector_int_destroy, &ev);
    IGRAPH_CHECK(igraph_vector_init(&w, (igraph_integer_t)ne));
    IGRAPH_FINALLY(igraph_vector_destroy, &w);
    IGRAPH_CHECK(igraph_vector_init(&dist, (igraph_integer_t)ne));
    IGRAPH_FINALLY(igraph_vector_destroy, &dist);
    for (size_t i = 0, e = 0; i < t->ndir; i++) {
        const dyad *d = &t->dir[i];
        if (d->abs > 0) {
            VECTOR(ev)[2 * e] = (igraph_integer_t)d->a;
            VECTOR(ev)[2 * e + 1] = (igraph_integer_t)d->b;
            VECTOR(w)[e] = d->abs;
            VECTOR(dist)[e++] = 1.0 / d->abs;
        }
    }
    IGRAPH_CHECK(igraph_create(&g, &ev, (igraph_integer_t)t->n, IGRAPH_DIRECTED));
    IGRAPH_FINALLY(igraph_destroy, &g);
    IGRAPH_CHECK(igraph_vector_init(&res, 0));
    IGRAPH_FINALLY(igraph_vector_destroy, &res);
    phase("pagerank");
    IGRAPH_CHECK(igraph_pagerank(&g, IGRAPH_PAGERANK_ALGO_PRPACK, &res, NULL, igraph_vss_all(),
                                 IGRAPH_DIRECTED, DAMPING, &w, NULL));
    for (size_t v = 0; v < t->n; v++)
        am[v].pagerank = VECTOR(res)[v];
    phase("betweenness");
    IGRAPH_CHECK(igraph_betweenness(&g, &res, igraph_vss_all(), IGRAPH_DIRECTED, &dist));
    for (size_t v = 0; v < t->n; v++)
        am[v].betweenness = VECTOR(res)[v];
    igraph_vector_destroy(&res);
    igraph_destroy(&g);
    igraph_vector_destroy(&dist);
    igraph_vector_destroy(&w);
    igraph_vector_int_destroy(&ev);
    IGRAPH_FINALLY_CLEAN(5);
    return IGRAPH_SUCCESS;
}

/* ---- PN centrality ---- */

typedef enum { PN_OUT, PN_IN, PN_UNDIRECTED } pn_mode;

/* Adds -A/(2n-2) for the signed ties of `mode` to the triplet matrix m
 * (A = P - 2N); returns how many negative entries it added. */
static igraph_error_t pn_entries(const net *t, pn_mode mode, igraph_sparsemat_t *m, size_t *nneg)
{
    double beta = 1.0 / (2.0 * (double)t->n - 2.0);
    const dyad *d = mode == PN_UNDIRECTED ? t->und : t->dir;
    size_t nd = mode == PN_UNDIRECTED ? t->nund : t->ndir;
    *nneg = 0;
    for (size_t i = 0; i < nd; i++) {
        if (fabs(d[i].sum) <= ZERO_TIE)
            continue;
        double a = d[i].sum > 0 ? 1.0 : -2.0;
        *nneg += (d[i].sum < 0) * (mode == PN_UNDIRECTED ? 2 : 1);
        igraph_integer_t r = (igraph_integer_t)d[i].a, c = (igraph_integer_t)d[i].b;
        if (mode != PN_IN)
            IGRAPH_CHECK(igraph_sparsemat_entry(m, r, c, -beta * a));
        if (mode != PN_OUT)
            IGRAPH_CHECK(igraph_sparsemat_entry(m, c, r, -beta * a));
    }
    return IGRAPH_SUCCESS;
}

/* PN = (I - A/(2n-2))^-1 1 by sparse LU (CSparse inside igraph), into x[0..n).
 * Out-PN counts walks leaving an actor (rows of A), in-PN uses A transposed,
 * undirected PN the symmetric projection. The matrix is singular exactly when
 * n = 2 and both of its off-diagonal entries are -2 (proof in data/metrics.md);
 * x is then NAN. */
static igraph_error_t pn_solve(const net *t, pn_mode mode, double *x)
{
    size_t n = t->n, nneg;
    igraph_sparsemat_t trip, cc;
    igraph_vector_t one, res;
    IGRAPH_CHECK(igraph_sparsemat_init(&trip, (igraph_integer_t)n, (igraph_integer_t)n,
                                       (igraph_integer_t)(n + 2 * t->ndir)));
    IGRAPH_FINALLY(igraph_sparsemat_destroy, &trip);
    for (size_t v = 0; v < n; v++)
        IGRAPH_CHECK(igraph_sparsemat_entry(&trip, (igraph_integer_t)v, (igraph_integer_t)v, 1));
    IGRAPH_CHECK(pn_entries(t, mode, &trip, &nneg));
    IGRAPH_CHECK(igraph_sparsemat_compress(&trip, &cc));
    IGRAPH_FINALLY(igraph_sparsemat_destroy, &cc);
    IGRAPH_CHECK(igraph_vector_init(&one, (igraph_integer_t)n));
    IGRAPH_FINALLY(igraph_vector_destroy, &one);
    igraph_vector_fill(&one, 1);
    IGRAPH_CHECK(igraph_vector_init(&res, (igraph_integer_t)n));
    IGRAPH_FINALLY(igraph_vector_destroy, &res);
    bool singular = n == 2 && nneg == 2;
    if (!singular)
        IGRAPH_CHECK(igraph_sparsemat_lusol(&cc, &one, &res, 1, 1.0));
    for (size_t v = 0; v < n; v++)
        x[v] = singular ? NAN : VECTOR(res)[v];
    igraph_vector_destroy(&res);
    igraph_vector_destroy(&one);
    igraph_sparsemat_destroy(&cc);
    igraph_sparsemat_destroy(&trip);
    IGRAPH_FINALLY_CLEAN(4);
    return IGRAPH_SUCCESS;
}

static igraph_error_t pn_all(const net *t, ag_actor_metrics *am)
{
    if (t->n < 2) { /* one actor alone: A = 0, PN = 1 */
        for (size_t v = 0; v < t->n; v++)
            am[v].pn_out = am[v].pn_in = am[v].pn = 1;
        return IGRAPH_SUCCESS;
    }
    double *x = ag_xmalloc(3 * t->n * sizeof *x);
    IGRAPH_FINALLY(free, x);
    IGRAPH_CHECK(pn_solve(t, PN_OUT, x));
    IGRAPH_CHECK(pn_solve(t, PN_IN, x + t->n));
    IGRAPH_CHECK(pn_solve(t, PN_UNDIRECTED, x + 2 * t->n));
    for (size_t v = 0; v < t->n; v++) {
        am[v].pn_out = x[v];
        am[v].pn_in = x[t->n + v];
        am[v].pn = x[2 * t->n + v];
    }
    free(x);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* ---- structural balance ---- */

static void balance(const net *t, ag_metrics *m)
{
    double *mark = ag_xcalloc(t->n, sizeof *mark); /* signed weight of u's tie to w, or 0 */
    for (size_t u = 0; u < t->n; u++) {
        for (size_t i = t->off[u]; i < t->off[u + 1]; i++)
            mark[t->adj[i]] = t->wt[i];
        for (size_t i = t->off[u]; i < t->off[u + 1]; i++) {
            size_t v = t->adj[i];
            if (v < u)
                continue;
            for (size_t j = t->off[v]; j < t->off[v + 1]; j++) {
                size_t w = t->adj[j];
                if (w <= v || mark[w] == 0)
                    continue;
                bool bal = (t->wt[i] > 0) == ((t->wt[j] > 0) == (mark[w] > 0));
                if (bal)
                    m->triangles_balanced++;
                else
                    m->triangles_unbalanced++;
            }
        }
        for (size_t i = t->off[u]; i < t->off[u + 1]; i++)
            mark[t->adj[i]] = 0;
    }
    free(mark);
    size_t tri = m->triangles_balanced + m->triangles_unbalanced;
    m->balance = tri ? (double)m->triangles_balanced / (double)tri : NAN;
}

/* ---- connected components of the projection ---- */

typedef struct {
    size_t *nodes; /* actors grouped by component, ascending within each */
    size_t *start; /* component c is nodes[start[c] .. start[c+1]) */
    size_t count;
    size_t *comp;  /* actor -> component */
    size_t *local; /* actor -> position within its component */
} components;

static int cmp_size(const void *x, const void *y)
{
    size_t a = *(const size_t *)x, b = *(const size_t *)y;
    return a < b ? -1 : a > b;
}

/* Components numbered by their lowest actor index. */
static void components_find(const net *t, components *c)
{
    size_t n = t->n;
    c->nodes = ag_xmalloc((n ? n : 1) * sizeof *c->nodes);
    c->start = ag_xmalloc((n + 1) * sizeof *c->start);
    c->comp = ag_xmalloc((n ? n : 1) * sizeof *c->comp);
    c->local = ag_xmalloc((n ? n : 1) * sizeof *c->local);
    for (size_t v = 0; v < n; v++)
        c->comp[v] = SIZE_MAX;
    c->count = 0;
    size_t tail = 0;
    for (size_t s = 0; s < n; s++) {
        if (c->comp[s] != SIZE_MAX)
            continue;
        size_t head = tail;
        c->start[c->count] = head;
        c->comp[s] = c->count;
        c->nodes[tail++] = s;
        for (size_t q = head; q < tail; q++) /* breadth-first */
            for (size_t i = t->off[c->nodes[q]]; i < t->off[c->nodes[q] + 1]; i++)
                if (c->comp[t->adj[i]] == SIZE_MAX) {
                    c->comp[t->adj[i]] = c->count;
                    c->nodes[tail++] = t->adj[i];
                }
        qsort(c->nodes + head, tail - head, sizeof *c->nodes, cmp_size);
        for (size_t q = head; q < tail; q++)
            c->local[c->nodes[q]] = q - head;
        c->count++;
    }
    c->start[c->count] = tail;
}

static void components_free(components *c)
{
    free(c->nodes);
    free(c->start);
    free(c->comp);
    free(c->local);
}

/* ---- frustration ---- */

static unsigned popcount32(uint32_t x)
{
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    x = (x + (x >> 4)) & 0x0F0F0F0Fu;
    return (x * 0x01010101u) >> 24;
}

/* What a split breaks: the number of ties, then their summed |weight|
 * (among splits breaking as few ties, the weakest ties break). */
typedef struct {
    size_t ties;
    double weight;
} cost;

static bool cheaper(cost a, cost b)
{
    return a.ties < b.ties || (a.ties == b.ties && a.weight < b.weight - ZERO_TIE);
}

static unsigned lowest_bit(uint32_t x)
{
    unsigned v = 0;
    while (!(x >> v & 1))
        v++;
    return v;
}

/* byte[i][b][mask]: the summed |weight| of the ties from the component's
 * i-th actor to the actors of `mask` in bits 8b..8b+7, so that the weight
 * of any set of actors costs three lookups. */
typedef struct {
    double byte[EXACT_MAX][3][256];
} weight_table;

static double mask_weight(const weight_table *w, size_t i, uint32_t mask)
{
    return w->byte[i][0][mask & 255] + w->byte[i][1][mask >> 8 & 255] +
           w->byte[i][2][mask >> 16 & 255];
}

static void weight_table_fill(weight_table *w, const net *t, const components *c, size_t cc)
{
    const size_t *nodes = c->nodes + c->start[cc];
    size_t k = c->start[cc + 1] - c->start[cc];
    for (size_t i = 0; i < k; i++) {
        double to[3 * 8] = {0};
        for (size_t j = t->off[nodes[i]]; j < t->off[nodes[i] + 1]; j++)
            to[c->local[t->adj[j]]] = fabs(t->wt[j]);
        for (unsigned b = 0; b < 3; b++) {
            w->byte[i][b][0] = 0;
            for (uint32_t m = 1; m < 256; m++)
                w->byte[i][b][m] = w->byte[i][b][m & (m - 1)] + to[8 * b + lowest_bit(m)];
        }
    }
}

/* Exhaustive search over the 2^(k-1) splits of a component of k <= 24
 * actors (its first actor stays in camp 0), visited in Gray-code order so
 * that each step moves one actor and updates the number and the weight of
 * the broken ties in O(1) with bit masks and weight_table. Writes the
 * cheapest split (the first found among equals) to side[]. */
static void frustration_exact(const net *t, const components *c, size_t cc, unsigned char *side)
{
    const size_t *nodes = c->nodes + c->start[cc];
    size_t k = c->start[cc + 1] - c->start[cc];
    uint32_t pos[EXACT_MAX] = {0}, neg[EXACT_MAX] = {0};
    weight_table *w = ag_xmalloc(sizeof *w);
    weight_table_fill(w, t, c, cc);
    cost cur = {0, 0}; /* all in camp 0: the negative ties break */
    for (size_t i = 0; i < k; i++) {
        for (size_t j = t->off[nodes[i]]; j < t->off[nodes[i] + 1]; j++) {
            size_t u = c->local[t->adj[j]];
            if (t->wt[j] > 0)
                pos[i] |= (uint32_t)1 << u;
            else
                neg[i] |= (uint32_t)1 << u;
            cur.ties += t->wt[j] < 0 && i < u;
        }
        cur.weight += mask_weight(w, i, neg[i]) / 2;
    }
    uint32_t all = ((uint32_t)1 << k) - 1, s = 0, best_s = 0;
    cost best = cur;
    for (uint32_t step = 1; step < (uint32_t)1 << (k - 1); step++) {
        unsigned v = lowest_bit(step) + 1; /* actor v moves */
        uint32_t bit = (uint32_t)1 << v, ties = pos[v] | neg[v];
        uint32_t other = s & bit ? ~s & all : s;
        uint32_t broken = (pos[v] & other) | (neg[v] & all & ~other & ~bit);
        cur.ties = cur.ties + popcount32(ties) - 2 * popcount32(broken);
        cur.weight += mask_weight(w, v, ties) - 2 * mask_weight(w, v, broken);
        s ^= bit;
        if (cheaper(cur, best)) {
            best = cur;
            best_s = s;
        }
    }
    free(w);
    for (size_t i = 0; i < k; i++)
        side[nodes[i]] = best_s >> i & 1;
}

static uint64_t xorshift(uint64_t *state)
{
    uint64_t x = *state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *state = x;
    return x * 0x2545F4914F6CDD1DULL;
}

/* The ties at v (and their |weight|) that side[] breaks now, and those it
 * would break with v in the other camp. */
static void at_actor(const net *t, const unsigned char *side, size_t v, cost *now, cost *moved)
{
    *now = *moved = (cost){0, 0};
    for (size_t i = t->off[v]; i < t->off[v + 1]; i++) {
        cost *x = (t->wt[i] > 0) != (side[t->adj[i]] == side[v]) ? now : moved;
        x->ties++;
        x->weight += fabs(t->wt[i]);
    }
}

/* Moves single actors while that makes the split cheaper; returns its cost. */
static cost local_search(const net *t, const size_t *nodes, size_t k, unsigned char *side)
{
    cost now, moved;
    bool again = true;
    while (again) {
        again = false;
        for (size_t i = 0; i < k; i++) {
            at_actor(t, side, nodes[i], &now, &moved);
            if (cheaper(moved, now)) {
                side[nodes[i]] ^= 1;
                again = true;
            }
        }
    }
    cost total = {0, 0};
    for (size_t i = 0; i < k; i++) {
        at_actor(t, side, nodes[i], &now, &moved);
        total.ties += now.ties;
        total.weight += now.weight;
    }
    return (cost){total.ties / 2, total.weight / 2};
}

/* Puts the component of `root` into the camps that satisfy every tie of a
 * breadth-first spanning tree from root (queue: scratch of the component's size). */
static void tree_split(const net *t, size_t root, const components *c, size_t *queue,
                       unsigned char *side, bool *seen)
{
    size_t head = 0, tail = 0;
    queue[tail++] = root;
    seen[c->local[root]] = true;
    side[root] = 0;
    while (head < tail) {
        size_t u = queue[head++];
        for (size_t i = t->off[u]; i < t->off[u + 1]; i++) {
            size_t v = t->adj[i];
            if (!seen[c->local[v]]) {
                seen[c->local[v]] = true;
                side[v] = side[u] ^ (t->wt[i] < 0);
                queue[tail++] = v;
            }
        }
    }
}

/* Heuristic for components over EXACT_MAX actors: local search from
 * RESTARTS splits, each satisfying a breadth-first spanning tree from a
 * random root (fixed seed); the cheapest is kept. */
static void frustration_search(const net *t, const components *c, size_t cc, unsigned char *side)
{
    const size_t *nodes = c->nodes + c->start[cc];
    size_t k = c->start[cc + 1] - c->start[cc];
    cost best = {SIZE_MAX, 0};
    unsigned char *best_side = ag_xmalloc(k);
    size_t *queue = ag_xmalloc(k * sizeof *queue);
    bool *seen = ag_xmalloc(k * sizeof *seen);
    uint64_t rng = SEARCH_SEED;
    for (int r = 0; r < RESTARTS; r++) {
        memset(seen, 0, k * sizeof *seen);
        tree_split(t, nodes[xorshift(&rng) % k], c, queue, side, seen);
        cost f = local_search(t, nodes, k, side);
        if (cheaper(f, best)) {
            best = f;
            for (size_t i = 0; i < k; i++)
                best_side[i] = side[nodes[i]];
        }
    }
    for (size_t i = 0; i < k; i++)
        side[nodes[i]] = best_side[i];
    free(best_side);
    free(queue);
    free(seen);
}

static void frustration(const net *t, const components *c, ag_metrics *m)
{
    unsigned char *side = ag_xcalloc(t->n, 1);
    m->frustration_exact = true;
    for (size_t cc = 0; cc < c->count; cc++) {
        size_t k = c->start[cc + 1] - c->start[cc];
        if (k > EXACT_MAX) {
            frustration_search(t, c, cc, side);
            m->frustration_exact = false;
        } else if (k > 1) {
            frustration_exact(t, c, cc, side);
        }
        unsigned char first = side[c->nodes[c->start[cc]]];
        for (size_t i = c->start[cc]; i < c->start[cc + 1]; i++)
            side[c->nodes[i]] ^= first; /* the component's first actor in camp 0 */
    }
    m->frustrated = ag_xmalloc((t->nund ? t->nund : 1) * sizeof *m->frustrated);
    for (size_t i = 0; i < t->nund; i++) {
        const dyad *d = &t->und[i];
        if ((d->sum > 0) != (side[d->a] == side[d->b]))
            m->frustrated[m->nfrustrated++] = (ag_pair){d->a, d->b};
    }
    m->frustration = m->nfrustrated;
    for (size_t v = 0; v < t->n; v++)
        m->actors[v].camp = side[v];
    free(side);
}

/* ---- blocs ---- */

/* Spinglass (Traag & Bruggeman's implementation for negative weights) on
 * component cc, which is connected by construction; its membership into memb. */
static igraph_error_t spinglass(const net *t, const components *c, size_t cc,
                                igraph_vector_int_t *memb)
{
    const size_t *nodes = c->nodes + c->start[cc];
    size_t k = c->start[cc + 1] - c->start[cc];
    igraph_vector_int_t ev;
    igraph_vector_t w;
    igraph_t g;
    IGRAPH_CHECK(igraph_vector_int_init(&ev, 0));
    IGRAPH_FINALLY(igraph_vector_int_destroy, &ev);
    IGRAPH_CHECK(igraph_vector_init(&w, 0));
    IGRAPH_FINALLY(igraph_vector_destroy, &w);
    for (size_t i = 0; i < k; i++)
        for (size_t j = t->off[nodes[i]]; j < t->off[nodes[i] + 1]; j++)
            if (t->adj[j] > nodes[i]) {
                IGRAPH_CHECK(igraph_vector_int_push_back(&ev, (igraph_integer_t)i));
                IGRAPH_CHECK(
                    igraph_vector_int_push_back(&ev, (igraph_integer_t)c->local[t->adj[j]]));
                IGRAPH_CHECK(igraph_vector_push_back(&w, t->wt[j]));
            }
    IGRAPH_CHECK(igraph_create(&g, &ev, (igraph_integer_t)k, IGRAPH_UNDIRECTED));
    IGRAPH_FINALLY(igraph_destroy, &g);
    IGRAPH_CHECK(igraph_rng_seed(igraph_rng_default(), SPIN_SEED));
    igraph_integer_t spins = k < SPINS_MAX ? (igraph_integer_t)k : SPINS_MAX;
    IGRAPH_CHECK(igraph_community_spinglass(&g, &w, NULL, NULL, memb, NULL, spins, false, 1.0, 0.01,
                                            0.99, IGRAPH_SPINCOMM_UPDATE_CONFIG, SPIN_GAMMA,
                                            IGRAPH_SPINCOMM_IMP_NEG, SPIN_GAMMA_MINUS));
    igraph_destroy(&g);
    igraph_vector_destroy(&w);
    igraph_vector_int_destroy(&ev);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}

/* Rand index of blocs against camps over pairs within components. */
static double agreement(const components *c, const ag_actor_metrics *am)
{
    size_t pairs = 0, agree = 0;
    for (size_t cc = 0; cc < c->count; cc++)
        for (size_t i = c->start[cc]; i < c->start[cc + 1]; i++)
            for (size_t j = i + 1; j < c->start[cc + 1]; j++) {
                const ag_actor_metrics *x = &am[c->nodes[i]], *y = &am[c->nodes[j]];
                agree += (x->bloc == y->bloc) == (x->camp == y->camp);
                pairs++;
            }
    return pairs ? (double)agree / (double)pairs : NAN;
}

/* Renumbers blocs 1.. in order of their lowest actor index (0 stays 0). */
static void renumber(ag_metrics *m)
{
    int *to = ag_xcalloc((size_t)m->nblocs + 1, sizeof *to), next = 0;
    for (size_t v = 0; v < m->nactors; v++) {
        int *b = &m->actors[v].bloc;
        if (*b && !to[*b])
            to[*b] = ++next;
        *b = to[*b];
    }
    free(to);
}

/* Blocs: spinglass on each component of two to SPINGLASS_MAX actors, the
 * two camps of the frustration split on larger ones. */
static igraph_error_t blocs(const net *t, const components *c, ag_metrics *m)
{
    igraph_vector_int_t memb;
    int *label = ag_xmalloc((t->n ? t->n : 1) * sizeof *label); /* per component: spin -> bloc */
    IGRAPH_FINALLY(free, label);
    IGRAPH_CHECK(igraph_vector_int_init(&memb, 0));
    IGRAPH_FINALLY(igraph_vector_int_destroy, &memb);
    for (size_t cc = 0; cc < c->count; cc++) {
        size_t k = c->start[cc + 1] - c->start[cc];
        if (k < 2)
            continue; /* isolates keep bloc 0 */
        if (k > SPINGLASS_MAX) {
            /* too large to anneal in reasonable time: the frustration split's two camps */
            IGRAPH_CHECK(igraph_vector_int_resize(&memb, (igraph_integer_t)k));
            for (size_t i = 0; i < k; i++)
                VECTOR(memb)[i] = m->actors[c->nodes[c->start[cc] + i]].camp;
            m->blocs_from_camps = true;
        } else {
            IGRAPH_CHECK(spinglass(t, c, cc, &memb));
        }
        for (size_t i = 0; i < k; i++)
            label[i] = 0;
        for (size_t i = 0; i < k; i++) {
            igraph_integer_t s = VECTOR(memb)[i];
            if (!label[s])
                label[s] = ++m->nblocs;
            m->actors[c->nodes[c->start[cc] + i]].bloc = label[s];
        }
    }
    renumber(m);
    igraph_vector_int_destroy(&memb);
    free(label);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/* ---- reciprocity ---- */

static const dyad *find_dyad(const net *t, size_t a, size_t b)
{
    dyad key = {a, b, 0, 0, false, false};
    return bsearch(&key, t->dir, t->ndir, sizeof *t->dir, cmp_dyad);
}

/* Pairs a < b with a relation of polarity p both ways; the share of ordered
 * pairs with such a relation that are reciprocated. */
static double reciprocal(const net *t, ag_polarity p, ag_pair **out, size_t *nout)
{
    size_t with = 0, back = 0;
    *out = ag_xmalloc((t->ndir ? t->ndir : 1) * sizeof **out);
    *nout = 0;
    for (size_t i = 0; i < t->ndir; i++) {
        const dyad *d = &t->dir[i];
        if (!(p == AG_SUPPORT ? d->support : d->hostility))
            continue;
        with++;
        const dyad *r = find_dyad(t, d->b, d->a);
        if (!r || !(p == AG_SUPPORT ? r->support : r->hostility))
            continue;
        back++;
        if (d->a < d->b)
            (*out)[(*nout)++] = (ag_pair){d->a, d->b};
    }
    return with ? (double)back / (double)with : NAN;
}

/* ---- the whole ---- */

static void igraph_quiet(void)
{
    static bool done;
    if (!done) {
        igraph_set_error_handler(igraph_error_handler_ignore);
        igraph_set_warning_handler(igraph_warning_handler_ignore);
        igraph_set_progress_handler(on_igraph_progress);
        done = true;
    }
}

static ag_status ig_fail(ag_error *err, igraph_error_t rc, const char *what)
{
    return ag_fail(err, AG_ESOFTWARE, "igraph failed computing %s: %s", what, igraph_strerror(rc));
}

static ag_status igraph_measures(const net *t, const components *c, ag_metrics *m, ag_error *err)
{
    igraph_error_t rc;
    igraph_quiet();
    if ((rc = centrality(t, m->actors)))
        return ig_fail(err, rc, "PageRank and betweenness");
    phase("PN centrality");
    if ((rc = pn_all(t, m->actors)))
        return ig_fail(err, rc, "PN centrality");
    phase("blocs");
    if ((rc = blocs(t, c, m)))
        return ig_fail(err, rc, "spinglass blocs");
    return AG_OK;
}

ag_status ag_metrics_compute(const ag_graph *g, ag_metrics **out, ag_error *err)
{
    return ag_metrics_compute_progress(g, NULL, out, err);
}

ag_status ag_metrics_compute_progress(const ag_graph *g, const ag_progress *progress,
                                      ag_metrics **out, ag_error *err)
{
    reporting.p = progress;
    phase("signed ties");
    ag_metrics *m = ag_xcalloc(1, sizeof *m);
    m->nactors = g->nactors;
    m->actors = ag_xcalloc(g->nactors ? g->nactors : 1, sizeof *m->actors);
    net t;
    components c;
    net_build(g, &t);
    components_find(&t, &c);
    strengths(g, &t, m->actors);
    phase("balance");
    balance(&t, m);
    phase("frustration");
    frustration(&t, &c, m);
    phase("reciprocity");
    m->reciprocity_hostility =
        reciprocal(&t, AG_HOSTILITY, &m->reciprocal_hostility, &m->nreciprocal_hostility);
    m->reciprocity_support =
        reciprocal(&t, AG_SUPPORT, &m->reciprocal_support, &m->nreciprocal_support);
    ag_status s = g->nactors ? igraph_measures(&t, &c, m, err) : AG_OK;
    if (s == AG_OK)
        m->bloc_camp_agreement = agreement(&c, m->actors);
    components_free(&c);
    net_free(&t);
    reporting.p = NULL;
    if (s != AG_OK) {
        ag_metrics_free(m);
        m = NULL;
    }
    *out = m;
    return s;
}

void ag_metrics_free(ag_metrics *m)
{
    if (!m)
        return;
    free(m->actors);
    free(m->frustrated);
    free(m->reciprocal_hostility);
    free(m->reciprocal_support);
    free(m);
}

/* ---- metric names ---- */

static const char *const metric_names[AG_METRIC_COUNT] = {"pagerank",   "betweenness",  "strength",
                                                          "support_in", "hostility_in", "pn"};

const char *ag_metric_name(ag_metric m)
{
    return m < AG_METRIC_COUNT ? metric_names[m] : NULL;
}

bool ag_metric_parse(const char *name, ag_metric *m)
{
    for (int i = 0; i < AG_METRIC_COUNT; i++)
        if (ag_streq(name, metric_names[i])) {
            *m = (ag_metric)i;
            return true;
        }
    return false;
}

double ag_metric_value(const ag_metrics *ms, size_t actor, ag_metric m)
{
    const ag_actor_metrics *a = &ms->actors[actor];
    switch (m) {
    case AG_METRIC_PAGERANK: return a->pagerank;
    case AG_METRIC_BETWEENNESS: return a->betweenness;
    case AG_METRIC_STRENGTH: return a->strength_in + a->strength_out;
    case AG_METRIC_SUPPORT_IN: return a->support_in;
    case AG_METRIC_HOSTILITY_IN: return a->hostility_in;
    case AG_METRIC_PN: return a->pn;
    case AG_METRIC_COUNT: break;
    }
    return NAN;
}
