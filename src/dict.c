/* dict.c: the actor dictionary: loading, organ composition, phrase lookup. */
#include "dict.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datafile.h"
#include "fileio.h"
#include "json.h"
#include "phrases.h"
#include "util.h"

struct ag_dict {
    ag_dict_actor *actors;
    size_t nactors, capactors;
    ag_map ids;
    ag_dict_organ *organs;
    size_t norgans, caporgans;
    ag_dict_anaphor *anaphora;
    size_t nanaphora, capanaphora;
    ag_dict_post *posts;
    size_t nposts, capposts;
    size_t *states; /* actor index of each state */
    char **adj;     /* per state: the adjective used in organ labels */
    size_t nstates, capstates;
    size_t organ_base; /* actor index of the first composed organ */
    ag_sense *senses;
    size_t nsenses, capsenses;
    ag_map sense_index; /* "kind:cap:ref" -> index into senses */
    ag_phrases phrases; /* by norm -> index into senses */
};

/* ---- lookup ---- */

bool ag_sense_fits(const ag_sense *s, const ag_token *t)
{
    return !s->cap || (t->flags & AG_TOK_CAP);
}

typedef struct {
    const ag_dict *d;
    const ag_token *t;
} fit_ctx;

static bool sense_fits(const void *ctx, uint32_t value, size_t i, size_t len)
{
    const fit_ctx *c = ctx;
    (void)len;
    return ag_sense_fits(&c->d->senses[value], &c->t[i]);
}

size_t ag_dict_match(const ag_dict *d, const ag_token *t, size_t n, size_t i,
                     const uint32_t **senses, size_t *nsenses)
{
    fit_ctx c = {d, t};
    return ag_phrases_longest(&d->phrases, t, n, i, sense_fits, &c, senses, nsenses);
}

const ag_sense *ag_dict_sense(const ag_dict *d, uint32_t s)
{
    return &d->senses[s];
}

size_t ag_dict_nactors(const ag_dict *d)
{
    return d->nactors;
}

const ag_dict_actor *ag_dict_actor_at(const ag_dict *d, size_t i)
{
    return &d->actors[i];
}

bool ag_dict_find(const ag_dict *d, const char *id, size_t *index)
{
    return ag_map_get(&d->ids, id, index);
}

long ag_dict_organ_actor(const ag_dict *d, size_t state, size_t organ)
{
    const ag_dict_actor *a = &d->actors[state];
    if (a->kind != AG_KIND_STATE || a->state < 0 || organ >= d->norgans)
        return -1;
    return (long)(d->organ_base + (size_t)a->state * d->norgans + organ);
}

size_t ag_dict_state_actor(const ag_dict *d, int s)
{
    return d->states[s];
}

const ag_dict_organ *ag_dict_organ_at(const ag_dict *d, size_t organ)
{
    return &d->organs[organ];
}

const ag_dict_anaphor *ag_dict_anaphor_at(const ag_dict *d, size_t i)
{
    return &d->anaphora[i];
}

const ag_dict_post *ag_dict_post_at(const ag_dict *d, size_t i)
{
    return &d->posts[i];
}

uint32_t ag_dict_date(const char *s)
{
    if (!s || !ag_date_valid(s))
        return 0;
    return (uint32_t)(atoi(s) * 10000 + atoi(s + 5) * 100 + atoi(s + 8));
}

long ag_dict_parent_on(const ag_dict *d, size_t i, uint32_t date)
{
    const ag_dict_actor *a = &d->actors[i];
    const ag_dict_post *on = NULL, *before = NULL, *first = NULL;
    for (uint32_t k = 0; k < a->nposts; k++) {
        const ag_dict_post *p = &d->posts[a->post0 + k];
        bool covers = !date || (p->from <= date && date <= p->to);
        if (covers && (!on || p->from >= on->from))
            on = p;
        if (p->from <= date && (!before || p->from >= before->from))
            before = p;
        if (!first || p->from < first->from)
            first = p;
    }
    size_t k;
    if (on)
        return on->parent;
    if (a->has_parent || !a->nposts)
        return a->parent && ag_dict_find(d, a->parent, &k) ? (long)k : -1;
    return (long)(before ? before : first)->parent;
}

