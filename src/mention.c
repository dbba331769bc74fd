/* mention.c: actor mentions in a sentence; the cast of a document. */
#include "mention.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

enum { MAX_NAME = 5 };

static const char *const PARTICLES[] = {"bin", "bint", "ibn", "al",  "el",  "de",  "da",
                                        "di",  "du",   "van", "von", "der", "den", "la",
                                        "le",  "abu",  "ben", "dos", "das", "del", NULL};
/* Capitalised words that do not start or continue a name. */
static const char *const NOT_NAMES[] = {
    "the",       "a",        "an",       "in",       "on",     "at",      "and",
    "but",       "of",       "for",      "with",     "by",     "from",    "to",
    "as",        "after",    "before",   "during",   "since",  "monday",  "tuesday",
    "wednesday", "thursday", "friday",   "saturday", "sunday", "january", "february",
    "march",     "april",    "may",      "june",     "july",   "august",  "september",
    "october",   "november", "december", "jan.",     "feb.",   "aug.",    "sept.",
    "oct.",      "nov.",     "dec.",     "he",       "she",    "it",      "they",
    "we",        "i",        "his",      "her",      "its",    "their",   "this",
    "that",      "there",    "when",     "while",    "if",     "said",    "says",
    "meanwhile", "however",  "earlier",  "later",    "last",   "under",   "despite",
    NULL};
/* Words that cannot sit between a state and its organ. */
static const char *const NOT_MODIFIERS[] = {"the",  "a",    "an",   "of",    "and", "or",   "to",
                                            "in",   "on",   "at",   "for",   "by",  "with", "from",
                                            "as",   "that", "said", "says",  "is",  "was",  "has",
                                            "have", "had",  "will", "would", NULL};
static const char *const DETERMINERS[] = {"the", "a", "an", NULL};
static const char *const COORD[] = {",", "and", "or", "as", "well", "the", NULL};
static const char *const OPENERS[] = {
    "where", "when",   "while", "and",  "or",   "of",   "in",    "on",   "at",
    "by",    "for",    "with",  "from", "to",   "that", "which", "who",  "as",
    "after", "before", "since", "said", "says", "but",  "other", "more", NULL};
static const char *const ADJECTIVAL[] = {"military", "intelligence", "security", NULL};
static const char *const VERB_FOLLOWERS[] = {
    "said", "says", "has",  "have", "had", "is", "was", "are", "were", "will", "would",
    "did",  "does", "also", "and",  "to",  "in", "on",  "of",  "for",  "with", NULL};

/* The word lists above, looked up by token hash (see ag_mentions_new). */
enum {
    W_PARTICLES,
    W_NOT_NAMES,
    W_NOT_MODIFIERS,
    W_DETERMINERS,
    W_COORD,
    W_OPENERS,
    W_ADJECTIVAL,
    W_VERB_FOLLOWERS,
    W_COUNT
};
static const char *const *const LISTS[W_COUNT] = {
    PARTICLES, NOT_NAMES, NOT_MODIFIERS, DETERMINERS, COORD, OPENERS, ADJECTIVAL, VERB_FOLLOWERS};

struct ag_mentions {
    const ag_dict *d;
    ag_cast_actor *cast;
    size_t ncast, capcast;
    int *cast_of; /* per dictionary actor: cast index + 1, 0 when absent */
    ag_mention *out;
    size_t nout, capout;
    size_t clock;              /* mention order */
    int group[AG_MENTION_MAX]; /* the last subject of several actors */
    int ngroup;
    size_t group_clock;
    uint64_t *words[W_COUNT]; /* hashes of the word lists */
    size_t nwords[W_COUNT];
    size_t memo_at, memo_len, memo_nv; /* the last dictionary lookup */
    const uint32_t *memo_v;
    uint32_t date;   /* the document's, YYYYMMDD; 0: undated */
    int prior_topic; /* the topic before the sentence being read (cast index), or -1 */
    /* the sentence being read */
    const char *text;
    const ag_token *t;
    size_t n;
};

static void hash_lists(ag_mentions *m);

ag_mentions *ag_mentions_new(const ag_dict *d)
{
    ag_mentions *m = ag_xcalloc(1, sizeof *m);
    m->d = d;
    hash_lists(m);
    m->cast_of = ag_xcalloc(ag_dict_nactors(d) + 1, sizeof *m->cast_of);
    return m;
}

void ag_mentions_date(ag_mentions *m, const char *date)
{
    m->date = ag_dict_date(date);
}

void ag_mentions_reset(ag_mentions *m)
{
    for (size_t i = 0; i < m->ncast; i++) {
        ag_cast_actor *a = &m->cast[i];
        if (a->dict >= 0) {
            m->cast_of[a->dict] = 0;
        } else {
            free((char *)a->id);
            free((char *)a->label);
        }
    }
    m->ncast = 0;
    m->clock = 0;
    m->ngroup = 0;
    m->group_clock = 0;
}

void ag_mentions_free(ag_mentions *m)
{
    if (!m)
        return;
    ag_mentions_reset(m);
    for (int i = 0; i < W_COUNT; i++)
        free(m->words[i]);
    free(m->cast);
    free(m->cast_of);
    free(m->out);
    free(m);
}

size_t ag_cast_count(const ag_mentions *m)
{
    return m->ncast;
}

const ag_cast_actor *ag_cast_at(const ag_mentions *m, size_t i)
{
    return &m->cast[i];
}

static ag_cast_actor *cast_push(ag_mentions *m)
{
    ag_grow(&m->cast, &m->capcast, m->ncast + 1, sizeof *m->cast);
    ag_cast_actor *a = &m->cast[m->ncast++];
    memset(a, 0, sizeof *a);
    return a;
}

