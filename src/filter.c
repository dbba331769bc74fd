/* filter.c: the CLI's filters as pure functions graph -> graph. */
#include "filter.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The subset with the relations keep[] says and the actors that take part
 * in one: an actor without relation answers nothing a relation filter asks. */
static ag_graph *keep_relations(const ag_graph *g, const bool *keep)
{
    bool *has = ag_xcalloc(g->nactors ? g->nactors : 1, sizeof *has);
    for (size_t j = 0; j < g->nrelations; j++)
        if (keep[j])
            has[g->relations[j].source] = has[g->relations[j].target] = true;
    ag_graph *d = ag_graph_subset(g, has, keep);
    free(has);
    return d;
}

typedef bool (*relation_test)(const ag_graph *g, const ag_relation *r, const void *arg);

static ag_graph *filter_relations(const ag_graph *g, relation_test test, const void *arg)
{
    bool *keep = ag_xcalloc(g->nrelations ? g->nrelations : 1, sizeof *keep);
    for (size_t j = 0; j < g->nrelations; j++)
        keep[j] = test(g, &g->relations[j], arg);
    ag_graph *d = keep_relations(g, keep);
    free(keep);
    return d;
}

static bool has_polarity(const ag_graph *g, const ag_relation *r, const void *arg)
{
    (void)g;
    return r->polarity == *(const ag_polarity *)arg;
}

ag_graph *ag_filter_polarity(const ag_graph *g, ag_polarity p)
{
    return filter_relations(g, has_polarity, &p);
}

static bool heavy_enough(const ag_graph *g, const ag_relation *r, const void *arg)
{
    (void)g;
    return fabs(r->weight) >= *(const double *)arg;
}

ag_graph *ag_filter_min_weight(const ag_graph *g, double w)
{
    return filter_relations(g, heavy_enough, &w);
}

static bool confident_enough(const ag_graph *g, const ag_relation *r, const void *arg)
{
    (void)g;
    return r->confidence >= *(const double *)arg;
}

ag_graph *ag_filter_min_confidence(const ag_graph *g, double c)
{
    return filter_relations(g, confident_enough, &c);
}

typedef struct {
    char *const *types;
    size_t n;
} type_list;

static bool all_digits(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (*s < '0' || *s > '9')
            return false;
    return true;
}

static bool of_type(const ag_graph *g, const ag_relation *r, const void *arg)
{
    (void)g;
    const type_list *t = arg;
    for (size_t i = 0; i < t->n; i++) {
        const char *want = t->types[i];
        if (all_digits(want) ? r->cameo && strncmp(r->cameo, want, strlen(want)) == 0
                             : r->type && ag_strcasecmp(r->type, want) == 0)
            return true;
    }
    return false;
}

ag_graph *ag_filter_types(const ag_graph *g, char *const *types, size_t n)
{
    type_list t = {types, n};
    return filter_relations(g, of_type, &t);
}

bool ag_filter_has_type(const ag_graph *g, const char *type)
{
    char *const one[] = {(char *)type};
    type_list t = {one, 1};
    for (size_t j = 0; j < g->nrelations; j++)
        if (of_type(g, &g->relations[j], &t))
            return true;
    return false;
}

typedef struct {
    const char *since, *until;
} date_range;

static bool in_range(const ag_graph *g, const ag_relation *r, const void *arg)
{
    const date_range *d = arg;
    const char *date = ag_relation_date(g, r);
    /* YYYY-MM-DD strings order as dates do */
    return date && (!d->since || strcmp(date, d->since) >= 0) &&
           (!d->until || strcmp(date, d->until) <= 0);
}

ag_graph *ag_filter_dates(const ag_graph *g, const char *since, const char *until)
{
    date_range d = {since, until};
    return filter_relations(g, in_range, &d);
}

ag_graph *ag_filter_exclude(const ag_graph *g, size_t index)
{
    bool *keep = ag_xmalloc((g->nactors ? g->nactors : 1) * sizeof *keep);
    for (size_t i = 0; i < g->nactors; i++)
        keep[i] = i != index;
    ag_graph *d = ag_graph_subset(g, keep, NULL);
    free(keep);
    return d;
}

