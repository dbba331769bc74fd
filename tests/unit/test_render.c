/* Unit tests for render.c: the pictures Graphviz draws from our graphs,
 * checked by parsing what comes out (SVG through xmllint and string
 * searches, PNG and PDF headers, DOT text). Metrics are filled by hand so
 * that blocs, camps and frustrated ties are known. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "escape.h"
#include "graph_json.h"
#include "render.h"
#include "testutil.h"

/* ---- a graph like the seed article's ---- */

typedef struct {
    const char *id, *label;
    ag_kind kind;
    const char *country;
    double pagerank;
    int bloc; /* camp = bloc - 1 */
} actor_row;

static const actor_row ACTORS[] = {
    {"FRA", "France", AG_KIND_STATE, "FRA", 0.12, 1},
    {"AZE", "Azerbaijan", AG_KIND_STATE, "AZE", 0.20, 2},
    {"ARM", "Armenia", AG_KIND_STATE, "ARM", 0.10, 1},
    {"USA", "United States", AG_KIND_STATE, "USA", 0.02, 1},
    {"FRA.SENATE", "French Senate", AG_KIND_LEGISLATURE, "FRA", 0.09, 1},
    {"FRA.GOV", "French government", AG_KIND_GOVERNMENT, "FRA", 0.03, 1},
    {"FRA.MFA", "French Foreign Ministry", AG_KIND_MINISTRY, "FRA", 0.02, 1},
    {"AZE.PARLIAMENT", "Azerbaijani parliament", AG_KIND_LEGISLATURE, "AZE", 0.03, 2},
    {"AZE.GOV", "Azerbaijani government", AG_KIND_GOVERNMENT, "AZE", 0.03, 2},
    {"EU", "European Union", AG_KIND_IGO, NULL, 0.04, 1},
    {"EU.MEMBERS", "EU member states", AG_KIND_IGO, NULL, 0.02, 2},
    {"UN.SC", "UN Security Council", AG_KIND_IGO, NULL, 0.04, 1},
    {"karabakh-armenians", "Karabakh Armenians", AG_KIND_POPULATION, NULL, 0.15, 1},
    {"martin-ryan", "Martin Ryan", AG_KIND_PERSON, "FRA", 0.0, 0},
};
#define NACTORS (sizeof ACTORS / sizeof ACTORS[0])

typedef struct {
    const char *source, *target, *type, *cameo;
    double weight; /* its sign gives the polarity; 0: neutral */
    const char *date, *text;
} relation_row;

static const relation_row RELATIONS[] = {
    {"FRA.SENATE", "AZE", "accuse", "1124", -2.0, "2024-01-17",
     "In a resolution approved almost unanimously late on Wednesday, the French Senate said "
     "that the \xE2\x80\x9C"
     "forced exodus\xE2\x80\x9D amounted to \xE2\x80\x9C"
     "ethnic "
     "cleansing.\xE2\x80\x9D"},
    {"FRA.SENATE", "AZE", "demand", "1043", -5.0, NULL,
     "The international community should therefore demand that Baku guarantee the safe "
     "return of the Karabakh refugees."},
    {"FRA.SENATE", "karabakh-armenians", "support", "051", 3.4, NULL,
     "It reaffirmed support for the Karabakh Armenians\xE2\x80\x99 right to self-determination."},
    {"FRA.SENATE", "FRA.GOV", "appeal", "022", 3.2, NULL,
     "The resolution also calls on the French government to consider imposing sanctions."},
    {"FRA.SENATE", "EU", "appeal", "022", 3.2, NULL,
     "The resolution also calls on the European Union to consider imposing sanctions."},
    {"ARM", "FRA.SENATE", "welcome", "051", 3.4, NULL, "Armenia welcomed resolution on Thursday."},
    {"AZE.PARLIAMENT", "FRA.SENATE", "condemn", "111", -2.0, NULL,
     "The Azerbaijani parliament's foreign relations committee strongly condemned the "
     "resolution."},
    {"AZE.PARLIAMENT", "AZE.GOV", "appeal", "022", 3.2, NULL,
     "It urged the Azerbaijani government to cut economic ties with France."},
    {"AZE.PARLIAMENT", "FRA", "call to cut ties", "1313", -5.8, NULL,
     "It urged the Azerbaijani government to cut economic ties with France."},
    {"FRA", "ARM", "arms deal", "062", 7.4, NULL,
     "France became the first Western nation to sign major arms deals with Yerevan."},
    {"FRA", "AZE", "expel diplomats", "161", -4.0, NULL,
     "Paris ordered the tit-for-tat expulsion of two Azerbaijani diplomats."},
    {"AZE", "FRA", "expel diplomats", "161", -4.0, NULL,
     "Baku condemned those deals before expelling two French diplomats in December."},
    {"FRA", "UN.SC", "consult", "040", 0.0, NULL,
     "It initiated an emergency session of the UN Security Council."},
    {"EU.MEMBERS", "AZE", "condemn", "111", -2.0, NULL,
     "The Azerbaijani assault was condemned by key EU member states."},
    {"USA", "AZE", "condemn", "111", -2.0, NULL,
     "The Azerbaijani assault was condemned by the United States."},
    {"AZE", "martin-ryan", "arrest", "173", -5.0, NULL,
     "A French citizen based in Azerbaijan was arrested and charged with espionage."},
    {"FRA.MFA", "AZE", "accuse", "1122", -2.0, NULL,
     "The French Foreign Ministry accused Baku holding the businessman arbitrarily."},
    {"FRA.MFA", "martin-ryan", "demand release", "052", 3.5, NULL,
     "The ministry demanded his immediate release."},
};
#define NRELATIONS (sizeof RELATIONS / sizeof RELATIONS[0])

static ag_graph *seed_graph(void)
{
    ag_graph *g = ag_graph_new();
    g->title = ag_xstrdup("French Senate resolution on Karabakh");
    ag_source src = {.id = "karabakh-2024-01-18", .date = "2024-01-18"};
    ag_graph_add_source(g, &src);
    for (size_t i = 0; i < NACTORS; i++) {
        ag_actor a = {.id = (char *)ACTORS[i].id,
                      .label = (char *)ACTORS[i].label,
                      .kind = ACTORS[i].kind,
                      .country = (char *)ACTORS[i].country};
        ag_graph_add_actor(g, &a);
    }
    for (size_t j = 0; j < NRELATIONS; j++) {
        const relation_row *x = &RELATIONS[j];
        ag_evidence ev = {
            .source = "karabakh-2024-01-18", .sentence = j + 1, .text = (char *)x->text};
        ag_relation r = {.type = (char *)x->type,
                         .cameo = (char *)x->cameo,
                         .polarity = x->weight > 0   ? AG_SUPPORT
                                     : x->weight < 0 ? AG_HOSTILITY
                                                     : AG_NEUTRAL,
                         .weight = x->weight,
                         .date = (char *)x->date,
                         .confidence = 1,
                         .evidence = &ev,
                         .nevidence = 1};
        cr_assert(ag_graph_find_actor(g, x->source, &r.source), "%s", x->source);
        cr_assert(ag_graph_find_actor(g, x->target, &r.target), "%s", x->target);
        ag_graph_add_relation(g, &r);
    }
    return g;
}

