/* metrics_write.c: `actorgraph metrics` as a text table, CSV or JSON. */
#include "metrics_write.h"

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"

bool ag_metrics_format_parse(const char *name, ag_metrics_format *f)
{
    static const struct {
        const char *name;
        ag_metrics_format f;
    } names[] = {{"table", AG_METRICS_TABLE},
                 {"txt", AG_METRICS_TABLE},
                 {"csv", AG_METRICS_CSV},
                 {"json", AG_METRICS_JSON}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (ag_streq(name, names[i].name)) {
            *f = names[i].f;
            return true;
        }
    return false;
}

/* An actor with at least one tie in the signed projection: only isolates
 * have bloc 0 (metrics.h). */
static bool has_tie(const ag_metrics *m, size_t i)
{
    return m->actors[i].bloc != 0;
}

/* A bloc or camp number v of actor a; NAN (no bloc, no camp) for an actor
 * without tie, so that it is not taken for camp 0, a real side. */
static double side(const ag_actor_metrics *a, int v)
{
    return a->bloc ? v : NAN;
}

/* ---- display width ---- */

/* Columns a code point takes in a terminal: 0 for combining marks and
 * zero-width characters, 2 for East Asian wide and fullwidth characters
 * and emoji, else 1 (the main blocks of Unicode's East Asian Width). */
static size_t char_width(uint32_t c)
{
    static const uint32_t zero[][2] = {
        {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x0610, 0x061A}, {0x064B, 0x065F},
        {0x0E31, 0x0E31}, {0x0E34, 0x0E3A}, {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x200B, 0x200F},
        {0x20D0, 0x20FF}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}};
    static const uint32_t wide[][2] = {{0x1100, 0x115F},   {0x2E80, 0x303E},  {0x3041, 0x33FF},
                                       {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},  {0xA000, 0xA4CF},
                                       {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},  {0xFE30, 0xFE4F},
                                       {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},  {0x1F300, 0x1F64F},
                                       {0x1F900, 0x1F9FF}, {0x20000, 0x3FFFD}};
    for (size_t i = 0; i < sizeof zero / sizeof zero[0]; i++)
        if (c >= zero[i][0] && c <= zero[i][1])
            return 0;
    for (size_t i = 0; i < sizeof wide / sizeof wide[0]; i++)
        if (c >= wide[i][0] && c <= wide[i][1])
            return 2;
    return 1;
}

/* Display width of a UTF-8 string (validated on input; a stray byte counts
 * as one column). */
static size_t display_width(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t w = 0;
    while (*p) {
        size_t len = *p >= 0xF0 ? 4 : *p >= 0xE0 ? 3 : *p >= 0xC0 ? 2 : 1;
        uint32_t c = len == 1 ? *p : *p & (0x7F >> len);
        size_t i = 1;
        for (; i < len && (p[i] & 0xC0) == 0x80; i++)
            c = c << 6 | (p[i] & 0x3F);
        w += i == len ? char_width(c) : 1;
        p += i;
    }
    return w;
}

/* ---- table ---- */

enum { NCOLS = 13 };
static const char *const table_head[NCOLS] = {
    "actor",       "id",           "pagerank",      "betweenness", "support_in",
    "support_out", "hostility_in", "hostility_out", "net_in",      "hostility_share",
    "pn",          "bloc",         "camp"};

static char *cell(const char *fmt, double v)
{
    ag_buf b = AG_BUF_INIT;
    if (isnan(v))
        ag_buf_puts(&b, "-");
    else
        ag_buf_printf(&b, fmt, v);
    return ag_buf_detach(&b);
}

static void table_row(const ag_graph *g, const ag_metrics *m, size_t i, char **row)
{
    const ag_actor_metrics *a = &m->actors[i];
    row[0] = ag_xstrdup(g->actors[i].label);
    row[1] = ag_xstrdup(g->actors[i].id);
    row[2] = cell("%.4f", a->pagerank);
    row[3] = cell("%.1f", a->betweenness);
    row[4] = cell("%.1f", a->support_in);
    row[5] = cell("%.1f", a->support_out);
    row[6] = cell("%.1f", a->hostility_in);
    row[7] = cell("%.1f", a->hostility_out);
    row[8] = cell("%.1f", a->net_in);
    row[9] = cell("%.2f", a->hostility_share);
    row[10] = cell("%.3f", a->pn);
    row[11] = cell("%.0f", side(a, a->bloc));
    row[12] = cell("%.0f", side(a, a->camp));
}