ag_graph *ag_filter_neighbourhood(const ag_graph *g, size_t index, unsigned depth)
{
    size_t n = g->nactors ? g->nactors : 1;
    unsigned *dist = ag_xmalloc(n * sizeof *dist);
    bool *keep = ag_xcalloc(n, sizeof *keep);
    for (size_t i = 0; i < g->nactors; i++)
        dist[i] = UINT32_MAX;
    dist[index] = 0;
    keep[index] = true;
    /* breadth-first, one sweep over the relations per level */
    for (unsigned level = 0; level < depth; level++) {
        bool grew = false;
        for (size_t j = 0; j < g->nrelations; j++) {
            size_t a = g->relations[j].source, b = g->relations[j].target;
            if (dist[a] == level && dist[b] == UINT32_MAX)
                dist[b] = level + 1, keep[b] = grew = true;
            else if (dist[b] == level && dist[a] == UINT32_MAX)
                dist[a] = level + 1, keep[a] = grew = true;
        }
        if (!grew)
            break;
    }
    ag_graph *d = ag_graph_subset(g, keep, NULL);
    free(dist);
    free(keep);
    return d;
}

static const double *top_score;

static int by_score_desc(const void *a, const void *b)
{
    size_t i = *(const size_t *)a, j = *(const size_t *)b;
    if (top_score[i] != top_score[j])
        return top_score[i] > top_score[j] ? -1 : 1;
    return (i > j) - (i < j);
}

ag_graph *ag_filter_top(const ag_graph *g, const double *score, size_t n)
{
    size_t m = g->nactors ? g->nactors : 1;
    size_t *order = ag_xmalloc(m * sizeof *order);
    bool *keep = ag_xcalloc(m, sizeof *keep);
    for (size_t i = 0; i < g->nactors; i++)
        order[i] = i;
    top_score = score;
    qsort(order, g->nactors, sizeof *order, by_score_desc);
    top_score = NULL;
    for (size_t i = 0; i < n && i < g->nactors; i++)
        keep[order[i]] = true;
    ag_graph *d = ag_graph_subset(g, keep, NULL);
    free(order);
    free(keep);
    return d;
}

/* The root of i's parent chain; a chain that loops (which the loader
 * rejects) ends where it would repeat. */
static size_t root_of(const ag_graph *g, size_t i)
{
    for (size_t steps = 0; steps < g->nactors; steps++) {
        size_t p;
        if (!g->actors[i].parent || !ag_graph_find_actor(g, g->actors[i].parent, &p) || p == i)
            break;
        i = p;
    }
    return i;
}

ag_graph *ag_filter_collapse(const ag_graph *g)
{
    ag_graph *d = ag_graph_new();
    d->title = ag_xstrdup(g->title);
    for (size_t i = 0; i < g->nsources; i++)
        ag_graph_add_source(d, &g->sources[i]);
    size_t *map = ag_xmalloc((g->nactors ? g->nactors : 1) * sizeof *map);
    for (size_t i = 0; i < g->nactors; i++)
        map[i] = ag_graph_add_actor(d, &g->actors[root_of(g, i)]);
    for (size_t j = 0; j < g->nrelations; j++) {
        const ag_relation *r = &g->relations[j];
        if (map[r->source] == map[r->target])
            continue;
        ag_graph_add_relation_mapped(d, r, map);
    }
    free(map);
    return d;
}

ag_graph *ag_filter_isolates(const ag_graph *g, size_t keep)
{
    bool *related = ag_xcalloc(g->nactors ? g->nactors : 1, sizeof *related);
    for (size_t j = 0; j < g->nrelations; j++)
        related[g->relations[j].source] = related[g->relations[j].target] = true;
    if (keep < g->nactors)
        related[keep] = true;
    ag_graph *d = ag_graph_subset(g, related, NULL);
    free(related);
    return d;
}

