/* Unit tests for graph.c: building, subsets, merges, canonical order, drawn edges. */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "graph.h"

static void add(ag_graph *g, const char *s, const char *t, const char *type, double w)
{
    ag_actor a = {.id = (char *)s, .kind = AG_KIND_STATE};
    size_t i = ag_graph_add_actor(g, &a);
    a.id = (char *)t;
    size_t j = ag_graph_add_actor(g, &a);
    ag_relation r = {.source = i,
                     .target = j,
                     .type = (char *)type,
                     .polarity = w > 0   ? AG_SUPPORT
                                 : w < 0 ? AG_HOSTILITY
                                         : AG_NEUTRAL,
                     .weight = w,
                     .confidence = 1};
    ag_graph_add_relation(g, &r);
}

Test(graph, kind_and_polarity_names_round_trip)
{
    for (int k = 0; k < AG_KIND_COUNT; k++) {
        ag_kind back;
        cr_assert(ag_kind_parse(ag_kind_name((ag_kind)k), &back));
        cr_assert_eq(back, (ag_kind)k);
    }
    ag_polarity p;
    cr_assert(ag_polarity_parse("hostility", &p) && p == AG_HOSTILITY);
    cr_assert(!ag_polarity_parse("hostile", &p));
    ag_kind k;
    cr_assert(!ag_kind_parse("nation", &k));
}

Test(graph, add_actor_is_idempotent_by_id_and_defaults_label)
{
    ag_graph *g = ag_graph_new();
    ag_actor a = {.id = "FRA", .kind = AG_KIND_STATE};
    cr_assert_eq(ag_graph_add_actor(g, &a), 0);
    a.label = "France";
    cr_assert_eq(ag_graph_add_actor(g, &a), 0);
    cr_assert_eq(g->nactors, 1);
    cr_assert_str_eq(g->actors[0].label, "FRA", "first definition kept");
    ag_graph_free(g);
    ag_graph_free(NULL);
}

Test(graph, edges_group_parallel_relations_by_polarity)
{
    ag_graph *g = ag_graph_new();
    add(g, "A", "B", "accuse", -2);
    add(g, "A", "B", "condemn", -2);
    add(g, "A", "B", "praise", 3.4);
    add(g, "B", "A", "expel", -5);
    ag_edges e = ag_graph_edges(g);
    cr_assert_eq(e.len, 3);
    cr_assert_eq(e.items[0].polarity, AG_HOSTILITY);
    cr_assert_eq(e.items[0].nrelations, 2);
    cr_assert_float_eq(e.items[0].abs_weight, 4.0, 1e-12);
    cr_assert_float_eq(e.items[1].weight, 3.4, 1e-12);
    cr_assert_eq(e.items[2].source, 1);
    ag_edges_free(&e);
    ag_graph_free(g);
}

static char *serial(const ag_graph *g)
{
    ag_buf b = AG_BUF_INIT;
    for (size_t i = 0; i < g->nactors; i++)
        ag_buf_printf(&b, "%s(%s);", g->actors[i].id, g->actors[i].label);
    for (size_t j = 0; j < g->nrelations; j++) {
        const ag_relation *r = &g->relations[j];
        ag_buf_printf(&b, "%s>%s:%s:%g;", g->actors[r->source].id, g->actors[r->target].id, r->type,
                      r->weight);
    }
    return ag_buf_detach(&b);
}

Test(graph, merge_is_order_independent_after_canonicalize)
{
    ag_graph *x = ag_graph_new(), *y = ag_graph_new(), *z = ag_graph_new();
    add(x, "FRA", "AZE", "accuse", -2);
    add(y, "AZE", "FRA", "expel", -5);
    add(y, "FRA", "AZE", "accuse", -2); /* the same relation: counted once */
    ag_actor relabel = {.id = "FRA", .label = "France", .kind = AG_KIND_STATE};
    ag_graph_add_actor(z, &relabel);
    add(z, "ARM", "FRA", "thank", 3.4);

    ag_graph *xyz = ag_graph_new(), *zyx = ag_graph_new();
    ag_graph_merge(xyz, x);
    ag_graph_merge(xyz, y);
    ag_graph_merge(xyz, z);
    ag_graph_merge(zyx, z);
    ag_graph_merge(zyx, y);
    ag_graph_merge(zyx, x);
    ag_graph_canonicalize(xyz);
    ag_graph_canonicalize(zyx);
    char *a = serial(xyz), *b = serial(zyx);
    cr_assert_str_eq(a, b);
    cr_assert_str_eq(a, "ARM(ARM);AZE(AZE);FRA(FRA);ARM>FRA:thank:3.4;AZE>FRA:expel:-5;"
                        "FRA>AZE:accuse:-2;");
    free(a);
    free(b);
    ag_graph_free(x);
    ag_graph_free(y);
    ag_graph_free(z);
    ag_graph_free(xyz);
    ag_graph_free(zyx);
}

