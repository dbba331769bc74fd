/* render.h: drawing a graph through Graphviz, in-process (the only cgraph
 * and gvc user).
 *
 * The graph's relations are drawn as one edge per (source, target,
 * polarity): support green and solid, hostility orange and dashed, neutral
 * grey and dotted, pen width from the summed |weight|. Each actor is a
 * circle whose area follows a metric, with its label under it; up to 30
 * actors, ties are routed around circles and labels. A legend says what
 * colour, dash, width and size mean.
 */
#ifndef AG_RENDER_H
#define AG_RENDER_H

#include <stdbool.h>

#include "error.h"
#include "graph.h"
#include "metrics.h"
#include "progress.h"
#include "util.h"

typedef enum { AG_COLOR_KIND, AG_COLOR_BLOC } ag_color_by;
typedef enum { AG_THEME_LIGHT, AG_THEME_DARK } ag_theme;

typedef struct {
    const char *layout;    /* "dot", "neato", "fdp", "sfdp", "circo"; NULL: by size */
    ag_metric size_by;     /* node area */
    const char *title;     /* NULL: the graph's title, else the first source's id */
    const char *id_prefix; /* prefix of every SVG id; NULL: "ag" */
    ag_color_by color_by;  /* node fill */
    bool cluster_by_bloc;  /* draw each bloc as a Graphviz cluster */
    bool show_frustration; /* highlight the ties that break the two-camp split */
    bool legend;           /* draw the legend (default true) */
    bool inline_svg;       /* SVG without XML prolog and doctype */
    bool responsive;       /* SVG with a viewBox and no fixed width/height */
    ag_theme theme;
    double dpi;       /* PNG resolution, 1..2400; 0: 96 */
    ag_buf *warnings; /* when not NULL, Graphviz's warnings are appended */
    /* when not NULL, gets the phases: task "layout" with the engine, then
     * task "render" with the format */
    const ag_progress *progress;

    /* When not NULL, every actor and every edge is a link to href_prefix +
     * its name (ag_render_node_name, ag_render_edge_name): "#ev-" links the
     * node of FRA to "#ev-n-FRA" (the HTML report's anchors). */
    const char *href_prefix;
} ag_render_options;

/* Options as the CLI starts from: pagerank, kind colours, legend, light. */
ag_render_options ag_render_defaults(void);

/* The layout engine used when none is asked for: "dot" for small graphs,
 * a force-directed engine above the size where dot gets slow. */
const char *ag_render_auto_layout(size_t nactors, size_t nedges);

/* True when format ("svg", "dot", "png", "pdf") is drawn by this module. */
bool ag_render_supports(const char *format);

/* The title drawn over the picture: o->title, else the graph's title, else
 * its first source's id, else "Actor graph". */
const char *ag_render_title(const ag_graph *g, const ag_render_options *o);

/* The name of actor i's node, "n-" + its id in ag_escape_ident form, and
 * of the drawn edge e (ag_graph_edges), "e-" + source "__" + target "__" +
 * polarity name, ids as for nodes. An element's SVG id is the id prefix,
 * '-', then its name. Appended to out. */
void ag_render_node_name(const ag_graph *g, size_t i, ag_buf *out);
void ag_render_edge_name(const ag_graph *g, const ag_edge *e, ag_buf *out);

/* Draws g with its metrics m (computed on g) in `format` and appends the
 * bytes to out. Errors: AG_EUSAGE for an unknown format or layout, for
 * clusters with an engine that has none (neato, sfdp, circo) or an id
 * prefix that is not a letter then letters, digits, '-' or '_', a link
 * prefix that is not '#' then such a prefix (or nothing);
 * AG_ESOFTWARE when Graphviz fails (its messages are in err, never printed;
 * its warnings go to o->warnings) or when m has another number of actors.
 * Not reentrant: Graphviz reports through one process-wide callback. */
ag_status ag_render(const ag_graph *g, const ag_metrics *m, const ag_render_options *o,
                    const char *format, ag_buf *out, ag_error *err);

/* Frees the Graphviz context (plugins, fonts) that ag_render makes at its
 * first drawing and keeps for the process. Call it at exit, after the last
 * ag_render: Graphviz 2.43 cannot safely make a second context once one was
 * freed, so a later ag_render fails with AG_ESOFTWARE. No-op when nothing
 * was drawn. */
void ag_render_release(void);

#endif