void ag_dict_free(ag_dict *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->nactors; i++) {
        free(d->actors[i].id);
        free(d->actors[i].label);
        free(d->actors[i].country);
        free(d->actors[i].parent);
    }
    for (size_t i = 0; i < d->norgans; i++) {
        free(d->organs[i].suffix);
        free(d->organs[i].label);
    }
    for (size_t i = 0; i < d->nstates; i++)
        free(d->adj[i]);
    for (size_t i = 0; i < d->nanaphora; i++)
        if (!d->anaphora[i].head)
            free(d->anaphora[i].except);
    free(d->actors);
    free(d->posts);
    free(d->organs);
    free(d->anaphora);
    free(d->states);
    free(d->adj);
    free(d->senses);
    ag_map_free(&d->sense_index);
    ag_phrases_free(&d->phrases);
    ag_map_free(&d->ids);
    free(d);
}

/* ---- loading ---- */

typedef struct {
    ag_dict *d;
    ag_tokenizer *tk;
    const ag_json_doc *doc;
    ag_error *err;
} loader;

static ag_status fail(const loader *L, const ag_json *v, bool at_key, const char *what)
{
    return ag_json_fail(L->doc, v, at_key, L->err, AG_EDATA, "%s", what);
}

/* Adds the phrase v (a JSON string) with sense kind/ref. */
static ag_status add_phrase(const loader *L, const ag_json *v, ag_sense_kind kind, size_t ref)
{
    if (v->type != AG_JSON_STRING)
        return fail(L, v, false, "expected a string (a phrase)");
    ag_tokens ts = ag_text_tokenize(L->tk, v->string, 0, v->string_len);
    if (ts.n == 0 || ts.n > AG_PHRASE_MAX)
        return fail(L, v, false, "a phrase needs 1 to 8 tokens");
    ag_dict *d = L->d;
    bool cap = (ts.tok[0].flags & AG_TOK_CAP) != 0;
    char key[48];
    size_t k;
    snprintf(key, sizeof key, "%d:%d:%zu", (int)kind, (int)cap, ref);
    if (!ag_map_get(&d->sense_index, key, &k)) { /* equal senses share an index */
        ag_grow(&d->senses, &d->capsenses, d->nsenses + 1, sizeof *d->senses);
        d->senses[d->nsenses] = (ag_sense){(uint8_t)kind, cap, (uint32_t)ref};
        ag_map_put(&d->sense_index, key, k = d->nsenses++);
    }
    ag_phrases_add(&d->phrases, ts.tok, ts.n, (uint32_t)k);
    return AG_OK;
}

/* Adds every string of the array member `key` of obj (absent: nothing). */
static ag_status add_phrases(const loader *L, const ag_json *obj, const char *key,
                             ag_sense_kind kind, size_t ref)
{
    const ag_json *a = ag_json_get(obj, key);
    if (!a)
        return AG_OK;
    if (a->type != AG_JSON_ARRAY)
        return fail(L, a, false, "expected an array of phrases");
    for (size_t i = 0; i < a->nitems; i++) {
        ag_status s = add_phrase(L, a->items[i], kind, ref);
        if (s)
            return s;
    }
    return AG_OK;
}

/* Fails on a member of obj whose key is not in allowed (NULL-terminated). */
static ag_status check_keys(const loader *L, const ag_json *obj, const char *const *allowed)
{
    return ag_datafile_keys(L->doc, obj, allowed, L->err);
}

/* Sets *out to the string member key of obj; NULL when absent and optional. */
static ag_status get_str(const loader *L, const ag_json *obj, const char *key, bool required,
                         const char **out)
{
    const ag_json *v = ag_json_get(obj, key);
    *out = NULL;
    if (!v && !required)
        return AG_OK;
    if (!v)
        return ag_json_fail(L->doc, obj, false, L->err, AG_EDATA, "missing key \"%s\"", key);
    if (v->type != AG_JSON_STRING || !v->string_len)
        return ag_json_fail(L->doc, v, false, L->err, AG_EDATA, "\"%s\" must be a non-empty string",
                            key);
    *out = v->string;
    return AG_OK;
}

static ag_status get_kind(const loader *L, const ag_json *obj, const char *key, ag_kind dflt,
                          ag_kind *out)
{
    const char *s;
    ag_status st = get_str(L, obj, key, false, &s);
    *out = dflt;
    if (st || !s)
        return st;
    if (!ag_kind_parse(s, out))
        return fail(L, ag_json_get(obj, key), false, "unknown kind");
    return AG_OK;
}