typedef struct {
    double pagerank;
    size_t index;
} ranked;

static int cmp_ranked(const void *x, const void *y)
{
    const ranked *a = x, *b = y;
    if (a->pagerank != b->pagerank)
        return a->pagerank > b->pagerank ? -1 : 1;
    return a->index < b->index ? -1 : a->index > b->index;
}

static void put_row(ag_buf *out, char *const *row, const size_t *width)
{
    for (size_t c = 0; c < NCOLS; c++) {
        size_t pad = width[c] - display_width(row[c]);
        bool left = c < 2;
        if (c)
            ag_buf_puts(out, "  ");
        for (size_t k = 0; !left && k < pad; k++)
            ag_buf_putc(out, ' ');
        ag_buf_puts(out, row[c]);
        for (size_t k = 0; left && k < pad; k++)
            ag_buf_putc(out, ' ');
    }
    ag_buf_putc(out, '\n');
}

static void table_rows(const ag_graph *g, const ag_metrics *m, ag_buf *out)
{
    size_t n = m->nactors;
    ranked *order = ag_xmalloc((n ? n : 1) * sizeof *order);
    char **cells = ag_xmalloc((n + 1) * NCOLS * sizeof *cells);
    size_t width[NCOLS];
    for (size_t i = 0; i < n; i++)
        order[i] = (ranked){m->actors[i].pagerank, i};
    qsort(order, n, sizeof *order, cmp_ranked);
    for (size_t c = 0; c < NCOLS; c++)
        cells[c] = ag_xstrdup(table_head[c]);
    for (size_t r = 0; r < n; r++)
        table_row(g, m, order[r].index, cells + (r + 1) * NCOLS);
    for (size_t c = 0; c < NCOLS; c++) {
        width[c] = 0;
        for (size_t r = 0; r <= n; r++) {
            size_t w = display_width(cells[r * NCOLS + c]);
            width[c] = w > width[c] ? w : width[c];
        }
    }
    for (size_t r = 0; r <= n; r++)
        put_row(out, cells + r * NCOLS, width);
    for (size_t k = 0; k < (n + 1) * NCOLS; k++)
        free(cells[k]);
    free(cells);
    free(order);
}

/* ---- table: graph-level summary in prose ---- */

static void put_pairs(ag_buf *out, const ag_graph *g, const ag_pair *p, size_t n, const char *sep)
{
    for (size_t k = 0; k < n; k++)
        ag_buf_printf(out, "%s%s%s%s", k ? ", " : "", g->actors[p[k].a].label, sep,
                      g->actors[p[k].b].label);
}

/* Labels of the actors with a tie in camp (camp) or bloc (!camp) `which`. */
static void put_group(ag_buf *out, const ag_graph *g, const ag_metrics *m, bool camp, int which)
{
    bool first = true;
    for (size_t i = 0; i < m->nactors; i++) {
        int v = camp ? m->actors[i].camp : m->actors[i].bloc;
        if (has_tie(m, i) && v == which) {
            ag_buf_printf(out, "%s%s", first ? "" : ", ", g->actors[i].label);
            first = false;
        }
    }
    if (first)
        ag_buf_puts(out, "none");
}

static void put_percent(ag_buf *out, double share)
{
    ag_buf_printf(out, "%.0f%%", 100 * share);
}

static void summary_balance(const ag_metrics *m, ag_buf *out)
{
    size_t tri = m->triangles_balanced + m->triangles_unbalanced;
    if (!tri) {
        ag_buf_puts(out, "Balance: no triangle of signed ties.\n");
        return;
    }
    ag_buf_printf(out, "Balance: %zu of %zu triangle%s balanced (", m->triangles_balanced, tri,
                  tri == 1 ? "" : "s");
    put_percent(out, m->balance);
    ag_buf_puts(out, ").\n");
}