bool ag_filter_find_actor(const ag_graph *g, const char *name, size_t *index)
{
    if (ag_graph_find_actor(g, name, index))
        return true;
    for (size_t i = 0; i < g->nactors; i++) {
        if (ag_strcasecmp(g->actors[i].label, name) == 0) {
            *index = i;
            return true;
        }
    }
    for (size_t i = 0; i < g->nactors; i++) {
        for (size_t k = 0; k < g->actors[i].naliases; k++) {
            if (ag_strcasecmp(g->actors[i].aliases[k], name) == 0) {
                *index = i;
                return true;
            }
        }
    }
    return false;
}

/* Replaces *g by next, freeing the old graph unless it is the caller's input. */
static void step(ag_graph **g, const ag_graph *input, ag_graph *next)
{
    if (*g != input)
        ag_graph_free(*g);
    *g = next;
}

static ag_status no_actor(ag_error *err, const char *option, const char *name)
{
    return ag_fail(err, AG_EUSAGE, "option %s: no actor with id, label or alias \"%s\"", option,
                   name);
}

/* --exclude with --collapse: an excluded actor that collapse merges into
 * another loses its own relations before the merge, and keeps its place in
 * the parent chains (its members still reach the root); the actor it merges
 * into stays. Sets done[i] for each name handled so. */
static ag_graph *exclude_merged(const ag_graph *g, const ag_filter *f, bool *done, ag_buf *warnings)
{
    bool *keep = ag_xmalloc((g->nrelations ? g->nrelations : 1) * sizeof *keep);
    for (size_t j = 0; j < g->nrelations; j++)
        keep[j] = true;
    for (size_t i = 0; i < f->nexclude; i++) {
        size_t k, root;
        if (!ag_filter_find_actor(g, f->exclude[i], &k) || (root = root_of(g, k)) == k)
            continue;
        done[i] = true;
        for (size_t j = 0; j < g->nrelations; j++)
            if (g->relations[j].source == k || g->relations[j].target == k)
                keep[j] = false;
        ag_buf_printf(warnings,
                      "actorgraph: warning: --exclude \"%s\": --collapse merges %s into %s; "
                      "only the relations of %s itself were left out, %s stays\n",
                      f->exclude[i], g->actors[k].label, g->actors[root].label, g->actors[k].label,
                      g->actors[root].label);
    }
    ag_graph *d = ag_graph_subset(g, NULL, keep);
    free(keep);
    return d;
}

ag_status ag_filter_apply(const ag_graph *input, const ag_filter *f, ag_graph **out,
                          ag_buf *warnings, ag_error *err)
{
    ag_graph *g = (ag_graph *)input; /* never modified: each step makes a new graph */
    size_t k;
    bool *done = ag_xcalloc(f->nexclude ? f->nexclude : 1, sizeof *done);
    if (f->collapse && f->nexclude)
        step(&g, input, exclude_merged(g, f, done, warnings));
    if (f->collapse)
        step(&g, input, ag_filter_collapse(g));
    if (f->by_polarity)
        step(&g, input, ag_filter_polarity(g, f->polarity));
    if (f->min_weight > 0)
        step(&g, input, ag_filter_min_weight(g, f->min_weight));
    if (f->min_confidence > 0)
        step(&g, input, ag_filter_min_confidence(g, f->min_confidence));
    if (f->ntypes)
        step(&g, input, ag_filter_types(g, f->types, f->ntypes));
    if (f->since || f->until)
        step(&g, input, ag_filter_dates(g, f->since, f->until));
    for (size_t i = 0; i < f->nexclude; i++) {
        if (done[i])
            continue;
        if (!ag_filter_find_actor(g, f->exclude[i], &k)) {
            step(&g, input, NULL);
            free(done);
            return no_actor(err, "--exclude", f->exclude[i]);
        }
        step(&g, input, ag_filter_exclude(g, k));
    }
    free(done);
    k = SIZE_MAX;
    if (f->actor) {
        if (!ag_filter_find_actor(g, f->actor, &k)) {
            step(&g, input, NULL);
            return no_actor(err, "--actor", f->actor);
        }
        step(&g, input, ag_filter_neighbourhood(g, k, f->depth));
        ag_filter_find_actor(g, f->actor, &k);
    }
    if (f->drop_isolates)
        step(&g, input, ag_filter_isolates(g, k));
    *out = g == input ? ag_graph_copy(input) : g;
    return AG_OK;
}
