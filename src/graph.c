/* graph.c: actors, relations, sources; subsets, merges, drawn edges. */
#include "graph.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char *const KIND_NAMES[AG_KIND_COUNT] = {
    "state", "government", "legislature", "ministry",   "military", "leader", "person",
    "igo",   "ngo",        "group",       "population", "company",  "media",  "other"};

const char *ag_kind_name(ag_kind k)
{
    return k < AG_KIND_COUNT ? KIND_NAMES[k] : "other";
}

bool ag_kind_parse(const char *s, ag_kind *k)
{
    for (int i = 0; i < AG_KIND_COUNT; i++) {
        if (strcmp(s, KIND_NAMES[i]) == 0) {
            *k = (ag_kind)i;
            return true;
        }
    }
    return false;
}

const char *ag_polarity_name(ag_polarity p)
{
    return p == AG_SUPPORT ? "support" : p == AG_HOSTILITY ? "hostility" : "neutral";
}

bool ag_polarity_parse(const char *s, ag_polarity *p)
{
    static const struct {
        const char *name;
        ag_polarity p;
    } t[] = {{"support", AG_SUPPORT}, {"hostility", AG_HOSTILITY}, {"neutral", AG_NEUTRAL}};
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        if (strcmp(s, t[i].name) == 0) {
            *p = t[i].p;
            return true;
        }
    }
    return false;
}

ag_graph *ag_graph_new(void)
{
    return ag_xcalloc(1, sizeof(ag_graph));
}

static void actor_clear(ag_actor *a)
{
    free(a->id);
    free(a->label);
    free(a->country);
    free(a->parent);
    for (size_t i = 0; i < a->naliases; i++)
        free(a->aliases[i]);
    free(a->aliases);
}

static void relation_clear(ag_relation *r)
{
    free(r->type);
    free(r->cameo);
    free(r->date);
    for (size_t i = 0; i < r->nevidence; i++) {
        free(r->evidence[i].source);
        free(r->evidence[i].text);
    }
    free(r->evidence);
}

void ag_graph_free(ag_graph *g)
{
    if (!g)
        return;
    for (size_t i = 0; i < g->nsources; i++) {
        free(g->sources[i].id);
        free(g->sources[i].path);
        free(g->sources[i].date);
    }
    for (size_t i = 0; i < g->nactors; i++)
        actor_clear(&g->actors[i]);
    for (size_t i = 0; i < g->nrelations; i++)
        relation_clear(&g->relations[i]);
    free(g->sources);
    free(g->actors);
    free(g->relations);
    free(g->title);
    ag_map_free(&g->actor_index);
    ag_map_free(&g->source_index);
    free(g);
}

bool ag_graph_find_actor(const ag_graph *g, const char *id, size_t *index)
{
    return ag_map_get(&g->actor_index, id, index);
}

bool ag_graph_find_source(const ag_graph *g, const char *id, size_t *index)
{
    return ag_map_get(&g->source_index, id, index);
}

static char **copy_strings(char *const *s, size_t n)
{
    if (!n)
        return NULL;
    char **d = ag_xmalloc(n * sizeof *d);
    for (size_t i = 0; i < n; i++)
        d[i] = ag_xstrdup(s[i]);
    return d;
}

size_t ag_graph_add_actor(ag_graph *g, const ag_actor *a)
{
    size_t idx;
    if (ag_graph_find_actor(g, a->id, &idx))
        return idx;
    ag_grow(&g->actors, &g->capactors, g->nactors + 1, sizeof *g->actors);
    ag_actor *d = &g->actors[g->nactors];
    d->id = ag_xstrdup(a->id);
    d->label = ag_xstrdup(a->label ? a->label : a->id);
    d->kind = a->kind;
    d->country = ag_xstrdup(a->country);
    d->parent = ag_xstrdup(a->parent);
    d->aliases = copy_strings(a->aliases, a->naliases);
    d->naliases = a->naliases;
    ag_map_put(&g->actor_index, d->id, g->nactors);
    return g->nactors++;
}

