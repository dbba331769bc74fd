/* Unit tests for filter.c: each filter on a small graph whose result is known. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "filter.h"

/* FRA.SENATE (parent FRA) -hostile-> AZE, AZE -hostile-> FRA, ARM -support-> FRA.SENATE,
 * USA -hostile-> AZE (dated 2023-09-20), ARM -neutral-> AZE; plus isolated ISL. */
static ag_graph *sample(void)
{
    ag_graph *g = ag_graph_new();
    ag_source src = {"s1", NULL, "2024-01-18"};
    ag_graph_add_source(g, &src);
    const char *ids[] = {"FRA", "FRA.SENATE", "AZE", "ARM", "USA", "ISL"};
    for (size_t i = 0; i < 6; i++) {
        ag_actor a = {.id = (char *)ids[i], .kind = AG_KIND_STATE};
        if (i == 1) {
            a.parent = "FRA";
            a.kind = AG_KIND_LEGISLATURE;
            a.label = "French Senate";
        }
        ag_graph_add_actor(g, &a);
    }
    ag_evidence ev = {"s1", 1, 0, 4, "text"};
    struct {
        size_t s, t;
        ag_polarity p;
        double w, conf;
        const char *type, *cameo, *date;
    } rel[] = {
        {1, 2, AG_HOSTILITY, -2.0, 0.9, "accuse", "112", NULL},
        {2, 0, AG_HOSTILITY, -5.0, 0.5, "expel diplomats", "1663", NULL},
        {3, 1, AG_SUPPORT, 3.4, 1.0, "thank", "018", NULL},
        {4, 2, AG_HOSTILITY, -2.0, 0.8, "condemn", "111", "2023-09-20"},
        {3, 2, AG_NEUTRAL, 0.0, 0.7, "comment", "010", NULL},
    };
    for (size_t j = 0; j < sizeof rel / sizeof rel[0]; j++) {
        ag_relation r = {rel[j].s, rel[j].t, (char *)rel[j].type, (char *)rel[j].cameo,
                         rel[j].p, rel[j].w, (char *)rel[j].date, rel[j].conf,
                         &ev,      1};
        ag_graph_add_relation(g, &r);
    }
    return g;
}

static bool has_actor(const ag_graph *g, const char *id)
{
    return ag_graph_find_actor(g, id, NULL);
}

Test(filter, polarity_keeps_only_that_polarity_and_drops_stranded_actors)
{
    ag_graph *g = sample();
    ag_graph *h = ag_filter_polarity(g, AG_HOSTILITY);
    cr_assert_eq(h->nrelations, 3);
    for (size_t j = 0; j < h->nrelations; j++)
        cr_assert_eq(h->relations[j].polarity, AG_HOSTILITY);
    cr_assert(!has_actor(h, "ARM"), "ARM had only support/neutral relations");
    cr_assert(!has_actor(h, "ISL"), "an actor without relations answers no relation filter");
    ag_graph *x = ag_filter_exclude(g, 0);
    cr_assert(has_actor(x, "ISL"), "actor filters keep unrelated actors they do not remove");
    ag_graph_free(x);
    cr_assert_eq(g->nrelations, 5, "input unchanged");
    ag_graph_free(h);
    ag_graph_free(g);
}

Test(filter, min_weight_compares_absolute_weight)
{
    ag_graph *g = sample();
    ag_graph *h = ag_filter_min_weight(g, 3.0);
    cr_assert_eq(h->nrelations, 2); /* -5.0 and 3.4 */
    ag_graph_free(h);
    ag_graph_free(g);
}

Test(filter, min_confidence)
{
    ag_graph *g = sample();
    ag_graph *h = ag_filter_min_confidence(g, 0.8);
    cr_assert_eq(h->nrelations, 3);
    ag_graph_free(h);
    ag_graph_free(g);
}

Test(filter, types_by_name_case_insensitive_or_cameo_prefix)
{
    ag_graph *g = sample();
    char *names[] = {"Expel Diplomats", "THANK"};
    ag_graph *h = ag_filter_types(g, names, 2);
    cr_assert_eq(h->nrelations, 2);
    char *roots[] = {"11"};
    ag_graph *k = ag_filter_types(g, roots, 1);
    cr_assert_eq(k->nrelations, 2); /* 112 and 111 */
    ag_graph_free(h);
    ag_graph_free(k);
    ag_graph_free(g);
}