/* Metrics by hand: the table's PageRank and blocs for the seed graph (camp
 * = bloc - 1, {EU.MEMBERS, AZE} and {FRA, AZE} listed as frustrated), or
 * PageRank 1/(i+1) and one bloc for any other graph. */
static ag_metrics *hand_metrics(const ag_graph *g, bool seed)
{
    ag_metrics *m = ag_xcalloc(1, sizeof *m);
    m->nactors = g->nactors;
    m->actors = ag_xcalloc(g->nactors, sizeof *m->actors);
    for (size_t i = 0; i < g->nactors; i++) {
        m->actors[i].pagerank = seed ? ACTORS[i].pagerank : 1.0 / (double)(i + 1);
        m->actors[i].bloc = seed ? ACTORS[i].bloc : 1;
        m->actors[i].camp = m->actors[i].bloc > 1;
    }
    m->nblocs = seed ? 2 : 1;
    if (seed) {
        m->frustrated = ag_xcalloc(2, sizeof *m->frustrated);
        m->frustrated[0] = (ag_pair){0, 1};  /* FRA, AZE: hostility across camps, fine */
        m->frustrated[1] = (ag_pair){1, 10}; /* AZE, EU.MEMBERS: hostility inside a camp */
        m->nfrustrated = m->frustration = 2;
        m->frustration_exact = true;
    }
    return m;
}

static void hand_metrics_free(ag_metrics *m)
{
    free(m->actors);
    free(m->frustrated);
    free(m);
}

/* ---- reading what comes out ---- */

static ag_buf render_ok(const ag_graph *g, const ag_metrics *m, const ag_render_options *o,
                        const char *format)
{
    ag_buf out = AG_BUF_INIT;
    ag_error err;
    ag_error_clear(&err);
    ag_status s = ag_render(g, m, o, format, &out, &err);
    cr_assert_eq(s, AG_OK, "ag_render %s: %s", format, err.msg);
    cr_assert(out.len > 0);
    return out;
}

/* g drawn as SVG by one layout engine, Graphviz's warnings in *warnings. */
static ag_buf engine_svg(const ag_graph *g, const ag_metrics *m, const char *engine,
                         ag_buf *warnings)
{
    ag_render_options o = ag_render_defaults();
    o.layout = engine;
    o.warnings = warnings;
    return render_ok(g, m, &o, "svg");
}

static ag_buf seed_svg(const ag_render_options *o)
{
    ag_graph *g = seed_graph();
    ag_metrics *m = hand_metrics(g, true);
    ag_buf out = render_ok(g, m, o, "svg");
    hand_metrics_free(m);
    ag_graph_free(g);
    return out;
}

/* Appends the UTF-8 text of XML character data s[0..n). */
static void xml_decode(ag_buf *out, const char *s, size_t n)
{
    static const struct {
        const char *ref, *text;
    } named[] = {{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}};
    for (size_t i = 0; i < n; i++) {
        size_t k = 0;
        while (k < sizeof named / sizeof named[0] &&
               strncmp(s + i, named[k].ref, strlen(named[k].ref)) != 0)
            k++;
        if (k < sizeof named / sizeof named[0]) {
            ag_buf_puts(out, named[k].text);
            i += strlen(named[k].ref) - 1;
        } else if (s[i] == '&' && s[i + 1] == '#') {
            char *end;
            bool hex = s[i + 2] == 'x';
            unsigned long c = strtoul(s + i + 2 + hex, &end, hex ? 16 : 10);
            cr_assert(*end == ';', "character reference at %.10s", s + i);
            char u[4];
            size_t len = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            static const unsigned char lead[] = {0, 0, 0xC0, 0xE0, 0xF0};
            for (size_t b = len - 1; b > 0; b--, c >>= 6)
                u[b] = (char)(0x80 | (c & 0x3F));
            u[0] = (char)(lead[len] | c);
            ag_buf_put(out, u, len);
            i = (size_t)(end - s);
        } else {
            ag_buf_putc(out, s[i]);
        }
    }
}

/* A copy of the <g> element whose id is `id`, up to its matching </g>; NULL
 * when there is none. */
static char *group(const char *svg, const char *id)
{
    ag_buf key = AG_BUF_INIT;
    ag_buf_printf(&key, "<g id=\"%s\"", id);
    const char *start = strstr(svg, key.data), *p = start;
    ag_buf_free(&key);
    if (!start)
        return NULL;
    int depth = 0;
    do {
        p = strchr(p + 1, '<');
        cr_assert(p, "unclosed group %s", id);
        if (strncmp(p, "<g ", 3) == 0 || strncmp(p, "<g>", 3) == 0)
            depth++;
        else if (strncmp(p, "</g>", 4) == 0)
            depth--;
    } while (depth >= 0);
    return ag_xstrndup(start, (size_t)(p + 4 - start));
}

/* The decoded contents of the <text> elements in s, joined by newlines. */
static char *texts(const char *s)
{
    ag_buf t = AG_BUF_INIT;
    ag_buf_puts(&t, "");
    for (const char *p = strstr(s, "<text"); p; p = strstr(p + 1, "<text")) {
        const char *a = strchr(p, '>') + 1, *b = strstr(a, "</text>");
        if (t.len)
            ag_buf_putc(&t, '\n');
        xml_decode(&t, a, (size_t)(b - a));
    }
    return ag_buf_detach(&t);
}

/* The decoded value of the first attribute `name` in s, or NULL. */
static char *attr(const char *s, const char *name)
{
    ag_buf key = AG_BUF_INIT, v = AG_BUF_INIT;
    ag_buf_printf(&key, " %s=\"", name);
    const char *p = strstr(s, key.data);
    if (p) {
        p += key.len;
        ag_buf_puts(&v, "");
        xml_decode(&v, p, (size_t)(strchr(p, '"') - p));
    }
    ag_buf_free(&key);
    return p ? ag_buf_detach(&v) : NULL;
}

/* A copy of the first start tag <name ...> in s. */
static char *tag_of(const char *s, const char *name)
{
    ag_buf key = AG_BUF_INIT;
    ag_buf_printf(&key, "<%s ", name);
    const char *p = strstr(s, key.data);
    ag_buf_free(&key);
    cr_assert(p, "no <%s> in %.80s", name, s);
    return ag_xstrndup(p, (size_t)(strchr(p, '>') + 1 - p));
}

/* The group of the label of the actor with the given id, drawn with the id
 * prefix: "<prefix>-l-" and the id's identifier form; NULL when none. */
static char *label_group(const char *svg, const char *prefix, const char *id)
{
    ag_buf gid = AG_BUF_INIT;
    ag_buf_printf(&gid, "%s-l-", prefix);
    ag_escape_ident(&gid, id);
    char *l = group(svg, gid.data);
    ag_buf_free(&gid);
    return l;
}