size_t ag_graph_add_source(ag_graph *g, const ag_source *s)
{
    size_t idx;
    if (ag_graph_find_source(g, s->id, &idx))
        return idx;
    ag_grow(&g->sources, &g->capsources, g->nsources + 1, sizeof *g->sources);
    ag_source *d = &g->sources[g->nsources];
    d->id = ag_xstrdup(s->id);
    d->path = ag_xstrdup(s->path);
    d->date = ag_xstrdup(s->date);
    ag_map_put(&g->source_index, d->id, g->nsources);
    return g->nsources++;
}

static void copy_relation(ag_relation *d, const ag_relation *r)
{
    *d = *r;
    d->type = ag_xstrdup(r->type);
    d->cameo = ag_xstrdup(r->cameo);
    d->date = ag_xstrdup(r->date);
    d->evidence = r->nevidence ? ag_xmalloc(r->nevidence * sizeof *d->evidence) : NULL;
    for (size_t i = 0; i < r->nevidence; i++) {
        d->evidence[i] = r->evidence[i];
        d->evidence[i].source = ag_xstrdup(r->evidence[i].source);
        d->evidence[i].text = ag_xstrdup(r->evidence[i].text);
    }
}

ag_relation *ag_graph_add_relation(ag_graph *g, const ag_relation *r)
{
    ag_grow(&g->relations, &g->caprelations, g->nrelations + 1, sizeof *g->relations);
    ag_relation *d = &g->relations[g->nrelations++];
    copy_relation(d, r);
    return d;
}

ag_relation *ag_graph_add_relation_mapped(ag_graph *g, const ag_relation *r, const size_t *map)
{
    ag_relation *n = ag_graph_add_relation(g, r);
    n->source = map[r->source];
    n->target = map[r->target];
    return n;
}

ag_graph *ag_graph_subset(const ag_graph *g, const bool *keep_actor, const bool *keep_relation)
{
    ag_graph *d = ag_graph_new();
    d->title = ag_xstrdup(g->title);
    for (size_t i = 0; i < g->nsources; i++)
        ag_graph_add_source(d, &g->sources[i]);
    size_t *map = ag_xmalloc((g->nactors ? g->nactors : 1) * sizeof *map);
    for (size_t i = 0; i < g->nactors; i++)
        map[i] = !keep_actor || keep_actor[i] ? ag_graph_add_actor(d, &g->actors[i]) : SIZE_MAX;
    for (size_t j = 0; j < g->nrelations; j++) {
        const ag_relation *r = &g->relations[j];
        if ((keep_relation && !keep_relation[j]) || map[r->source] == SIZE_MAX ||
            map[r->target] == SIZE_MAX)
            continue;
        ag_graph_add_relation_mapped(d, r, map);
    }
    free(map);
    return d;
}

ag_graph *ag_graph_copy(const ag_graph *g)
{
    return ag_graph_subset(g, NULL, NULL);
}

/* A string that equal relations share and different ones do not. */
static void relation_key(const ag_graph *g, const ag_relation *r, ag_buf *k)
{
    ag_buf_clear(k);
    ag_buf_printf(k, "%s\x1f%s\x1f%s\x1f%d\x1f%.17g\x1f%s", g->actors[r->source].id,
                  g->actors[r->target].id, r->type ? r->type : "", (int)r->polarity, r->weight,
                  r->date ? r->date : "");
    for (size_t i = 0; i < r->nevidence; i++) {
        const ag_evidence *e = &r->evidence[i];
        ag_buf_printf(k, "\x1e%s\x1f%zu\x1f%zu\x1f%zu\x1f%s", e->source ? e->source : "",
                      e->sentence, e->start, e->end, e->text ? e->text : "");
    }
}

/* Replaces *dst by src when dst is NULL or src sorts first: a choice that
 * does not depend on the order in which graphs are merged. */
static void take_least(char **dst, const char *src)
{
    if (src && (!*dst || strcmp(src, *dst) < 0)) {
        free(*dst);
        *dst = ag_xstrdup(src);
    }
}