int ag_cast_dict(ag_mentions *m, size_t dict)
{
    if (m->cast_of[dict])
        return m->cast_of[dict] - 1;
    const ag_dict_actor *d = ag_dict_actor_at(m->d, dict);
    ag_cast_actor *a = cast_push(m);
    a->dict = (long)dict;
    a->id = d->id;
    a->label = d->label;
    a->country = d->country;
    a->parent = d->parent;
    if (d->nposts) { /* a person holding dated posts: the one of the document's date */
        const ag_dict_actor *p =
            ag_dict_actor_at(m->d, (size_t)ag_dict_parent_on(m->d, dict, m->date));
        a->country = p->country;
        a->parent = p->id;
    }
    a->kind = d->kind;
    a->plural = d->plural;
    m->cast_of[dict] = (int)m->ncast;
    return (int)m->ncast - 1;
}

void ag_mentions_subject(ag_mentions *m, const int *actors, size_t n)
{
    for (size_t i = n; i-- > 0;)
        if (actors[i] >= 0 && (size_t)actors[i] < m->ncast)
            m->cast[actors[i]].last_subject = ++m->clock;
    if (n < 2)
        return;
    m->ngroup = 0;
    for (size_t i = 0; i < n && m->ngroup < AG_MENTION_MAX; i++)
        m->group[m->ngroup++] = actors[i];
    m->group_clock = m->clock;
}

/* ---- words ---- */

static bool is(const ag_token *t, const char *w)
{
    size_t n = strlen(w);
    return t->nlen == n && memcmp(t->norm, w, n) == 0;
}

static void hash_lists(ag_mentions *m)
{
    for (int i = 0; i < W_COUNT; i++) {
        size_t n = 0;
        while (LISTS[i][n])
            n++;
        m->words[i] = ag_xmalloc((n ? n : 1) * sizeof *m->words[i]);
        for (size_t k = 0; k < n; k++)
            m->words[i][k] = ag_text_hash(LISTS[i][k], strlen(LISTS[i][k]));
        m->nwords[i] = n;
    }
}

static bool in_words(ag_mentions *m, const ag_token *t, int list)
{
    for (size_t i = 0; i < m->nwords[list]; i++)
        if (m->words[list][i] == t->hnorm)
            return true;
    return false;
}

static bool is_name_token(ag_mentions *m, const ag_token *t)
{
    return (t->flags & AG_TOK_WORD) && (t->flags & AG_TOK_CAP) && !(t->flags & AG_TOK_NUM) &&
           !in_words(m, t, W_NOT_NAMES);
}

/* The end of a personal name starting at token j (j when there is none). */
static size_t name_end(ag_mentions *m, size_t j)
{
    size_t k = j;
    while (k < m->n && k - j < MAX_NAME) {
        if (is_name_token(m, &m->t[k]))
            k++;
        else if (k > j && k + 1 < m->n && in_words(m, &m->t[k], W_PARTICLES) &&
                 is_name_token(m, &m->t[k + 1]))
            k += 2;
        else
            break;
    }
    return k;
}

/* ---- dictionary senses ---- */

/* How well dictionary person p fits the document's date: holding a post
 * on it ranks first, then the latest post begun before it (undated: the
 * latest begun); 0 when none. */
static uint64_t date_fit(ag_mentions *m, size_t p)
{
    const ag_dict_actor *a = ag_dict_actor_at(m->d, p);
    uint64_t best = 0;
    for (uint32_t k = 0; k < a->nposts; k++) {
        const ag_dict_post *x = ag_dict_post_at(m->d, a->post0 + k);
        uint64_t fit = x->from + 1ull;
        if (m->date && x->from > m->date)
            continue;
        if (m->date && m->date <= x->to)
            fit += 100000000ull;
        best = fit > best ? fit : best;
    }
    return best;
}

static bool is_dict_person(const ag_dict_actor *a)
{
    return a->kind == AG_KIND_PERSON || a->kind == AG_KIND_LEADER;
}

/* Whether the one-word name at token i is part of a longer name in the
 * text, so not the known person of that name ("Hassan Sheikh Mohamud",
 * "Muse Bihi Abdi"): a name word follows, or one the dictionary does not
 * know precedes ("President Bush" is a title and a name). */
static bool inside_longer_name(ag_mentions *m, size_t i)
{
    const uint32_t *v;
    size_t nv;
    if (i + 1 < m->n && is_name_token(m, &m->t[i + 1]))
        return true;
    return i > 0 && is_name_token(m, &m->t[i - 1]) &&
           !ag_dict_match(m->d, m->t, m->n, i - 1, &v, &nv);
}

/* Name sense s, or the sense among the next ones (rest[0..n)) naming the
 * person who fits the date best when s names a person with posts: "Bush"
 * in 1990 and in 2003. */
static const ag_sense *dated_person(ag_mentions *m, const ag_sense *s, const uint32_t *rest,
                                    size_t n)
{
    if (!ag_dict_actor_at(m->d, s->ref)->nposts)
        return s;
    uint64_t best = date_fit(m, s->ref);
    for (size_t k = 0; k < n; k++) {
        const ag_sense *o = ag_dict_sense(m->d, rest[k]);
        if (o->kind != AG_SENSE_NAME || !ag_dict_actor_at(m->d, o->ref)->nposts)
            continue;
        uint64_t fit = date_fit(m, o->ref);
        if (fit > best) {
            best = fit;
            s = o;
        }
    }
    return s;
}

/* The first sense of the phrase at token i that fits and has one of the
 * kinds in `mask` (1 << kind); sets *len to the phrase's length. */
