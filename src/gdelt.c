/* gdelt.c: GDELT 1.0 and 2.0 event exports -> actor graph (see gdelt.h). */
#include "gdelt.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fileio.h"
#include "text.h"
#include "util.h"

/* Columns, 0-based, shared by the three layouts (the first 35 are equal). */
enum {
    COL_ID = 0,
    COL_SQLDATE = 1,
    COL_ACTOR1 = 5, /* Actor1Code; Name +1, CountryCode +2, Type1Code +7 */
    COL_ACTOR2 = 15,
    COL_EVENTCODE = 26,
    COL_GOLDSTEIN = 30,
    COL_NUMSOURCES = 32,
    MAX_COLUMNS = 61
};
enum { ACTOR_NAME = 1, ACTOR_COUNTRY = 2, ACTOR_TYPE1 = 7 };

/* CAMEO actor type codes (Type1Code) and the kind and word they give. */
static const struct actor_type {
    const char *code;
    ag_kind kind;
    const char *word;
} ACTOR_TYPES[] = {
    {"GOV", AG_KIND_GOVERNMENT, "government"},
    {"LEG", AG_KIND_LEGISLATURE, "legislature"},
    {"JUD", AG_KIND_GOVERNMENT, "judiciary"},
    {"MIL", AG_KIND_MILITARY, "military"},
    {"SPY", AG_KIND_MILITARY, "intelligence"},
    {"COP", AG_KIND_MILITARY, "police"},
    {"OPP", AG_KIND_GROUP, "opposition"},
    {"REB", AG_KIND_GROUP, "rebels"},
    {"INS", AG_KIND_GROUP, "insurgents"},
    {"SEP", AG_KIND_GROUP, "separatists"},
    {"UAF", AG_KIND_GROUP, "armed group"},
    {"IMG", AG_KIND_GROUP, "militarized group"},
    {"RAD", AG_KIND_GROUP, "radicals"},
    {"MOD", AG_KIND_GROUP, "moderates"},
    {"CRM", AG_KIND_GROUP, "criminals"},
    {"LAB", AG_KIND_GROUP, "labour"},
    {"ELI", AG_KIND_GROUP, "elites"},
    {"CVL", AG_KIND_POPULATION, "civilians"},
    {"REF", AG_KIND_POPULATION, "refugees"},
    {"SET", AG_KIND_POPULATION, "settlers"},
    {"BUS", AG_KIND_COMPANY, "business"},
    {"MNC", AG_KIND_COMPANY, "multinational"},
    {"MED", AG_KIND_MEDIA, "media"},
    {"NGO", AG_KIND_NGO, "NGO"},
    {"NGM", AG_KIND_NGO, "movement"},
    {"HRI", AG_KIND_NGO, "human rights"},
    {"AMN", AG_KIND_NGO, "Amnesty International"},
    {"IRC", AG_KIND_NGO, "Red Cross"},
    {"GRP", AG_KIND_NGO, "Greenpeace"},
    {"IGO", AG_KIND_IGO, "IGO"},
    {"UNO", AG_KIND_IGO, "United Nations"},
    {"PKO", AG_KIND_IGO, "peacekeepers"},
    {"AGR", AG_KIND_OTHER, "agriculture"},
    {"DEV", AG_KIND_OTHER, "development"},
    {"EDU", AG_KIND_OTHER, "education"},
    {"ENV", AG_KIND_OTHER, "environment"},
    {"HLH", AG_KIND_OTHER, "health"},
};

/* What the reader knows of a graph actor it made or met. */
typedef struct {
    const char *word; /* its type's word, or NULL */
    char *suffix;     /* its code after its parent's, when it has a parent and no word */
    char *name;       /* the name read most often, or NULL */
    size_t count;     /* how often */
} actor_info;

struct ag_gdelt {
    ag_map codes; /* CAMEO event code -> index into types */
    char **types;
    size_t ntypes, captypes;
    ag_map names; /* actor id '\t' name -> index into counts */
    size_t *counts;
    size_t ncounts, capcounts;
    actor_info *actors; /* by graph actor index */
    size_t capactors;
};

typedef struct {
    size_t start, len;
} span;

/* One file being read. */
typedef struct {
    ag_gdelt *r;
    ag_graph *g;
    const char *file, *source_id, *text;
    size_t len;
    size_t ncolumns; /* of the first row; 0 before it */
    span col[MAX_COLUMNS + 1];
    size_t ncol;
    ag_error *err;
} reader;