static void summary_frustration(const ag_graph *g, const ag_metrics *m, ag_buf *out)
{
    ag_buf_printf(out, "Frustration: %zu tie%s break%s the best two-camp split (%s)",
                  m->frustration, m->frustration == 1 ? "" : "s", m->frustration == 1 ? "s" : "",
                  m->frustration_exact ? "exact" : "heuristic, an upper bound");
    if (m->nfrustrated) {
        ag_buf_puts(out, ": ");
        put_pairs(out, g, m->frustrated, m->nfrustrated, " - ");
    }
    ag_buf_puts(out, ".\nCamps: ");
    put_group(out, g, m, true, 0);
    ag_buf_puts(out, " | ");
    put_group(out, g, m, true, 1);
    ag_buf_puts(out, ".\n");
}

static void summary_blocs(const ag_graph *g, const ag_metrics *m, ag_buf *out)
{
    ag_buf_puts(out, m->blocs_from_camps ? "Blocs (spinglass; components over 400 actors split "
                                           "into their two camps):"
                                         : "Blocs (spinglass):");
    for (int b = 1; b <= m->nblocs; b++) {
        ag_buf_printf(out, "%s %d = ", b > 1 ? ";" : "", b);
        put_group(out, g, m, false, b);
    }
    ag_buf_puts(out, m->nblocs ? ".\n" : " none.\n");
    if (!isnan(m->bloc_camp_agreement)) {
        ag_buf_puts(out, "Blocs agree with the camps on ");
        put_percent(out, m->bloc_camp_agreement);
        ag_buf_puts(out, " of actor pairs within components.\n");
    }
}

static void summary_reciprocal(const ag_graph *g, const char *what, const ag_pair *p, size_t n,
                               double share, ag_buf *out)
{
    ag_buf_printf(out, "Reciprocal %s: ", what);
    if (n)
        put_pairs(out, g, p, n, " <-> ");
    else
        ag_buf_puts(out, "none");
    if (!isnan(share)) {
        ag_buf_puts(out, " (");
        put_percent(out, share);
        ag_buf_printf(out, " of %s ties reciprocated)", what);
    }
    ag_buf_puts(out, ".\n");
}

void ag_metrics_write_summary(const ag_graph *g, const ag_metrics *m, ag_buf *out)
{
    summary_balance(m, out);
    summary_frustration(g, m, out);
    summary_blocs(g, m, out);
    summary_reciprocal(g, "hostility", m->reciprocal_hostility, m->nreciprocal_hostility,
                       m->reciprocity_hostility, out);
    summary_reciprocal(g, "support", m->reciprocal_support, m->nreciprocal_support,
                       m->reciprocity_support, out);
}

static void write_table(const ag_graph *g, const ag_metrics *m, ag_buf *out)
{
    table_rows(g, m, out);
    ag_buf_putc(out, '\n');
    ag_metrics_write_summary(g, m, out);
}

/* ---- CSV ---- */

static const struct {
    const char *name;
    enum { REAL, INT, COUNT } type;
    size_t offset;
} COLUMNS[] = {
#define COLUMN(type, field)                                                                        \
    {                                                                                              \
#field, type, offsetof(ag_actor_metrics, field)                                            \
    }
    COLUMN(REAL, pagerank),
    COLUMN(REAL, betweenness),
    COLUMN(REAL, support_in),
    COLUMN(REAL, support_out),
    COLUMN(REAL, hostility_in),
    COLUMN(REAL, hostility_out),
    COLUMN(REAL, strength_in),
    COLUMN(REAL, strength_out),
    COLUMN(REAL, net_in),
    COLUMN(REAL, hostility_share),
    COLUMN(REAL, pn),
    COLUMN(REAL, pn_in),
    COLUMN(REAL, pn_out),
    COLUMN(INT, bloc),
    COLUMN(INT, camp),
    COLUMN(COUNT, support_deg_in),
    COLUMN(COUNT, support_deg_out),
    COLUMN(COUNT, hostility_deg_in),
    COLUMN(COUNT, hostility_deg_out)
#undef COLUMN
};
#define NCOLUMNS (sizeof COLUMNS / sizeof COLUMNS[0])