static const ag_sense *sense_at(ag_mentions *m, size_t i, unsigned mask, size_t *len)
{
    if (i != m->memo_at) { /* one lookup per token however many kinds are asked for */
        m->memo_at = i;
        m->memo_len = i < m->n ? ag_dict_match(m->d, m->t, m->n, i, &m->memo_v, &m->memo_nv) : 0;
    }
    const uint32_t *v = m->memo_v;
    size_t nv = m->memo_nv;
    *len = m->memo_len;
    for (size_t k = 0; *len && k < nv; k++) {
        const ag_sense *s = ag_dict_sense(m->d, v[k]);
        if (!(mask & (1u << s->kind)) || !ag_sense_fits(s, &m->t[i]))
            continue;
        if (s->kind != AG_SENSE_NAME)
            return s;
        if (*len == 1 && is_dict_person(ag_dict_actor_at(m->d, s->ref)) && inside_longer_name(m, i))
            continue;
        return dated_person(m, s, v + k + 1, nv - k - 1);
    }
    return NULL;
}

#define BIT(k) (1u << (k))
#define ACTOR_SENSES (BIT(AG_SENSE_NAME) | BIT(AG_SENSE_PLACE) | BIT(AG_SENSE_PEOPLE))
#define ORGAN_SENSES (BIT(AG_SENSE_ORGAN) | BIT(AG_SENSE_TITLE))

static const ag_dict_actor *dict_actor(ag_mentions *m, int cast)
{
    const ag_cast_actor *a = &m->cast[cast];
    return a->dict >= 0 ? ag_dict_actor_at(m->d, (size_t)a->dict) : NULL;
}

static bool is_person(const ag_cast_actor *a)
{
    return a->kind == AG_KIND_PERSON || a->kind == AG_KIND_LEADER;
}

/* The cast index of the state cast actor c belongs to, or -1. */
static int state_of(ag_mentions *m, int c)
{
    size_t s;
    const ag_cast_actor *a = &m->cast[c];
    if (a->kind == AG_KIND_STATE)
        return c;
    if (!a->country)
        return -1;
    const ag_dict_actor *d = dict_actor(m, c);
    if (d && d->state >= 0 && ag_streq(d->country, a->country)) /* not a person's other post */
        return ag_cast_dict(m, ag_dict_state_actor(m->d, d->state));
    if (!ag_dict_find(m->d, a->country, &s))
        return -1;
    return ag_cast_dict(m, s);
}

/* The organisation an actor whose parent is `parent` works for, when the
 * top of the parent chain is not a state ("UN Secretary-General" -> UN, a
 * Hamas leader -> Hamas); else -1. */
static long organisation_of(ag_mentions *m, const char *parent)
{
    size_t k;
    if (!parent || !ag_dict_find(m->d, parent, &k))
        return -1;
    for (int hops = 0; ag_dict_actor_at(m->d, k)->parent && hops < 8; hops++)
        if (!ag_dict_find(m->d, ag_dict_actor_at(m->d, k)->parent, &k))
            return -1;
    return ag_dict_actor_at(m->d, k)->kind != AG_KIND_STATE ? (long)k : -1;
}

/* ---- output ---- */

/* Counts a mention of cast actor c, and of its state. */
static void weigh(ag_mentions *m, int c)
{
    m->cast[c].last = ++m->clock;
    m->cast[c].weight++;
    int s = state_of(m, c);
    if (s >= 0 && s != c)
        m->cast[s].weight++;
}

/* "(FSB)" after a name: the end of the bracket, or t1. */
static size_t past_acronym(ag_mentions *m, size_t t1)
{
    if (t1 + 2 < m->n && is(&m->t[t1], "(") && (m->t[t1 + 1].flags & AG_TOK_UPPER) &&
        is(&m->t[t1 + 2], ")"))
        return t1 + 3;
    return t1;
}

static ag_mention *emit_all(ag_mentions *m, size_t t0, size_t t1, ag_mention_how how, const int *a,
                            int n)
{
    ag_grow(&m->out, &m->capout, m->nout + 1, sizeof *m->out);
    ag_mention *x = &m->out[m->nout++];
    t1 = past_acronym(m, t1);
    x->poss = t1 < m->n && (m->t[t1].flags & AG_TOK_POSS);
    x->t0 = t0;
    x->t1 = t1 + x->poss;
    x->how = how;
    x->nactor = 0;
    for (int i = 0; i < n && i < AG_MENTION_MAX; i++) {
        int org = m->cast[a[i]].stands_for - 1;
        weigh(m, a[i]);
        if (org >= 0)
            weigh(m, org);
        x->actor[x->nactor++] = org >= 0 ? org : a[i];
    }
    return x;
}

/* Emits a mention of one actor; returns the token after it. */
static size_t emit(ag_mentions *m, size_t t0, size_t t1, ag_mention_how how, int a)
{
    return emit_all(m, t0, t1, how, &a, 1)->t1;
}

/* ---- the document's states ---- */

/* Whether cast actor a ranks before b: more mentioned (with the parts of
 * a state), then mentioned first. */
static bool ranks_before(ag_mentions *m, int a, int b)
{
    const ag_cast_actor *x = &m->cast[a], *y = &m->cast[b];
    return x->weight != y->weight ? x->weight > y->weight : a < b;
}

/* The topic: the state the document mentions most (the earliest of
 * equals), or -1. */
static int topic(ag_mentions *m)
{
    int best = -1;
    for (size_t c = 0; c < m->ncast; c++)
        if (m->cast[c].kind == AG_KIND_STATE && m->cast[c].weight &&
            (best < 0 || m->cast[c].weight > m->cast[best].weight))
            best = (int)c;
    return best;
}

/* ---- people ---- */

