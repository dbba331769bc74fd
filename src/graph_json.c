/* graph_json.c: graph JSON format 1: loading with validation, writing. */
#include "graph_json.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "fileio.h"

/* Returns from the calling function when x is not AG_OK. */
#define TRY(x)                                                                                     \
    do {                                                                                           \
        ag_status try_ = (x);                                                                      \
        if (try_ != AG_OK)                                                                         \
            return try_;                                                                           \
    } while (0)

enum { FORMAT_VERSION = 1, QUOTE_MAX = 64, QUOTE_BUF = QUOTE_MAX + 8 };
static const double MAX_EXACT = 9007199254740992.0; /* 2^53: doubles hold integers exactly below */

/* The members an object of one kind may have, in the order they are
 * written. */
typedef struct {
    const char *what;    /* the object in messages: "unknown key \"x\" in actor" */
    const char *element; /* the object as an array element or the document */
    const char *const *keys;
    size_t nkeys;
    unsigned required; /* bit k: keys[k] is required */
} shape;

#define BIT(k) (1u << (k))

enum { G_VERSION, G_TITLE, G_SOURCES, G_ACTORS, G_RELATIONS, G_METRICS, G_N };
static const char *const GRAPH_KEYS[G_N] = {"actorgraph", "title",     "sources",
                                            "actors",     "relations", "metrics"};
static const shape GRAPH = {"graph", "the graph", GRAPH_KEYS, G_N,
                            BIT(G_VERSION) | BIT(G_ACTORS) | BIT(G_RELATIONS)};

enum { S_ID, S_PATH, S_DATE, S_N };
static const char *const SOURCE_KEYS[S_N] = {"id", "path", "date"};
static const shape SOURCE = {"source", "each source", SOURCE_KEYS, S_N, BIT(S_ID)};

enum { A_ID, A_LABEL, A_KIND, A_COUNTRY, A_PARENT, A_ALIASES, A_N };
static const char *const ACTOR_KEYS[A_N] = {"id", "label", "kind", "country", "parent", "aliases"};
static const shape ACTOR = {"actor", "each actor", ACTOR_KEYS, A_N, BIT(A_ID) | BIT(A_KIND)};

enum {
    R_SOURCE,
    R_TARGET,
    R_TYPE,
    R_CAMEO,
    R_POLARITY,
    R_WEIGHT,
    R_DATE,
    R_CONFIDENCE,
    R_EVIDENCE,
    R_N
};
static const char *const RELATION_KEYS[R_N] = {
    "source", "target", "type", "cameo", "polarity", "weight", "date", "confidence", "evidence"};
static const shape RELATION = {"relation", "each relation", RELATION_KEYS, R_N,
                               BIT(R_SOURCE) | BIT(R_TARGET) | BIT(R_TYPE) | BIT(R_POLARITY) |
                                   BIT(R_WEIGHT)};

enum { E_SOURCE, E_SENTENCE, E_START, E_END, E_TEXT, E_N };
static const char *const EVIDENCE_KEYS[E_N] = {"source", "sentence", "start", "end", "text"};
static const shape EVIDENCE = {"evidence", "each evidence item", EVIDENCE_KEYS, E_N, 0};

typedef struct {
    const ag_json_doc *doc;
    bool strict;
    ag_buf *warnings;
    ag_error *err;
    ag_graph *g;
    size_t at, line, col; /* where the last warning was located */
} loader;

/* ---- messages ------------------------------------------------------- */

__attribute__((format(printf, 4, 5))) static ag_status fail(const loader *L, const ag_json *v,
                                                            bool at_key, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ag_json_vfail(L->doc, v, at_key, L->err, AG_EDATA, fmt, ap);
    va_end(ap);
    return AG_EDATA;
}

/* s as messages show it: quoted, JSON-escaped, cut after QUOTE_MAX bytes. */
static const char *quote(char out[QUOTE_BUF], const char *s)
{
    size_t n = 0;
    while (n <= QUOTE_MAX && s[n])
        n++;
    ag_buf b = AG_BUF_INIT;
    ag_buf_puts(&b, "");
    ag_escape_json(&b, s, n);
    bool cut = b.len > QUOTE_MAX;
    n = cut ? QUOTE_MAX : b.len;
    while (cut && n > 0 && (b.data[n] & 0xC0) == 0x80)
        n--; /* do not split a character */
    snprintf(out, QUOTE_BUF, "\"%.*s%s\"", (int)n, b.data, cut ? "..." : "");
    ag_buf_free(&b);
    return out;
}