size_t ag_metric_ncolumns(void)
{
    return NCOLUMNS;
}

const char *ag_metric_column_name(size_t k)
{
    return COLUMNS[k].name;
}

bool ag_metric_column_integer(size_t k)
{
    return COLUMNS[k].type != REAL;
}

double ag_metric_column_value(const ag_actor_metrics *a, size_t k)
{
    /* the member at its offset, read by memcpy: no cast of a char pointer to another type */
    const char *field = (const char *)a + COLUMNS[k].offset;
    int i;
    size_t n;
    double d;
    switch (COLUMNS[k].type) {
    case INT: memcpy(&i, field, sizeof i); return side(a, i); /* bloc and camp */
    case COUNT: memcpy(&n, field, sizeof n); return (double)n;
    case REAL: break;
    }
    memcpy(&d, field, sizeof d);
    return d;
}

static void write_csv(const ag_graph *g, const ag_metrics *m, ag_buf *out)
{
    ag_buf_puts(out, "id,label");
    for (size_t k = 0; k < NCOLUMNS; k++)
        ag_buf_printf(out, ",%s", COLUMNS[k].name);
    ag_buf_putc(out, '\n');
    for (size_t i = 0; i < m->nactors; i++) {
        ag_escape_csv_text(out, g->actors[i].id);
        ag_buf_putc(out, ',');
        ag_escape_csv_text(out, g->actors[i].label);
        for (size_t k = 0; k < NCOLUMNS; k++) {
            double v = ag_metric_column_value(&m->actors[i], k);
            ag_buf_putc(out, ',');
            if (!isnan(v))
                ag_buf_num(out, v);
        }
        ag_buf_putc(out, '\n');
    }
}

/* ---- JSON ---- */

static ag_json *actor_json(const ag_graph *g, const ag_metrics *m, size_t i)
{
    const ag_actor_metrics *a = &m->actors[i];
    ag_json *o = ag_json_object();
    ag_json_add(o, "id", ag_json_str(g->actors[i].id));
    ag_json_add(o, "label", ag_json_str(g->actors[i].label));
    const struct {
        const char *key;
        double v;
    } f[] = {{"pagerank", a->pagerank},
             {"betweenness", a->betweenness},
             {"strength_in", a->strength_in},
             {"strength_out", a->strength_out},
             {"support_in", a->support_in},
             {"support_out", a->support_out},
             {"hostility_in", a->hostility_in},
             {"hostility_out", a->hostility_out},
             {"net_in", a->net_in},
             {"hostility_share", a->hostility_share},
             {"pn", a->pn},
             {"pn_in", a->pn_in},
             {"pn_out", a->pn_out},
             {"bloc", side(a, a->bloc)},
             {"camp", side(a, a->camp)},
             {"support_deg_in", (double)a->support_deg_in},
             {"support_deg_out", (double)a->support_deg_out},
             {"hostility_deg_in", (double)a->hostility_deg_in},
             {"hostility_deg_out", (double)a->hostility_deg_out}};
    for (size_t k = 0; k < sizeof f / sizeof f[0]; k++)
        ag_json_add(o, f[k].key, ag_json_num(f[k].v));
    return o;
}

/* Labels of the actors with a tie in camp (or bloc) `which`. */
static ag_json *group_json(const ag_graph *g, const ag_metrics *m, bool camp, int which)
{
    ag_json *a = ag_json_array();
    for (size_t i = 0; i < m->nactors; i++)
        if (has_tie(m, i) && (camp ? m->actors[i].camp : m->actors[i].bloc) == which)
            ag_json_add(a, NULL, ag_json_str(g->actors[i].label));
    return a;
}

static ag_json *pairs_json(const ag_graph *g, const ag_pair *p, size_t n)
{
    ag_json *a = ag_json_array();
    for (size_t k = 0; k < n; k++) {
        ag_json *pair = ag_json_add(a, NULL, ag_json_array());
        ag_json_add(pair, NULL, ag_json_str(g->actors[p[k].a].id));
        ag_json_add(pair, NULL, ag_json_str(g->actors[p[k].b].id));
    }
    return a;
}