static int add_person(ag_mentions *m, size_t t0, size_t t1, int organ, ag_kind kind)
{
    ag_buf label = AG_BUF_INIT, id = AG_BUF_INIT, norms = AG_BUF_INIT;
    for (size_t k = t0; k < t1; k++) {
        if (k > t0)
            ag_buf_putc(&label, ' ');
        ag_buf_put(&label, m->text + m->t[k].start, m->t[k].end - m->t[k].start);
        ag_buf_printf(&norms, "%s ", m->t[k].norm);
    }
    ag_dict_slug(norms.data, &id);
    ag_buf_free(&norms);
    if (ag_dict_find(m->d, id.data, NULL)) { /* not the known person of that name: "hassan-mar" */
        ag_buf_putc(&id, '-');
        ag_dict_slug(organ >= 0 && m->cast[organ].country ? m->cast[organ].country : "x", &id);
    }
    for (size_t i = 0; i < m->ncast; i++) {
        if (m->cast[i].dict < 0 && strcmp(m->cast[i].id, id.data) == 0) {
            ag_buf_free(&label);
            ag_buf_free(&id);
            return (int)i;
        }
    }
    ag_cast_actor *a = cast_push(m);
    a->dict = -1;
    a->id = ag_buf_detach(&id);
    a->label = ag_buf_detach(&label);
    a->kind = kind;
    a->first_name = m->t[t0].hnorm;
    a->surname = m->t[t1 - 1].hnorm;
    if (organ >= 0) {
        const ag_cast_actor *o = &m->cast[organ];
        a->country = o->country;
        a->parent = o->id;
    }
    return (int)m->ncast - 1;
}

/* The cast index of dictionary person d, standing for the organisation
 * it works for when that is no state. */
static int known(ag_mentions *m, size_t d)
{
    int p = ag_cast_dict(m, d);
    long org = organisation_of(m, m->cast[p].parent);
    if (org >= 0) {
        int o = ag_cast_dict(m, (size_t)org);
        m->cast[p].stands_for = o + 1;
    }
    return p;
}

/* A person named at token j: a known one (or the organisation a known
 * official works for), or a new one belonging to cast actor `organ` (-1:
 * none). Returns the cast index and sets *end, or -1. */
static int person_at(ag_mentions *m, size_t j, int organ, ag_kind kind, size_t *end)
{
    size_t len;
    const ag_sense *s = sense_at(m, j, ACTOR_SENSES, &len);
    *end = name_end(m, j);
    if (s) {
        const ag_dict_actor *d = ag_dict_actor_at(m->d, s->ref);
        if (d->kind == AG_KIND_PERSON || d->kind == AG_KIND_LEADER) {
            *end = j + len;
            return known(m, s->ref);
        }
        if (*end <= j + len) /* a name of a place or a state, not of a person */
            return -1;
    }
    if (*end == j)
        return -1;
    if (organ >= 0 && m->cast[organ].dict >= 0 && m->cast[organ].kind != AG_KIND_STATE &&
        dict_actor(m, organ)->organ < 0 && !dict_actor(m, organ)->parent)
        return organ; /* an official of an organisation or a named group stands for it */
    return add_person(m, j, *end, organ, kind);
}

/* A person from the text mentioned again by surname or full name. */
static size_t known_person(ag_mentions *m, size_t i)
{
    if (!is_name_token(m, &m->t[i]))
        return 0;
    for (size_t c = 0; c < m->ncast; c++) {
        const ag_cast_actor *a = &m->cast[c];
        if (a->dict >= 0)
            continue;
        bool full =
            i + 1 < m->n && m->t[i].hnorm == a->first_name && m->t[i + 1].hnorm == a->surname;
        bool last =
            m->t[i].hnorm == a->surname && (i + 1 >= m->n || !is_name_token(m, &m->t[i + 1]));
        if (full || last)
            return emit(m, i, i + 1 + full, AG_MENTION_PERSON, (int)c);
    }
    return 0;
}

/* ---- resolution ---- */

typedef enum { P_NONE, P_THING, P_PERSON, P_GROUP } pclass;

static pclass pronoun(const ag_token *t, bool *poss)
{
    if (t->nlen > 5)
        return P_NONE;
    static const struct {
        const char *w;
        pclass p;
        bool poss;
    } P[] = {{"it", P_THING, false},   {"its", P_THING, true},   {"he", P_PERSON, false},
             {"him", P_PERSON, false}, {"his", P_PERSON, true},  {"she", P_PERSON, false},
             {"her", P_PERSON, true},  {"they", P_GROUP, false}, {"them", P_GROUP, false},
             {"their", P_GROUP, true}};
    for (size_t i = 0; i < sizeof P / sizeof P[0]; i++) {
        if (is(t, P[i].w)) {
            *poss = P[i].poss;
            return P[i].p;
        }
    }
    return P_NONE;
}

static bool fits(const ag_cast_actor *a, pclass p, bool need_plural)
{
    if (p == P_PERSON)
        return is_person(a);
    return !is_person(a) && (!need_plural || a->plural);
}

/* The most recent mention of the sentence so far that fits, not counting
 * possessives ("Ankara's support for its bid": its is not Ankara); or -1. */
static int resolve_here(ag_mentions *m, pclass p, bool plural)
{
    for (size_t k = m->nout; k-- > 0;)
        for (int j = 0; j < m->out[k].nactor && !m->out[k].poss; j++)
            if (fits(&m->cast[m->out[k].actor[j]], p, plural))
                return m->out[k].actor[j];
    return -1;
}

/* The referent of a pronoun among earlier sentences' actors: the latest
 * subject that fits, else the latest mention; or -1. */
static int resolve_before(ag_mentions *m, pclass p, bool plural)
{
    int best = -1;
    for (size_t c = 0; c < m->ncast; c++)
        if (fits(&m->cast[c], p, plural) && m->cast[c].last_subject &&
            (best < 0 || m->cast[c].last_subject > m->cast[best].last_subject))
            best = (int)c;
    for (size_t c = 0; c < m->ncast && best < 0; c++)
        if (fits(&m->cast[c], p, plural) && m->cast[c].last &&
            (best < 0 || m->cast[c].last > m->cast[best].last))
            best = (int)c;
    return best;
}

/* The referent of a pronoun among single actors: see mention.h; "they"
 * prefers plural actors within the sentence, then before it. */