static void merge_actor(ag_actor *d, const ag_actor *s)
{
    take_least(&d->label, s->label);
    take_least(&d->country, s->country);
    take_least(&d->parent, s->parent);
    if (d->kind == AG_KIND_OTHER || (s->kind != AG_KIND_OTHER && s->kind < d->kind))
        d->kind = s->kind;
    for (size_t i = 0; i < s->naliases; i++) {
        bool have = false;
        for (size_t j = 0; j < d->naliases && !have; j++)
            have = strcmp(d->aliases[j], s->aliases[i]) == 0;
        if (!have) {
            d->aliases = ag_xrealloc(d->aliases, (d->naliases + 1) * sizeof *d->aliases);
            d->aliases[d->naliases++] = ag_xstrdup(s->aliases[i]);
        }
    }
}

void ag_graph_merge(ag_graph *dst, const ag_graph *src)
{
    take_least(&dst->title, src->title);
    for (size_t i = 0; i < src->nsources; i++) {
        size_t k;
        if (ag_graph_find_source(dst, src->sources[i].id, &k)) {
            take_least(&dst->sources[k].path, src->sources[i].path);
            take_least(&dst->sources[k].date, src->sources[i].date);
        } else {
            ag_graph_add_source(dst, &src->sources[i]);
        }
    }
    size_t *map = ag_xmalloc((src->nactors ? src->nactors : 1) * sizeof *map);
    for (size_t i = 0; i < src->nactors; i++) {
        if (ag_graph_find_actor(dst, src->actors[i].id, &map[i]))
            merge_actor(&dst->actors[map[i]], &src->actors[i]);
        else
            map[i] = ag_graph_add_actor(dst, &src->actors[i]);
    }
    ag_map seen = AG_MAP_INIT;
    ag_buf key = AG_BUF_INIT;
    for (size_t j = 0; j < dst->nrelations; j++) {
        relation_key(dst, &dst->relations[j], &key);
        ag_map_put(&seen, key.data, j);
    }
    for (size_t j = 0; j < src->nrelations; j++) {
        const ag_relation *r = &src->relations[j];
        relation_key(src, r, &key);
        size_t k;
        if (ag_map_get(&seen, key.data, &k)) {
            /* the same reading twice: keep what does not depend on merge order */
            ag_relation *d = &dst->relations[k];
            take_least(&d->cameo, r->cameo);
            if (r->confidence > d->confidence)
                d->confidence = r->confidence;
            continue;
        }
        ag_map_put(&seen, key.data, dst->nrelations);
        ag_graph_add_relation_mapped(dst, r, map);
    }
    ag_buf_free(&key);
    ag_map_free(&seen);
    free(map);
}

/* qsort has no context argument in C17: canonicalize sorts index arrays
 * against this graph. */
static const ag_graph *sort_graph;

static int cmp_actor(const void *a, const void *b)
{
    return strcmp(sort_graph->actors[*(const size_t *)a].id,
                  sort_graph->actors[*(const size_t *)b].id);
}

static int cmp_str(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "");
}

static int cmp_num(double a, double b)
{
    return (a > b) - (a < b);
}

static int cmp_evidence(const ag_evidence *a, const ag_evidence *b)
{
    int c;
    if ((c = cmp_str(a->source, b->source)) || (c = cmp_num((double)a->start, (double)b->start)) ||
        (c = cmp_str(a->text, b->text)) || (c = cmp_num((double)a->end, (double)b->end)))
        return c;
    return cmp_num((double)a->sentence, (double)b->sentence);
}

/* A total order on relations (ends, type, date, weight, evidence, then the
 * rest): canonicalize's result must not depend on the order it starts from. */
static int cmp_relation(const void *pa, const void *pb)
{
    const ag_relation *a = pa, *b = pb;
    const ag_actor *ac = sort_graph->actors;
    int c;
    if ((c = strcmp(ac[a->source].id, ac[b->source].id)) ||
        (c = strcmp(ac[a->target].id, ac[b->target].id)) || (c = cmp_str(a->type, b->type)) ||
        (c = cmp_str(a->date, b->date)) || (c = cmp_num(a->weight, b->weight)))
        return c;
    for (size_t i = 0; i < a->nevidence && i < b->nevidence; i++)
        if ((c = cmp_evidence(&a->evidence[i], &b->evidence[i])))
            return c;
    if ((c = cmp_num((double)a->nevidence, (double)b->nevidence)) ||
        (c = cmp_num(a->polarity, b->polarity)) || (c = cmp_str(a->cameo, b->cameo)))
        return c;
    return cmp_num(a->confidence, b->confidence);
}