static ag_json *balance_json(const ag_metrics *m)
{
    ag_json *b = ag_json_object();
    ag_json_add(b, "triangles",
                ag_json_num((double)(m->triangles_balanced + m->triangles_unbalanced)));
    ag_json_add(b, "balanced", ag_json_num((double)m->triangles_balanced));
    ag_json_add(b, "unbalanced", ag_json_num((double)m->triangles_unbalanced));
    ag_json_add(b, "share", ag_json_num(m->balance));
    return b;
}

static ag_json *frustration_json(const ag_graph *g, const ag_metrics *m)
{
    ag_json *f = ag_json_object();
    ag_json_add(f, "index", ag_json_num((double)m->frustration));
    ag_json_add(f, "exact", ag_json_bool(m->frustration_exact));
    ag_json *ties = ag_json_add(f, "ties", ag_json_array());
    for (size_t k = 0; k < m->nfrustrated; k++) {
        ag_json *t = ag_json_add(ties, NULL, ag_json_object());
        ag_json_add(t, "source", ag_json_str(g->actors[m->frustrated[k].a].id));
        ag_json_add(t, "target", ag_json_str(g->actors[m->frustrated[k].b].id));
    }
    ag_json *camps = ag_json_add(f, "camps", ag_json_array());
    ag_json_add(camps, NULL, group_json(g, m, true, 0));
    ag_json_add(camps, NULL, group_json(g, m, true, 1));
    return f;
}

static ag_json *graph_json(const ag_graph *g, const ag_metrics *m)
{
    ag_json *o = ag_json_object();
    ag_json_add(o, "actors", ag_json_num((double)g->nactors));
    ag_json_add(o, "relations", ag_json_num((double)g->nrelations));
    ag_json_add(o, "balance", balance_json(m));
    ag_json_add(o, "frustration", frustration_json(g, m));
    ag_json *blocs = ag_json_add(o, "blocs", ag_json_array());
    for (int b = 1; b <= m->nblocs; b++) {
        ag_json *x = ag_json_add(blocs, NULL, ag_json_object());
        ag_json_add(x, "bloc", ag_json_num(b));
        ag_json_add(x, "actors", group_json(g, m, false, b));
    }
    ag_json_add(
        o, "blocs_method",
        ag_json_str(m->blocs_from_camps ? "spinglass, camps above 400 actors" : "spinglass"));
    ag_json_add(o, "bloc_vs_camp_agreement", ag_json_num(m->bloc_camp_agreement));
    ag_json *r = ag_json_add(o, "reciprocal", ag_json_object());
    ag_json_add(r, "hostility", pairs_json(g, m->reciprocal_hostility, m->nreciprocal_hostility));
    ag_json_add(r, "support", pairs_json(g, m->reciprocal_support, m->nreciprocal_support));
    ag_json_add(r, "hostility_share", ag_json_num(m->reciprocity_hostility));
    ag_json_add(r, "support_share", ag_json_num(m->reciprocity_support));
    return o;
}

ag_json *ag_metrics_to_json(const ag_graph *g, const ag_metrics *m)
{
    ag_json *o = ag_json_object();
    ag_json *actors = ag_json_add(o, "actors", ag_json_array());
    for (size_t i = 0; i < m->nactors; i++)
        ag_json_add(actors, NULL, actor_json(g, m, i));
    ag_json_add(o, "graph", graph_json(g, m));
    return o;
}

void ag_metrics_write(const ag_graph *g, const ag_metrics *m, ag_metrics_format f, ag_buf *out)
{
    switch (f) {
    case AG_METRICS_TABLE: write_table(g, m, out); break;
    case AG_METRICS_CSV: write_csv(g, m, out); break;
    case AG_METRICS_JSON: {
        ag_json *j = ag_metrics_to_json(g, m);
        ag_json_write(j, out, AG_JSON_PRETTY);
        ag_json_free(j);
        break;
    }
    }
}