static int resolve_in(ag_mentions *m, pclass p)
{
    pclass as = p == P_GROUP ? P_THING : p;
    int r = p == P_GROUP ? resolve_here(m, as, true) : -1;
    if (r < 0)
        r = resolve_here(m, as, false);
    if (r < 0 && p == P_GROUP)
        r = resolve_before(m, as, true);
    return r >= 0 ? r : resolve_before(m, as, false);
}

/* Whether tokens [a, b) only coordinate: ",", "and", "or", "as well as". */
static bool coordination(ag_mentions *m, size_t a, size_t b)
{
    bool any = false;
    for (size_t k = a; k < b; k++) {
        if (!in_words(m, &m->t[k], W_COORD))
            return false;
        any = any || !is(&m->t[k], "the");
    }
    return any;
}

/* "they": the latest coordination or several-actor mention of the
 * sentence, or the last subject of several actors. Returns how many (0:
 * neither). */
static int resolve_group(ag_mentions *m, int out[AG_MENTION_MAX])
{
    for (size_t end = m->nout; end-- > 0;) {
        const ag_mention *x = &m->out[end];
        if (x->nactor >= 2) {
            memcpy(out, x->actor, (size_t)x->nactor * sizeof *out);
            return x->nactor;
        }
        int n = 0;
        for (size_t k = end + 1; k-- > 0 && n < AG_MENTION_MAX;) {
            if (k < end && !coordination(m, m->out[k].t1, m->out[k + 1].t0))
                break;
            out[n++] = m->out[k].actor[0];
        }
        if (n >= 2)
            return n;
    }
    size_t latest = 0;
    for (size_t c = 0; c < m->ncast; c++)
        if (m->cast[c].last_subject > latest)
            latest = m->cast[c].last_subject;
    if (m->ngroup < 2 || m->group_clock < latest)
        return 0;
    memcpy(out, m->group, (size_t)m->ngroup * sizeof *out);
    return m->ngroup;
}

static int resolve_pronoun(ag_mentions *m, pclass p, int out[AG_MENTION_MAX])
{
    int n = p == P_GROUP ? resolve_group(m, out) : 0;
    if (n)
        return n;
    out[0] = resolve_in(m, p);
    return out[0] >= 0;
}

static bool excepted(ag_mentions *m, const ag_dict_anaphor *an, int c)
{
    const ag_dict_actor *d = dict_actor(m, c);
    for (size_t i = 0; d && i < an->nexcept; i++) {
        const ag_dict_actor *x = ag_dict_actor_at(m->d, an->except[i]);
        if (d == x || ag_streq(d->parent, x->id))
            return true;
    }
    return false;
}

/* What cast actor c stands for when a description names kind `refers`:
 * itself, its state, or its organisation; -1 when it cannot. */
static int as_kind(ag_mentions *m, int c, ag_kind refers)
{
    const ag_cast_actor *a = &m->cast[c];
    switch (refers) {
    case AG_KIND_STATE: return state_of(m, c);
    case AG_KIND_IGO: {
        const ag_dict_actor *d = dict_actor(m, c);
        if (a->kind != AG_KIND_IGO || !d)
            return a->kind == AG_KIND_IGO ? c : -1;
        size_t idx = (size_t)a->dict, p;
        while (d->parent && ag_dict_find(m->d, d->parent, &p) &&
               ag_dict_actor_at(m->d, p)->kind == AG_KIND_IGO) {
            idx = p;
            d = ag_dict_actor_at(m->d, p);
        }
        return ag_cast_dict(m, idx);
    }
    case AG_KIND_PERSON: return is_person(a) ? c : -1;
    case AG_KIND_OTHER: return is_person(a) ? -1 : c;
    default: return a->kind == refers ? c : -1;
    }
}

/* The actors a description names (see mention.h); returns how many. */
static int describe(ag_mentions *m, const ag_dict_anaphor *an, int out[AG_MENTION_MAX])
{
    int n = 0;
    bool by_weight = an->refers == AG_KIND_STATE;
    if (an->refers == AG_KIND_OTHER)
        return resolve_pronoun(m, P_THING, out);
    while (n < an->count) {
        int best = -1;
        for (size_t c = 0; c < m->ncast; c++) {
            int r = m->cast[c].last ? as_kind(m, (int)c, an->refers) : -1;
            bool taken = r < 0 || excepted(m, an, r);
            for (int i = 0; i < n && !taken; i++)
                taken = out[i] == r;
            if (!taken && (best < 0 || (by_weight ? ranks_before(m, r, best)
                                                  : m->cast[c].last > m->cast[best].last)))
                best = r;
        }
        if (best < 0)
            break;
        out[n++] = best;
    }
    return n;
}

/* An organ without its state: a group's word is the latest group, else
 * that group of the topic of earlier sentences; else the latest actor of
 * that organ, else the organ of the topic. */
static int bare_organ(ag_mentions *m, size_t organ)
{
    bool group = ag_dict_organ_at(m->d, organ)->group;
    int best = -1;
    for (size_t c = 0; c < m->ncast; c++) {
        const ag_dict_actor *d = dict_actor(m, (int)c);
        bool same = group ? m->cast[c].kind == AG_KIND_GROUP : d && d->organ == (int)organ;
        if (same && (best < 0 || m->cast[c].last > m->cast[best].last))
            best = (int)c;
    }
    int st = group ? m->prior_topic : topic(m); /* a group: from earlier sentences only */
    if (best >= 0 || st < 0)
        return best;
    long a = ag_dict_organ_actor(m->d, (size_t)m->cast[st].dict, organ);
    return a < 0 ? -1 : ag_cast_dict(m, (size_t)a);
}

/* ---- organs ---- */

/* The organ composed from possessor cast actor p: the state's organ (a
 * person's state's), or the possessor itself (an organisation's officials
 * are the organisation). */