Test(graph, merged_duplicates_keep_order_free_confidence_cameo_and_title)
{
    ag_graph *x = ag_graph_new(), *y = ag_graph_new();
    add(x, "FRA", "AZE", "accuse", -2);
    add(y, "FRA", "AZE", "accuse", -2);
    x->relations[0].confidence = 0.6;
    y->relations[0].confidence = 0.9;
    y->relations[0].cameo = ag_xstrdup("112");
    x->title = ag_xstrdup("Zeta");
    y->title = ag_xstrdup("Alpha");
    ag_graph *xy = ag_graph_new(), *yx = ag_graph_new();
    ag_graph_merge(xy, x);
    ag_graph_merge(xy, y);
    ag_graph_merge(yx, y);
    ag_graph_merge(yx, x);
    ag_graph *both[] = {xy, yx};
    for (size_t i = 0; i < 2; i++) {
        cr_assert_eq(both[i]->nrelations, 1);
        cr_assert_float_eq(both[i]->relations[0].confidence, 0.9, 1e-12);
        cr_assert_str_eq(both[i]->relations[0].cameo, "112");
        cr_assert_str_eq(both[i]->title, "Alpha");
    }
    ag_graph_free(x);
    ag_graph_free(y);
    ag_graph_free(xy);
    ag_graph_free(yx);
}

Test(graph, canonical_order_covers_sources_aliases_and_relations_equal_but_in_evidence)
{
    ag_graph *x = ag_graph_new(), *y = ag_graph_new();
    ag_source s1 = {"s1", NULL, NULL}, s2 = {"s2", NULL, NULL};
    ag_graph_add_source(x, &s2);
    ag_graph_add_source(x, &s1);
    ag_graph_add_source(y, &s1);
    ag_graph_add_source(y, &s2);
    char *xa[] = {"Moscow", "Kremlin"}, *ya[] = {"Kremlin", "Moscow"};
    ag_actor rx = {.id = "RUS", .aliases = xa, .naliases = 2}, ry = rx;
    ry.aliases = ya;
    ag_graph_add_actor(x, &rx);
    ag_graph_add_actor(y, &ry);
    /* two relations alike but for the second evidence, in opposite orders */
    ag_evidence ev[][2] = {{{"s1", 1, 0, 5, "first"}, {"s2", 1, 0, 5, "a"}},
                           {{"s1", 1, 0, 5, "first"}, {"s2", 2, 6, 9, "b"}}};
    for (size_t k = 0; k < 2; k++) {
        add(x, "RUS", "UKR", "attack", -10);
        add(y, "RUS", "UKR", "attack", -10);
    }
    for (size_t k = 0; k < 2; k++) {
        ag_relation *rel[] = {&x->relations[k], &y->relations[1 - k]};
        for (size_t i = 0; i < 2; i++) {
            rel[i]->evidence = ag_xmalloc(2 * sizeof *rel[i]->evidence);
            rel[i]->nevidence = 2;
            for (size_t e = 0; e < 2; e++) {
                rel[i]->evidence[e] = ev[k][e];
                rel[i]->evidence[e].source = ag_xstrdup(ev[k][e].source);
                rel[i]->evidence[e].text = ag_xstrdup(ev[k][e].text);
            }
        }
    }
    ag_graph_canonicalize(x);
    ag_graph_canonicalize(y);
    cr_assert_str_eq(x->sources[0].id, "s1");
    cr_assert_str_eq(y->sources[0].id, "s1");
    size_t k;
    cr_assert(ag_graph_find_source(x, "s2", &k) && k == 1, "the source index follows");
    cr_assert_str_eq(x->actors[0].aliases[0], "Kremlin");
    for (size_t j = 0; j < 2; j++)
        cr_assert_str_eq(x->relations[j].evidence[1].text, y->relations[j].evidence[1].text);
    cr_assert_str_eq(x->relations[0].evidence[1].text, "a");
    ag_graph_free(x);
    ag_graph_free(y);
}

Test(graph, subset_remaps_indices_and_copy_is_deep)
{
    ag_graph *g = ag_graph_new();
    add(g, "A", "B", "x", 1);
    add(g, "C", "B", "y", -1);
    bool keep[] = {false, true, true};
    ag_graph *s = ag_graph_subset(g, keep, NULL);
    cr_assert_eq(s->nactors, 2);
    cr_assert_eq(s->nrelations, 1);
    cr_assert_str_eq(s->actors[s->relations[0].source].id, "C");
    ag_graph *c = ag_graph_copy(g);
    ag_graph_free(g);
    cr_assert_str_eq(c->relations[1].type, "y");
    ag_graph_free(c);
    ag_graph_free(s);
}

Test(graph, relation_date_falls_back_to_source_date)
{
    ag_graph *g = ag_graph_new();
    ag_source src = {"s", NULL, "2024-01-18"};
    ag_graph_add_source(g, &src);
    add(g, "A", "B", "x", 1);
    cr_assert_null(ag_relation_date(g, &g->relations[0]));
    ag_evidence ev = {"s", 1, 0, 1, "x"};
    g->relations[0].evidence = &ev;
    g->relations[0].nevidence = 1;
    cr_assert_str_eq(ag_relation_date(g, &g->relations[0]), "2024-01-18");
    g->relations[0].evidence = NULL;
    g->relations[0].nevidence = 0;
    ag_graph_free(g);
}