/* The text of the label of the actor with the given id, its lines joined
 * by spaces. */
static char *label_text(const char *svg, const char *prefix, const char *id)
{
    char *l = label_group(svg, prefix, id);
    cr_assert(l, "no label for %s", id);
    char *t = texts(l);
    for (char *nl = strchr(t, '\n'); nl; nl = strchr(nl, '\n'))
        *nl = ' '; /* the label wraps onto lines */
    free(l);
    return t;
}

/* The root <svg ...> start tag. */
static char *root_tag(const char *svg)
{
    const char *p = strstr(svg, "<svg");
    cr_assert(p);
    return ag_xstrndup(p, (size_t)(strchr(p, '>') + 1 - p));
}

/* ---- options, formats, engines ---- */

Test(render, defaults_and_supported_formats)
{
    ag_render_options o = ag_render_defaults();
    cr_assert_eq(o.size_by, AG_METRIC_PAGERANK);
    cr_assert_eq(o.color_by, AG_COLOR_KIND);
    cr_assert(o.legend && !o.inline_svg && !o.responsive && !o.cluster_by_bloc);
    cr_assert_eq(o.theme, AG_THEME_LIGHT);
    cr_assert_null(o.layout);
    cr_assert_null(o.id_prefix);
    static const struct {
        const char *format;
        bool ok;
    } formats[] = {{"svg", true},  {"png", true},  {"pdf", true}, {"dot", true},
                   {"jpg", false}, {"SVG", false}, {"", false},   {NULL, false}};
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
        cr_assert_eq(ag_render_supports(formats[i].format), formats[i].ok, "%s",
                     formats[i].format ? formats[i].format : "NULL");
}