/* ---- the CAMEO event texts ---- */

/* "Appeal for aid, not specified below" -> "appeal for aid"; commas go, so
 * that --type can list types separated by commas. */
static char *type_name(const char *text, size_t n)
{
    static const char unspecified[] = "not specified below";
    ag_buf b = AG_BUF_INIT;
    for (size_t i = 0; i < n; i++) {
        if (n - i >= sizeof unspecified - 1 &&
            strncmp(text + i, unspecified, sizeof unspecified - 1) == 0)
            break;
        char c = text[i];
        if (c == ',' || c == ' ' || c == '\t') {
            if (b.len && b.data[b.len - 1] != ' ')
                ag_buf_putc(&b, ' ');
        } else {
            ag_buf_putc(&b, c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c);
        }
    }
    while (b.len && b.data[b.len - 1] == ' ')
        b.data[--b.len] = '\0';
    return ag_buf_detach(&b);
}

static bool all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return n > 0;
}

/* True when s[0..n) is GLOBALEVENTID in any case: a header's first column. */
static bool is_header(const char *s, size_t n)
{
    char first[16];
    if (n != 13)
        return false;
    memcpy(first, s, n);
    first[n] = '\0';
    return ag_strcasecmp(first, "GLOBALEVENTID") == 0;
}

typedef struct {
    ag_gdelt *r;
    const char *path;
} table_ctx;

static ag_status table_line(const char *line, size_t len, size_t lineno, void *ctx, ag_error *err)
{
    table_ctx *t = ctx;
    size_t tab = strcspn(line, "\t");
    if (lineno == 1 || len == 0)
        return AG_OK; /* the header */
    if (tab == len || tab < 2 || tab > 4 || !all_digits(line, tab)) {
        ag_fail(err, AG_EDATA, "expected CODE<tab>TEXT, the code of 2 to 4 digits");
        err->line = lineno;
        err->col = 1;
        return ag_error_in(err, t->path);
    }
    ag_gdelt *r = t->r;
    char code[5];
    memcpy(code, line, tab);
    code[tab] = '\0';
    ag_grow(&r->types, &r->captypes, r->ntypes + 1, sizeof *r->types);
    r->types[r->ntypes] = type_name(line + tab + 1, len - tab - 1);
    ag_map_put(&r->codes, code, r->ntypes++);
    return AG_OK;
}

ag_status ag_gdelt_new(const char *data_dir, ag_gdelt **out, ag_error *err)
{
    ag_gdelt *r = ag_xcalloc(1, sizeof *r);
    ag_buf path = AG_BUF_INIT;
    ag_buf_printf(&path, "%s/cameo/eventcodes.tsv", data_dir);
    ag_status s = ag_read_lines(path.data, table_line, &(table_ctx){r, path.data}, err);
    ag_buf_free(&path);
    *out = NULL;
    if (s) {
        ag_gdelt_free(r);
        return s;
    }
    *out = r;
    return AG_OK;
}

void ag_gdelt_free(ag_gdelt *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->ntypes; i++)
        free(r->types[i]);
    for (size_t i = 0; i < r->capactors; i++) {
        free(r->actors[i].name);
        free(r->actors[i].suffix);
    }
    free(r->types);
    free(r->counts);
    free(r->actors);
    ag_map_free(&r->codes);
    ag_map_free(&r->names);
    free(r);
}

/* ---- fields ---- */

static ag_status fail_at(const reader *R, size_t offset, const char *msg, const span *f)
{
    return ag_fail_at(R->err, AG_EDATA, R->file, R->text, R->len, offset, "%s '%.*s'", msg,
                      (int)(f->len < 40 ? f->len : 40), R->text + f->start);
}

/* Column i of the row as a NUL-terminated copy in buf (size n), or false
 * when it is longer. */
static bool field_copy(const reader *R, size_t i, char *buf, size_t n)
{
    const span *f = &R->col[i];
    if (f->len >= n)
        return false;
    memcpy(buf, R->text + f->start, f->len);
    buf[f->len] = '\0';
    return true;
}

