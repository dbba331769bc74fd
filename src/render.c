/* render.c: graph + metrics -> cgraph graph -> gvc layout -> SVG, PNG, PDF
 * or DOT bytes, all in-process (the only cgraph and gvc user).
 *
 * Every string handed to Graphviz as a plain label goes through
 * ag_escape_graphviz, every tooltip through ag_escape_graphviz_tooltip,
 * every text of an HTML-like label through ag_escape_xml.
 * Graphviz reports problems through one process-wide callback (agseterrf):
 * ag_render installs its own for the duration of the call and restores the
 * previous one, so it is not reentrant (neither is Graphviz).
 */
#include "render.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "svg.h"

/* Graphviz measures text with the first family it finds (DejaVu Sans is
 * installed with Graphviz on Debian); browsers without it take Verdana,
 * whose widths are close, so labels keep fitting their boxes. */
#define FONT "DejaVu Sans, Verdana, sans-serif"
#define NODE_MIN 0.30 /* inches: diameter of a circle whose metric is 0 */
#define NODE_MAX 1.10 /* inches: diameter of the circle with the largest value */
#define PEN_MIN 1.0   /* points: pen width is sqrt(sum |weight|) clamped to these */
#define PEN_MAX 6.0
#define WRAP 14          /* characters per line of a node label */
#define NOTE_WRAP 64     /* ... and of a note under the legend */
#define NODE_FONT 11.0   /* points: the labels' font size */
#define LINE_SPACING 1.2 /* a label line's height over its font size, as Graphviz sets lines */
#define LABEL_GAP 5.0    /* points between a circle and the label under it */
#define TIE_GAP 3.0      /* points between ties drawn side by side */
#define DEFAULT_DPI 96.0
#define DOT_MAX_ACTORS 30 /* ag_render_auto_layout: dot up to this size */
#define DOT_MAX_EDGES 60
#define NEATO_MAX_ACTORS 300 /* ... then neato, then sfdp */
#define SPLINE_MAX 30        /* actors: above, ties are straight lines */

typedef struct {
    const char *bg, *fg, *muted; /* background, text, secondary text */
    const char *support, *hostility, *neutral;
    const char *halo;       /* frustrated ties */
    const char *node_line;  /* circle outlines */
    const char *fill_alpha; /* appended to node fills: "" opaque */
} palette;

/* Okabe-Ito green and vermillion for the ties; lighter ones on dark. */
static const palette PALETTES[] = {
    [AG_THEME_LIGHT] = {"#ffffff", "#1a1a1a", "#5c5c5c", "#009e73", "#d55e00", "#8c8c8c", "#f0b400",
                        "#4d4d4d", ""},
    [AG_THEME_DARK] = {"#1e1e1e", "#ececec", "#b4b4b4", "#33cc99", "#ff7f3f", "#a0a0a0", "#e6b800",
                       "#d0d0d0", "80"},
};

/* Paul Tol's "light" scheme (made for labels in black on it, safe for
 * colour-blind readers) for the common kinds, his "pale" one for the rest. */
static const char *const KIND_FILL[AG_KIND_COUNT] = {
    [AG_KIND_STATE] = "#77aadd",       [AG_KIND_GOVERNMENT] = "#99ddff",
    [AG_KIND_LEGISLATURE] = "#44bb99", [AG_KIND_MINISTRY] = "#bbcc33",
    [AG_KIND_MILITARY] = "#aaaa00",    [AG_KIND_LEADER] = "#eedd88",
    [AG_KIND_PERSON] = "#ffaabb",      [AG_KIND_IGO] = "#ee8866",
    [AG_KIND_NGO] = "#ccddaa",         [AG_KIND_GROUP] = "#ffcccc",
    [AG_KIND_POPULATION] = "#eeeebb",  [AG_KIND_COMPANY] = "#bbccee",
    [AG_KIND_MEDIA] = "#cceeff",       [AG_KIND_OTHER] = "#dddddd"};

/* Blocs take the same scheme, orange last: the ties' hostility is orange. */
static const char *const BLOC_FILL[] = {"#77aadd", "#eedd88", "#ffaabb", "#99ddff",
                                        "#44bb99", "#bbcc33", "#aaaa00", "#ee8866"};
#define NBLOC_FILL (sizeof BLOC_FILL / sizeof BLOC_FILL[0])
#define NO_BLOC_FILL "#dddddd"

static const char *const METRIC_TITLE[AG_METRIC_COUNT] = {
    [AG_METRIC_PAGERANK] = "PageRank",
    [AG_METRIC_BETWEENNESS] = "betweenness",
    [AG_METRIC_STRENGTH] = "strength (sum of |weight| in and out)",
    [AG_METRIC_SUPPORT_IN] = "support received (sum of |weight|)",
    [AG_METRIC_HOSTILITY_IN] = "hostility received (sum of |weight|)",
    [AG_METRIC_PN] = "PN centrality"};

static const char *const LAYOUTS[] = {"dot", "neato", "fdp", "sfdp", "circo"};

static const struct {
    const char *name, *device; /* device NULL: written by agwrite, no layout */
} FORMATS[] = {{"svg", "svg"}, {"png", "png:cairo"}, {"pdf", "pdf:cairo"}, {"dot", NULL}};

typedef struct {
    const ag_graph *g;
    const ag_metrics *m;
    const ag_render_options *o;
    const palette *pal;
    const char *prefix, *engine, *title;
    bool png;
    ag_edges edges;
    Agraph_t *root;
    Agraph_t **clusters; /* by bloc, made when first needed */
    Agnode_t **nodes;
    size_t top;  /* actor with the largest size metric */
    double vmax; /* its value, or 0 */
    ag_buf tmp;

    /* drawing (see "the layout" below); unused for DOT */
    bool drawing;
    bool routed;        /* ties routed around circles and labels */
    size_t maxlines;    /* lines of the longest label */
    Agedge_t **ties;    /* the Graphviz edge of each drawn edge; NULL while it waits */
    size_t *lead;       /* the first drawn edge between the same two actors */
    pointf *label_at;   /* where each actor's label goes ... */
    Agnode_t **labels;  /* ... and its node there */
    pointf *block_at;   /* the title's and each bloc label's centre ... */
    pointf *block_size; /* ... and size, kept free of ties */
    Agnode_t **blocks;  /* ... by invisible nodes while the ties are routed */
    size_t nblocks;
    char **pos; /* each drawn edge's route, between the last two passes */
} builder;

ag_render_options ag_render_defaults(void)
{
    return (ag_render_options){.size_by = AG_METRIC_PAGERANK,
                               .color_by = AG_COLOR_KIND,
                               .legend = true,
                               .theme = AG_THEME_LIGHT,
                               .dpi = DEFAULT_DPI};
}

/* Measured in-process (whole ag_render to SVG) on random graphs with three
 * relations per actor: dot takes 0.1 s at 50 actors, 2.3 s at 100 and more
 * than 200 s at 300, and its ranks turn a graph denser than two edges per
 * actor into long detours; neato takes 0.07 s at 100 actors, 0.35 s at 300,
 * 6 s at 1000 and 31 s at 3000; sfdp 0.15 s at 300 and 0.6 s at 1000. */
const char *ag_render_auto_layout(size_t nactors, size_t nedges)
{
    if (nactors <= DOT_MAX_ACTORS && nedges <= DOT_MAX_EDGES)
        return "dot";
    return nactors <= NEATO_MAX_ACTORS ? "neato" : "sfdp";
}

