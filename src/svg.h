/* svg.h: finishing the SVG text Graphviz writes, so that a report can embed
 * it. Pure string work on Graphviz's own output (no Graphviz headers).
 *
 * Graphviz 2.43's SVG renderer writes an XML prolog, a doctype and comments
 * before the root <svg>, fixed width/height attributes, "transparent" as a
 * paint (not an SVG 1.1 colour), and ids of its own for the anchors it
 * wraps around objects with tooltips ("a_" + the object's id). What it
 * writes is otherwise valid XML when every label and tooltip went through
 * ag_escape_graphviz (escape.h).
 */
#ifndef AG_SVG_H
#define AG_SVG_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "util.h"

typedef struct {
    const char *id_prefix; /* every id starts with it and '-' afterwards */
    const char *title;     /* text of the root <title>, plain UTF-8 */
    const char *desc;      /* text of the root <desc>, plain UTF-8 */
    const char *legend_id; /* id (before renaming) of the HTML-like table that
                              holds the legend, given an HREF so that Graphviz
                              marks it with an anchor; NULL: none */
    bool inline_svg;       /* drop what precedes <svg> (prolog, doctype, comments) */
    bool responsive;       /* drop width and height from <svg>, keep its viewBox */
} ag_svg_options;

/* Appends to out the SVG document in[0..len) with:
 *  - the root element given role="img", aria-labelledby="P-title P-desc"
 *    and, as its first children, <title id="P-title"> and <desc id="P-desc">
 *    (P the prefix; texts XML-escaped);
 *  - every id made to start with "P-": an anchor id "a_P-x" becomes "P-a-x"
 *    (so it cannot collide with an object's "P-n-..." or "P-e-..." id), any
 *    other id X not starting with "P-" becomes "P-X"; url(#X) references
 *    follow their ids;
 *  - fill/stroke "transparent" written as "none";
 *  - the legend's anchor <g id="a_" + legend_id><a ...>...</a></g>
 *    unwrapped into <g id=legend_id class="legend">...</g> (its link was
 *    only there to make Graphviz mark the legend).
 * Errors: AG_ESOFTWARE when in has no <svg> element or a tag is not closed
 * (not Graphviz SVG); out is then unchanged. */
ag_status ag_svg_finish(const char *in, size_t len, const ag_svg_options *o, ag_buf *out,
                        ag_error *err);

#endif