static ag_status get_date(const reader *R, char date[11])
{
    const span *f = &R->col[COL_SQLDATE];
    const char *s = R->text + f->start;
    if (f->len == 8 && all_digits(s, 8)) {
        memcpy(date, s, 4);
        date[4] = '-';
        memcpy(date + 5, s + 4, 2);
        date[7] = '-';
        memcpy(date + 8, s + 6, 2);
        date[10] = '\0';
        if (ag_date_valid(date))
            return AG_OK;
    }
    return fail_at(R, f->start, "bad date in SQLDATE: expected YYYYMMDD, found", f);
}

static ag_status get_goldstein(const reader *R, double *w)
{
    char buf[32], *end;
    const span *f = &R->col[COL_GOLDSTEIN];
    if (field_copy(R, COL_GOLDSTEIN, buf, sizeof buf) && f->len) {
        *w = strtod(buf, &end);
        if (!*end && isfinite(*w) && *w >= -10 && *w <= 10)
            return AG_OK;
    }
    return fail_at(R, f->start, "bad number in GoldsteinScale: expected -10 to 10, found", f);
}

static ag_status get_sources(const reader *R, double *confidence)
{
    const span *f = &R->col[COL_NUMSOURCES];
    if (f->len <= 9 && all_digits(R->text + f->start, f->len)) {
        char buf[16];
        field_copy(R, COL_NUMSOURCES, buf, sizeof buf);
        *confidence = 1 - pow(0.5, strtod(buf, NULL));
        return AG_OK;
    }
    return fail_at(R, f->start, "bad number in NumSources: expected a whole number, found", f);
}

/* The type name of EventCode: that of the code, else of its longest listed prefix. */
static ag_status get_event(const reader *R, char code[5], const char **type)
{
    const span *f = &R->col[COL_EVENTCODE];
    if (f->len >= 2 && f->len <= 4 && all_digits(R->text + f->start, f->len)) {
        field_copy(R, COL_EVENTCODE, code, 5);
        char prefix[5];
        memcpy(prefix, code, 5);
        for (size_t n = f->len, k; n >= 2; prefix[--n] = '\0')
            if (ag_map_get(&R->r->codes, prefix, &k)) {
                *type = R->r->types[k];
                return AG_OK;
            }
        return fail_at(R, f->start, "unknown CAMEO code in EventCode:", f);
    }
    return fail_at(R, f->start, "bad EventCode: expected a CAMEO code of 2 to 4 digits, found", f);
}

/* ---- actors ---- */

static actor_info *info(ag_gdelt *r, size_t i)
{
    if (i >= r->capactors) {
        size_t old = r->capactors;
        ag_grow(&r->actors, &r->capactors, i + 1, sizeof *r->actors);
        memset(r->actors + old, 0, (r->capactors - old) * sizeof *r->actors);
    }
    return &r->actors[i];
}

static const struct actor_type *actor_type(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof ACTOR_TYPES / sizeof ACTOR_TYPES[0]; i++)
        if (n == 3 && strncmp(s, ACTOR_TYPES[i].code, 3) == 0)
            return &ACTOR_TYPES[i];
    return NULL;
}

static bool valid_code(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-", s[i]))
            return false;
    return n > 0 && n <= 64;
}

static bool valid_country(const char *s, size_t n)
{
    return n == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' &&
           s[2] <= 'Z';
}

/* Counts one more use of `name` for actor i; keeps the most used (the first on ties). */
static void count_name(ag_gdelt *r, const ag_graph *g, size_t i, const char *name, size_t n)
{
    ag_buf key = AG_BUF_INIT;
    ag_buf_printf(&key, "%s\t%.*s", g->actors[i].id, (int)n, name);
    size_t k;
    if (!ag_map_get(&r->names, key.data, &k)) {
        k = r->ncounts++;
        ag_grow(&r->counts, &r->capcounts, r->ncounts, sizeof *r->counts);
        r->counts[k] = 0;
        ag_map_put(&r->names, key.data, k);
    }
    ag_buf_free(&key);
    actor_info *a = info(r, i);
    if (++r->counts[k] > a->count) {
        a->count = r->counts[k];
        free(a->name);
        a->name = ag_xstrndup(name, n);
    }
}

/* The actor of the block starting at column c, added (with its country as
 * parent) when new; its name counted. */