static const char *device_of(const char *format, bool *known)
{
    for (size_t i = 0; format && i < sizeof FORMATS / sizeof FORMATS[0]; i++) {
        if (strcmp(format, FORMATS[i].name) == 0) {
            *known = true;
            return FORMATS[i].device;
        }
    }
    *known = false;
    return NULL;
}

bool ag_render_supports(const char *format)
{
    bool known;
    device_of(format, &known);
    return known;
}

/* ---- setting attributes ---- */

static void set(void *obj, const char *name, const char *value)
{
    agsafeset(obj, (char *)name, (char *)value, "");
}

static void setf(void *obj, const char *name, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void setf(void *obj, const char *name, const char *fmt, ...)
{
    ag_buf v = AG_BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    ag_buf_vprintf(&v, fmt, ap);
    va_end(ap);
    set(obj, name, v.data ? v.data : "");
    ag_buf_free(&v);
}

/* Sets a plain label or a tooltip to the text s. */
static void set_text(void *obj, const char *name, const char *s)
{
    ag_buf v = AG_BUF_INIT;
    ag_buf_puts(&v, "");
    if (strcmp(name, "tooltip") == 0)
        ag_escape_graphviz_tooltip(&v, s);
    else
        ag_escape_graphviz(&v, s);
    set(obj, name, v.data);
    ag_buf_free(&v);
}

static void set_html(Agraph_t *g, const char *name, const char *html)
{
    Agsym_t *sym = agattr(g, AGRAPH, (char *)name, NULL);
    if (!sym)
        sym = agattr(g, AGRAPH, (char *)name, "");
    char *h = agstrdup_html(g, (char *)html);
    agxset(g, sym, h);
    agstrfree(g, h);
}

static void set_default(Agraph_t *g, int kind, const char *name, const char *value)
{
    agattr(g, kind, (char *)name, (char *)value);
}

/* ---- texts ---- */

const char *ag_render_title(const ag_graph *g, const ag_render_options *o)
{
    if (o->title)
        return o->title;
    if (g->title)
        return g->title;
    return g->nsources ? g->sources[0].id : "Actor graph";
}

/* One sentence: how many actors and relations, of which polarity. */
static void summary(const ag_graph *g, ag_buf *out)
{
    size_t n[3] = {0, 0, 0};
    for (size_t j = 0; j < g->nrelations; j++)
        n[g->relations[j].polarity + 1]++;
    ag_buf_printf(out, "%zu actor%s and %zu relation%s: %zu support, %zu hostility, %zu neutral.",
                  g->nactors, g->nactors == 1 ? "" : "s", g->nrelations,
                  g->nrelations == 1 ? "" : "s", n[AG_SUPPORT + 1], n[AG_HOSTILITY + 1],
                  n[AG_NEUTRAL + 1]);
}

static size_t utf8_chars(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* Appends s with line breaks instead of the spaces where a line would pass
 * `width` characters. */
static void wrap(ag_buf *out, const char *s, size_t width)
{
    size_t col = 0;
    while (*s) {
        size_t n = strcspn(s, " "), chars = utf8_chars(s, n);
        if (col && col + 1 + chars > width) {
            ag_buf_putc(out, '\n');
            col = 0;
        } else if (col) {
            ag_buf_putc(out, ' ');
            col++;
        }
        ag_buf_put(out, s, n);
        col += chars;
        s += n;
        s += strspn(s, " ");
    }
}

/* ---- actors ---- */

static double metric_of(const builder *b, size_t i)
{
    double v = ag_metric_value(b->m, i, b->o->size_by);
    return isfinite(v) && v > 0 ? v : 0;
}

/* Diameter in inches: the area grows linearly with the metric. */
static double diameter(const builder *b, size_t i)
{
    double share = b->vmax > 0 ? metric_of(b, i) / b->vmax : 0;
    return sqrt(NODE_MIN * NODE_MIN + (NODE_MAX * NODE_MAX - NODE_MIN * NODE_MIN) * share);
}

static int bloc_of(const builder *b, size_t i)
{
    return b->m->actors[i].bloc;
}

static const char *bloc_fill(int bloc)
{
    return bloc > 0 ? BLOC_FILL[(size_t)(bloc - 1) % NBLOC_FILL] : NO_BLOC_FILL;
}

/* The node name: the actor id, which graph.h restricts to [A-Za-z0-9._-];
 * any other id (Graphviz would pass an '&' entity in it through to the SVG)
 * becomes '%' and its identifier form, which no valid id can equal. */
static void node_name(ag_buf *out, const char *id)
{
    if (id[strspn(id, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-")]) {
        ag_buf_putc(out, '%');
        ag_escape_ident(out, id);
    } else {
        ag_buf_puts(out, id);
    }
}

void ag_render_node_name(const ag_graph *g, size_t i, ag_buf *out)
{
    ag_buf_puts(out, "n-");
    ag_escape_ident(out, g->actors[i].id);
}

void ag_render_edge_name(const ag_graph *g, const ag_edge *e, ag_buf *out)
{
    ag_buf_puts(out, "e-");
    ag_escape_ident(out, g->actors[e->source].id);
    ag_buf_puts(out, "__");
    ag_escape_ident(out, g->actors[e->target].id);
    ag_buf_printf(out, "__%s", ag_polarity_name(e->polarity));
}

static Agraph_t *parent_of(builder *b, size_t i)
{
    int k = bloc_of(b, i);
    if (!b->o->cluster_by_bloc || k <= 0)
        return b->root;
    if (!b->clusters[k]) {
        ag_buf name = AG_BUF_INIT;
        ag_buf_printf(&name, "cluster_bloc_%d", k);
        Agraph_t *c = agsubg(b->root, name.data, 1);
        ag_buf_free(&name);
        setf(c, "label", "Bloc %d", k);
        setf(c, "id", "%s-bloc-%d", b->prefix, k);
        setf(c, "class", "bloc bloc-%d", k);
        set(c, "color", b->pal->muted);
        setf(c, "fillcolor", "%s33", bloc_fill(k)); /* a tint of the bloc's fill */
        set(c, "fontcolor", b->pal->muted);
        set(c, "fontname", FONT);
        set(c, "fontsize", "11");
        set(c, "style", "rounded,dashed,filled");
        set(c, "penwidth", "1");
        b->clusters[k] = c;
    }
    return b->clusters[k];
}

static void node_tooltip(builder *b, size_t i, ag_buf *t)
{
    const ag_actor *a = &b->g->actors[i];
    ag_buf_printf(t, "%s\nkind: %s", a->label, ag_kind_name(a->kind));
    if (a->country)
        ag_buf_printf(t, "\ncountry: %s", a->country);
    ag_buf_printf(t, "\n%s: ", ag_metric_name(b->o->size_by));
    ag_buf_num(t, ag_metric_value(b->m, i, b->o->size_by));
    if (bloc_of(b, i) > 0)
        ag_buf_printf(t, "\nbloc: %d", bloc_of(b, i));
}

/* Actor i's label, wrapped, in t; returns its number of lines. */
static size_t label_text(const builder *b, size_t i, ag_buf *t)
{
    ag_buf_clear(t);
    ag_buf_puts(t, "");
    wrap(t, b->g->actors[i].label, WRAP);
    size_t lines = 1;
    for (const char *p = t->data; (p = strchr(p, '\n')); p++)
        lines++;
    return lines;
}

/* An actor is drawn as a circle with its label under it. The first layout
 * places a box (a slot) that holds both, each slot as tall as the circle,
 * the gap and the longest label, so that circles of a rank line up. A DOT
 * file has the circle and its label outside it, for any engine. */
static void add_node(builder *b, size_t i)
{
    const ag_actor *a = &b->g->actors[i];
    ag_buf *t = &b->tmp;
    ag_buf_clear(t);
    node_name(t, a->id);
    Agnode_t *n = agnode(parent_of(b, i), t->data, 1);
    b->nodes[i] = n;
    double d = diameter(b, i);
    setf(n, "width", "%.3f", d);
    setf(n, "height", "%.3f", d);
    label_text(b, i, t);
    if (b->drawing) {
        set(n, "shape", "box");
        set(n, "fixedsize", "false"); /* as wide as the label when it is wider */
        set(n, "margin", "0");
        setf(n, "height", "%.3f",
             d + (LABEL_GAP + (double)b->maxlines * LINE_SPACING * NODE_FONT) / 72);
        set_text(n, "label", t->data);
    } else {
        set(n, "label", "");
        set_text(n, "xlabel", t->data);
    }
    const char *fill = b->o->color_by == AG_COLOR_BLOC ? bloc_fill(bloc_of(b, i))
                                                       : KIND_FILL[a->kind % AG_KIND_COUNT];
    setf(n, "fillcolor", "%s%s", fill, b->pal->fill_alpha);
    ag_buf_clear(t);
    ag_render_node_name(b->g, i, t);
    setf(n, "id", "%s-%s", b->prefix, t->data);
    if (b->o->href_prefix)
        setf(n, "href", "%s%s", b->o->href_prefix, t->data);
    ag_buf_clear(t);
    ag_buf_printf(t, "actor kind-%s", ag_kind_name(a->kind));
    if (bloc_of(b, i) > 0)
        ag_buf_printf(t, " bloc-%d", bloc_of(b, i));
    set(n, "class", t->data);
    ag_buf_clear(t);
    node_tooltip(b, i, t);
    set_text(n, "tooltip", t->data);
}

/* ---- relations ---- */

static double pen_width(double abs_weight)
{
    return fmin(PEN_MAX, fmax(PEN_MIN, sqrt(abs_weight)));
}

/* True when e is a tie of a frustrated pair whose sign disagrees with the
 * camps: support across them or hostility inside one. */
static bool frustrated(const builder *b, const ag_edge *e)
{
    const ag_metrics *m = b->m;
    size_t lo = e->source < e->target ? e->source : e->target;
    size_t hi = e->source ^ e->target ^ lo;
    bool same = m->actors[lo].camp == m->actors[hi].camp;
    if (e->polarity == AG_NEUTRAL || (e->polarity == AG_SUPPORT) == same)
        return false;
    for (size_t k = 0; k < m->nfrustrated; k++)
        if (m->frustrated[k].a == lo && m->frustrated[k].b == hi)
            return true;
    return false;
}

static void edge_tooltip(const builder *b, const ag_edge *e, ag_buf *t)
{
    const ag_graph *g = b->g;
    ag_buf_printf(t, "%s \xE2\x86\x92 %s: %s, %zu relation%s, sum of |weight| ",
                  g->actors[e->source].label, g->actors[e->target].label,
                  ag_polarity_name(e->polarity), e->nrelations, e->nrelations == 1 ? "" : "s");
    ag_buf_num(t, e->abs_weight);
    for (size_t k = 0; k < e->nrelations; k++) {
        const ag_relation *r = &g->relations[e->relations[k]];
        const char *date = ag_relation_date(g, r);
        ag_buf_printf(t, "\n%s (", r->type ? r->type : "relation");
        if (r->cameo)
            ag_buf_printf(t, "CAMEO %s, ", r->cameo);
        ag_buf_puts(t, "weight ");
        ag_buf_num(t, r->weight);
        if (date)
            ag_buf_printf(t, ", %s", date);
        ag_buf_putc(t, ')');
        for (size_t v = 0; v < r->nevidence; v++)
            ag_buf_printf(t, "%s%s", v ? "\n" : ": ",
                          r->evidence[v].text ? r->evidence[v].text : "");
    }
}

static const char *tie_color(const palette *p, ag_polarity pol)
{
    return pol == AG_SUPPORT ? p->support : pol == AG_HOSTILITY ? p->hostility : p->neutral;
}

static const char *tie_style(ag_polarity pol)
{
    return pol == AG_SUPPORT ? "solid" : pol == AG_HOSTILITY ? "dashed" : "dotted";
}

static Agedge_t *add_edge(builder *b, const ag_edge *e)
{
    Agedge_t *x = agedge(b->root, b->nodes[e->source], b->nodes[e->target], NULL, 1);
    bool fr = b->o->show_frustration && frustrated(b, e);
    const char *color = tie_color(b->pal, e->polarity);
    if (fr)
        setf(x, "color", "%s:%s:%s", b->pal->halo, color, b->pal->halo);
    else
        set(x, "color", color);
    set(x, "style", tie_style(e->polarity));
    setf(x, "penwidth", "%.2f", pen_width(e->abs_weight));
    ag_buf *t = &b->tmp;
    ag_buf_clear(t);
    ag_render_edge_name(b->g, e, t);
    setf(x, "id", "%s-%s", b->prefix, t->data);
    if (b->o->href_prefix)
        setf(x, "href", "%s%s", b->o->href_prefix, t->data);
    setf(x, "class", "%s%s", ag_polarity_name(e->polarity), fr ? " frustrated" : "");
    ag_buf_clear(t);
    edge_tooltip(b, e, t);
    set_text(x, "tooltip", t->data);
    return x;
}

/* ---- the title and the legend: one HTML-like label on the root graph,
 * which every engine places and every renderer draws. The legend is a grid
 * of sections side by side (a heading over columns of sample + text, four
 * items a column), then one line of notes each. ---- */

enum { LEGEND_ROWS = 4 };

typedef struct {
    const char *heading;
    char **items; /* each the HTML of a sample cell and of its text cell */
    size_t n, cap;
} section;

static void html_text(ag_buf *h, const char *text)
{
    ag_buf_puts(h, "<TD ALIGN=\"LEFT\">");
    ag_escape_xml(h, text);
    ag_buf_puts(h, "</TD>");
}

static void line_sample(ag_buf *h, const char *color, const char *style, int width)
{
    ag_buf_printf(h,
                  "<TD FIXEDSIZE=\"TRUE\" WIDTH=\"34\" HEIGHT=\"14\" CELLPADDING=\"0\" "
                  "SIDES=\"B\" BORDER=\"%d\" STYLE=\"%s\" COLOR=\"%s\"></TD>",
                  width, style, color);
}

static void swatch_sample(ag_buf *h, const palette *p, const char *fill)
{
    ag_buf_printf(h,
                  "<TD FIXEDSIZE=\"TRUE\" WIDTH=\"12\" HEIGHT=\"12\" CELLPADDING=\"0\" "
                  "BORDER=\"1\" COLOR=\"%s\" BGCOLOR=\"%s%s\"></TD>",
                  p->node_line, fill, p->fill_alpha);
}

/* A frustrated tie is drawn as three parallel lines: halo, tie, halo. */
static void band_sample(ag_buf *h, const palette *p)
{
    const char *c[] = {p->halo, p->muted, p->halo};
    ag_buf_puts(h, "<TD FIXEDSIZE=\"TRUE\" WIDTH=\"34\" HEIGHT=\"14\" CELLPADDING=\"0\">"
                   "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">");
    for (size_t i = 0; i < 3; i++)
        ag_buf_printf(h,
                      "<TR><TD FIXEDSIZE=\"TRUE\" WIDTH=\"34\" HEIGHT=\"3\" "
                      "BGCOLOR=\"%s\"></TD></TR>",
                      c[i]);
    ag_buf_puts(h, "</TABLE></TD>");
}

/* Adds an item: sample is the HTML of its sample cell (consumed). */
static void section_add(section *s, ag_buf *sample, const char *text)
{
    html_text(sample, text);
    ag_grow(&s->items, &s->cap, s->n + 1, sizeof *s->items);
    s->items[s->n++] = ag_buf_detach(sample);
}

static void section_free(section *s)
{
    for (size_t i = 0; i < s->n; i++)
        free(s->items[i]);
    free(s->items);
}

static void legend_ties(const builder *b, section *s)
{
    static const ag_polarity pols[] = {AG_SUPPORT, AG_HOSTILITY, AG_NEUTRAL};
    ag_buf h = AG_BUF_INIT;
    s->heading = "Ties: actor \xE2\x86\x92 target";
    for (size_t i = 0; i < 3; i++) {
        line_sample(&h, tie_color(b->pal, pols[i]), tie_style(pols[i]), 2);
        section_add(s, &h, ag_polarity_name(pols[i]));
    }
    if (b->o->show_frustration) {
        band_sample(&h, b->pal);
        section_add(s, &h, "frustrated");
    }
}

static void legend_widths(const builder *b, section *s)
{
    static const double sums[] = {1, 4, 9, 36};
    ag_buf h = AG_BUF_INIT, t = AG_BUF_INIT;
    s->heading = "Width: \xCE\xA3 |weight|";
    for (size_t i = 0; i < sizeof sums / sizeof sums[0]; i++) {
        line_sample(&h, b->pal->muted, "solid", (int)pen_width(sums[i]));
        ag_buf_clear(&t);
        ag_buf_printf(&t, "%g%s", sums[i], i + 1 < sizeof sums / sizeof sums[0] ? "" : " or more");
        section_add(s, &h, t.data);
    }
    ag_buf_free(&t);
}

static void legend_kinds(const builder *b, section *s)
{
    bool used[AG_KIND_COUNT] = {false};
    for (size_t i = 0; i < b->g->nactors; i++)
        used[b->g->actors[i].kind % AG_KIND_COUNT] = true;
    ag_buf h = AG_BUF_INIT;
    s->heading = "Fill: actor kind";
    for (int k = 0; k < AG_KIND_COUNT; k++) {
        if (used[k]) {
            swatch_sample(&h, b->pal, KIND_FILL[k]);
            section_add(s, &h, ag_kind_name((ag_kind)k));
        }
    }
}

static void legend_blocs(const builder *b, section *s)
{
    bool unplaced = false;
    for (size_t i = 0; i < b->g->nactors; i++)
        unplaced |= bloc_of(b, i) <= 0;
    ag_buf h = AG_BUF_INIT, t = AG_BUF_INIT;
    s->heading = "Fill: bloc";
    for (int k = 1; k <= b->m->nblocs; k++) {
        swatch_sample(&h, b->pal, bloc_fill(k));
        ag_buf_clear(&t);
        ag_buf_printf(&t, "Bloc %d", k);
        section_add(s, &h, t.data);
    }
    if (unplaced) {
        swatch_sample(&h, b->pal, NO_BLOC_FILL);
        section_add(s, &h, "none");
    }
    ag_buf_free(&t);
}

/* Appends the notes shown under the grid to t, each ending with a NUL;
 * *n is their count. */
static void legend_notes(const builder *b, ag_buf *t, size_t *n)
{
    const char *metric = METRIC_TITLE[b->o->size_by % AG_METRIC_COUNT];
    if (b->vmax > 0)
        ag_buf_printf(t, "Circle area: %s, linear from 0 to %.3g (%s).", metric, b->vmax,
                      b->g->actors[b->top].label);
    else
        ag_buf_printf(t, "Circle area: %s, 0 for every actor.", metric);
    ag_buf_puts(t, " Line width: \xE2\x88\x9A(sum of |Goldstein weight|) pt, 1 to 6 pt.");
    ag_buf_putc(t, '\0');
    *n = 1;
    if (b->o->color_by == AG_COLOR_BLOC || b->o->cluster_by_bloc) {
        ag_buf_printf(t, "Blocs: %d group%s found by signed spinglass community detection%s%s.",
                      b->m->nblocs, b->m->nblocs == 1 ? "" : "s",
                      b->o->cluster_by_bloc ? ", drawn as dashed boxes" : "",
                      b->o->color_by == AG_COLOR_BLOC && (size_t)b->m->nblocs > NBLOC_FILL
                          ? "; colours repeat after 8"
                          : "");
        ag_buf_putc(t, '\0');
        ++*n;
    }
    if (b->o->show_frustration && !b->m->nfrustrated) {
        ag_buf_puts(t, "Frustrated: no tie breaks the split into two camps (support inside, "
                       "hostility across).");
        ag_buf_putc(t, '\0');
        ++*n;
    } else if (b->o->show_frustration) {
        ag_buf_printf(t,
                      "Frustrated: the ties of %zu pair%s of actors that break the best split "
                      "into two camps (support inside, hostility across)%s.",
                      b->m->nfrustrated, b->m->nfrustrated == 1 ? "" : "s",
                      b->m->frustration_exact ? "" : "; heuristic minimum");
        ag_buf_putc(t, '\0');
        ++*n;
    }
}

static void legend_grid(ag_buf *h, section *secs, size_t nsec, const ag_buf *notes, size_t nnotes)
{
    size_t cols[3], total = 0;
    for (size_t i = 0; i < nsec; i++) {
        cols[i] = secs[i].n ? (secs[i].n + LEGEND_ROWS - 1) / LEGEND_ROWS : 1;
        total += 2 * cols[i] + 1;
    }
    ag_buf_puts(h, "<TR>");
    for (size_t i = 0; i < nsec; i++) {
        ag_buf_printf(h, "<TD COLSPAN=\"%zu\" ALIGN=\"LEFT\"><B>", 2 * cols[i]);
        ag_escape_xml(h, secs[i].heading);
        ag_buf_puts(h, "</B></TD><TD WIDTH=\"16\"></TD>");
    }
    ag_buf_puts(h, "</TR>");
    for (size_t r = 0; r < LEGEND_ROWS; r++) {
        ag_buf_puts(h, "<TR>");
        for (size_t i = 0; i < nsec; i++) {
            for (size_t c = 0; c < cols[i]; c++) {
                size_t k = c * LEGEND_ROWS + r;
                ag_buf_puts(h, k < secs[i].n ? secs[i].items[k] : "<TD></TD><TD></TD>");
            }
            ag_buf_puts(h, "<TD></TD>");
        }
        ag_buf_puts(h, "</TR>");
    }
    /* a row wider than the grid would spread its columns (Graphviz shares
     * extra width among them), so the notes wrap */
    const char *note = notes->data;
    ag_buf lines = AG_BUF_INIT;
    for (size_t i = 0; i < nnotes; i++, note += strlen(note) + 1) {
        ag_buf_printf(h, "<TR><TD COLSPAN=\"%zu\" ALIGN=\"LEFT\" BALIGN=\"LEFT\">", total);
        ag_buf_clear(&lines);
        wrap(&lines, note, NOTE_WRAP);
        for (char *line = lines.data, *nl; line; line = nl ? nl + 1 : NULL) {
            if ((nl = strchr(line, '\n')))
                *nl = '\0';
            ag_buf_puts(h, line == lines.data ? "" : "<BR/>");
            ag_escape_xml(h, line);
        }
        ag_buf_puts(h, "</TD></TR>");
    }
    ag_buf_free(&lines);
}

static void legend(const builder *b, ag_buf *h)
{
    section secs[3] = {{0}};
    size_t nsec = 0, nnotes;
    legend_ties(b, &secs[nsec++]);
    legend_widths(b, &secs[nsec++]);
    if (b->o->color_by == AG_COLOR_BLOC)
        legend_blocs(b, &secs[nsec++]);
    else
        legend_kinds(b, &secs[nsec++]);
    ag_buf notes = AG_BUF_INIT;
    legend_notes(b, &notes, &nnotes);
    ag_buf_printf(h,
                  "<TR><TD ALIGN=\"LEFT\"><TABLE ID=\"%s-legend\" HREF=\"#%s-legend\" "
                  "TOOLTIP=\"Legend\" BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">",
                  b->prefix, b->prefix);
    /* the HREF makes Graphviz wrap the legend in an anchor, which svg.c
     * turns into <g class="legend"> */
    legend_grid(h, secs, nsec, &notes, nnotes);
    ag_buf_puts(h, "</TABLE></TD></TR>");
    ag_buf_free(&notes);
    for (size_t i = 0; i < nsec; i++)
        section_free(&secs[i]);
}

static void graph_label(const builder *b, ag_buf *h)
{
    ag_buf_puts(h, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">"
                   "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"16\"><B>");
    ag_escape_xml(h, b->title);
    ag_buf_printf(h, "</B></FONT></TD></TR><TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"%s\">",
                  b->pal->muted);
    ag_buf t = AG_BUF_INIT;
    summary(b->g, &t);
    ag_escape_xml(h, t.data);
    ag_buf_free(&t);
    ag_buf_puts(h, "</FONT></TD></TR>");
    if (b->o->legend)
        legend(b, h);
    ag_buf_puts(h, "</TABLE>");
}

/* ---- the graph ---- */

static void layout_attrs(const builder *b)
{
    Agraph_t *r = b->root;
    set(r, "layout", b->engine);
    /* a drawing routes its ties after the first layout (see below); that
     * layout draws them straight, which also keeps fdp 2.43 from writing
     * past a buffer (valgrind) when it routes them around clusters */
    set(r, "splines", b->routed && !b->drawing ? "true" : "false");
    bool dot = strcmp(b->engine, "dot") == 0, circo = strcmp(b->engine, "circo") == 0;
    if (dot) {
        set(r, "nodesep", "0.35");
        set(r, "ranksep", "0.55");
    } else if (circo) {
        set(r, "mindist", "0.4");
    } else {
        if (strcmp(b->engine, "fdp") == 0)
            set(r, "K", "0.45"); /* fdp removes no overlap inside clusters: spread them */
        set(r, "overlap", "prism");
        set(r, "sep", "+14");
        set(r, "esep", "+7");
    }
}

static void root_attrs(builder *b)
{
    Agraph_t *r = b->root;
    const palette *p = b->pal;
    set_default(r, AGNODE, "shape", "circle");
    set_default(r, AGNODE, "fixedsize", "true");
    set_default(r, AGNODE, "style", "filled");
    set_default(r, AGNODE, "fontname", FONT);
    set_default(r, AGNODE, "fontsize", "11"); /* NODE_FONT */
    set_default(r, AGNODE, "fontcolor", p->fg);
    set_default(r, AGNODE, "color", p->node_line);
    set_default(r, AGNODE, "penwidth", "0.8");
    set_default(r, AGEDGE, "arrowsize", "0.8");
    set_default(r, AGEDGE, "fontname", FONT);
    set(r, "fontname", FONT);
    set(r, "fontsize", "11");
    set(r, "fontcolor", p->fg);
    set(r, "bgcolor", p->bg);
    set(r, "pad", "0.25");
    set(r, "outputorder", "edgesfirst");
    set(r, "labelloc", "t");
    set(r, "labeljust", "l");
    setf(r, "id", "%s-graph", b->prefix);
    set(r, "class", "actorgraph");
    if (b->png)
        setf(r, "dpi", "%g", b->o->dpi > 0 ? b->o->dpi : DEFAULT_DPI);
    layout_attrs(b);
}

static int dot_put(void *chan, const char *s)
{
    ag_buf_puts(chan, s);
    return 0;
}

static int dot_flush(void *chan)
{
    (void)chan;
    return 0;
}

/* agwrite writes through the graph's I/O discipline: ours appends to the
 * ag_buf given as its channel. Nothing is ever read through it. */
static Agiodisc_t dot_io = {NULL, dot_put, dot_flush};
static Agdisc_t dot_disc = {&AgMemDisc, &AgIdDisc, &dot_io};

static void build(builder *b)
{
    const ag_graph *g = b->g;
    b->root = agopen((char *)b->prefix, Agdirected, &dot_disc);
    b->nodes = ag_xcalloc(g->nactors, sizeof *b->nodes);
    b->clusters =
        ag_xcalloc((size_t)(b->m->nblocs > 0 ? b->m->nblocs : 0) + 1, sizeof *b->clusters);
    for (size_t i = 0; i < g->nactors; i++) {
        if (metric_of(b, i) > b->vmax) {
            b->vmax = metric_of(b, i);
            b->top = i;
        }
        size_t lines = b->drawing ? label_text(b, i, &b->tmp) : 0;
        if (lines > b->maxlines)
            b->maxlines = lines;
    }
    b->edges = ag_graph_edges(g);
    b->routed = g->nactors <= SPLINE_MAX;
    if (b->drawing) {
        b->ties = ag_xcalloc(b->edges.len, sizeof *b->ties);
        b->lead = ag_xcalloc(b->edges.len, sizeof *b->lead);
        b->pos = ag_xcalloc(b->edges.len, sizeof *b->pos);
        b->label_at = ag_xcalloc(g->nactors, sizeof *b->label_at);
        b->labels = ag_xcalloc(g->nactors, sizeof *b->labels);
        size_t nblocks = (size_t)(b->m->nblocs > 0 ? b->m->nblocs : 0) + 1;
        b->block_at = ag_xcalloc(nblocks, sizeof *b->block_at);
        b->block_size = ag_xcalloc(nblocks, sizeof *b->block_size);
        b->blocks = ag_xcalloc(nblocks, sizeof *b->blocks);
    }
    /* A graph attribute set on the root becomes the default of subgraphs
     * made afterwards; one declared later is "" in those made before (fdp
     * then reads uninitialised memory). So the clusters come after the
     * root's attributes and before its label, which they must not take. */
    root_attrs(b);
    for (size_t i = 0; i < g->nactors; i++)
        add_node(b, i);
    for (size_t k = 0; k < b->edges.len; k++) {
        Agedge_t *x = add_edge(b, &b->edges.items[k]);
        if (b->ties)
            b->ties[k] = x;
    }
    ag_buf h = AG_BUF_INIT;
    graph_label(b, &h);
    set_html(b->root, "label", h.data);
    ag_buf_free(&h);
}

static void builder_free(builder *b)
{
    if (b->root)
        agclose(b->root);
    for (size_t k = 0; b->pos && k < b->edges.len; k++)
        free(b->pos[k]);
    ag_edges_free(&b->edges);
    free(b->nodes);
    free(b->clusters);
    free(b->ties);
    free(b->lead);
    free(b->pos);
    free(b->label_at);
    free(b->labels);
    free(b->block_at);
    free(b->block_size);
    free(b->blocks);
    ag_buf_free(&b->tmp);
}

/* ---- Graphviz's messages ---- */

static ag_buf *gv_log; /* where gv_collect appends, during ag_render only */

static int gv_collect(char *msg)
{
    if (gv_log)
        ag_buf_puts(gv_log, msg);
    return 0;
}

typedef struct {
    ag_buf log;
    agusererrf old_f;
    agerrlevel_t old_level;
} capture;

/* Routes Graphviz's errors and warnings into c->log instead of stderr. */
static void capture_begin(capture *c)
{
    c->log = (ag_buf)AG_BUF_INIT;
    gv_log = &c->log;
    c->old_f = agseterrf(gv_collect);
    c->old_level = agseterr(AGWARN);
    agreseterrors();
}

/* Restores Graphviz's reporting and returns s, or AG_ESOFTWARE when
 * Graphviz reported an error; its messages go to err on failure, else to
 * the warnings buffer. */
static ag_status capture_end(capture *c, ag_status s, ag_buf *warnings, ag_error *err)
{
    bool failed = agerrors() >= AGERR;
    agseterr(c->old_level);
    agseterrf(c->old_f);
    gv_log = NULL;
    ag_buf *log = &c->log;
    while (log->len && (log->data[log->len - 1] == '\n' || log->data[log->len - 1] == ' '))
        log->data[--log->len] = '\0';
    if (s == AG_OK && failed)
        s = ag_fail(err, AG_ESOFTWARE, "Graphviz: %s", log->data);
    else if (s != AG_OK && err && log->len)
        snprintf(err->msg + strlen(err->msg), sizeof err->msg - strlen(err->msg), ": %s",
                 log->data);
    else if (s == AG_OK && warnings && log->len)
        ag_buf_printf(warnings, "%s\n", log->data);
    ag_buf_free(log);
    return s;
}

/* ---- layout and rendering ---- */

/* One Graphviz context for the process. Graphviz 2.43's pango plugin
 * keeps, across calls, a pointer into the font table of the context it last
 * measured text for; once that context is freed, the next one's first label
 * reads freed memory (valgrind: invalid read under textspan_size). So the
 * context lives until ag_render_release, and no second one is made. */
static GVC_t *gvc_shared;
static bool gvc_released;

void ag_render_release(void)
{
    if (gvc_shared)
        gvFreeContext(gvc_shared);
    gvc_shared = NULL;
    gvc_released = true;
}

/* ---- the layout ----
 *
 * Three passes over one graph, so that no label overflows its circle and
 * no tie crosses a label. (1) The chosen engine places the slots of
 * add_node. (2) The "nop" engine keeps those places: each slot becomes its
 * circle at the slot's top and a label node under it, and neato's router
 * draws the ties around the circles, the labels, the title and the bloc
 * labels (those two as invisible boxes). (3) Graphviz 2.43 routes parallel
 * ties (two between the same actors, either way) with its multispline
 * router, which writes past a buffer (valgrind) once a straight line
 * between them is blocked; so pass 2 routes one tie per pair of actors,
 * with arrowheads at both ends, and pass 3 ("nop2": every position kept)
 * draws each tie of the pair along that route, side by side. Above
 * SPLINE_MAX actors, where routing gets slow, ties are straight lines and
 * pass 2 is the last. */

static void pin_graph(Agraph_t *g)
{
    boxf bb = GD_bb(g);
    setf(g, "bb", "%.2f,%.2f,%.2f,%.2f", bb.LL.x, bb.LL.y, bb.UR.x, bb.UR.y);
    if (GD_label(g))
        setf(g, "lp", "%.2f,%.2f", GD_label(g)->pos.x, GD_label(g)->pos.y);
}

static void pin_nodes(const builder *b)
{
    for (Agnode_t *n = agfstnode(b->root); n; n = agnxtnode(b->root, n))
        setf(n, "pos", "%.2f,%.2f", ND_coord(n).x, ND_coord(n).y);
}

/* Pins the title, the bloc boxes and their labels where they are now. */
static void pin_graphs(const builder *b)
{
    pin_graph(b->root);
    for (int k = 1; k <= b->m->nblocs; k++)
        if (b->clusters[k])
            pin_graph(b->clusters[k]);
}

static void add_block(builder *b, Agraph_t *g)
{
    if (g && GD_label(g)) {
        b->block_at[b->nblocks] = GD_label(g)->pos;
        b->block_size[b->nblocks++] = GD_label(g)->dimen;
    }
}

/* Reads pass 1: where each circle and label goes (circles of one rank at
 * one height, each label right under its circle), what to keep free. */
static void read_slots(builder *b)
{
    for (size_t i = 0; i < b->g->nactors; i++) {
        Agnode_t *n = b->nodes[i];
        pointf c = ND_coord(n);
        double d = diameter(b, i) * 72, top = c.y + ND_height(n) * 36;
        setf(n, "pos", "%.2f,%.2f", c.x, top - d / 2);
        b->label_at[i] = (pointf){c.x, top - d - LABEL_GAP - ND_label(n)->dimen.y / 2};
    }
    pin_graphs(b);
    add_block(b, b->root);
    for (int k = 1; k <= b->m->nblocs; k++)
        add_block(b, b->clusters[k]);
}

/* The label node of actor i, at b->label_at[i], with the circle's tooltip
 * and link. */
static void add_label(builder *b, size_t i)
{
    Agnode_t *n = b->nodes[i];
    ag_buf *t = &b->tmp;
    ag_buf_clear(t);
    ag_buf_printf(t, "%s label", agnameof(n));
    Agnode_t *l = b->labels[i] = agnode(b->root, t->data, 1);
    set(l, "shape", "plaintext");
    /* straight ties may cross labels: they pass under a veil of the page */
    set(l, "style", b->routed ? "" : "filled");
    setf(l, "fillcolor", "%sc0", b->pal->bg);
    set(l, "margin", "0");
    set(l, "width", "0");
    set(l, "height", "0");
    set(l, "fixedsize", "false");
    label_text(b, i, t);
    set_text(l, "label", t->data);
    setf(l, "pos", "%.2f,%.2f", b->label_at[i].x, b->label_at[i].y);
    ag_buf_clear(t);
    ag_render_node_name(b->g, i, t);
    setf(l, "id", "%s-l-%s", b->prefix, t->data + 2);
    set(l, "class", "label");
    set(l, "tooltip", agget(n, "tooltip"));
    if (b->o->href_prefix)
        set(l, "href", agget(n, "href"));
}

/* Before pass 2: circles, labels, blocks; one tie per pair when routed. */
static void unfold(builder *b)
{
    for (size_t i = 0; i < b->g->nactors; i++) {
        Agnode_t *n = b->nodes[i];
        set(n, "shape", "circle");
        set(n, "fixedsize", "true");
        set(n, "height", agget(n, "width"));
        set(n, "label", "");
        add_label(b, i);
    }
    Agraph_t *r = b->root;
    set(r, "splines", b->routed ? "true" : "false");
    set(r, "overlap", "true"); /* places are kept as they are */
    set(r, "esep", "+2");      /* less than half of LABEL_GAP, or circles "touch" labels */
    if (!b->routed)
        return;
    for (size_t k = 0; k < b->nblocks; k++) {
        ag_buf_clear(&b->tmp);
        ag_buf_printf(&b->tmp, "block %zu", k);
        Agnode_t *x = b->blocks[k] = agnode(r, b->tmp.data, 1);
        set(x, "shape", "box");
        set(x, "style", "invis");
        set(x, "label", "");
        setf(x, "width", "%.3f", b->block_size[k].x / 72);
        setf(x, "height", "%.3f", b->block_size[k].y / 72);
        setf(x, "pos", "%.2f,%.2f", b->block_at[k].x, b->block_at[k].y);
    }
    for (size_t k = 0; k < b->edges.len; k++) {
        const ag_edge *e = &b->edges.items[k];
        b->lead[k] = k;
        for (size_t j = 0; j < k && e->source != e->target && b->lead[k] == k; j++) {
            const ag_edge *f = &b->edges.items[j];
            if (b->lead[j] == j && ((f->source == e->source && f->target == e->target) ||
                                    (f->source == e->target && f->target == e->source)))
                b->lead[k] = j;
        }
        if (b->lead[k] != k) {
            agdelete(r, b->ties[k]);
            b->ties[k] = NULL;
            set(b->ties[b->lead[k]], "dir", "both");
        }
    }
}

static void put_point(ag_buf *out, pointf p)
{
    ag_buf_printf(out, "%.2f,%.2f", p.x, p.y);
}

/* A route as Graphviz's "pos" attribute. */
static void put_route(ag_buf *out, const splines *spl)
{
    for (int i = 0; i < spl->size; i++) {
        const bezier *z = &spl->list[i];
        ag_buf_puts(out, i ? ";" : "");
        if (z->sflag) {
            ag_buf_puts(out, "s,");
            put_point(out, z->sp);
            ag_buf_putc(out, ' ');
        }
        if (z->eflag) {
            ag_buf_puts(out, "e,");
            put_point(out, z->ep);
            ag_buf_putc(out, ' ');
        }
        for (int j = 0; j < z->size; j++) {
            ag_buf_puts(out, j ? " " : "");
            put_point(out, z->list[j]);
        }
    }
}

/* p moved by d along the unit normal (left of the direction from a to c). */
static pointf offset(pointf p, pointf a, pointf c, double d)
{
    double dx = c.x - a.x, dy = c.y - a.y, len = hypot(dx, dy);
    if (len == 0)
        return p;
    return (pointf){p.x - d * dy / len, p.y + d * dx / len};
}

/* The point of n's circle towards p. */
static pointf on_circle(Agnode_t *n, pointf p)
{
    pointf c = ND_coord(n);
    double r = ND_width(n) * 36, len = hypot(p.x - c.x, p.y - c.y);
    return len == 0 ? p : (pointf){c.x + r * (p.x - c.x) / len, c.y + r * (p.y - c.y) / len};
}

/* The route of drawn edge k, d points beside the route z of the first tie
 * between its two actors (drawn from that tie's tail to its head, with
 * arrowheads at both ends): z->size points from k's tail to its head in p,
 * the tip of its arrowhead in *tip. */
static void beside(const builder *b, size_t k, const bezier *z, double d, pointf *p, pointf *tip)
{
    Agedge_t *lead = b->ties[b->lead[k]];
    int n = z->size;
    pointf tail = on_circle(agtail(lead), offset(z->sp, z->list[0], z->list[1], d));
    pointf head = on_circle(aghead(lead), offset(z->ep, z->list[n - 2], z->list[n - 1], d));
    bool forward = b->edges.items[k].source == b->edges.items[b->lead[k]].source;
    for (int j = 0; j < n; j++) {
        int at = forward ? j : n - 1 - j;
        p[j] =
            offset(z->list[at], z->list[at > 0 ? at - 1 : 0], z->list[at + 1 < n ? at + 1 : at], d);
    }
    p[0] = forward ? tail : head;
    *tip = forward ? head : tail;
}

static bool in_box(Agnode_t *n, pointf p)
{
    return fabs(p.x - ND_coord(n).x) < ND_width(n) * 36 &&
           fabs(p.y - ND_coord(n).y) < ND_height(n) * 36;
}

/* True when the Bézier route p[0..n) keeps out of every label, the title,
 * the bloc labels and every circle but those of t and h (looked at every
 * point or so). */
static bool clear(const builder *b, const pointf *p, int n, Agnode_t *t, Agnode_t *h)
{
    for (int j = 0; j + 3 < n; j += 3) {
        double len = 0;
        for (int c = 0; c < 3; c++)
            len += hypot(p[j + c + 1].x - p[j + c].x, p[j + c + 1].y - p[j + c].y);
        for (int s = 1, steps = (int)len + 2; s < steps; s++) {
            double u = (double)s / steps, v = 1 - u;
            double w[4] = {v * v * v, 3 * u * v * v, 3 * u * u * v, u * u * u};
            pointf x = {0, 0};
            for (int c = 0; c < 4; c++) {
                x.x += w[c] * p[j + c].x;
                x.y += w[c] * p[j + c].y;
            }
            for (size_t i = 0; i < b->g->nactors; i++) {
                Agnode_t *a = b->nodes[i];
                if (in_box(b->labels[i], x) ||
                    (a != t && a != h &&
                     hypot(x.x - ND_coord(a).x, x.y - ND_coord(a).y) < ND_width(a) * 36))
                    return false;
            }
            for (size_t k = 0; k < b->nblocks; k++)
                if (in_box(b->blocks[k], x))
                    return false;
        }
    }
    return true;
}

/* The routes of the `count` ties between the actors of drawn edge lead,
 * side by side along its route z, which keeps clear of labels and of other
 * circles: centred on z if that keeps them clear too, else on one side of
 * it, else on the other; then as much closer together; else all on z. */
static void side_by_side(builder *b, size_t lead, const bezier *z, size_t count)
{
    double step = 0;
    for (size_t j = lead; j < b->edges.len; j++) {
        const ag_edge *e = &b->edges.items[j];
        if (b->lead[j] == lead)
            step = fmax(step, pen_width(e->abs_weight) *
                                  (b->o->show_frustration && frustrated(b, e) ? 3 : 1));
    }
    step += TIE_GAP;
    const double starts[] = {-(double)(count - 1) / 2, 0, -(double)(count - 1)};
    const double scales[] = {1, 0.5, 0};
    int n = z->size;
    pointf *p = ag_xcalloc(count * (size_t)n, sizeof *p), *tips = ag_xcalloc(count, sizeof *tips);
    bool ok = false;
    for (size_t a = 0; !ok && a < 7; a++) {
        ok = true;
        for (size_t j = lead, i = 0; j < b->edges.len; j++) {
            if (b->lead[j] != lead)
                continue;
            pointf *q = p + i * (size_t)n;
            beside(b, j, z, (starts[a % 3] + (double)i) * step * scales[a / 3], q, &tips[i]);
            ok = ok && clear(b, q, n, agtail(b->ties[lead]), aghead(b->ties[lead]));
            i++;
        }
    }
    ag_buf route = AG_BUF_INIT;
    for (size_t j = lead, i = 0; j < b->edges.len; j++) {
        if (b->lead[j] != lead)
            continue;
        ag_buf_clear(&route);
        ag_buf_puts(&route, "e,");
        put_point(&route, tips[i]);
        for (int c = 0; c < n; c++) {
            ag_buf_putc(&route, ' ');
            put_point(&route, p[i * (size_t)n + (size_t)c]);
        }
        b->pos[j] = ag_buf_detach(&route);
        i++;
    }
    free(p);
    free(tips);
}

/* After pass 2: pins every node, the graphs and each tie's route (none: a
 * straight line). */
static void read_routes(builder *b)
{
    pin_nodes(b);
    pin_graphs(b);
    for (size_t k = 0; k < b->edges.len; k++) {
        const splines *spl = b->lead[k] == k ? ED_spl(b->ties[k]) : NULL;
        size_t count = 0;
        for (size_t j = k; spl && j < b->edges.len; j++)
            count += b->lead[j] == k;
        if (spl && count == 1) {
            ag_buf route = AG_BUF_INIT;
            put_route(&route, spl);
            b->pos[k] = ag_buf_detach(&route);
        } else if (spl && spl->size == 1 && spl->list[0].size >= 4 && spl->list[0].sflag &&
                   spl->list[0].eflag) {
            side_by_side(b, k, &spl->list[0], count);
        }
    }
}

/* Before pass 3: the blocks go, every tie comes back with its route. */
static void refold(builder *b)
{
    for (size_t k = 0; k < b->nblocks; k++)
        agdelete(b->root, b->blocks[k]);
    set(b->root, "splines", "false"); /* for a tie left without a route */
    for (size_t k = 0; k < b->edges.len; k++) {
        if (b->ties[k])
            set(b->ties[k], "dir", "forward");
        else
            b->ties[k] = add_edge(b, &b->edges.items[k]);
        set(b->ties[k], "pos", b->pos[k] ? b->pos[k] : "");
    }
}

static ag_status layout(const char *engine, Agraph_t *g, ag_error *err)
{
    set(g, "layout", engine); /* gvLayout takes the graph's "layout" over its argument */
    if (gvLayout(gvc_shared, g, engine) != 0)
        return ag_fail(err, AG_ESOFTWARE, "Graphviz layout (%s) failed", engine);
    return AG_OK;
}

static ag_status draw(builder *b, const char *device, ag_buf *raw, ag_error *err)
{
    if (gvc_released)
        return ag_fail(err, AG_ESOFTWARE, "ag_render called after ag_render_release");
    if (!gvc_shared)
        gvc_shared = gvContext();
    ag_progress_phase(b->o->progress, "layout", b->engine);
    ag_status s = layout(b->engine, b->root, err);
    if (!s && strcmp(b->engine, "circo") == 0) { /* circo lets large slots overlap */
        pin_nodes(b);
        gvFreeLayout(gvc_shared, b->root);
        set(b->root, "overlap", "prism");
        set(b->root, "sep", "+8");
        s = layout("nop", b->root, err);
    }
    if (!s) {
        read_slots(b);
        gvFreeLayout(gvc_shared, b->root);
        unfold(b);
        s = layout("nop", b->root, err);
    }
    if (!s && b->routed) {
        read_routes(b);
        gvFreeLayout(gvc_shared, b->root);
        refold(b);
        s = layout("nop2", b->root, err);
    }
    if (s)
        return s;
    char *data = NULL;
    unsigned int len = 0;
    ag_progress_phase(b->o->progress, "render", device);
    if (gvRenderData(gvc_shared, b->root, device, &data, &len) != 0)
        s = ag_fail(err, AG_ESOFTWARE, "Graphviz renderer %s failed", device);
    else
        ag_buf_put(raw, data, len);
    if (data)
        gvFreeRenderData(data);
    gvFreeLayout(gvc_shared, b->root);
    return s;
}

static ag_status finish_svg(const builder *b, const ag_buf *raw, ag_buf *out, ag_error *err)
{
    ag_buf desc = AG_BUF_INIT, legend = AG_BUF_INIT;
    summary(b->g, &desc);
    ag_buf_printf(&legend, "%s-legend", b->prefix);
    ag_svg_options so = {b->prefix,   b->title,         desc.data,
                         legend.data, b->o->inline_svg, b->o->responsive};
    ag_status s = ag_svg_finish(raw->data, raw->len, &so, out, err);
    ag_buf_free(&desc);
    ag_buf_free(&legend);
    return s;
}

static ag_status produce(builder *b, const char *format, const char *device, ag_buf *out,
                         ag_error *err)
{
    if (!device) {
        agwrite(b->root, out);
        return AG_OK;
    }
    ag_buf raw = AG_BUF_INIT;
    ag_status s = draw(b, device, &raw, err);
    if (s == AG_OK && strcmp(format, "svg") == 0)
        s = finish_svg(b, &raw, out, err);
    else if (s == AG_OK)
        ag_buf_put(out, raw.data, raw.len);
    ag_buf_free(&raw);
    return s;
}

/* A letter, then letters, digits, '-' or '_': an XML id and CSS class start. */
static bool valid_prefix(const char *p)
{
    static const char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    static const char rest[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    return p[0] && strchr(letters, p[0]) && !p[strspn(p, rest)];
}

static ag_status check_args(const ag_graph *g, const ag_metrics *m, const ag_render_options *o,
                            const char *engine, const char *format, ag_error *err)
{
    bool known;
    device_of(format, &known);
    if (!known)
        return ag_fail(err, AG_EUSAGE, "unknown output format \"%s\" (svg, png, pdf, dot)",
                       format ? format : "");
    bool engine_ok = false;
    for (size_t i = 0; i < sizeof LAYOUTS / sizeof LAYOUTS[0]; i++)
        engine_ok |= strcmp(engine, LAYOUTS[i]) == 0;
    if (!engine_ok)
        return ag_fail(err, AG_EUSAGE,
                       "unknown layout engine \"%s\" (dot, neato, fdp, sfdp, circo)", engine);
    if (o->cluster_by_bloc && strcmp(engine, "dot") != 0 && strcmp(engine, "fdp") != 0)
        return ag_fail(err, AG_EUSAGE, "clusters need the dot or fdp layout, not %s", engine);
    if (o->id_prefix && !valid_prefix(o->id_prefix))
        return ag_fail(err, AG_EUSAGE,
                       "id prefix \"%s\": a letter, then letters, digits, '-' or '_'",
                       o->id_prefix);
    if (o->href_prefix &&
        !(o->href_prefix[0] == '#' && (!o->href_prefix[1] || valid_prefix(o->href_prefix + 1))))
        return ag_fail(err, AG_EUSAGE,
                       "link prefix \"%s\": '#', then a letter, then letters, digits, '-' or '_'",
                       o->href_prefix);
    if ((unsigned)o->size_by >= AG_METRIC_COUNT)
        return ag_fail(err, AG_EUSAGE, "unknown size metric %d", (int)o->size_by);
    if (o->dpi != 0 && !(o->dpi >= 1 && o->dpi <= 2400))
        return ag_fail(err, AG_EUSAGE, "dpi %g: from 1 to 2400", o->dpi);
    if (!m || m->nactors != g->nactors)
        return ag_fail(err, AG_ESOFTWARE, "the metrics were not computed on this graph");
    return AG_OK;
}

static const char *engine_for(const ag_graph *g, const ag_render_options *o)
{
    if (o->layout)
        return o->layout;
    ag_edges e = ag_graph_edges(g);
    const char *engine = ag_render_auto_layout(g->nactors, e.len);
    ag_edges_free(&e);
    if (o->cluster_by_bloc && strcmp(engine, "dot") != 0)
        return "fdp";
    return engine;
}

ag_status ag_render(const ag_graph *g, const ag_metrics *m, const ag_render_options *o,
                    const char *format, ag_buf *out, ag_error *err)
{
    const char *engine = engine_for(g, o);
    ag_status s = check_args(g, m, o, engine, format, err);
    if (s != AG_OK)
        return s;
    bool known;
    const char *device = device_of(format, &known);
    builder b = {.g = g,
                 .m = m,
                 .o = o,
                 .pal = &PALETTES[o->theme == AG_THEME_DARK],
                 .prefix = o->id_prefix ? o->id_prefix : "ag",
                 .engine = engine,
                 .title = ag_render_title(g, o),
                 .png = strcmp(format, "png") == 0,
                 .drawing = device != NULL};
    ag_buf bytes = AG_BUF_INIT;
    capture c;
    capture_begin(&c);
    build(&b);
    s = produce(&b, format, device, &bytes, err);
    builder_free(&b);
    s = capture_end(&c, s, o->warnings, err);
    if (s == AG_OK)
        ag_buf_put(out, bytes.data ? bytes.data : "", bytes.len);
    ag_buf_free(&bytes);
    return s;
}
