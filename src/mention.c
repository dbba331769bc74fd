/* mention.c: actor mentions in a sentence; the cast of a document. */
#include "mention.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

enum { MAX_NAME = 5 };

struct ag_mentions {
    const ag_dict *d;
    ag_cast_actor *cast;
    size_t ncast, capcast;
    int *cast_of; /* per dictionary actor: cast index + 1, 0 when absent */
    ag_mention *out;
    size_t nout, capout;
    size_t clock; /* mention order */
    /* the sentence being read */
    const char *text;
    const ag_token *t;
    size_t n;
};

ag_mentions *ag_mentions_new(const ag_dict *d)
{
    ag_mentions *m = ag_xcalloc(1, sizeof *m);
    m->d = d;
    m->cast_of = ag_xcalloc(ag_dict_nactors(d) + 1, sizeof *m->cast_of);
    return m;
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
}

void ag_mentions_free(ag_mentions *m)
{
    if (!m)
        return;
    ag_mentions_reset(m);
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
    a->kind = d->kind;
    a->plural = d->plural;
    m->cast_of[dict] = (int)m->ncast;
    return (int)m->ncast - 1;
}

void ag_mentions_subject(ag_mentions *m, int actor)
{
    if (actor >= 0 && (size_t)actor < m->ncast)
        m->cast[actor].last_subject = ++m->clock;
}

/* ---- words ---- */

static bool is(const ag_token *t, const char *w)
{
    return strcmp(t->norm, w) == 0;
}

static bool in_words(const ag_token *t, const char *const *list)
{
    for (; *list; list++)
        if (is(t, *list))
            return true;
    return false;
}

static const char *const PARTICLES[] = {"bin", "bint", "ibn", "al",  "el",  "de", "da", "di",
                                        "du",  "van",  "von", "der", "den", "la", "le", "abu",
                                        "ben", "dos",  "das", "del", "al-", NULL};
/* Capitalised words that do not start or continue a name. */
static const char *const NOT_NAMES[] = {
    "the",      "a",      "an",        "in",       "on",       "at",        "and",      "but",
    "of",       "for",    "with",      "by",       "from",     "to",        "as",       "after",
    "before",   "during", "since",     "monday",   "tuesday",  "wednesday", "thursday", "friday",
    "saturday", "sunday", "january",   "february", "march",    "april",     "may",      "june",
    "july",     "august", "september", "october",  "november", "december",  "jan.",     "feb.",
    "aug.",     "sept.",  "oct.",      "nov.",     "dec.",     "he",        "she",      "it",
    "they",     "we",     "i",         "his",      "her",      "its",       "their",    "this",
    "that",     "there",  "when",      "while",    "if",       "said",      "says",     NULL};
/* Words that cannot sit between a state and its organ. */
static const char *const NOT_MODIFIERS[] = {"the",  "a",    "an",   "of",    "and", "or",   "to",
                                            "in",   "on",   "at",   "for",   "by",  "with", "from",
                                            "as",   "that", "said", "says",  "is",  "was",  "has",
                                            "have", "had",  "will", "would", NULL};

static bool is_name_token(const ag_token *t)
{
    return (t->flags & AG_TOK_WORD) && (t->flags & AG_TOK_CAP) && !(t->flags & AG_TOK_NUM) &&
           !in_words(t, NOT_NAMES);
}

/* The end of a personal name starting at token j (j when there is none). */
static size_t name_end(const ag_mentions *m, size_t j)
{
    size_t k = j;
    while (k < m->n && k - j < MAX_NAME) {
        if (is_name_token(&m->t[k]))
            k++;
        else if (k > j && k + 1 < m->n && in_words(&m->t[k], PARTICLES) &&
                 is_name_token(&m->t[k + 1]))
            k += 2;
        else
            break;
    }
    return k;
}

/* ---- dictionary senses ---- */

/* The first sense of the phrase at token i that fits and has one of the
 * kinds in `mask` (1 << kind); sets *len to the phrase's length. */
static const ag_sense *sense_at(const ag_mentions *m, size_t i, unsigned mask, size_t *len)
{
    const uint32_t *v;
    size_t nv;
    *len = i < m->n ? ag_dict_match(m->d, m->t, m->n, i, &v, &nv) : 0;
    for (size_t k = 0; *len && k < nv; k++) {
        const ag_sense *s = ag_dict_sense(m->d, v[k]);
        if ((mask & (1u << s->kind)) && ag_sense_fits(s, &m->t[i]))
            return s;
    }
    return NULL;
}