Test(render, auto_layout_keeps_large_graphs_out_of_dot)
{
    static const struct {
        size_t actors, edges;
        const char *engine;
    } cases[] = {{0, 0, "dot"},      {14, 17, "dot"},      {19, 32, "dot"},
                 {30, 60, "dot"},    {31, 40, "neato"},    {25, 61, "neato"},
                 {60, 180, "neato"}, {100, 300, "neato"},  {300, 1000, "neato"},
                 {301, 900, "sfdp"}, {1000, 3000, "sfdp"}, {5000, 20000, "sfdp"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_assert_str_eq(ag_render_auto_layout(cases[i].actors, cases[i].edges), cases[i].engine,
                         "%zu actors, %zu edges", cases[i].actors, cases[i].edges);
}

Test(render, usage_errors)
{
    ag_graph *g = seed_graph();
    ag_metrics *m = hand_metrics(g, true);
    static const struct {
        const char *format, *layout, *prefix;
        bool cluster;
    } cases[] = {{"jpg", NULL, NULL, false},    {NULL, NULL, NULL, false},
                 {"svg", "osage", NULL, false}, {"svg", "DOT", NULL, false},
                 {"svg", NULL, "1ag", false},   {"svg", NULL, "a b", false},
                 {"svg", NULL, "", false},      {"svg", "neato", NULL, true},
                 {"png", "sfdp", NULL, true},   {"svg", "circo", NULL, true}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ag_render_options o = ag_render_defaults();
        o.layout = cases[i].layout;
        o.id_prefix = cases[i].prefix;
        o.cluster_by_bloc = cases[i].cluster;
        ag_buf out = AG_BUF_INIT;
        ag_error err;
        cr_assert_eq(ag_render(g, m, &o, cases[i].format, &out, &err), AG_EUSAGE, "case %zu", i);
        cr_assert(err.msg[0]);
        cr_assert_eq(out.len, 0);
    }
    ag_render_options o = ag_render_defaults();
    m->nactors--;
    ag_buf out = AG_BUF_INIT;
    cr_assert_eq(ag_render(g, m, &o, "svg", &out, NULL), AG_ESOFTWARE, "metrics of another graph");
    m->nactors++;
    hand_metrics_free(m);
    ag_graph_free(g);
}

Test(render, links_to_named_anchors)
{
    ag_graph *g = seed_graph();
    ag_metrics *m = hand_metrics(g, true);
    ag_buf name = AG_BUF_INIT;
    ag_render_node_name(g, 12, &name);
    cr_assert_str_eq(name.data, "n-karabakh-armenians");
    ag_edges e = ag_graph_edges(g);
    ag_buf_clear(&name);
    ag_render_edge_name(g, &e.items[0], &name);
    cr_assert_str_eq(name.data, "e-FRA_2eSENATE__AZE__hostility");
    ag_render_options o = ag_render_defaults();
    ag_buf svg = render_ok(g, m, &o, "svg");
    cr_assert_not(strstr(svg.data, "xlink:href"), "no links unless asked");
    ag_buf_free(&svg);
    o.href_prefix = "#ev-";
    svg = render_ok(g, m, &o, "svg");
    cr_assert(test_xml_valid(svg.data));
    cr_assert(strstr(svg.data, "<g id=\"ag-a-n-karabakh-armenians\"><a "
                               "xlink:href=\"#ev-n-karabakh-armenians\""),
              "%s", svg.data);
    cr_assert(strstr(svg.data, "xlink:href=\"#ev-e-FRA_2eSENATE__AZE__hostility\""));
    cr_assert_eq(test_count(svg.data, "xlink:href=\"#ev-n-"), 2 * g->nactors, "circle and label");
    cr_assert(strstr(svg.data, "<g id=\"ag-a-l-karabakh-armenians\"><a "
                               "xlink:href=\"#ev-n-karabakh-armenians\""));
    cr_assert_eq(test_count(svg.data, "xlink:href=\"#ev-e-"), e.len);
    ag_buf_free(&svg);
    static const char *const bad[] = {"ev-", "javascript:alert(1)#", "#1x", "#a b", "#a\"b"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        o.href_prefix = bad[i];
        ag_buf out = AG_BUF_INIT;
        ag_error err;
        cr_assert_eq(ag_render(g, m, &o, "svg", &out, &err), AG_EUSAGE, "%s", bad[i]);
        cr_assert_eq(out.len, 0);
    }
    o.href_prefix = "#";
    svg = render_ok(g, m, &o, "svg");
    cr_assert(strstr(svg.data, "xlink:href=\"#n-FRA\""));
    ag_buf_free(&svg);
    ag_edges_free(&e);
    ag_buf_free(&name);
    hand_metrics_free(m);
    ag_graph_free(g);
}

/* ---- SVG ---- */

Test(render, svg_is_valid_xml_with_title_desc_and_role)
{
    ag_render_options o = ag_render_defaults();
    ag_buf svg = seed_svg(&o);
    cr_assert(test_xml_valid(svg.data));
    cr_assert(strncmp(svg.data, "<?xml", 5) == 0);
    char *root = root_tag(svg.data);
    cr_assert(strstr(root, " role=\"img\""), "%s", root);
    cr_assert(strstr(root, " aria-labelledby=\"ag-title ag-desc\""));
    cr_assert(strstr(root, " width=\"") && strstr(root, " viewBox=\""));
    cr_assert(
        strstr(svg.data, "<title id=\"ag-title\">French Senate resolution on Karabakh</title>"));
    cr_assert(strstr(svg.data, "<desc id=\"ag-desc\">14 actors and 18 relations: 7 support, "
                               "10 hostility, 1 neutral.</desc>"));
    cr_assert(!strstr(svg.data, "transparent"), "no transparent paint");
    cr_assert(strstr(svg.data, "font-family=\"DejaVu Sans, Verdana, sans-serif\""));
    cr_assert(strstr(svg.data, "<polygon fill=\"#ffffff\" stroke=\"none\""), "a white background");
    free(root);
    ag_buf_free(&svg);
}

/* Each actor: a circle with its class and tooltip, and under it, centred,
 * its label with the same tooltip (no text on the circle, which it might
 * overflow). */
Test(render, every_actor_is_a_circle_with_its_label_under_it)
{
    ag_render_options o = ag_render_defaults();
    ag_buf svg = seed_svg(&o);
    for (size_t i = 0; i < NACTORS; i++) {
        ag_buf id = AG_BUF_INIT;
        ag_buf_puts(&id, "ag-n-");
        ag_escape_ident(&id, ACTORS[i].id);
        char *node = group(svg.data, id.data);
        cr_assert(node, "node %s", id.data);
        cr_assert_not(strstr(node, "<text"), "%s: no text on the circle", id.data);
        char *t = label_text(svg.data, "ag", ACTORS[i].id),
             *l = label_group(svg.data, "ag", ACTORS[i].id);
        cr_assert_str_eq(t, ACTORS[i].label);
        char *lcls = attr(l, "class"), *ltip = attr(l, "xlink:title"),
             *ntip = attr(node, "xlink:title");
        cr_assert_str_eq(lcls, "node label");
        cr_assert_str_eq(ltip, ntip);
        char *cx = attr(node, "cx"), *cy = attr(node, "cy"), *r = attr(node, "rx");
        char *tx = attr(l, "x"), *ty = attr(l, "y");
        cr_assert_float_eq(atof(tx), atof(cx), 0.01, "%s: centred", id.data);
        double gap = atof(ty) - 11 - (atof(cy) + atof(r)); /* SVG y grows downwards */
        cr_assert(gap >= 0 && gap < 8, "%s: %g points under the circle", id.data, gap);
        free(cx);
        free(cy);
        free(r);
        free(tx);
        free(ty);
        free(lcls);
        free(ltip);
        free(ntip);
        free(l);
        ag_buf cls = AG_BUF_INIT;
        ag_buf_printf(&cls, "node actor kind-%s", ag_kind_name(ACTORS[i].kind));
        if (ACTORS[i].bloc)
            ag_buf_printf(&cls, " bloc-%d", ACTORS[i].bloc);
        char *c = attr(node, "class");
        cr_assert_str_eq(c, cls.data);
        char *tip = attr(node, "xlink:title");
        ag_buf want = AG_BUF_INIT;
        ag_buf_printf(&want, "%s\nkind: %s", ACTORS[i].label, ag_kind_name(ACTORS[i].kind));
        if (ACTORS[i].country)
            ag_buf_printf(&want, "\ncountry: %s", ACTORS[i].country);
        ag_buf_puts(&want, "\npagerank: ");
        ag_buf_num(&want, ACTORS[i].pagerank);
        if (ACTORS[i].bloc)
            ag_buf_printf(&want, "\nbloc: %d", ACTORS[i].bloc);
        cr_assert_str_eq(tip, want.data);
        free(tip);
        free(c);
        free(t);
        free(node);
        ag_buf_free(&want);
        ag_buf_free(&cls);
        ag_buf_free(&id);
    }
    ag_buf_free(&svg);
}

Test(render, node_area_grows_linearly_with_the_metric)
{
    ag_render_options o = ag_render_defaults();
    ag_buf svg = seed_svg(&o);
    /* AZE has the largest PageRank (0.20): 1.1 in across; martin-ryan has 0:
     * 0.3 in; karabakh-armenians 0.15: area 3/4 of the way between */
    static const struct {
        const char *id;
        double diameter;
    } cases[] = {
        {"ag-n-AZE", 1.10}, {"ag-n-martin-ryan", 0.30}, {"ag-n-karabakh-armenians", 0.9644}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *node = group(svg.data, cases[i].id);
        char *rx = attr(node, "rx"), *ry = attr(node, "ry");
        cr_assert(rx && ry, "%s is a circle", cases[i].id);
        cr_assert_float_eq(atof(rx), atof(ry), 0.01);
        cr_assert_float_eq(2 * atof(rx) / 72, cases[i].diameter, 0.01, "%s: rx %s", cases[i].id,
                           rx);
        free(rx);
        free(ry);
        free(node);
    }
    ag_buf_free(&svg);
}

Test(render, one_edge_per_source_target_polarity_with_style_and_width)
{
    ag_render_options o = ag_render_defaults();
    ag_buf svg = seed_svg(&o);
    static const struct {
        const char *id, *cls, *dash, *width;
    } cases[] = {
        /* accuse -2 + demand -5: sqrt(7) */
        {"ag-e-FRA_2eSENATE__AZE__hostility", "edge hostility", "5,2", "2.65"},
        {"ag-e-FRA__ARM__support", "edge support", NULL, "2.72"}, /* sqrt(7.4) */
        {"ag-e-ARM__FRA_2eSENATE__support", "edge support", NULL, "1.84"},
        {"ag-e-FRA__UN_2eSC__neutral", "edge neutral", "1,5", NULL}, /* 0: 1 pt */
        {"ag-e-AZE__FRA__hostility", "edge hostility", "5,2", "2"},
        {"ag-e-FRA__AZE__hostility", "edge hostility", "5,2", "2"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *e = group(svg.data, cases[i].id);
        cr_assert(e, "edge %s", cases[i].id);
        char *cls = attr(e, "class"), *path = tag_of(e, "path");
        cr_assert_str_eq(cls, cases[i].cls);
        char *dash = attr(path, "stroke-dasharray"), *width = attr(path, "stroke-width");
        if (cases[i].dash)
            cr_assert_str_eq(dash, cases[i].dash, "%s", cases[i].id);
        else
            cr_assert_null(dash, "%s is solid", cases[i].id);
        if (cases[i].width)
            cr_assert_str_eq(width, cases[i].width, "%s", cases[i].id);
        else
            cr_assert_null(width, "%s: 1 pt", cases[i].id);
        cr_assert(strstr(e, "<polygon"), "%s has an arrowhead", cases[i].id);
        free(cls);
        free(path);
        free(dash);
        free(width);
        free(e);
    }
    cr_assert_eq(test_count(svg.data, "class=\"edge "), 17, "18 relations, two merged");
    ag_buf_free(&svg);
}

Test(render, pen_width_is_the_root_of_the_summed_weight_clamped)
{
    static const struct {
        double weights[4]; /* 0 ends the list */
        const char *width; /* NULL: 1 pt, which Graphviz does not write */
    } cases[] = {{{-0.5}, NULL},
                 {{-2, -2}, "2"},
                 {{-4, -5}, "3"},
                 {{-10, -10, -10}, "5.48"},
                 {{-10, -10, -10, -10}, "6"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ag_graph *g = ag_graph_new();
        ag_actor a = {.id = "A"}, b = {.id = "B"};
        ag_graph_add_actor(g, &a);
        ag_graph_add_actor(g, &b);
        for (size_t k = 0; k < 4 && cases[i].weights[k] != 0; k++) {
            ag_relation r = {.source = 0,
                             .target = 1,
                             .type = "t",
                             .polarity = AG_HOSTILITY,
                             .weight = cases[i].weights[k]};
            ag_graph_add_relation(g, &r);
        }
        ag_metrics *m = hand_metrics(g, false);
        ag_render_options o = ag_render_defaults();
        ag_buf svg = render_ok(g, m, &o, "svg");
        char *e = group(svg.data, "ag-e-A__B__hostility");
        char *path = tag_of(e, "path"), *w = attr(path, "stroke-width");
        if (cases[i].width)
            cr_assert_str_eq(w, cases[i].width, "case %zu", i);
        else
            cr_assert_null(w, "case %zu", i);
        free(w);
        free(path);
        free(e);
        ag_buf_free(&svg);
        hand_metrics_free(m);
        ag_graph_free(g);
    }
}

Test(render, edge_tooltip_lists_relations_and_evidence)
{
    ag_render_options o = ag_render_defaults();
    ag_buf svg = seed_svg(&o);
    char *e = group(svg.data, "ag-e-FRA_2eSENATE__AZE__hostility");
    char *tip = attr(e, "xlink:title");
    ag_buf want = AG_BUF_INIT;
    ag_buf_printf(
        &want,
        "French Senate \xE2\x86\x92 Azerbaijan: hostility, 2 relations, sum of |weight| 7\n"
        "accuse (CAMEO 1124, weight -2, 2024-01-17): %s\n"
        "demand (CAMEO 1043, weight -5, 2024-01-18): %s",
        RELATIONS[0].text, RELATIONS[1].text);
    cr_assert_str_eq(tip, want.data, "the second takes its source's date");
    free(tip);
    free(e);
    ag_buf_free(&want);
    ag_buf_free(&svg);
}

Test(render, ids_are_prefixed_and_stable)
{
    ag_render_options o = ag_render_defaults();
    o.id_prefix = "fig2";
    ag_buf a = seed_svg(&o), b = seed_svg(&o);
    cr_assert_eq(a.len, b.len);
    cr_assert(memcmp(a.data, b.data, a.len) == 0, "same bytes on every run");
    size_t n = 0;
    for (const char *p = strstr(a.data, " id=\""); p; p = strstr(p + 1, " id=\"")) {
        cr_assert(strncmp(p + 5, "fig2-", 5) == 0, "id at %.40s", p);
        n++;
    }
    cr_assert_gt(n, 2 * (NACTORS + NRELATIONS), "nodes, edges and their anchors");
    char *root = group(a.data, "fig2-graph");
    cr_assert(root);
    free(root);
    cr_assert(strstr(a.data, "aria-labelledby=\"fig2-title fig2-desc\""));
    ag_buf_free(&a);
    ag_buf_free(&b);
}

Test(render, legend_says_what_colour_dash_width_and_size_mean)
{
    ag_render_options o = ag_render_defaults();
    ag_buf svg = seed_svg(&o);
    char *legend = group(svg.data, "ag-legend");
    cr_assert(legend, "the legend has its group");
    cr_assert(strstr(legend, "class=\"legend\""));
    char *t = texts(legend);
    static const char *const must[] = {"support",
                                       "hostility",
                                       "neutral",
                                       "Width: \xCE\xA3 |weight|",
                                       "36 or more",
                                       "Fill: actor kind",
                                       "state",
                                       "legislature",
                                       "population",
                                       "person",
                                       "Circle area: PageRank, linear from 0 to 0.2 (Azerbaijan)."};
    for (size_t i = 0; i < sizeof must / sizeof must[0]; i++)
        cr_assert(strstr(t, must[i]), "legend lacks \"%s\": %s", must[i], t);
    cr_assert(!strstr(t, "military"), "only kinds present");
    cr_assert(!strstr(t, "frustrated") && !strstr(t, "Bloc"));
    cr_assert_eq(test_count(legend, "stroke-dasharray=\"5,2\""), 1, "one dashed sample");
    free(t);
    free(legend);
    ag_buf_free(&svg);

    o.legend = false;
    svg = seed_svg(&o);
    cr_assert(!strstr(svg.data, "legend"));
    cr_assert(!strstr(svg.data, "Circle area"));
    cr_assert(strstr(svg.data, ">French Senate resolution on Karabakh</text>"), "title stays");
    ag_buf_free(&svg);
}

Test(render, blocs_as_colours_and_clusters_and_frustrated_ties)
{
    ag_render_options o = ag_render_defaults();
    o.color_by = AG_COLOR_BLOC;
    o.cluster_by_bloc = true;
    o.show_frustration = true;
    ag_buf svg = seed_svg(&o);
    cr_assert(test_xml_valid(svg.data));
    for (int k = 1; k <= 2; k++) {
        ag_buf id = AG_BUF_INIT;
        ag_buf_printf(&id, "ag-bloc-%d", k);
        char *c = group(svg.data, id.data);
        cr_assert(c, "cluster %d", k);
        char *cls = attr(c, "class"), *t = texts(c);
        ag_buf want = AG_BUF_INIT;
        ag_buf_printf(&want, "cluster bloc bloc-%d", k);
        cr_assert_str_eq(cls, want.data);
        ag_buf_clear(&want);
        ag_buf_printf(&want, "Bloc %d", k);
        cr_assert_str_eq(t, want.data);
        free(cls);
        free(t);
        free(c);
        ag_buf_free(&want);
        ag_buf_free(&id);
    }
    char *aze = group(svg.data, "ag-n-AZE"), *fra = group(svg.data, "ag-n-FRA");
    char *fa = attr(aze, "fill"), *ff = attr(fra, "fill");
    cr_assert_str_neq(fa, ff, "two blocs, two fills");
    char *ryan = group(svg.data, "ag-n-martin-ryan"), *fr = attr(ryan, "fill");
    cr_assert_str_eq(fr, "#dddddd", "no bloc: grey");
    cr_assert_eq(test_count(svg.data, "frustrated\""), 1, "one tie breaks the camps");
    char *e = group(svg.data, "ag-e-EU_2eMEMBERS__AZE__hostility");
    char *cls = attr(e, "class");
    cr_assert_str_eq(cls, "edge hostility frustrated");
    cr_assert_eq(test_count(e, "<path"), 3, "halo, tie, halo");
    char *legend = group(svg.data, "ag-legend"), *t = texts(legend);
    cr_assert(strstr(t, "frustrated"));
    cr_assert(strstr(t, "Frustrated: the ties of 2 pairs of actors"));
    cr_assert(strstr(t, "Fill: bloc") && strstr(t, "Bloc 2") && strstr(t, "none"));
    cr_assert(strstr(t, "drawn as dashed boxes"));
    cr_assert(!strstr(t, "Fill: actor kind"));
    free(t);
    free(legend);
    free(cls);
    free(e);
    free(fr);
    free(ryan);
    free(fa);
    free(ff);
    free(aze);
    free(fra);
    ag_buf_free(&svg);
}

Test(render, inline_responsive_and_dark)
{
    ag_render_options o = ag_render_defaults();
    o.inline_svg = true;
    o.responsive = true;
    o.theme = AG_THEME_DARK;
    ag_buf svg = seed_svg(&o);
    cr_assert(test_xml_valid(svg.data));
    cr_assert(strncmp(svg.data, "<svg ", 5) == 0, "no prolog: %.30s", svg.data);
    cr_assert(!strstr(svg.data, "<!DOCTYPE"));
    char *root = root_tag(svg.data);
    cr_assert(!strstr(root, " width=") && !strstr(root, " height="), "%s", root);
    cr_assert(strstr(root, " viewBox=\""));
    cr_assert(strstr(svg.data, "<polygon fill=\"#1e1e1e\" stroke=\"none\""), "dark background");
    char *title = group(svg.data, "ag-graph");
    char *t = strstr(title, ">French Senate resolution on Karabakh</text>");
    cr_assert(t);
    while (t > title && strncmp(t, "<text", 5) != 0)
        t--;
    char *fill = attr(t, "fill");
    cr_assert_str_eq(fill, "#ececec", "light text on dark");
    free(fill);
    free(title);
    free(root);
    ag_buf_free(&svg);
}

/* Labels, titles and evidence that try every escape Graphviz and XML know. */
static const char *const HOSTILE[] = {
    "<script>alert(1)</script>",
    "\"&'<>",
    "]]> and --",
    "\\N \\G \\E \\n \\l \\\\",
    "&foo; &amp; &#1; &#65;",
    "Հայաստան Azərbaycan",
    "back\\slash\\",
    "ctl\x01x",
};
#define NHOSTILE (sizeof HOSTILE / sizeof HOSTILE[0])

static ag_graph *hostile_graph(void)
{
    ag_graph *g = ag_graph_new();
    g->title = ag_xstrdup("T <&> \\N ]]> -- \"'");
    for (size_t i = 0; i < NHOSTILE; i++) {
        char id[8];
        snprintf(id, sizeof id, "h%zu", i);
        ag_actor a = {.id = id, .label = (char *)HOSTILE[i], .kind = AG_KIND_GROUP};
        ag_graph_add_actor(g, &a);
    }
    for (size_t i = 0; i < NHOSTILE; i++) {
        ag_evidence ev = {.text = (char *)HOSTILE[(i + 1) % NHOSTILE]};
        ag_relation r = {.source = i,
                         .target = (i + 1) % NHOSTILE,
                         .type = (char *)HOSTILE[i],
                         .polarity = AG_SUPPORT,
                         .weight = 1,
                         .evidence = &ev,
                         .nevidence = 1};
        ag_graph_add_relation(g, &r);
    }
    return g;
}

/* The text a reader sees for a hostile label: the string itself, its one
 * control character replaced. */
static const char *seen(const char *s)
{
    return strcmp(s, "ctl\x01x") == 0 ? "ctl\xEF\xBF\xBDx" : s;
}

Test(render, hostile_strings_stay_text)
{
    ag_graph *g = hostile_graph();
    ag_metrics *m = hand_metrics(g, false);
    static const char *const layouts[] = {"dot", "neato"};
    for (size_t l = 0; l < 2; l++) {
        ag_render_options o = ag_render_defaults();
        o.layout = layouts[l];
        ag_buf svg = render_ok(g, m, &o, "svg");
        cr_assert(test_xml_valid(svg.data), "%s", svg.data);
        cr_assert(!strstr(svg.data, "<script"));
        cr_assert(strstr(svg.data, "<title id=\"ag-title\">T &lt;&amp;&gt; \\N ]]&gt; -- "
                                   "&quot;&#39;</title>"));
        char *graph = group(svg.data, "ag-graph"), *gt = texts(graph);
        cr_assert(strncmp(gt, "T <&> \\N ]]> -- \"'\n", 19) == 0, "title drawn as written: %s", gt);
        for (size_t i = 0; i < NHOSTILE; i++) {
            char id[64];
            snprintf(id, sizeof id, "ag-n-h%zu", i);
            char *node = group(svg.data, id), *t = label_text(svg.data, "ag", id + 5);
            cr_assert_str_eq(t, seen(HOSTILE[i]), "label %zu", i);
            char *tip = attr(node, "xlink:title");
            cr_assert(strncmp(tip, seen(HOSTILE[i]), strlen(seen(HOSTILE[i]))) == 0,
                      "tooltip %zu: %s", i, tip);
            snprintf(id, sizeof id, "ag-e-h%zu__h%zu__support", i, (i + 1) % NHOSTILE);
            char *e = group(svg.data, id), *et = attr(e, "xlink:title");
            ag_buf want = AG_BUF_INIT;
            ag_buf_printf(&want, "\n%s (weight 1): %s", seen(HOSTILE[i]),
                          seen(HOSTILE[(i + 1) % NHOSTILE]));
            cr_assert(strstr(et, want.data), "edge tooltip %zu: %s", i, et);
            ag_buf_free(&want);
            free(et);
            free(e);
            free(tip);
            free(t);
            free(node);
        }
        free(gt);
        free(graph);
        ag_buf_free(&svg);
    }
    hand_metrics_free(m);
    ag_graph_free(g);
}

/* ---- PNG, PDF, DOT ---- */

static unsigned be32(const unsigned char *p)
{
    return (unsigned)p[0] << 24 | (unsigned)p[1] << 16 | (unsigned)p[2] << 8 | p[3];
}

Test(render, png_size_follows_dpi)
{
    ag_graph *g = seed_graph();
    ag_metrics *m = hand_metrics(g, true);
    unsigned w[2], h[2];
    static const double dpi[] = {0, 192};
    for (size_t i = 0; i < 2; i++) {
        ag_render_options o = ag_render_defaults();
        o.dpi = dpi[i];
        ag_buf png = render_ok(g, m, &o, "png");
        const unsigned char *p = (const unsigned char *)png.data;
        cr_assert(png.len > 33 && memcmp(p, "\x89PNG\r\n\x1a\n", 8) == 0, "PNG signature");
        cr_assert(memcmp(p + 12, "IHDR", 4) == 0);
        w[i] = be32(p + 16);
        h[i] = be32(p + 20);
        ag_buf_free(&png);
    }
    cr_assert_gt(w[0], 400, "a figure, not a stamp: %u x %u", w[0], h[0]);
    cr_assert(abs((int)w[1] - 2 * (int)w[0]) <= 2 && abs((int)h[1] - 2 * (int)h[0]) <= 2,
              "96 dpi %u x %u, 192 dpi %u x %u", w[0], h[0], w[1], h[1]);
    hand_metrics_free(m);
    ag_graph_free(g);
}

Test(render, pdf_header)
{
    ag_graph *g = seed_graph();
    ag_metrics *m = hand_metrics(g, true);
    ag_render_options o = ag_render_defaults();
    o.layout = "neato";
    ag_buf pdf = render_ok(g, m, &o, "pdf");
    cr_assert(strncmp(pdf.data, "%PDF-1.", 7) == 0);
    cr_assert(strstr(pdf.data + pdf.len - 8, "%%EOF"), "a complete file");
    ag_buf_free(&pdf);
    hand_metrics_free(m);
    ag_graph_free(g);
}

Test(render, dot_export_has_every_node_and_no_layout)
{
    ag_graph *g = seed_graph();
    ag_metrics *m = hand_metrics(g, true);
    ag_render_options o = ag_render_defaults();
    ag_buf dot = render_ok(g, m, &o, "dot");
    cr_assert(strncmp(dot.data, "digraph ag {", 12) == 0, "%.40s", dot.data);
    for (size_t i = 0; i < NACTORS; i++) {
        ag_buf n = AG_BUF_INIT;
        ag_buf_printf(&n, "\t\"%s\"\t[", ACTORS[i].id);
        ag_buf alt = AG_BUF_INIT;
        ag_buf_printf(&alt, "\t%s\t[", ACTORS[i].id);
        cr_assert(strstr(dot.data, n.data) || strstr(dot.data, alt.data), "node %s", ACTORS[i].id);
        ag_buf_free(&n);
        ag_buf_free(&alt);
    }
    cr_assert_eq(test_count(dot.data, " -> "), 17);
    cr_assert(!strstr(dot.data, "pos=") && !strstr(dot.data, "bb="), "no positions");
    cr_assert(strstr(dot.data, "layout=dot"));
    FILE *p = popen("dot -Tsvg >/dev/null 2>&1", "w");
    fwrite(dot.data, 1, dot.len, p);
    cr_assert_eq(pclose(p), 0, "Graphviz's dot reads it back");
    ag_buf_free(&dot);
    hand_metrics_free(m);
    ag_graph_free(g);
}

/* ---- every engine draws the legend, in every format ---- */

Test(render, legend_in_every_engine)
{
    ag_graph *g = seed_graph();
    ag_metrics *m = hand_metrics(g, true);
    static const char *const engines[] = {"dot", "neato", "fdp", "sfdp", "circo"};
    for (size_t i = 0; i < sizeof engines / sizeof engines[0]; i++) {
        ag_buf warnings = AG_BUF_INIT, svg = engine_svg(g, m, engines[i], &warnings);
        cr_assert(test_xml_valid(svg.data), "%s", engines[i]);
        char *legend = group(svg.data, "ag-legend");
        cr_assert(legend && strstr(legend, ">hostility</text>"), "%s", engines[i]);
        cr_assert_eq(warnings.len, 0, "%s: %s", engines[i], warnings.data);
        /* the legend sits above the drawing: its text is higher (smaller y)
         * than every node's circle */
        double legend_y = atof(strstr(strstr(legend, "<text"), " y=\"") + 4);
        for (const char *c = strstr(svg.data, "<ellipse"); c; c = strstr(c + 1, "<ellipse")) {
            char *cy = attr(c, "cy"), *ry = attr(c, "ry");
            cr_assert_lt(legend_y, atof(cy) - atof(ry), "%s", engines[i]);
            free(cy);
            free(ry);
        }
        free(legend);
        ag_buf_free(&svg);
        ag_buf_free(&warnings);
    }
    hand_metrics_free(m);
    ag_graph_free(g);
}

/* ---- Graphviz's complaints come back as values, never on stderr ---- */

static int stderr_to(FILE *f)
{
    fflush(stderr);
    int saved = dup(2);
    dup2(fileno(f), 2);
    return saved;
}

static void stderr_back(int saved)
{
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
}

Test(render, graphviz_messages_are_captured)
{
    ag_graph *g = seed_graph();
    ag_metrics *m = hand_metrics(g, true);
    FILE *log = tmpfile();
    int saved = stderr_to(log);

    /* a Latin-1 byte in a label: Graphviz warns and carries on */
    free(g->actors[0].label);
    g->actors[0].label = ag_xstrdup("Fran\xE7"
                                    "e");
    ag_render_options o = ag_render_defaults();
    ag_buf warnings = AG_BUF_INIT, out = AG_BUF_INIT;
    o.warnings = &warnings;
    ag_error err;
    cr_assert_eq(ag_render(g, m, &o, "svg", &out, &err), AG_OK);
    cr_assert(strstr(warnings.data, "UTF8"), "warning kept: %s", warnings.data);

    /* the same byte in the title breaks the HTML-like label: an error */
    free(g->title);
    g->title = ag_xstrdup("Fran\xE7"
                          "e");
    ag_buf_clear(&out);
    cr_assert_eq(ag_render(g, m, &o, "svg", &out, &err), AG_ESOFTWARE);
    cr_assert_eq(out.len, 0, "nothing appended on failure");
    cr_assert(strstr(err.msg, "Graphviz"), "%s", err.msg);
    cr_assert(strstr(err.msg, "syntax error") || strstr(err.msg, "label"), "%s", err.msg);

    stderr_back(saved);
    cr_assert_eq(ftell(log), 0, "nothing printed");
    fclose(log);
    ag_buf_free(&warnings);
    ag_buf_free(&out);
    hand_metrics_free(m);
    ag_graph_free(g);
}

/* ---- graphs from files and generated ones ---- */

Test(render, curated_seed_graph_in_every_format)
{
    ag_graph *g = test_load("graphs/karabakh-2024-01-18.json");
    ag_metrics *m = test_metrics(g);
    ag_render_options o = ag_render_defaults();
    ag_buf warnings = AG_BUF_INIT;
    o.warnings = &warnings;
    ag_buf svg = render_ok(g, m, &o, "svg");
    cr_assert(test_xml_valid(svg.data));
    for (size_t i = 0; i < g->nactors; i++) {
        ag_buf id = AG_BUF_INIT;
        ag_buf_puts(&id, "ag-n-");
        ag_escape_ident(&id, g->actors[i].id);
        char *node = group(svg.data, id.data);
        cr_assert(node, "%s", id.data);
        free(node);
        ag_buf_free(&id);
    }
    ag_buf dot = render_ok(g, m, &o, "dot");
    cr_assert(strstr(dot.data, "layout=dot"), "the seed is drawn by dot");
    ag_buf png = render_ok(g, m, &o, "png"), pdf = render_ok(g, m, &o, "pdf");
    cr_assert(memcmp(png.data, "\x89PNG", 4) == 0 && memcmp(pdf.data, "%PDF", 4) == 0);
    cr_assert(!strstr(pdf.data, "/URI") && !strstr(pdf.data, "/Link"),
              "the legend's anchor makes no link in the PDF");
    cr_assert_eq(warnings.len, 0, "%s", warnings.data);
    ag_buf_free(&svg);
    ag_buf_free(&dot);
    ag_buf_free(&png);
    ag_buf_free(&pdf);
    ag_buf_free(&warnings);
    ag_metrics_free(m);
    ag_graph_free(g);
}

Test(render, hostile_file_with_every_option)
{
    ag_graph *g = test_load("tests/data/render/hostile.json");
    ag_metrics *m = test_metrics(g);
    static const char *const engines[] = {"dot", "neato", "fdp", "sfdp", "circo"};
    for (size_t i = 0; i < sizeof engines / sizeof engines[0]; i++) {
        ag_render_options o = ag_render_defaults();
        o.layout = engines[i];
        o.color_by = AG_COLOR_BLOC;
        o.cluster_by_bloc = i == 0 || i == 2;
        o.show_frustration = true;
        o.theme = i % 2 ? AG_THEME_DARK : AG_THEME_LIGHT;
        o.inline_svg = i % 2;
        o.responsive = i % 2;
        o.id_prefix = "x-1";
        ag_buf svg = render_ok(g, m, &o, "svg");
        cr_assert(test_xml_valid(svg.data), "%s", engines[i]);
        cr_assert(!strstr(svg.data, "<script"), "%s", engines[i]);
        for (size_t k = 0; k < g->nactors; k++) {
            char *t = label_text(svg.data, "x-1", g->actors[k].id);
            const char *want = strchr(g->actors[k].label, '\t') ? "tab\there" : g->actors[k].label;
            cr_assert_str_eq(t, want, "%s", engines[i]);
            free(t);
        }
        ag_buf_free(&svg);
    }
    ag_metrics_free(m);
    ag_graph_free(g);
}

/* n actors and 3n relations between random pairs, the same on every run. */
static ag_graph *random_graph(size_t n)
{
    ag_graph *g = ag_graph_new();
    unsigned long long x = 20240118;
    for (size_t i = 0; i < n; i++) {
        char id[16], label[32];
        snprintf(id, sizeof id, "A%zu", i);
        snprintf(label, sizeof label, "Actor number %zu", i);
        ag_actor a = {.id = id, .label = label, .kind = (ag_kind)(i % AG_KIND_COUNT)};
        ag_graph_add_actor(g, &a);
    }
    for (size_t j = 0; j < 3 * n; j++) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        size_t a = (size_t)(x >> 33) % n, b = (a + 1 + (size_t)(x >> 45) % (n - 1)) % n;
        int sign = (int)((x >> 20) % 3) - 1;
        ag_relation r = {.source = a,
                         .target = b,
                         .type = "t",
                         .polarity = (ag_polarity)sign,
                         .weight = 2.5 * sign};
        ag_graph_add_relation(g, &r);
    }
    return g;
}

Test(render, sixty_actors_go_to_a_force_directed_engine)
{
    ag_graph *g = random_graph(60);
    ag_metrics *m = test_metrics(g);
    ag_render_options o = ag_render_defaults();
    ag_buf warnings = AG_BUF_INIT;
    o.warnings = &warnings;
    o.show_frustration = true;
    ag_buf dot = render_ok(g, m, &o, "dot");
    cr_assert(strstr(dot.data, "layout=neato"));
    cr_assert(strstr(dot.data, "splines=false"), "no spline routing above 30 actors");
    ag_buf svg = render_ok(g, m, &o, "svg");
    cr_assert(test_xml_valid(svg.data));
    cr_assert_eq(test_count(svg.data, "class=\"node actor"), 60);
    cr_assert_eq(warnings.len, 0, "%s", warnings.data);
    ag_buf_free(&svg);
    ag_buf_free(&dot);
    ag_buf_free(&warnings);
    ag_metrics_free(m);
    ag_graph_free(g);
}

/* 30 actors, 133 drawn ties of which many come in pairs (both ways, or two
 * polarities): Graphviz 2.43 routes such pairs with its multispline router,
 * which writes past a buffer on this graph (valgrind, AddressSanitizer).
 * ag_render routes one tie per pair and draws the others beside it. */
Test(render, ties_in_pairs_are_routed_without_the_multispline_router)
{
    ag_graph *g = test_load("tests/data/render/dense.json");
    ag_metrics *m = test_metrics(g);
    ag_edges e = ag_graph_edges(g);
    static const char *const engines[] = {"neato", "dot"};
    for (size_t i = 0; i < sizeof engines / sizeof engines[0]; i++) {
        ag_buf warnings = AG_BUF_INIT, svg = engine_svg(g, m, engines[i], &warnings);
        cr_assert(test_xml_valid(svg.data));
        cr_assert_eq(test_count(svg.data, "class=\"edge "), e.len, "%s", engines[i]);
        cr_assert_eq(test_count(svg.data, "<path"), e.len, "%s: a path per tie", engines[i]);
        cr_assert_eq(warnings.len, 0, "%s: %s", engines[i], warnings.data);
        ag_buf_free(&svg);
        ag_buf_free(&warnings);
    }
    ag_edges_free(&e);
    ag_metrics_free(m);
    ag_graph_free(g);
}

Test(render, release_ends_drawing)
{
    ag_graph *g = seed_graph();
    ag_metrics *m = hand_metrics(g, true);
    ag_render_options o = ag_render_defaults();
    ag_buf svg = render_ok(g, m, &o, "svg");
    ag_render_release();
    ag_buf out = AG_BUF_INIT;
    ag_error err;
    cr_assert_eq(ag_render(g, m, &o, "svg", &out, &err), AG_ESOFTWARE);
    cr_assert(strstr(err.msg, "ag_render_release"), "%s", err.msg);
    ag_buf dot = render_ok(g, m, &o, "dot");
    cr_assert(dot.len > 0, "DOT needs no layout, hence no context");
    ag_render_release();
    ag_buf_free(&dot);
    ag_buf_free(&svg);
    hand_metrics_free(m);
    ag_graph_free(g);
}

Test(render, ids_outside_the_model_grammar_stay_distinct_and_valid)
{
    ag_graph *g = ag_graph_new();
    static const char *const ids[] = {"x&#1;y", "_25x_26_231_3by", "a b"};
    for (size_t i = 0; i < 3; i++) {
        ag_actor a = {.id = (char *)ids[i], .label = "L"};
        ag_graph_add_actor(g, &a);
    }
    ag_relation r = {.source = 0, .target = 1, .type = "t", .polarity = AG_SUPPORT, .weight = 1};
    ag_graph_add_relation(g, &r);
    ag_metrics *m = hand_metrics(g, false);
    ag_render_options o = ag_render_defaults();
    ag_buf svg = render_ok(g, m, &o, "svg"), dot = render_ok(g, m, &o, "dot");
    cr_assert(test_xml_valid(svg.data));
    cr_assert_eq(test_count(svg.data, "class=\"node actor"), 3, "three nodes, none merged");
    cr_assert(strstr(dot.data, "\"%x_26_231_3by\""), "%s", dot.data);
    ag_buf_free(&svg);
    ag_buf_free(&dot);
    hand_metrics_free(m);
    ag_graph_free(g);
}