static ag_status get_actor(reader *R, size_t c, size_t *index)
{
    const span *code = &R->col[c], *country = &R->col[c + ACTOR_COUNTRY],
               *type = &R->col[c + ACTOR_TYPE1], *name = &R->col[c + ACTOR_NAME];
    const char *t = R->text;
    if (!valid_code(t + code->start, code->len))
        return fail_at(R, code->start, "bad actor code: expected letters and digits, found", code);
    if (country->len && !valid_country(t + country->start, country->len))
        return fail_at(R, country->start, "bad country code: expected three capital letters, found",
                       country);
    char *id = ag_xstrndup(t + code->start, code->len);
    if (!ag_graph_find_actor(R->g, id, index)) {
        char *cc = country->len ? ag_xstrndup(t + country->start, 3) : NULL;
        bool is_state = cc && strcmp(cc, id) == 0;
        bool has_parent = cc && !is_state && strncmp(cc, id, 3) == 0;
        const struct actor_type *at = actor_type(t + type->start, type->len);
        if (has_parent) {
            ag_actor p = {cc, NULL, AG_KIND_STATE, cc, NULL, NULL, 0};
            ag_graph_add_actor(R->g, &p);
        }
        ag_actor a = {id,
                      NULL,
                      is_state ? AG_KIND_STATE : at ? at->kind : AG_KIND_OTHER,
                      cc,
                      has_parent ? cc : NULL,
                      NULL,
                      0};
        *index = ag_graph_add_actor(R->g, &a);
        actor_info *ai = info(R->r, *index);
        ai->word = has_parent && at ? at->word : NULL;
        if (has_parent && !at)
            ai->suffix = ag_xstrdup(id + 3);
        free(cc);
    }
    free(id);
    if (name->len)
        count_name(R->r, R->g, *index, t + name->start, name->len);
    return AG_OK;
}

/* Labels: each actor's most used name, with its type when it has a parent. */
static void label_actors(ag_gdelt *r, ag_graph *g)
{
    for (size_t i = 0; i < g->nactors && i < r->capactors; i++) {
        const actor_info *a = &r->actors[i];
        if (!a->name)
            continue;
        ag_buf b = AG_BUF_INIT;
        ag_buf_puts(&b, a->name);
        if (a->word || a->suffix)
            ag_buf_printf(&b, " (%s)", a->word ? a->word : a->suffix);
        free(g->actors[i].label);
        g->actors[i].label = ag_buf_detach(&b);
    }
}

/* ---- rows ---- */

static const char *layout_name(size_t ncolumns)
{
    return ncolumns == 57   ? "GDELT 1.0, 57 columns"
           : ncolumns == 58 ? "GDELT 1.0 daily, 58 columns"
                            : "GDELT 2.0, 61 columns";
}

/* Splits the line [a, b) at tabs into R->col; R->ncol counts every column. */
static void split(reader *R, size_t a, size_t b)
{
    R->ncol = 0;
    for (size_t i = a;; i++) {
        if (i == b || R->text[i] == '\t') {
            if (R->ncol <= MAX_COLUMNS)
                R->col[R->ncol] = (span){a, i - a};
            R->ncol++;
            a = i + 1;
        }
        if (i == b)
            break;
    }
}

static ag_status check_columns(reader *R, size_t a, size_t b)
{
    size_t n = R->ncol;
    if (!R->ncolumns) {
        if (n == 57 || n == 58 || n == 61) {
            R->ncolumns = n;
            return AG_OK;
        }
        return ag_fail_at(R->err, AG_EDATA, R->file, R->text, R->len, a,
                          "not a GDELT event export: found %zu tab-separated columns, expected 57 "
                          "or 58 (GDELT 1.0) or 61 (GDELT 2.0)",
                          n);
    }
    if (n == R->ncolumns)
        return AG_OK;
    size_t at = n > R->ncolumns ? R->col[R->ncolumns].start : b;
    return ag_fail_at(R->err, AG_EDATA, R->file, R->text, R->len, at,
                      "found %zu tab-separated columns, expected %zu (%s, as in the first row)", n,
                      R->ncolumns, layout_name(R->ncolumns));
}

/* The evidence of a row: its SOURCEURL and that URL's span, else (57
 * columns, or no URL) "GDELT event GLOBALEVENTID". */