static int compose(ag_mentions *m, int p, size_t organ)
{
    int st = m->cast[p].kind == AG_KIND_STATE || is_person(&m->cast[p]) ? state_of(m, p) : -1;
    if (st < 0)
        return p;
    long o = ag_dict_organ_actor(m->d, (size_t)m->cast[st].dict, organ);
    return o < 0 ? p : ag_cast_dict(m, (size_t)o);
}

static bool modifier(ag_mentions *m, size_t k)
{
    const ag_token *t = &m->t[k];
    return (t->flags & AG_TOK_WORD) && !in_words(m, t, W_NOT_MODIFIERS) && !(t->flags & AG_TOK_NUM);
}

/* An organ or title sense at token j after at most `skip` modifiers. */
static const ag_sense *organ_after(ag_mentions *m, size_t j, int skip, size_t *end)
{
    for (int s = 0; j < m->n && s <= skip; s++) {
        size_t len, alen;
        const ag_sense *o = sense_at(m, j, ORGAN_SENSES, &len);
        if (o) {
            *end = j + len;
            return o;
        }
        bool adj = sense_at(m, j, BIT(AG_SENSE_ADJ), &alen) != NULL;
        if (!modifier(m, j) || ((m->t[j].flags & AG_TOK_CAP) && !adj))
            return NULL;
        j += adj ? alen : 1;
    }
    return NULL;
}

/* A part speaking for the body ending at token j ("'s foreign relations
 * committee", "spokesman"): returns the end of it, or j. */
static size_t subbody_end(ag_mentions *m, size_t j)
{
    size_t k = j < m->n && (m->t[j].flags & AG_TOK_POSS) ? j + 1 : j;
    for (int s = 0; k < m->n && s <= 3; s++) {
        size_t len;
        if (sense_at(m, k, BIT(AG_SENSE_SUBBODY), &len))
            return k + len;
        if (!modifier(m, k) || (m->t[k].flags & AG_TOK_CAP))
            return j;
        k++;
    }
    return j;
}

/* Emits the organ `actor` spanning [t0, j), extended by a part speaking for
 * it and by the name of a person holding its title. Returns the end. */
static size_t organ_mention(ag_mentions *m, size_t t0, size_t j, int actor, bool title)
{
    size_t k = subbody_end(m, j), end;
    title = title || k > j;
    int person = title ? person_at(m, k, actor, AG_KIND_LEADER, &end) : -1;
    if (person >= 0)
        return emit(m, t0, end, AG_MENTION_PERSON, person);
    return emit(m, t0, k, AG_MENTION_ORGAN, actor);
}

/* A private person by role: "businessman Martin Ryan", "journalist, X". */
static size_t role_person(ag_mentions *m, size_t t0, size_t j, int country_of)
{
    size_t k = j < m->n && is(&m->t[j], ",") ? j + 1 : j, end;
    int p = person_at(m, k, -1, AG_KIND_PERSON, &end);
    if (p < 0)
        return 0;
    if (country_of >= 0 && m->cast[p].dict < 0 && !m->cast[p].country)
        m->cast[p].country = m->cast[country_of].country;
    return emit(m, t0, end, AG_MENTION_PERSON, p);
}

/* "Evan Gershkovich, a reporter ...", "Serdar Kilic, Ankara's special
 * envoy": a name followed by a role or a title in apposition. */
static size_t apposition(ag_mentions *m, size_t i)
{
    size_t e = name_end(m, i), k, len, end;
    if (e == i || e + 2 >= m->n || !is(&m->t[e], ","))
        return 0;
    k = e + 1 + in_words(m, &m->t[e + 1], W_DETERMINERS);
    const ag_sense *own = sense_at(m, k, ACTOR_SENSES | BIT(AG_SENSE_ADJ), &len);
    int organ = -1, country = -1;
    if (own) {
        country = ag_cast_dict(m, own->ref);
        k += len + (k + len < m->n && (m->t[k + len].flags & AG_TOK_POSS));
    }
    const ag_sense *o = organ_after(m, k, 2, &end);
    if (o && o->kind == AG_SENSE_TITLE) {
        int st = country >= 0 ? country : m->prior_topic;
        organ = st >= 0 ? compose(m, st, o->ref) : -1;
    } else {
        size_t r = k; /* a role, perhaps after one modifier: "a reporter", "a Danish activist" */
        if (!sense_at(m, r, BIT(AG_SENSE_ROLE), &len) &&
            !(modifier(m, r) && sense_at(m, ++r, BIT(AG_SENSE_ROLE), &len)))
            return 0;
        end = r + len;
    }
    int p = add_person(m, i, e, organ, organ >= 0 ? AG_KIND_LEADER : AG_KIND_PERSON);
    if (organ < 0 && country >= 0 && !m->cast[p].country)
        m->cast[p].country = m->cast[country].country;
    return emit(m, i, end, AG_MENTION_PERSON, p);
}

/* ---- scanning ---- */

/* A name, adjective or demonym at i (length len) and what it may own. */
static size_t possessor(ag_mentions *m, size_t i, size_t len, const ag_sense *s)
{
    int p = ag_cast_dict(m, s->ref);
    size_t j = past_acronym(m, i + len), end, rlen, alen;
    bool poss = j < m->n && (m->t[j].flags & AG_TOK_POSS);
    bool adj = s->kind == AG_SENSE_ADJ;
    bool can_adj = adj || sense_at(m, i, BIT(AG_SENSE_ADJ), &alen); /* "U.S. defence firms" */
    const ag_sense *o = organ_after(m, poss ? j + 1 : j, poss ? 3 : can_adj ? 1 : 0, &end);
    if (o)
        return organ_mention(m, i, end, compose(m, p, o->ref), o->kind == AG_SENSE_TITLE);
    if (sense_at(m, j, BIT(AG_SENSE_ROLE), &rlen)) {
        size_t r = role_person(m, i, j + rlen, p);
        if (r)
            return r;
        if (m->cast[p].kind == AG_KIND_STATE) { /* "a Saudi businessman": unnamed, of that state */
            int who = add_person(m, i, j + rlen, -1, AG_KIND_PERSON);
            m->cast[who].country = m->cast[p].country;
            return emit(m, i, j + rlen, AG_MENTION_PERSON, who);
        }
    }
    if (is_person(&m->cast[p]) && m->cast[p].dict >= 0)
        p = known(m, (size_t)m->cast[p].dict);
    else if (m->cast[p].kind != AG_KIND_STATE && !is_person(&m->cast[p]) &&
             is_name_token(m, &m->t[j])) { /* "NATO Secretary-General Jens Stoltenberg" */
        int who = person_at(m, j, p, AG_KIND_LEADER, &end);
        if (who >= 0)
            return emit(m, i, end, AG_MENTION_PERSON, who);
    }
    return emit(m, i, i + len,
                adj                      ? AG_MENTION_ADJ
                : is_person(&m->cast[p]) ? AG_MENTION_PERSON
                                         : AG_MENTION_NAME,
                p);
}