Test(filter, dates_use_relation_date_else_source_date)
{
    ag_graph *g = sample();
    ag_graph *h = ag_filter_dates(g, "2024-01-01", NULL);
    cr_assert_eq(h->nrelations, 4, "the 2023 relation goes");
    ag_graph *k = ag_filter_dates(g, NULL, "2023-12-31");
    cr_assert_eq(k->nrelations, 1);
    cr_assert_str_eq(k->relations[0].type, "condemn");
    ag_graph_free(h);
    ag_graph_free(k);
    ag_graph_free(g);
}

Test(filter, exclude_removes_actor_and_its_relations)
{
    ag_graph *g = sample();
    size_t aze;
    cr_assert(ag_graph_find_actor(g, "AZE", &aze));
    ag_graph *h = ag_filter_exclude(g, aze);
    cr_assert(!has_actor(h, "AZE"));
    cr_assert_eq(h->nrelations, 1); /* ARM -> FRA.SENATE */
    ag_graph_free(h);
    ag_graph_free(g);
}

Test(filter, neighbourhood_by_depth_in_either_direction)
{
    ag_graph *g = sample();
    size_t usa;
    cr_assert(ag_graph_find_actor(g, "USA", &usa));
    ag_graph *d1 = ag_filter_neighbourhood(g, usa, 1);
    cr_assert_eq(d1->nactors, 2);
    cr_assert_eq(d1->nrelations, 1);
    ag_graph *d2 = ag_filter_neighbourhood(g, usa, 2);
    /* AZE's neighbours: FRA.SENATE (in), FRA (out), ARM (in) */
    cr_assert_eq(d2->nactors, 5);
    cr_assert(!has_actor(d2, "ISL"));
    ag_graph *d0 = ag_filter_neighbourhood(g, usa, 0);
    cr_assert_eq(d0->nactors, 1);
    ag_graph_free(d0);
    ag_graph_free(d1);
    ag_graph_free(d2);
    ag_graph_free(g);
}

Test(filter, top_keeps_highest_scores_ties_in_graph_order)
{
    ag_graph *g = sample();
    double score[] = {0.1, 0.5, 0.9, 0.5, 0.0, 0.2};
    ag_graph *h = ag_filter_top(g, score, 3);
    cr_assert_eq(h->nactors, 3);
    cr_assert(has_actor(h, "AZE") && has_actor(h, "FRA.SENATE") && has_actor(h, "ARM"));
    cr_assert_eq(h->nrelations, 3); /* SENATE->AZE, ARM->SENATE, ARM->AZE */
    ag_graph_free(h);
    ag_graph_free(g);
}

Test(filter, collapse_merges_organs_and_drops_self_loops)
{
    ag_graph *g = sample();
    ag_graph *h = ag_filter_collapse(g);
    cr_assert(!has_actor(h, "FRA.SENATE"));
    cr_assert_eq(h->nactors, 5);
    size_t fra, aze;
    cr_assert(ag_graph_find_actor(h, "FRA", &fra) && ag_graph_find_actor(h, "AZE", &aze));
    cr_assert_eq(h->relations[0].source, fra);
    cr_assert_eq(h->relations[0].target, aze);
    cr_assert_eq(h->nrelations, 5);
    ag_graph_free(h);
    ag_graph_free(g);
}

Test(filter, find_actor_by_id_label_or_alias)
{
    ag_graph *g = sample();
    size_t k;
    cr_assert(ag_filter_find_actor(g, "french senate", &k));
    cr_assert_str_eq(g->actors[k].id, "FRA.SENATE");
    cr_assert(!ag_filter_find_actor(g, "Narnia", &k));
    ag_graph_free(g);
}

/* ag_filter_apply(g, f), which must succeed; its warnings go to *warnings. */
static ag_graph *applied(const ag_graph *g, const ag_filter *f, ag_buf *warnings)
{
    ag_graph *h = NULL;
    ag_error err;
    cr_assert_eq(ag_filter_apply(g, f, &h, warnings, &err), AG_OK, "%s", err.msg);
    return h;
}