static ag_status evidence(const reader *R, ag_evidence *ev, ag_buf *text)
{
    const span *url = R->ncolumns > 57 ? &R->col[R->ncolumns - 1] : NULL;
    if (url && url->len) {
        ev->start = url->start;
        ev->end = url->start + url->len;
        ag_buf_put(text, R->text + url->start, url->len);
        return AG_OK;
    }
    const span *id = &R->col[COL_ID];
    if (!all_digits(R->text + id->start, id->len))
        return fail_at(R, id->start, "bad GLOBALEVENTID: expected a whole number, found", id);
    ag_buf_printf(text, "GDELT event %.*s", (int)id->len, R->text + id->start);
    return AG_OK;
}

/* The relation of the row on line `lineno`; rows without two actors are skipped. */
static ag_status row(reader *R, size_t lineno)
{
    const span *a1 = &R->col[COL_ACTOR1], *a2 = &R->col[COL_ACTOR2];
    if (!a1->len || !a2->len)
        return AG_OK;
    char date[11], code[5];
    const char *type = NULL;
    double weight = 0, confidence = 0;
    size_t source = 0, target = 0;
    ag_status s = get_date(R, date);
    if (!s)
        s = get_event(R, code, &type);
    if (!s)
        s = get_goldstein(R, &weight);
    if (!s)
        s = get_sources(R, &confidence);
    ag_evidence ev = {(char *)R->source_id, lineno, 0, 0, NULL};
    ag_buf text = AG_BUF_INIT;
    if (!s)
        s = evidence(R, &ev, &text);
    if (!s)
        s = get_actor(R, COL_ACTOR1, &source);
    if (!s)
        s = get_actor(R, COL_ACTOR2, &target);
    if (s) {
        ag_buf_free(&text);
        return s;
    }
    ev.text = text.data;
    ag_polarity p = weight > 0 ? AG_SUPPORT : weight < 0 ? AG_HOSTILITY : AG_NEUTRAL;
    ag_relation rel = {source, target, (char *)type, code, p, weight, date, confidence, &ev, 1};
    ag_graph_add_relation(R->g, &rel);
    ag_buf_free(&text);
    return AG_OK;
}

static size_t count_lines(const char *text, size_t len)
{
    size_t n = 0;
    for (const char *p = text, *end = text + len; p < end; n++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    return n;
}

static void report(const reader *R, const ag_progress *progress, size_t lines, size_t total,
                   size_t relations0)
{
    ag_progress_event ev = {.task = "import",
                            .unit = "rows",
                            .done = lines,
                            .total = total,
                            .unit2 = "relations",
                            .done2 = R->g->nrelations - relations0};
    ag_progress_report(progress, &ev);
}

ag_status ag_gdelt_read(ag_gdelt *r, const char *source_id, const char *path, const char *text,
                        size_t len, ag_graph *g, const ag_progress *progress, ag_error *err)
{
    reader R = {.r = r,
                .g = g,
                .file = path ? path : "<stdin>",
                .source_id = source_id,
                .text = text,
                .len = len,
                .err = err};
    ag_status s = ag_text_check_utf8(R.file, text, len, err);
    if (s)
        return s;
    ag_source src = {(char *)source_id, (char *)path, NULL};
    ag_graph_add_source(g, &src);
    size_t total = count_lines(text, len), relations0 = g->nrelations, lineno = 0;
    report(&R, progress, 0, total, relations0);
    for (size_t a = 0; a < len && !s;) {
        const char *nl = memchr(text + a, '\n', len - a);
        size_t next = nl ? (size_t)(nl - text) + 1 : len, b = nl ? next - 1 : len;
        if (b > a && text[b - 1] == '\r')
            b--;
        lineno++;
        split(&R, a, b);
        bool header = lineno == 1 && is_header(text + a, R.col[0].len);
        if (b > a && !header && !(s = check_columns(&R, a, b)))
            s = row(&R, lineno);
        if (lineno % 4096 == 0)
            report(&R, progress, lineno, total, relations0);
        a = next;
    }
    report(&R, progress, lineno, total, relations0);
    label_actors(r, g);
    return s;
}

bool ag_gdelt_looks_like(const char *text, size_t len)
{
    const char *nl = memchr(text, '\n', len);
    size_t n = nl ? (size_t)(nl - text) : len, columns = 1, first = n;
    for (size_t i = n; i-- > 0;)
        if (text[i] == '\t') {
            columns++;
            first = i;
        }
    return (columns == 57 || columns == 58 || columns == 61) &&
           (is_header(text, first) || all_digits(text, first));
}