/* Whether token i can open a noun phrase of its own: the sentence start, a
 * punctuation mark, a number or a function word before it (not "world" in
 * "world leaders", not "a"). */
static bool opener(ag_mentions *m, size_t i)
{
    if (i == 0)
        return true;
    const ag_token *p = &m->t[i - 1];
    bool past = !(p->flags & AG_TOK_CAP) && p->nlen > 3 && !strcmp(p->norm + p->nlen - 2, "ed");
    return (p->flags & (AG_TOK_PUNCT | AG_TOK_QUOTE | AG_TOK_NUM)) || in_words(m, p, W_OPENERS) ||
           past;
}

/* Whether the organ word ending before token j is used as an adjective:
 * "military" and "intelligence" before a noun ("the military drills"),
 * told from a verb by its form. */
static bool adjectival(ag_mentions *m, size_t j)
{
    if (j == 0 || j >= m->n || !in_words(m, &m->t[j - 1], W_ADJECTIVAL))
        return false;
    const ag_token *t = &m->t[j];
    bool word = (t->flags & AG_TOK_WORD) && !(t->flags & AG_TOK_CAP);
    bool past = t->nlen > 3 && !strcmp(t->norm + t->nlen - 2, "ed");
    return word && !past && !in_words(m, t, W_VERB_FOLLOWERS);
}

/* The state named at token j by "of", "in" or "from" and its name, a
 * capital or a place ("in Baghdad", "of the United States", "in Darfur"):
 * its dictionary index, and *end after it; -1 when none. Troops "in" a
 * country are not its own: a military organ takes "of" and "from" only. */
static long located(ag_mentions *m, size_t j, size_t organ, size_t *end)
{
    size_t len;
    bool in = j < m->n && is(&m->t[j], "in");
    if (j + 1 >= m->n || !(in || is(&m->t[j], "of") || is(&m->t[j], "from")) ||
        (in && ag_dict_organ_at(m->d, organ)->kind == AG_KIND_MILITARY))
        return -1;
    j += 1 + (j + 2 < m->n && is(&m->t[j + 1], "the"));
    const ag_sense *st = sense_at(m, j, ACTOR_SENSES, &len);
    if (!st || ag_dict_actor_at(m->d, st->ref)->kind != AG_KIND_STATE)
        return -1;
    *end = j + len;
    return (long)st->ref;
}

/* A person named at token j after a title of organ `organ`, with the
 * state "of" which they hold it ("King Hassan of Morocco": Morocco's
 * king, whoever else bears the name), else the organ of state st (-1:
 * none). Returns the cast index and sets *end, or -1. */
static int titled_person(ag_mentions *m, size_t j, size_t organ, int st, size_t *end)
{
    size_t ne = name_end(m, j), oend;
    long of = ne < m->n && is(&m->t[ne], "of") ? located(m, ne, organ, &oend) : -1;
    int holder = of >= 0   ? compose(m, ag_cast_dict(m, (size_t)of), organ)
                 : st >= 0 ? compose(m, st, organ)
                           : -1;
    int p = person_at(m, j, holder, AG_KIND_LEADER, end);
    if (p < 0 || of < 0)
        return p;
    if (!ag_streq(m->cast[p].country, m->cast[holder].country) && ne > j)
        p = add_person(m, j, ne, holder, AG_KIND_LEADER);
    *end = oend;
    return p;
}

/* An organ word or title with no state before it: "the government of
 * France", "police in Georgia", "President X", "the Senate", "police". */
static size_t lone_organ(ag_mentions *m, size_t i, size_t len, const ag_sense *s)
{
    size_t j = i + len, end;
    long at = located(m, j, s->ref, &end);
    if (at >= 0)
        return emit(m, i, end, AG_MENTION_ORGAN, compose(m, ag_cast_dict(m, (size_t)at), s->ref));
    int st = m->prior_topic; /* not another state of this sentence: "X welcomed President Y" */
    if (s->kind == AG_SENSE_TITLE && j < m->n && is_name_token(m, &m->t[j])) {
        int p = titled_person(m, j, s->ref, st, &end);
        if (p >= 0)
            return emit(m, i, end, AG_MENTION_PERSON, p);
    }
    bool the = i > 0 && is(&m->t[i - 1], "the");
    ag_kind kind = ag_dict_organ_at(m->d, s->ref)->kind;
    bool collective =
        kind != AG_KIND_POPULATION && kind != AG_KIND_COMPANY && kind != AG_KIND_MEDIA;
    if (s->kind == AG_SENSE_ORGAN && (the || (collective && opener(m, i))) && !adjectival(m, j)) {
        int a = bare_organ(m, s->ref);
        if (a >= 0)
            return emit(m, i - the, j, AG_MENTION_ANAPHOR, a);
    }
    return i + len;
}