static int cmp_source(const void *a, const void *b)
{
    return strcmp(((const ag_source *)a)->id, ((const ag_source *)b)->id);
}

void ag_graph_canonicalize(ag_graph *g)
{
    /* qsort's array must not be NULL, even when empty */
    if (g->nsources > 1)
        qsort(g->sources, g->nsources, sizeof *g->sources, cmp_source);
    ag_map_free(&g->source_index);
    for (size_t i = 0; i < g->nsources; i++)
        ag_map_put(&g->source_index, g->sources[i].id, i);
    size_t n = g->nactors;
    size_t *order = ag_xmalloc((n ? n : 1) * sizeof *order);
    size_t *where = ag_xmalloc((n ? n : 1) * sizeof *where);
    for (size_t i = 0; i < n; i++) {
        order[i] = i;
        if (g->actors[i].naliases > 1)
            qsort(g->actors[i].aliases, g->actors[i].naliases, sizeof(char *), ag_cmp_strings);
    }
    sort_graph = g;
    qsort(order, n, sizeof *order, cmp_actor);
    ag_actor *sorted = ag_xmalloc((n ? n : 1) * sizeof *sorted);
    ag_map_free(&g->actor_index);
    for (size_t i = 0; i < n; i++) {
        sorted[i] = g->actors[order[i]];
        where[order[i]] = i;
        ag_map_put(&g->actor_index, sorted[i].id, i);
    }
    free(g->actors);
    g->actors = sorted;
    g->capactors = n;
    for (size_t j = 0; j < g->nrelations; j++) {
        g->relations[j].source = where[g->relations[j].source];
        g->relations[j].target = where[g->relations[j].target];
    }
    if (g->nrelations > 1)
        qsort(g->relations, g->nrelations, sizeof *g->relations, cmp_relation);
    sort_graph = NULL;
    free(order);
    free(where);
}

ag_edges ag_graph_edges(const ag_graph *g)
{
    ag_edges out = {NULL, 0};
    size_t cap = 0;
    ag_map index = AG_MAP_INIT;
    ag_buf key = AG_BUF_INIT;
    for (size_t j = 0; j < g->nrelations; j++) {
        const ag_relation *r = &g->relations[j];
        ag_buf_clear(&key);
        ag_buf_printf(&key, "%zu %zu %d", r->source, r->target, (int)r->polarity);
        size_t k;
        if (!ag_map_get(&index, key.data, &k)) {
            k = out.len++;
            ag_grow(&out.items, &cap, out.len, sizeof *out.items);
            out.items[k] = (ag_edge){r->source, r->target, r->polarity, 0, 0, NULL, 0};
            ag_map_put(&index, key.data, k);
        }
        ag_edge *e = &out.items[k];
        e->relations = ag_xrealloc(e->relations, (e->nrelations + 1) * sizeof *e->relations);
        e->relations[e->nrelations++] = j;
        e->abs_weight += fabs(r->weight);
        e->weight += r->weight;
    }
    ag_buf_free(&key);
    ag_map_free(&index);
    return out;
}

void ag_edges_free(ag_edges *e)
{
    for (size_t i = 0; i < e->len; i++)
        free(e->items[i].relations);
    free(e->items);
    e->items = NULL;
    e->len = 0;
}

const char *ag_relation_date(const ag_graph *g, const ag_relation *r)
{
    if (r->date)
        return r->date;
    size_t k;
    if (r->nevidence && r->evidence[0].source && ag_graph_find_source(g, r->evidence[0].source, &k))
        return g->sources[k].date;
    return NULL;
}

bool ag_date_valid(const char *s)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return false;
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m >= 1 && m <= 12 && d >= 1 && d <= days[m - 1] + (m == 2 && leap);
}
