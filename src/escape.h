/* escape.h: every escaping rule of every output format, in one place.
 *
 * Each function appends the escaped form of the NUL-terminated UTF-8 string
 * s to out. Invalid UTF-8 never reaches these functions (inputs are
 * validated when read), but control characters can, and each format says
 * what becomes of them.
 */
#ifndef AG_ESCAPE_H
#define AG_ESCAPE_H

#include <stddef.h>

#include "util.h"

/* XML 1.0 text and attribute values (SVG, GraphML, GEXF, HTML): & < > " '
 * become entities; newline and tab become &#10; and &#9; (so attributes keep
 * them); other C0 controls, which XML 1.0 forbids, become U+FFFD. */
void ag_escape_xml(ag_buf *out, const char *s);

/* The inside of a JSON string (RFC 8259), without the quotes: " \ and C0
 * controls escaped; "</" written as "<\/" so JSON can sit in an HTML
 * <script> element. n bytes of s. */
void ag_escape_json(ag_buf *out, const char *s, size_t n);

/* One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF,
 * or starts or ends with a space; quotes doubled. */
void ag_escape_csv(ag_buf *out, const char *s);

/* A CSV field of text (a label, an id, evidence) that a spreadsheet must
 * not run: one starting with = + - @ TAB or CR gets a leading ' (OWASP's
 * advice against CSV formula injection), then ag_escape_csv. Numbers go
 * through ag_escape_csv, whose "-2" must stay a number. */
void ag_escape_csv_text(ag_buf *out, const char *s);

/* The inside of a DOT double-quoted string: " and \ escaped, newlines as \n. */
void ag_escape_dot(ag_buf *out, const char *s);

/* A plain Graphviz label given through cgraph: Graphviz expands backslash
 * escapes (\N, \G, \n, ...) and character entities, so '\' becomes "\\"
 * and '&' becomes "&amp;"; newlines stay newlines (line breaks), CR is
 * dropped, other C0 controls become U+FFFD (Graphviz would write them raw
 * into the SVG). */
void ag_escape_graphviz(ag_buf *out, const char *s);

/* The same for a Graphviz tooltip, which Graphviz unescapes twice: '\'
 * becomes four backslashes. */
void ag_escape_graphviz_tooltip(ag_buf *out, const char *s);

/* A name safe for XML ids and CSS classes: ASCII letters, digits and '-'
 * kept; every other byte, '_' included, becomes '_' and two hex digits, so
 * distinct names stay distinct. */
void ag_escape_ident(ag_buf *out, const char *s);

#endif
