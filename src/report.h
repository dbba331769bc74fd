/* report.h: one self-contained HTML page for a graph: title and sources,
 * the SVG inline with its legend, the metrics table, the signed summary
 * (blocs, balance, frustration, reciprocity) and the evidence list, every
 * relation with its sentence. Works offline: no external resource.
 */
#ifndef AG_REPORT_H
#define AG_REPORT_H

#include "error.h"
#include "graph.h"
#include "metrics.h"
#include "render.h"
#include "util.h"

/* Appends the report of g (metrics m computed on g) to out, drawing the
 * picture with o (its inline_svg and responsive are forced on). Errors:
 * those of ag_render; out is then unchanged. */
ag_status ag_report_html(const ag_graph *g, const ag_metrics *m, const ag_render_options *o,
                         ag_buf *out, ag_error *err);

#endif