static size_t anaphor(ag_mentions *m, size_t i, size_t len, const ag_sense *s)
{
    const ag_dict_anaphor *an = ag_dict_anaphor_at(m->d, s->ref);
    size_t from = i;
    if (an->head) { /* "the 27-nation bloc": "the" and up to two modifiers before */
        while (from > 0 && from + 3 > i && !is(&m->t[from - 1], "the") &&
               !(m->t[from - 1].flags & AG_TOK_PUNCT) && !(m->t[from - 1].flags & AG_TOK_CAP))
            from--;
        if (from == 0 || !is(&m->t[from - 1], "the"))
            return i + len;
        from--;
    }
    int r[AG_MENTION_MAX], n = describe(m, an, r);
    if (n < an->count)
        return i + len;
    size_t j = i + len, end;
    const ag_sense *o =
        j < m->n && (m->t[j].flags & AG_TOK_POSS) ? organ_after(m, j + 1, 1, &end) : NULL;
    for (int k = 0; o && k < n; k++) /* "the three countries' ambassadors" */
        r[k] = compose(m, r[k], o->ref);
    return emit_all(m, from, o ? end : j, AG_MENTION_ANAPHOR, r, n)->t1;
}

static size_t pronoun_at(ag_mentions *m, size_t i)
{
    bool poss;
    pclass p = pronoun(&m->t[i], &poss);
    if (p == P_NONE)
        return 0;
    int r[AG_MENTION_MAX], n = resolve_pronoun(m, p, r);
    if (!n)
        return i + 1;
    size_t end;
    const ag_sense *o = poss ? organ_after(m, i + 1, 1, &end) : NULL;
    if (o && n == 1)
        return organ_mention(m, i, end, compose(m, r[0], o->ref), o->kind == AG_SENSE_TITLE);
    if (poss && i + 1 < m->n && (is(&m->t[i + 1], "country") || is(&m->t[i + 1], "nation"))) {
        int st = state_of(m, r[0]); /* "his country" */
        if (st >= 0)
            return emit(m, i, i + 2, AG_MENTION_PRONOUN, st);
    }
    ag_mention *x = emit_all(m, i, i + 1, AG_MENTION_PRONOUN, r, n);
    x->poss = x->poss || poss;
    return i + 1;
}

/* A generic group's name that is also a group organ's word ("rebels",
 * "protesters"), in an article whose main country earlier sentences have
 * set: that country's group (its rebels, its protesters); else -1. */
static int of_the_article(ag_mentions *m, size_t i, size_t len, const ag_sense *s)
{
    const ag_dict_actor *a = ag_dict_actor_at(m->d, s->ref);
    size_t olen;
    if (m->prior_topic < 0 || s->kind != AG_SENSE_NAME || a->country || a->parent ||
        a->unaffiliated || (a->kind != AG_KIND_GROUP && a->kind != AG_KIND_POPULATION))
        return -1;
    const ag_sense *o = sense_at(m, i, ORGAN_SENSES, &olen);
    if (!o || olen != len || o->kind != AG_SENSE_ORGAN || !ag_dict_organ_at(m->d, o->ref)->group)
        return -1;
    return compose(m, m->prior_topic, o->ref);
}

/* Whether a phrase starting inside [i, i + len) runs past it: "the West
 * Bank" is the West Bank, not "the West" and "Bank". */
static bool overlapped(ag_mentions *m, size_t i, size_t len)
{
    const uint32_t *v;
    size_t nv;
    for (size_t k = i + 1; k < i + len; k++)
        if (k + ag_dict_match(m->d, m->t, m->n, k, &v, &nv) > i + len)
            return true;
    return false;
}

/* Whether "of" and an actor's name follow at j: "the president of
 * Armenia" names Armenia's president, not an earlier one. */
static bool owner_after(ag_mentions *m, size_t j)
{
    size_t len;
    if (j + 1 >= m->n || !is(&m->t[j], "of"))
        return false;
    j += 1 + (j + 2 < m->n && is(&m->t[j + 1], "the"));
    return sense_at(m, j, ACTOR_SENSES, &len) != NULL;
}

static size_t scan_at(ag_mentions *m, size_t i)
{
    size_t len, k;
    const ag_sense *s;
    if ((s = sense_at(m, i, BIT(AG_SENSE_ANAPHOR), &len)))
        return owner_after(m, i + len) ? i + 1 : anaphor(m, i, len, s);
    if ((k = known_person(m, i))) /* "Ryan" after "Martin Ryan": not a known Ryan */
        return k;
    if ((s = sense_at(m, i, ORGAN_SENSES, &len)) && located(m, i + len, s->ref, &k) >= 0)
        return lone_organ(m, i, len, s); /* "rebels in Darfur", not just "rebels" */
    if ((s = sense_at(m, i, ACTOR_SENSES | BIT(AG_SENSE_ADJ), &len))) {
        if (overlapped(m, i, len))
            return i + 1;
        int g = of_the_article(m, i, len, s);
        return g >= 0 ? emit(m, i, i + len, AG_MENTION_ORGAN, g) : possessor(m, i, len, s);
    }
    if ((s = sense_at(m, i, ORGAN_SENSES, &len)))
        return lone_organ(m, i, len, s);
    if ((s = sense_at(m, i, BIT(AG_SENSE_ROLE), &len)) && (k = role_person(m, i, i + len, -1)))
        return k;
    if ((k = pronoun_at(m, i)))
        return k;
    if (!len && (k = apposition(m, i)))
        return k;
    return i + (len ? len : 1);
}

size_t ag_mentions_find(ag_mentions *m, const char *text, const ag_token *t, size_t n,
                        const ag_mention **out)
{
    m->text = text;
    m->t = t;
    m->n = n;
    m->nout = 0;
    m->memo_at = (size_t)-1;
    m->prior_topic = topic(m);
    for (size_t i = 0; i < n;)
        i = scan_at(m, i);
    *out = m->out;
    return m->nout;
}