/* The source text of number v, as written. */
static const char *number_text(const loader *L, const ag_json *v, char out[32])
{
    size_t n = 0;
    const char *s = L->doc->text + v->offset;
    while (n < 31 && v->offset + n < L->doc->len && s[n] && strchr("0123456789+-.eE", s[n]))
        n++;
    memcpy(out, s, n);
    out[n] = '\0';
    return out;
}

/* `name` is a member ("\"label\"") or an element ("each alias"). */
static ag_status type_error(const loader *L, const ag_json *v, const char *want, const char *name)
{
    return fail(L, v, false, "expected %s for %s, found %s", want, name,
                ag_json_type_name(v->type));
}

/* Line and column of `offset`, counted on from the previous call when it
 * lies after it, so that many warnings cost one pass over the text. */
static void locate(loader *L, size_t offset, size_t *line, size_t *col)
{
    if (offset < L->at) {
        L->at = 0;
        L->line = L->col = 1;
    }
    size_t l, c;
    ag_locate(L->doc->text + L->at, L->doc->len - L->at, offset - L->at, &l, &c);
    L->col = l > 1 ? c : L->col + c - 1;
    L->line += l - 1;
    L->at = offset;
    *line = L->line;
    *col = L->col;
}

static ag_status unknown_key(loader *L, const ag_json *m, const char *what)
{
    char q[QUOTE_BUF];
    if (L->strict)
        return fail(L, m, true, "unknown key %s in %s", quote(q, m->key), what);
    if (L->warnings) {
        size_t line, col;
        locate(L, m->key_offset, &line, &col);
        ag_buf_printf(L->warnings, "%s:%zu:%zu: warning: unknown key %s in %s\n",
                      L->doc->file ? L->doc->file : "<input>", line, col, quote(q, m->key), what);
    }
    return AG_OK;
}

/* ---- objects and values --------------------------------------------- */

static size_t key_index(const shape *sh, const char *key)
{
    size_t k = 0;
    while (k < sh->nkeys && strcmp(sh->keys[k], key) != 0)
        k++;
    return k;
}

/* Checks that obj is an object of shape sh: no duplicate keys, required
 * keys present, unknown keys reported. Sets f[k] to member keys[k] or NULL. */
static ag_status members(loader *L, const ag_json *obj, const shape *sh, const ag_json **f)
{
    if (obj->type != AG_JSON_OBJECT)
        return type_error(L, obj, "an object", sh->element);
    for (size_t k = 0; k < sh->nkeys; k++)
        f[k] = NULL;
    ag_map unknown = AG_MAP_INIT;
    ag_status s = AG_OK;
    char q[QUOTE_BUF];
    for (size_t i = 0; i < obj->nitems && s == AG_OK; i++) {
        const ag_json *m = obj->items[i];
        size_t k = key_index(sh, m->key);
        if (k < sh->nkeys ? f[k] != NULL : ag_map_get(&unknown, m->key, NULL)) {
            s = fail(L, m, true, "duplicate key %s in %s", quote(q, m->key), sh->what);
        } else if (k < sh->nkeys) {
            f[k] = m;
        } else {
            ag_map_put(&unknown, m->key, i);
            s = unknown_key(L, m, sh->what);
        }
    }
    ag_map_free(&unknown);
    for (size_t k = 0; k < sh->nkeys && s == AG_OK; k++)
        if ((sh->required & BIT(k)) && !f[k])
            s = fail(L, obj, false, "missing required key \"%s\" in %s", sh->keys[k], sh->what);
    return s;
}

/* *out = the string v holds, or NULL when v is absent. */
static ag_status get_str(const loader *L, const ag_json *v, const char *name, char **out)
{
    *out = NULL;
    if (!v)
        return AG_OK;
    if (v->type != AG_JSON_STRING)
        return type_error(L, v, "a string", name);
    if (strlen(v->string) != v->string_len)
        return fail(L, v, false, "%s holds U+0000, which graph files do not allow", name);
    *out = v->string;
    return AG_OK;
}