#define BIT(k) (1u << (k))
#define ACTOR_SENSES (BIT(AG_SENSE_NAME) | BIT(AG_SENSE_PLACE) | BIT(AG_SENSE_PEOPLE))
#define ORGAN_SENSES (BIT(AG_SENSE_ORGAN) | BIT(AG_SENSE_TITLE))

static const ag_dict_actor *dict_actor(const ag_mentions *m, int cast)
{
    const ag_cast_actor *a = &m->cast[cast];
    return a->dict >= 0 ? ag_dict_actor_at(m->d, (size_t)a->dict) : NULL;
}

static bool is_person(const ag_cast_actor *a)
{
    return a->kind == AG_KIND_PERSON || a->kind == AG_KIND_LEADER;
}

/* ---- output ---- */

static ag_mention *emit(ag_mentions *m, size_t t0, size_t t1, ag_mention_how how, int a0, int a1)
{
    ag_grow(&m->out, &m->capout, m->nout + 1, sizeof *m->out);
    ag_mention *x = &m->out[m->nout++];
    if (t1 < m->n && (m->t[t1].flags & AG_TOK_POSS)) {
        t1++;
        x->poss = true;
    } else {
        x->poss = false;
    }
    x->t0 = t0;
    x->t1 = t1;
    x->how = how;
    x->actor[0] = a0;
    x->actor[1] = a1;
    m->cast[a0].last = ++m->clock;
    if (a1 >= 0)
        m->cast[a1].last = ++m->clock;
    return x;
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

/* A person named at token j: a known one, or a new one belonging to cast
 * actor `organ` (-1: none). Returns the cast index and sets *end, or -1. */
static int person_at(ag_mentions *m, size_t j, int organ, ag_kind kind, size_t *end)
{
    size_t len;
    const ag_sense *s = sense_at(m, j, ACTOR_SENSES, &len);
    if (s) {
        const ag_dict_actor *d = ag_dict_actor_at(m->d, s->ref);
        if (d->kind != AG_KIND_PERSON && d->kind != AG_KIND_LEADER)
            return -1;
        *end = j + len;
        return ag_cast_dict(m, s->ref);
    }
    *end = name_end(m, j);
    if (*end == j)
        return -1;
    return add_person(m, j, *end, organ, kind);
}

/* A person from the text mentioned again by surname or full name. */
static size_t known_person(ag_mentions *m, size_t i)
{
    if (!is_name_token(&m->t[i]))
        return 0;
    for (size_t c = 0; c < m->ncast; c++) {
        const ag_cast_actor *a = &m->cast[c];
        if (a->dict >= 0)
            continue;
        bool full =
            i + 1 < m->n && m->t[i].hnorm == a->first_name && m->t[i + 1].hnorm == a->surname;
        bool last = m->t[i].hnorm == a->surname && (i + 1 >= m->n || !is_name_token(&m->t[i + 1]));
        if (full || last) {
            emit(m, i, i + 1 + full, AG_MENTION_PERSON, (int)c, -1);
            return 1 + full;
        }
    }
    return 0;
}

/* ---- resolution ---- */

typedef enum { P_NONE, P_THING, P_PERSON, P_GROUP } pclass;

static pclass pronoun(const ag_token *t, bool *poss)
{
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

/* The referent of a pronoun: see mention.h. */
static int resolve_in(const ag_mentions *m, pclass p, bool plural)
{
    for (size_t k = m->nout; k-- > 0;)
        for (int j = 0; j < 2; j++)
            if (m->out[k].actor[j] >= 0 && fits(&m->cast[m->out[k].actor[j]], p, plural))
                return m->out[k].actor[j];
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

static int resolve_pronoun(const ag_mentions *m, pclass p)
{
    int r = p == P_GROUP ? resolve_in(m, p, true) : -1;
    return r >= 0 ? r : resolve_in(m, p, false);
}

/* What cast actor c stands for when a description names kind `refers`:
 * itself, its state, or its organisation; -1 when it cannot. */
static int as_kind(ag_mentions *m, int c, ag_kind refers)
{
    const ag_cast_actor *a = &m->cast[c];
    const ag_dict_actor *d = dict_actor(m, c);
    switch (refers) {
    case AG_KIND_STATE: {
        if (a->kind == AG_KIND_STATE)
            return c;
        size_t s;
        if (!a->country || !ag_dict_find(m->d, a->country, &s))
            return -1;
        return ag_cast_dict(m, s);
    }
    case AG_KIND_IGO: {
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
    default: return a->kind == refers ? c : -1;
    }
}

/* The `count` most recently mentioned distinct actors of kind `refers`;
 * returns how many were found (into out[0..]). */
static int recent_of_kind(ag_mentions *m, ag_kind refers, int count, int out[2])
{
    int found = 0;
    size_t below = (size_t)-1;
    while (found < count) {
        int best = -1;
        for (size_t c = 0; c < m->ncast; c++)
            if (m->cast[c].last && m->cast[c].last < below &&
                (best < 0 || m->cast[c].last > m->cast[best].last))
                best = (int)c;
        if (best < 0)
            break;
        below = m->cast[best].last;
        int r = as_kind(m, best, refers);
        if (r >= 0 && (found == 0 || out[0] != r))
            out[found++] = r;
    }
    return found;
}

/* An organ without its state: the latest actor of that organ, else the
 * organ of the latest state. */
static int bare_organ(ag_mentions *m, size_t organ)
{
    int best = -1;
    for (size_t c = 0; c < m->ncast; c++) {
        const ag_dict_actor *d = dict_actor(m, (int)c);
        if (d && d->organ == (int)organ && (best < 0 || m->cast[c].last > m->cast[best].last))
            best = (int)c;
    }
    if (best >= 0)
        return best;
    int st[2];
    if (!recent_of_kind(m, AG_KIND_STATE, 1, st))
        return -1;
    long a = ag_dict_organ_actor(m->d, (size_t)m->cast[st[0]].dict, organ);
    return a < 0 ? -1 : ag_cast_dict(m, (size_t)a);
}

/* ---- organs ---- */

/* The organ composed from possessor cast actor p: the state's organ, or
 * the possessor itself (an organisation's officials are the organisation). */
static int compose(ag_mentions *m, int p, size_t organ)
{
    const ag_cast_actor *a = &m->cast[p];
    if (a->dict < 0 || a->kind != AG_KIND_STATE)
        return p;
    long o = ag_dict_organ_actor(m->d, (size_t)a->dict, organ);
    return o < 0 ? p : ag_cast_dict(m, (size_t)o);
}

static bool modifier(const ag_mentions *m, size_t k)
{
    const ag_token *t = &m->t[k];
    return (t->flags & AG_TOK_WORD) && !in_words(t, NOT_MODIFIERS) && !(t->flags & AG_TOK_NUM);
}

/* An organ or title sense at token j after at most `skip` modifiers. */
static const ag_sense *organ_after(const ag_mentions *m, size_t j, int skip, size_t *end)
{
    for (int s = 0; j < m->n && s <= skip; s++) {
        size_t len;
        const ag_sense *o = sense_at(m, j, ORGAN_SENSES, &len);
        if (o) {
            *end = j + len;
            return o;
        }
        if (!modifier(m, j) ||
            (m->t[j].flags & AG_TOK_CAP && !sense_at(m, j, BIT(AG_SENSE_ADJ), &len)))
            return NULL;
        j += sense_at(m, j, BIT(AG_SENSE_ADJ), &len) ? len : 1;
    }
    return NULL;
}

/* A part speaking for the body ending at token j ("'s foreign relations
 * committee", "spokesman"): returns the end of it, or j. */
static size_t subbody_end(const ag_mentions *m, size_t j)
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
    if (person >= 0) {
        emit(m, t0, end, AG_MENTION_PERSON, person, -1);
        return m->out[m->nout - 1].t1;
    }
    emit(m, t0, k, AG_MENTION_ORGAN, actor, -1);
    return m->out[m->nout - 1].t1;
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
    emit(m, t0, end, AG_MENTION_PERSON, p, -1);
    return m->out[m->nout - 1].t1;
}

/* ---- scanning ---- */

/* A name, adjective or demonym at i (length len) and what it may own. */
static size_t possessor(ag_mentions *m, size_t i, size_t len, const ag_sense *s)
{
    int p = ag_cast_dict(m, s->ref);
    size_t j = i + len, end, rlen;
    bool poss = j < m->n && (m->t[j].flags & AG_TOK_POSS);
    bool adj = s->kind == AG_SENSE_ADJ;
    size_t alen;
    bool can_adj = adj || sense_at(m, i, BIT(AG_SENSE_ADJ), &alen); /* "U.S. defence firms" */
    const ag_sense *o = organ_after(m, poss ? j + 1 : j, poss ? 3 : can_adj ? 1 : 0, &end);
    if (o)
        return organ_mention(m, i, end, compose(m, p, o->ref), o->kind == AG_SENSE_TITLE);
    if (sense_at(m, j, BIT(AG_SENSE_ROLE), &rlen)) {
        size_t r = role_person(m, i, j + rlen, p);
        if (r)
            return r;
    }
    emit(m, i, j,
         adj                      ? AG_MENTION_ADJ
         : is_person(&m->cast[p]) ? AG_MENTION_PERSON
                                  : AG_MENTION_NAME,
         p, -1);
    return m->out[m->nout - 1].t1;
}

/* An organ word or title with no state before it: "the government of
 * France", "police in Georgia", "President X", "the Senate". */
static size_t lone_organ(ag_mentions *m, size_t i, size_t len, const ag_sense *s)
{
    size_t j = i + len, k, end;
    if (j + 1 < m->n && (is(&m->t[j], "of") || is(&m->t[j], "in"))) {
        k = j + 1 + (is(&m->t[j + 1], "the") ? 1 : 0);
        const ag_sense *st = sense_at(m, k, ACTOR_SENSES, &end);
        if (st && ag_dict_actor_at(m->d, st->ref)->kind == AG_KIND_STATE) {
            int a = compose(m, ag_cast_dict(m, st->ref), s->ref);
            emit(m, i, k + end, AG_MENTION_ORGAN, a, -1);
            return m->out[m->nout - 1].t1;
        }
    }
    if (s->kind == AG_SENSE_TITLE) {
        int p = person_at(m, j, -1, AG_KIND_LEADER, &end);
        if (p >= 0) {
            emit(m, i, end, AG_MENTION_PERSON, p, -1);
            return m->out[m->nout - 1].t1;
        }
    }
    if (i > 0 && is(&m->t[i - 1], "the")) {
        int a = bare_organ(m, s->ref);
        if (a >= 0) {
            emit(m, i - 1, j, AG_MENTION_ANAPHOR, a, -1);
            return m->out[m->nout - 1].t1;
        }
    }
    return i + len;
}

static size_t anaphor(ag_mentions *m, size_t i, size_t len, const ag_sense *s)
{
    const ag_dict_anaphor *a = ag_dict_anaphor_at(m->d, s->ref);
    int r[2] = {-1, -1};
    if (recent_of_kind(m, a->refers, a->count, r) == a->count)
        emit(m, i, i + len, AG_MENTION_ANAPHOR, r[0], r[1]);
    return i + len;
}

static size_t pronoun_at(ag_mentions *m, size_t i)
{
    bool poss;
    pclass p = pronoun(&m->t[i], &poss);
    if (p == P_NONE)
        return 0;
    int r = resolve_pronoun(m, p);
    if (r < 0)
        return i + 1;
    size_t end;
    const ag_sense *o = poss ? organ_after(m, i + 1, 1, &end) : NULL;
    if (o)
        return organ_mention(m, i, end, compose(m, r, o->ref), o->kind == AG_SENSE_TITLE);
    ag_mention *x = emit(m, i, i + 1, AG_MENTION_PRONOUN, r, -1);
    x->poss = x->poss || poss;
    return i + 1;
}

static size_t scan_at(ag_mentions *m, size_t i)
{
    size_t len, k;
    const ag_sense *s;
    if ((s = sense_at(m, i, BIT(AG_SENSE_ANAPHOR), &len)))
        return anaphor(m, i, len, s);
    if ((s = sense_at(m, i, ACTOR_SENSES | BIT(AG_SENSE_ADJ), &len)))
        return possessor(m, i, len, s);
    if ((s = sense_at(m, i, ORGAN_SENSES, &len)))
        return lone_organ(m, i, len, s);
    if ((s = sense_at(m, i, BIT(AG_SENSE_ROLE), &len)) && (k = role_person(m, i, i + len, -1)))
        return k;
    if ((k = pronoun_at(m, i)))
        return k;
    if ((k = known_person(m, i)))
        return i + k;
    return i + (len ? len : 1);
}

size_t ag_mentions_find(ag_mentions *m, const char *text, const ag_token *t, size_t n,
                        const ag_mention **out)
{
    m->text = text;
    m->t = t;
    m->n = n;
    m->nout = 0;
    for (size_t i = 0; i < n;)
        i = scan_at(m, i);
    *out = m->out;
    return m->nout;
}