Test(filter, apply_composes_and_reports_unknown_actor)
{
    ag_graph *g = sample();
    ag_filter f = {.by_polarity = true, .polarity = AG_HOSTILITY, .actor = "USA", .depth = 1};
    ag_buf warnings = AG_BUF_INIT;
    ag_graph *h = applied(g, &f, &warnings);
    cr_assert_eq(h->nrelations, 1);
    ag_graph_free(h);
    f.actor = "Narnia";
    ag_error err;
    cr_assert_eq(ag_filter_apply(g, &f, &h, &warnings, &err), AG_EUSAGE);
    cr_assert(strstr(err.msg, "Narnia"));
    cr_assert_eq(warnings.len, 0);
    ag_graph_free(g);
}

Test(filter, depth_zero_keeps_the_actor_alone_even_without_isolates)
{
    ag_graph *g = sample();
    ag_filter f = {.actor = "USA", .depth = 0, .drop_isolates = true};
    ag_buf warnings = AG_BUF_INIT;
    ag_graph *h = applied(g, &f, &warnings);
    cr_assert_eq(h->nactors, 1);
    cr_assert_str_eq(h->actors[0].id, "USA");
    cr_assert_eq(h->nrelations, 0);
    ag_graph_free(h);
    ag_graph_free(g);
}

Test(filter, isolates_are_dropped_on_request_but_the_kept_one)
{
    ag_graph *g = sample();
    size_t isl;
    cr_assert(ag_graph_find_actor(g, "ISL", &isl));
    ag_graph *h = ag_filter_isolates(g, SIZE_MAX);
    cr_assert_eq(h->nactors, 5);
    cr_assert(!has_actor(h, "ISL"));
    cr_assert_eq(h->nrelations, 5);
    ag_graph *k = ag_filter_isolates(g, isl);
    cr_assert_eq(k->nactors, 6);
    ag_buf warnings = AG_BUF_INIT;
    ag_graph *a = applied(g, &(ag_filter){.drop_isolates = true}, &warnings);
    cr_assert(!has_actor(a, "ISL"));
    ag_graph_free(a);
    ag_graph_free(h);
    ag_graph_free(k);
    ag_graph_free(g);
}

Test(filter, exclude_with_collapse_drops_the_organs_relations_keeps_its_state_and_warns)
{
    ag_graph *g = sample();
    char *names[] = {"French Senate"};
    ag_filter f = {.collapse = true, .exclude = names, .nexclude = 1};
    ag_buf warnings = AG_BUF_INIT;
    ag_graph *h = applied(g, &f, &warnings);
    cr_assert(has_actor(h, "FRA") && !has_actor(h, "FRA.SENATE"));
    /* left: AZE -> FRA, USA -> AZE, ARM -> AZE (SENATE -> AZE and ARM -> SENATE went) */
    cr_assert_eq(h->nrelations, 3);
    cr_assert(strstr(warnings.data, "--exclude \"French Senate\": --collapse merges French Senate "
                                    "into FRA"),
              "%s", warnings.data);
    ag_graph_free(h);
    /* a root goes after the merge, with what was merged into it, silently */
    names[0] = "FRA";
    ag_buf_clear(&warnings);
    h = applied(g, &f, &warnings);
    cr_assert(!has_actor(h, "FRA") && !has_actor(h, "FRA.SENATE"));
    cr_assert_eq(h->nrelations, 2); /* USA -> AZE, ARM -> AZE */
    cr_assert_eq(warnings.len, 0);
    ag_graph_free(h);
    ag_buf_free(&warnings);
    ag_graph_free(g);
}

Test(filter, has_type_by_name_or_cameo_prefix)
{
    ag_graph *g = sample();
    cr_assert(ag_filter_has_type(g, "Expel Diplomats"));
    cr_assert(ag_filter_has_type(g, "16"));
    cr_assert(!ag_filter_has_type(g, "17"));
    cr_assert(!ag_filter_has_type(g, "praise"));
    ag_graph_free(g);
}