static ag_status get_num(const loader *L, const ag_json *v, const char *name, double lo, double hi,
                         double *out)
{
    char num[32];
    if (v->type != AG_JSON_NUMBER)
        return type_error(L, v, "a number", name);
    if (v->number < lo || v->number > hi)
        return fail(L, v, false, "%s must be within %g..%g, found %s", name, lo, hi,
                    number_text(L, v, num));
    *out = v->number;
    return AG_OK;
}

static ag_status get_int(const loader *L, const ag_json *v, const char *name, double *out)
{
    char num[32];
    if (v->type == AG_JSON_NUMBER && !v->integral)
        return fail(L, v, false, "expected an integer for %s, found %s", name,
                    number_text(L, v, num));
    if (v->type != AG_JSON_NUMBER)
        return type_error(L, v, "an integer", name);
    *out = v->number;
    return AG_OK;
}

/* An integer >= min that fits a size_t exactly. */
static ag_status get_count(const loader *L, const ag_json *v, const char *name, size_t min,
                           size_t *out)
{
    char num[32];
    double d = 0;
    TRY(get_int(L, v, name, &d));
    if (d < (double)min)
        return fail(L, v, false, "%s must be at least %zu, found %s", name, min,
                    number_text(L, v, num));
    if (d > MAX_EXACT)
        return fail(L, v, false, "%s is too large: %s", name, number_text(L, v, num));
    *out = (size_t)d;
    return AG_OK;
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static ag_status get_date(const loader *L, const ag_json *v, const char *name, char **out)
{
    char q[QUOTE_BUF];
    TRY(get_str(L, v, name, out));
    if (*out && !ag_date_valid(*out))
        return fail(L, v, false, "invalid date %s for %s: expected a calendar date YYYY-MM-DD",
                    quote(q, *out), name);
    return AG_OK;
}

/* ---- sources and actors --------------------------------------------- */

static ag_status load_source(loader *L, const ag_json *o)
{
    const ag_json *f[S_N];
    ag_source s = {0};
    char q[QUOTE_BUF];
    TRY(members(L, o, &SOURCE, f));
    TRY(get_str(L, f[S_ID], "\"id\"", &s.id));
    if (!*s.id)
        return fail(L, f[S_ID], false, "\"id\" of a source must not be empty");
    if (ag_graph_find_source(L->g, s.id, NULL))
        return fail(L, f[S_ID], false, "duplicate source id %s", quote(q, s.id));
    TRY(get_str(L, f[S_PATH], "\"path\"", &s.path));
    TRY(get_date(L, f[S_DATE], "\"date\"", &s.date));
    ag_graph_add_source(L->g, &s);
    return AG_OK;
}

/* [A-Za-z0-9._-]+ */
static bool valid_actor_id(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (!is_digit(*s) && !(*s >= 'a' && *s <= 'z') && !(*s >= 'A' && *s <= 'Z') &&
            !strchr("._-", *s))
            return false;
    return true;
}

static bool valid_country(const char *s)
{
    return strlen(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' &&
           s[2] >= 'A' && s[2] <= 'Z';
}

static ag_status get_actor_id(const loader *L, const ag_json *v, char **id)
{
    char q[QUOTE_BUF];
    TRY(get_str(L, v, "\"id\"", id));
    if (!valid_actor_id(*id))
        return fail(L, v, false,
                    "invalid actor id %s: expected letters, digits, '.', '_' and '-' only",
                    quote(q, *id));
    if (ag_graph_find_actor(L->g, *id, NULL))
        return fail(L, v, false, "duplicate actor id %s", quote(q, *id));
    return AG_OK;
}

static ag_status get_kind(const loader *L, const ag_json *v, ag_kind *kind)
{
    char *name, q[QUOTE_BUF];
    TRY(get_str(L, v, "\"kind\"", &name));
    if (ag_kind_parse(name, kind))
        return AG_OK;
    ag_buf kinds = AG_BUF_INIT;
    for (int k = 0; k < AG_KIND_COUNT; k++)
        ag_buf_printf(&kinds, "%s%s", k ? ", " : "", ag_kind_name((ag_kind)k));
    fail(L, v, false, "unknown kind %s: expected one of %s", quote(q, name), kinds.data);
    ag_buf_free(&kinds);
    return AG_EDATA;
}

static ag_status get_aliases(const loader *L, const ag_json *v, ag_actor *a)
{
    char *s;
    if (!v)
        return AG_OK;
    if (v->type != AG_JSON_ARRAY)
        return type_error(L, v, "an array", "\"aliases\"");
    for (size_t i = 0; i < v->nitems; i++)
        TRY(get_str(L, v->items[i], "each alias", &s));
    a->naliases = v->nitems;
    a->aliases = v->nitems ? ag_xmalloc(v->nitems * sizeof *a->aliases) : NULL;
    for (size_t i = 0; i < v->nitems; i++)
        a->aliases[i] = v->items[i]->string;
    return AG_OK;
}

static ag_status load_actor(loader *L, const ag_json *o)
{
    const ag_json *f[A_N];
    ag_actor a = {0};
    char q[QUOTE_BUF];
    TRY(members(L, o, &ACTOR, f));
    TRY(get_actor_id(L, f[A_ID], &a.id));
    TRY(get_str(L, f[A_LABEL], "\"label\"", &a.label));
    TRY(get_kind(L, f[A_KIND], &a.kind));
    TRY(get_str(L, f[A_COUNTRY], "\"country\"", &a.country));
    if (a.country && !valid_country(a.country))
        return fail(L, f[A_COUNTRY], false,
                    "invalid country code %s: expected three uppercase letters "
                    "(ISO 3166-1 alpha-3)",
                    quote(q, a.country));
    TRY(get_str(L, f[A_PARENT], "\"parent\"", &a.parent)); /* checked once all are read */
    TRY(get_aliases(L, f[A_ALIASES], &a));
    ag_graph_add_actor(L->g, &a);
    free(a.aliases);
    return AG_OK;
}

/* The "parent" member of actor i (actors[] and the graph's actors agree:
 * duplicates were rejected). */
static const ag_json *parent_value(const ag_json *actors, size_t i)
{
    return ag_json_get(actors->items[i], ACTOR_KEYS[A_PARENT]);
}

static size_t parent_of(const ag_graph *g, size_t i)
{
    size_t p = i;
    ag_graph_find_actor(g, g->actors[i].parent, &p);
    return p;
}

static ag_status cycle_error(const loader *L, const ag_json *actors, size_t start)
{
    ag_buf path = AG_BUF_INIT;
    char q[QUOTE_BUF];
    size_t k = start;
    do {
        ag_buf_printf(&path, "%s -> ", quote(q, L->g->actors[k].id));
        k = parent_of(L->g, k);
    } while (k != start && path.len < 300);
    ag_buf_puts(&path, k == start ? quote(q, L->g->actors[k].id) : "...");
    fail(L, parent_value(actors, start), false, "parent cycle: %s", path.data);
    ag_buf_free(&path);
    return AG_EDATA;
}

/* Every parent names an actor, and following parents never comes back:
 * each actor is visited once, so this is linear. */
static ag_status check_parents(const loader *L, const ag_json *actors)
{
    const ag_graph *g = L->g;
    char q[QUOTE_BUF];
    for (size_t i = 0; i < g->nactors; i++) {
        const char *p = g->actors[i].parent;
        if (p && !ag_graph_find_actor(g, p, NULL))
            return fail(L, parent_value(actors, i), false, "unknown actor %s in \"parent\"",
                        quote(q, p));
    }
    size_t *walk = ag_xcalloc(g->nactors, sizeof *walk); /* 1 + the walk that reached it */
    ag_status s = AG_OK;
    for (size_t i = 0; i < g->nactors && s == AG_OK; i++) {
        size_t j = i;
        while (!walk[j]) {
            walk[j] = i + 1;
            if (!g->actors[j].parent)
                break;
            j = parent_of(g, j);
        }
        if (walk[j] == i + 1 && g->actors[j].parent)
            s = cycle_error(L, actors, j);
    }
    free(walk);
    return s;
}

/* ---- relations ------------------------------------------------------ */

static ag_status get_actor(const loader *L, const ag_json *v, const char *name, size_t *index)
{
    char *id, q[QUOTE_BUF];
    TRY(get_str(L, v, name, &id));
    if (!ag_graph_find_actor(L->g, id, index))
        return fail(L, v, false, "unknown actor %s in %s", quote(q, id), name);
    return AG_OK;
}

static ag_status get_polarity(const loader *L, const ag_json *v, ag_polarity *p)
{
    char *name, q[QUOTE_BUF];
    TRY(get_str(L, v, "\"polarity\"", &name));
    if (!ag_polarity_parse(name, p))
        return fail(L, v, false, "invalid polarity %s: expected support, hostility or neutral",
                    quote(q, name));
    return AG_OK;
}

/* Goldstein weight in -10..10 whose sign agrees with the polarity. */
static ag_status get_weight(const loader *L, const ag_json *v, ag_polarity p, double *w)
{
    char num[32];
    TRY(get_num(L, v, "\"weight\"", -10, 10, w));
    bool ok = p == AG_SUPPORT ? *w > 0 : p == AG_HOSTILITY ? *w < 0 : *w == 0;
    if (!ok)
        return fail(L, v, false, "\"weight\" %s disagrees with polarity \"%s\": expected %s",
                    number_text(L, v, num), ag_polarity_name(p),
                    p == AG_SUPPORT     ? "a weight > 0"
                    : p == AG_HOSTILITY ? "a weight < 0"
                                        : "a weight of 0");
    return AG_OK;
}

static ag_status get_cameo(const loader *L, const ag_json *v, char **cameo)
{
    char q[QUOTE_BUF];
    TRY(get_str(L, v, "\"cameo\"", cameo));
    if (!*cameo)
        return AG_OK;
    size_t n = strlen(*cameo), i = 0;
    while (i < n && is_digit((*cameo)[i]))
        i++;
    if (i != n || n < 2 || n > 4)
        return fail(L, v, false, "invalid CAMEO code %s: expected 2 to 4 digits", quote(q, *cameo));
    return AG_OK;
}

/* "start" and "end" come together, 0 <= start <= end. */
static ag_status get_span(const loader *L, const ag_json *o, const ag_json **f, ag_evidence *e)
{
    if (!f[E_START] && !f[E_END])
        return AG_OK;
    if (!f[E_START] || !f[E_END])
        return fail(L, o, false,
                    "missing required key \"%s\" in evidence: \"start\" and \"end\" go together",
                    f[E_START] ? "end" : "start");
    TRY(get_count(L, f[E_START], "\"start\"", 0, &e->start));
    TRY(get_count(L, f[E_END], "\"end\"", 0, &e->end));
    if (e->start > e->end)
        return fail(L, f[E_END], false, "\"end\" %zu is before \"start\" %zu", e->end, e->start);
    return AG_OK;
}

static ag_status load_evidence(loader *L, const ag_json *o, ag_evidence *e)
{
    const ag_json *f[E_N];
    char q[QUOTE_BUF];
    TRY(members(L, o, &EVIDENCE, f));
    TRY(get_str(L, f[E_SOURCE], "\"source\"", &e->source));
    if (e->source && L->g->nsources && !ag_graph_find_source(L->g, e->source, NULL))
        return fail(L, f[E_SOURCE], false,
                    "unknown source %s in \"source\": expected an id from \"sources\"",
                    quote(q, e->source));
    if (f[E_SENTENCE])
        TRY(get_count(L, f[E_SENTENCE], "\"sentence\"", 1, &e->sentence));
    TRY(get_span(L, o, f, e));
    return get_str(L, f[E_TEXT], "\"text\"", &e->text);
}

static ag_status get_evidence(loader *L, const ag_json *v, ag_relation *r)
{
    if (!v || (v->type == AG_JSON_ARRAY && !v->nitems))
        return AG_OK;
    if (v->type != AG_JSON_ARRAY)
        return type_error(L, v, "an array", "\"evidence\"");
    ag_evidence *e = ag_xcalloc(v->nitems, sizeof *e);
    ag_status s = AG_OK;
    for (size_t i = 0; i < v->nitems && s == AG_OK; i++)
        s = load_evidence(L, v->items[i], &e[i]);
    if (s != AG_OK) {
        free(e);
        return s;
    }
    r->evidence = e;
    r->nevidence = v->nitems;
    return AG_OK;
}

static ag_status load_relation(loader *L, const ag_json *o)
{
    const ag_json *f[R_N];
    ag_relation r = {.confidence = 1};
    TRY(members(L, o, &RELATION, f));
    TRY(get_actor(L, f[R_SOURCE], "\"source\"", &r.source));
    TRY(get_actor(L, f[R_TARGET], "\"target\"", &r.target));
    TRY(get_str(L, f[R_TYPE], "\"type\"", &r.type));
    if (!*r.type)
        return fail(L, f[R_TYPE], false, "\"type\" must not be empty");
    TRY(get_cameo(L, f[R_CAMEO], &r.cameo));
    TRY(get_polarity(L, f[R_POLARITY], &r.polarity));
    TRY(get_weight(L, f[R_WEIGHT], r.polarity, &r.weight));
    TRY(get_date(L, f[R_DATE], "\"date\"", &r.date));
    if (f[R_CONFIDENCE])
        TRY(get_num(L, f[R_CONFIDENCE], "\"confidence\"", 0, 1, &r.confidence));
    TRY(get_evidence(L, f[R_EVIDENCE], &r));
    ag_graph_add_relation(L->g, &r);
    free(r.evidence);
    return AG_OK;
}

/* ---- the document --------------------------------------------------- */

static ag_status load_list(loader *L, const ag_json *v, const char *name,
                           ag_status (*load)(loader *, const ag_json *))
{
    if (v->type != AG_JSON_ARRAY)
        return type_error(L, v, "an array", name);
    for (size_t i = 0; i < v->nitems; i++)
        TRY(load(L, v->items[i]));
    return AG_OK;
}

static ag_status check_version(const loader *L, const ag_json *v)
{
    char num[32];
    double n = 0;
    TRY(get_int(L, v, "\"actorgraph\"", &n));
    if (n != FORMAT_VERSION)
        return fail(L, v, false, "unsupported format version %s, this actorgraph reads version %d",
                    number_text(L, v, num), FORMAT_VERSION);
    return AG_OK;
}

static ag_status load_graph(loader *L)
{
    const ag_json *root = L->doc->root, *f[G_N];
    const ag_json *version = ag_json_get(root, GRAPH_KEYS[G_VERSION]);
    char *title;
    if (version) /* first: another version may have other keys */
        TRY(check_version(L, version));
    TRY(members(L, root, &GRAPH, f));
    TRY(get_str(L, f[G_TITLE], "\"title\"", &title));
    L->g->title = ag_xstrdup(title);
    if (f[G_SOURCES])
        TRY(load_list(L, f[G_SOURCES], "\"sources\"", load_source));
    TRY(load_list(L, f[G_ACTORS], "\"actors\"", load_actor));
    TRY(check_parents(L, f[G_ACTORS]));
    return load_list(L, f[G_RELATIONS], "\"relations\"", load_relation);
}

ag_status ag_graph_from_json(const ag_json_doc *doc, bool strict, ag_graph **out, ag_buf *warnings,
                             ag_error *err)
{
    loader L = {doc, strict, warnings, err, ag_graph_new(), 0, 1, 1};
    ag_status s = load_graph(&L);
    if (s != AG_OK) {
        ag_graph_free(L.g);
        L.g = NULL;
    }
    *out = L.g;
    return s;
}

ag_status ag_graph_load(const char *path, bool strict, ag_graph **out, ag_buf *warnings,
                        ag_error *err)
{
    char *text;
    size_t len;
    *out = NULL;
    TRY(ag_read_file(path, &text, &len, err));
    const char *name = !path || strcmp(path, "-") == 0 ? "<stdin>" : path;
    ag_json_doc doc;
    ag_status s = ag_json_parse(name, text, len, &doc, err);
    if (s == AG_OK)
        s = ag_graph_from_json(&doc, strict, out, warnings, err);
    ag_json_doc_free(&doc);
    free(text);
    return s;
}

/* ---- writing -------------------------------------------------------- */

static void put_str(ag_json *o, const char *key, const char *s)
{
    if (s)
        ag_json_add(o, key, ag_json_str(s));
}

static ag_json *source_json(const ag_source *s)
{
    ag_json *o = ag_json_object();
    put_str(o, SOURCE_KEYS[S_ID], s->id);
    put_str(o, SOURCE_KEYS[S_PATH], s->path);
    put_str(o, SOURCE_KEYS[S_DATE], s->date);
    return o;
}

static ag_json *actor_json(const ag_actor *a)
{
    ag_json *o = ag_json_object();
    put_str(o, ACTOR_KEYS[A_ID], a->id);
    put_str(o, ACTOR_KEYS[A_LABEL], a->label);
    put_str(o, ACTOR_KEYS[A_KIND], ag_kind_name(a->kind));
    put_str(o, ACTOR_KEYS[A_COUNTRY], a->country);
    put_str(o, ACTOR_KEYS[A_PARENT], a->parent);
    if (a->naliases) {
        ag_json *l = ag_json_add(o, ACTOR_KEYS[A_ALIASES], ag_json_array());
        for (size_t i = 0; i < a->naliases; i++)
            ag_json_add(l, NULL, ag_json_str(a->aliases[i]));
    }
    return o;
}

static ag_json *evidence_json(const ag_evidence *e)
{
    ag_json *o = ag_json_object();
    put_str(o, EVIDENCE_KEYS[E_SOURCE], e->source);
    if (e->sentence)
        ag_json_add(o, EVIDENCE_KEYS[E_SENTENCE], ag_json_num((double)e->sentence));
    if (e->start || e->end) {
        ag_json_add(o, EVIDENCE_KEYS[E_START], ag_json_num((double)e->start));
        ag_json_add(o, EVIDENCE_KEYS[E_END], ag_json_num((double)e->end));
    }
    put_str(o, EVIDENCE_KEYS[E_TEXT], e->text);
    return o;
}

static ag_json *relation_json(const ag_graph *g, const ag_relation *r)
{
    ag_json *o = ag_json_object();
    put_str(o, RELATION_KEYS[R_SOURCE], g->actors[r->source].id);
    put_str(o, RELATION_KEYS[R_TARGET], g->actors[r->target].id);
    put_str(o, RELATION_KEYS[R_TYPE], r->type);
    put_str(o, RELATION_KEYS[R_CAMEO], r->cameo);
    put_str(o, RELATION_KEYS[R_POLARITY], ag_polarity_name(r->polarity));
    ag_json_add(o, RELATION_KEYS[R_WEIGHT], ag_json_num(r->weight));
    put_str(o, RELATION_KEYS[R_DATE], r->date);
    ag_json_add(o, RELATION_KEYS[R_CONFIDENCE], ag_json_num(r->confidence));
    if (r->nevidence) {
        ag_json *l = ag_json_add(o, RELATION_KEYS[R_EVIDENCE], ag_json_array());
        for (size_t i = 0; i < r->nevidence; i++)
            ag_json_add(l, NULL, evidence_json(&r->evidence[i]));
    }
    return o;
}

ag_json *ag_graph_to_json(const ag_graph *g)
{
    ag_json *root = ag_json_object();
    ag_json_add(root, GRAPH_KEYS[G_VERSION], ag_json_num(FORMAT_VERSION));
    put_str(root, GRAPH_KEYS[G_TITLE], g->title);
    if (g->nsources) {
        ag_json *l = ag_json_add(root, GRAPH_KEYS[G_SOURCES], ag_json_array());
        for (size_t i = 0; i < g->nsources; i++)
            ag_json_add(l, NULL, source_json(&g->sources[i]));
    }
    ag_json *actors = ag_json_add(root, GRAPH_KEYS[G_ACTORS], ag_json_array());
    for (size_t i = 0; i < g->nactors; i++)
        ag_json_add(actors, NULL, actor_json(&g->actors[i]));
    ag_json *relations = ag_json_add(root, GRAPH_KEYS[G_RELATIONS], ag_json_array());
    for (size_t j = 0; j < g->nrelations; j++)
        ag_json_add(relations, NULL, relation_json(g, &g->relations[j]));
    return root;
}

void ag_graph_write_json(const ag_graph *g, ag_buf *out)
{
    ag_json *j = ag_graph_to_json(g);
    ag_json_write(j, out, AG_JSON_PRETTY);
    ag_json_free(j);
}

void ag_graph_write_events(const ag_graph *g, ag_buf *out)
{
    for (size_t j = 0; j < g->nrelations; j++) {
        const ag_relation *r = &g->relations[j];
        ag_json *o = relation_json(g, r);
        if (!r->date)
            put_str(o, RELATION_KEYS[R_DATE], ag_relation_date(g, r));
        put_str(o, "source_label", g->actors[r->source].label);
        put_str(o, "target_label", g->actors[r->target].label);
        ag_json_write(o, out, AG_JSON_COMPACT);
        ag_buf_putc(out, '\n');
        ag_json_free(o);
    }
}

bool ag_graph_json_looks_like(const char *text, size_t len)
{
    static const char word[] = "actorgraph";
    size_t i = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (i < len && strchr(" \t\r\n", text[i]) && text[i])
        i++;
    if (i >= len || text[i] != '{')
        return false;
    for (; i + sizeof word - 1 <= len; i++)
        if (text[i] == 'a' && memcmp(text + i, word, sizeof word - 1) == 0)
            return true;
    return false;
}