static bool get_bool(const ag_json *obj, const char *key)
{
    const ag_json *v = ag_json_get(obj, key);
    return v && v->type == AG_JSON_TRUE;
}

static size_t add_actor(ag_dict *d, const char *id, const char *label, ag_kind kind)
{
    ag_grow(&d->actors, &d->capactors, d->nactors + 1, sizeof *d->actors);
    ag_dict_actor *a = &d->actors[d->nactors];
    *a = (ag_dict_actor){
        ag_xstrdup(id), ag_xstrdup(label), NULL, NULL, kind, -1, -1, false, false, false, 0, 0};
    ag_map_put(&d->ids, id, d->nactors);
    return d->nactors++;
}

/* Adds an actor from a JSON object, failing on a duplicate id. */
static ag_status new_actor(const loader *L, const ag_json *obj, const char *id, const char *label,
                           ag_kind kind, size_t *index)
{
    if (ag_map_get(&L->d->ids, id, NULL))
        return ag_json_fail(L->doc, obj, false, L->err, AG_EDATA, "duplicate actor id \"%s\"", id);
    *index = add_actor(L->d, id, label, kind);
    return AG_OK;
}

static bool is_iso3(const char *s)
{
    return strlen(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' &&
           s[2] >= 'A' && s[2] <= 'Z';
}

static const char *const STATE_KEYS[] = {"id",       "label",  "names", "adj", "people",
                                         "capitals", "places", "seats", NULL};

static ag_status load_state(const loader *L, const ag_json *obj)
{
    const char *id, *label;
    ag_status s;
    size_t a;
    if ((s = check_keys(L, obj, STATE_KEYS)) || (s = get_str(L, obj, "id", true, &id)) ||
        (s = get_str(L, obj, "label", true, &label)))
        return s;
    if (!is_iso3(id))
        return fail(L, ag_json_get(obj, "id"), false, "a state id is an ISO 3166-1 alpha-3 code");
    if ((s = new_actor(L, obj, id, label, AG_KIND_STATE, &a)))
        return s;
    ag_dict *d = L->d;
    d->actors[a].country = ag_xstrdup(id);
    d->actors[a].state = (int)d->nstates;
    const ag_json *adj = ag_json_get(obj, "adj");
    ag_grow(&d->states, &d->capstates, d->nstates + 1, sizeof *d->states);
    d->adj = ag_xrealloc(d->adj, d->capstates * sizeof *d->adj);
    d->states[d->nstates] = a;
    d->adj[d->nstates++] = ag_xstrdup(adj && adj->type == AG_JSON_ARRAY && adj->nitems &&
                                              adj->items[0]->type == AG_JSON_STRING
                                          ? adj->items[0]->string
                                          : label);
    if ((s = add_phrase(L, ag_json_get(obj, "label"), AG_SENSE_NAME, a)) ||
        (s = add_phrases(L, obj, "names", AG_SENSE_NAME, a)) ||
        (s = add_phrases(L, obj, "adj", AG_SENSE_ADJ, a)) ||
        (s = add_phrases(L, obj, "people", AG_SENSE_PEOPLE, a)) ||
        (s = add_phrases(L, obj, "capitals", AG_SENSE_PLACE, a)))
        return s;
    return add_phrases(L, obj, "places", AG_SENSE_PLACE, a);
}

static const char *const ORGAN_KEYS[] = {"suffix", "kind",  "label", "words",
                                         "titles", "group", NULL};

static ag_status load_organ(const loader *L, const ag_json *obj)
{
    const char *suffix, *label;
    ag_kind kind;
    ag_status s;
    if ((s = check_keys(L, obj, ORGAN_KEYS)) || (s = get_str(L, obj, "suffix", true, &suffix)) ||
        (s = get_str(L, obj, "label", true, &label)) ||
        (s = get_kind(L, obj, "kind", AG_KIND_GOVERNMENT, &kind)))
        return s;
    if (!strstr(label, "{adj}"))
        return fail(L, ag_json_get(obj, "label"), false, "an organ label needs \"{adj}\"");
    ag_dict *d = L->d;
    ag_grow(&d->organs, &d->caporgans, d->norgans + 1, sizeof *d->organs);
    d->organs[d->norgans] =
        (ag_dict_organ){ag_xstrdup(suffix), ag_xstrdup(label), kind, get_bool(obj, "group")};
    size_t o = d->norgans++;
    if ((s = add_phrases(L, obj, "words", AG_SENSE_ORGAN, o)))
        return s;
    return add_phrases(L, obj, "titles", AG_SENSE_TITLE, o);
}

static void fill_template(const char *tmpl, const char *adj, ag_buf *out)
{
    const char *p = strstr(tmpl, "{adj}");
    ag_buf_clear(out);
    ag_buf_put(out, tmpl, (size_t)(p - tmpl));
    ag_buf_puts(out, adj);
    ag_buf_puts(out, p + 5);
}

void ag_dict_slug(const char *s, ag_buf *out)
{
    size_t start = out->len;
    bool dash = false;
    for (; *s; s++) {
        char c = *s;
        bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (c >= 'A' && c <= 'Z') {
            c = (char)(c + 32);
            alnum = true;
        }
        if (alnum) {
            if (dash && out->len > start)
                ag_buf_putc(out, '-');
            ag_buf_putc(out, c);
            dash = false;
        } else {
            dash = true;
        }
    }
}

/* Creates the actor of every (state, organ) pair, in that order. */
static void compose_organs(ag_dict *d)
{
    ag_buf label = AG_BUF_INIT, id = AG_BUF_INIT;
    d->organ_base = d->nactors;
    for (size_t s = 0; s < d->nstates; s++) {
        const ag_dict_actor *st = &d->actors[d->states[s]];
        char *iso = st->id, *state_id = st->id;
        for (size_t o = 0; o < d->norgans; o++) {
            const ag_dict_organ *org = &d->organs[o];
            fill_template(org->label, d->adj[s], &label);
            ag_buf_clear(&id);
            if (org->group)
                ag_dict_slug(label.data, &id);
            else
                ag_buf_printf(&id, "%s.%s", state_id, org->suffix);
            size_t a = add_actor(d, id.data, label.data, org->kind);
            d->actors[a].state = (int)s;
            d->actors[a].organ = (int)o;
            d->actors[a].plural = true;
            d->actors[a].country =
                ag_xstrdup(iso); /* a group has its country, not the state as parent */
            if (!org->group)
                d->actors[a].parent = ag_xstrdup(state_id);
        }
    }
    ag_buf_free(&label);
    ag_buf_free(&id);
}

static const char *const SEAT_KEYS[] = {"organ", "names", "label", NULL};

static ag_status load_seats(const loader *L, const ag_json *state)
{
    const ag_json *seats = ag_json_get(state, "seats");
    size_t st;
    if (!seats)
        return AG_OK;
    if (seats->type != AG_JSON_ARRAY)
        return fail(L, seats, false, "expected an array of seats");
    ag_dict_find(L->d, ag_json_get(state, "id")->string, &st);
    for (size_t i = 0; i < seats->nitems; i++) {
        const ag_json *obj = seats->items[i];
        const char *suffix, *label;
        ag_status s;
        if ((s = check_keys(L, obj, SEAT_KEYS)) || (s = get_str(L, obj, "organ", true, &suffix)) ||
            (s = get_str(L, obj, "label", false, &label)))
            return s;
        size_t o = 0;
        while (o < L->d->norgans && strcmp(L->d->organs[o].suffix, suffix) != 0)
            o++;
        if (o == L->d->norgans)
            return fail(L, ag_json_get(obj, "organ"), false, "unknown organ suffix");
        size_t a = (size_t)ag_dict_organ_actor(L->d, st, o);
        if (label) {
            free(L->d->actors[a].label);
            L->d->actors[a].label = ag_xstrdup(label);
        }
        if ((s = add_phrases(L, obj, "names", AG_SENSE_PLACE, a)))
            return s;
    }
    return AG_OK;
}

/* Checks that the parent named by obj's "parent" exists; sets *parent to
 * its index (an index, not a pointer: adding actors moves them), or -1
 * when absent. */
static ag_status get_parent(const loader *L, const ag_json *obj, bool required, long *parent)
{
    const char *p;
    size_t k;
    ag_status s = get_str(L, obj, "parent", required, &p);
    *parent = -1;
    if (s || !p)
        return s;
    if (!ag_dict_find(L->d, p, &k))
        return fail(L, ag_json_get(obj, "parent"), false,
                    "unknown parent (a parent must be defined before its children)");
    *parent = (long)k;
    return AG_OK;
}

static const char *const ACTOR_KEYS[] = {"id",      "label",  "kind",   "names",        "adj",
                                         "country", "parent", "plural", "unaffiliated", NULL};

static ag_status load_actor(const loader *L, const ag_json *obj)
{
    const char *id, *label, *country;
    long parent;
    ag_kind kind;
    ag_status s;
    size_t a;
    if ((s = check_keys(L, obj, ACTOR_KEYS)) || (s = get_str(L, obj, "id", true, &id)) ||
        (s = get_str(L, obj, "label", true, &label)) ||
        (s = get_kind(L, obj, "kind", AG_KIND_OTHER, &kind)) ||
        (s = get_str(L, obj, "country", false, &country)) ||
        (s = get_parent(L, obj, false, &parent)) || (s = new_actor(L, obj, id, label, kind, &a)))
        return s;
    ag_dict_actor *d = &L->d->actors[a];
    d->country = ag_xstrdup(country);
    d->parent = parent >= 0 ? ag_xstrdup(L->d->actors[parent].id) : NULL;
    d->plural = get_bool(obj, "plural");
    d->unaffiliated = get_bool(obj, "unaffiliated");
    if ((s = add_phrase(L, ag_json_get(obj, "label"), AG_SENSE_NAME, a)) ||
        (s = add_phrases(L, obj, "names", AG_SENSE_NAME, a)))
        return s;
    return add_phrases(L, obj, "adj", AG_SENSE_ADJ, a);
}

static const char *const PERSON_KEYS[] = {"id", "label", "kind", "names", "parent", "posts", NULL};
static const char *const POST_KEYS[] = {"parent", "from", "to", NULL};

/* Sets *out to the date member key of obj as YYYYMMDD; dflt when absent. */
static ag_status get_date(const loader *L, const ag_json *obj, const char *key, uint32_t dflt,
                          uint32_t *out)
{
    const char *s;
    ag_status st = get_str(L, obj, key, false, &s);
    *out = dflt;
    if (st || !s)
        return st;
    if (!(*out = ag_dict_date(s)))
        return fail(L, ag_json_get(obj, key), false, "a date is a calendar date YYYY-MM-DD");
    return AG_OK;
}

/* Reads the "posts" of person p (absent: none). */
static ag_status load_posts(const loader *L, const ag_json *obj, size_t p)
{
    const ag_json *a = ag_json_get(obj, "posts");
    ag_dict *d = L->d;
    if (!a)
        return AG_OK;
    if (a->type != AG_JSON_ARRAY || !a->nitems)
        return fail(L, a, false, "expected a non-empty array of posts");
    d->actors[p].post0 = (uint32_t)d->nposts;
    d->actors[p].nposts = (uint32_t)a->nitems;
    for (size_t i = 0; i < a->nitems; i++) {
        const ag_json *o = a->items[i];
        long parent;
        ag_dict_post post;
        ag_status s;
        if ((s = check_keys(L, o, POST_KEYS)) || (s = get_parent(L, o, true, &parent)) ||
            (s = get_date(L, o, "from", 0, &post.from)) ||
            (s = get_date(L, o, "to", 99991231, &post.to)))
            return s;
        if (post.from > post.to)
            return fail(L, ag_json_get(o, "from"), false, "\"from\" is after \"to\"");
        post.parent = (uint32_t)parent;
        ag_grow(&d->posts, &d->capposts, d->nposts + 1, sizeof *d->posts);
        d->posts[d->nposts++] = post;
    }
    return AG_OK;
}

static ag_status load_person(const loader *L, const ag_json *obj)
{
    const char *id, *label;
    long parent;
    ag_kind kind;
    ag_status s;
    size_t a;
    if ((s = check_keys(L, obj, PERSON_KEYS)) || (s = get_str(L, obj, "label", true, &label)) ||
        (s = get_str(L, obj, "id", false, &id)) ||
        (s = get_kind(L, obj, "kind", AG_KIND_LEADER, &kind)) ||
        (s = get_parent(L, obj, !ag_json_get(obj, "posts"), &parent)))
        return s;
    ag_buf slug = AG_BUF_INIT;
    ag_dict_slug(label, &slug);
    s = new_actor(L, obj, id ? id : slug.data, label, kind, &a);
    ag_buf_free(&slug);
    if (s || (s = load_posts(L, obj, a)))
        return s;
    ag_dict_actor *p = &L->d->actors[a];
    p->has_parent = parent >= 0;
    const ag_dict_actor *q = &L->d->actors[parent >= 0 ? parent : ag_dict_parent_on(L->d, a, 0)];
    p->country = ag_xstrdup(q->country);
    p->parent = ag_xstrdup(q->id);
    p->state = q->state;
    if ((s = add_phrase(L, ag_json_get(obj, "label"), AG_SENSE_NAME, a)))
        return s;
    return add_phrases(L, obj, "names", AG_SENSE_NAME, a);
}

static const char *const PLACE_KEYS[] = {"state", "names", NULL};

/* A list of places standing for a state, kept apart from states.json
 * (generated from another source). */
static ag_status load_places(const loader *L, const ag_json *obj)
{
    const char *id;
    size_t k;
    ag_status s;
    if ((s = check_keys(L, obj, PLACE_KEYS)) || (s = get_str(L, obj, "state", true, &id)))
        return s;
    if (!ag_dict_find(L->d, id, &k) || L->d->actors[k].kind != AG_KIND_STATE)
        return fail(L, ag_json_get(obj, "state"), false, "unknown state");
    return add_phrases(L, obj, "names", AG_SENSE_PLACE, k);
}

static const char *const ANAPHOR_KEYS[] = {"refers", "count", "words", "heads", "except", NULL};

/* Sets *except to the actors listed under "except". */
static ag_status anaphor_except(const loader *L, const ag_json *obj, ag_dict_anaphor *a)
{
    const ag_json *e = ag_json_get(obj, "except");
    if (!e)
        return AG_OK;
    if (e->type != AG_JSON_ARRAY)
        return fail(L, e, false, "expected an array of actor ids");
    a->except = ag_xmalloc((e->nitems ? e->nitems : 1) * sizeof *a->except);
    for (size_t i = 0; i < e->nitems; i++) {
        if (e->items[i]->type != AG_JSON_STRING ||
            !ag_dict_find(L->d, e->items[i]->string, &a->except[a->nexcept]))
            return fail(L, e->items[i], false, "unknown actor id");
        a->nexcept++;
    }
    return AG_OK;
}

static ag_status load_anaphor(const loader *L, const ag_json *obj)
{
    ag_kind kind;
    ag_status s;
    if ((s = check_keys(L, obj, ANAPHOR_KEYS)) ||
        (s = get_kind(L, obj, "refers", AG_KIND_OTHER, &kind)))
        return s;
    const ag_json *c = ag_json_get(obj, "count");
    if (c && (c->type != AG_JSON_NUMBER || c->number < 1 || c->number > 4 || !c->integral))
        return fail(L, c, false, "\"count\" is 1 to 4");
    ag_dict *d = L->d;
    ag_grow(&d->anaphora, &d->capanaphora, d->nanaphora + 2, sizeof *d->anaphora);
    ag_dict_anaphor a = {kind, c ? (int)c->number : 1, false, NULL, 0};
    if ((s = anaphor_except(L, obj, &a))) {
        free(a.except);
        return s;
    }
    d->anaphora[d->nanaphora] = a;
    if ((s = add_phrases(L, obj, "words", AG_SENSE_ANAPHOR, d->nanaphora++)))
        return s;
    a.head = true; /* the heads share the except list: it is freed once */
    a.except = NULL;
    d->anaphora[d->nanaphora] = a;
    d->anaphora[d->nanaphora].except = d->anaphora[d->nanaphora - 1].except;
    return add_phrases(L, obj, "heads", AG_SENSE_ANAPHOR, d->nanaphora++);
}

/* ---- sections and files ---- */

typedef ag_status (*item_fn)(const loader *L, const ag_json *item);

static ag_status each_item(const loader *L, const ag_json *section, item_fn fn)
{
    if (section->type != AG_JSON_ARRAY)
        return fail(L, section, false, "expected an array");
    for (size_t i = 0; i < section->nitems; i++) {
        ag_status s = fn(L, section->items[i]);
        if (s)
            return s;
    }
    return AG_OK;
}

static ag_status load_word_list(const loader *L, const ag_json *section, ag_sense_kind kind)
{
    if (section->type != AG_JSON_ARRAY)
        return fail(L, section, false, "expected an array of phrases");
    for (size_t i = 0; i < section->nitems; i++) {
        ag_status s = add_phrase(L, section->items[i], kind, 0);
        if (s)
            return s;
    }
    return AG_OK;
}

static const char *const SECTIONS[] = {"states",    "places", "organs",   "actors", "people",
                                       "subbodies", "roles",  "anaphora", NULL};

/* Runs one loading pass: `pass` names the section it reads. */
static ag_status load_pass(const loader *L, const char *pass)
{
    const ag_json *sec = ag_json_get(L->doc->root, strcmp(pass, "seats") ? pass : "states");
    if (!sec)
        return AG_OK;
    if (!strcmp(pass, "states"))
        return each_item(L, sec, load_state);
    if (!strcmp(pass, "places"))
        return each_item(L, sec, load_places);
    if (!strcmp(pass, "organs"))
        return each_item(L, sec, load_organ);
    if (!strcmp(pass, "seats"))
        return each_item(L, sec, load_seats);
    if (!strcmp(pass, "actors"))
        return each_item(L, sec, load_actor);
    if (!strcmp(pass, "people"))
        return each_item(L, sec, load_person);
    if (!strcmp(pass, "anaphora"))
        return each_item(L, sec, load_anaphor);
    return load_word_list(L, sec, !strcmp(pass, "roles") ? AG_SENSE_ROLE : AG_SENSE_SUBBODY);
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* The sorted paths of dir's dictionary files. */
static ag_status list_files(const char *dir, char ***paths, size_t *n, ag_error *err)
{
    DIR *dp = opendir(dir);
    size_t cap = 0;
    *paths = NULL;
    *n = 0;
    if (!dp)
        return ag_fail(err, AG_ENOINPUT, "%s: cannot open dictionary directory", dir);
    for (struct dirent *e; (e = readdir(dp));) {
        if (!ends_with(e->d_name, ".json") || !strcmp(e->d_name, "lexicon.json"))
            continue;
        ag_buf p = AG_BUF_INIT;
        ag_buf_printf(&p, "%s/%s", dir, e->d_name);
        ag_grow(paths, &cap, *n + 1, sizeof **paths);
        (*paths)[(*n)++] = ag_buf_detach(&p);
    }
    closedir(dp);
    if (*n)
        qsort(*paths, *n, sizeof **paths, ag_cmp_strings);
    return *n ? AG_OK : ag_fail(err, AG_ENOINPUT, "%s: no dictionary files (*.json)", dir);
}

typedef struct {
    char *text;
    size_t len;
    ag_json_doc doc;
} source;

static ag_status read_docs(char **paths, size_t n, source *src, ag_error *err)
{
    for (size_t i = 0; i < n; i++) {
        ag_status s = ag_read_file(paths[i], &src[i].text, &src[i].len, err);
        if (!s)
            s = ag_json_parse(paths[i], src[i].text, src[i].len, &src[i].doc, err);
        if (s)
            return s;
        loader L = {NULL, NULL, &src[i].doc, err};
        if (src[i].doc.root->type != AG_JSON_OBJECT)
            return fail(&L, src[i].doc.root, false, "expected an object of sections");
        const char *const *secs = SECTIONS;
        if ((s = check_keys(&L, src[i].doc.root, secs)))
            return s;
    }
    return AG_OK;
}

ag_status ag_dict_load(const char *dir, ag_tokenizer *tk, ag_dict **out, ag_error *err)
{
    static const char *const PASSES[] = {"states", "places",    "organs", "seats",   "actors",
                                         "people", "subbodies", "roles",  "anaphora"};
    char **paths;
    size_t n;
    *out = NULL;
    ag_status s = list_files(dir, &paths, &n, err);
    source *src = ag_xcalloc(n ? n : 1, sizeof *src);
    ag_dict *d = ag_xcalloc(1, sizeof *d);
    d->phrases = (ag_phrases)AG_PHRASES_INIT(false);
    if (!s)
        s = read_docs(paths, n, src, err);
    for (size_t p = 0; !s && p < sizeof PASSES / sizeof *PASSES; p++) {
        if (!strcmp(PASSES[p], "seats"))
            compose_organs(d);
        for (size_t i = 0; !s && i < n; i++)
            s = load_pass(&(loader){d, tk, &src[i].doc, err}, PASSES[p]);
    }
    for (size_t i = 0; i < n; i++) {
        ag_json_doc_free(&src[i].doc);
        free(src[i].text);
        free(paths[i]);
    }
    free(src);
    free(paths);
    if (s) {
        ag_dict_free(d);
        return s;
    }
    ag_phrases_build(&d->phrases);
    *out = d;
    return AG_OK;
}
