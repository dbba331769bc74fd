/* coder.c: relations from one sentence; the rules are in coder.h. */
#include "coder.h"

#include <stdlib.h>
#include <string.h>

#include "phrases.h"
#include "syntax.h"
#include "util.h"

/* ---- function words ---- */

/* The lexicon's function-word classes (lexicon.h), and punctuation that is
 * none of them. */
enum {
    F_DET = AG_FW_DET,
    F_PREP = AG_FW_PREP,
    F_CONJ = AG_FW_CONJ,
    F_AUX = AG_FW_AUX,
    F_BE = AG_FW_BE,
    F_OBLIG = AG_FW_OBLIG,
    F_NEG = AG_FW_NEG,
    F_REL = AG_FW_REL,
    F_THAT = AG_FW_THAT,
    F_SUB = AG_FW_SUB,
    F_COMMA = AG_FW_COMMA,
    F_BOUND = AG_FW_BOUND,
    F_ADV = AG_FW_ADV,
    F_TO = AG_FW_TO,
    F_PART = AG_FW_PART,
    F_WHAT = AG_FW_WHAT,
    F_AS = AG_FW_AS,
    F_QUOTE = AG_FW_QUOTE,
    F_BY = AG_FW_BY,
    F_TIME = AG_FW_TIME,
    F_PUNCT = 1u << 24 /* any other punctuation: no plain word */
};

/* ---- the coder ---- */

enum { I_ACTOR, I_CUE, I_WORD };
enum { MAX_PARTY = 8, MAX_BIND = 4 };

typedef struct {
    uint8_t kind;  /* I_ACTOR, I_CUE, I_WORD */
    uint8_t pos;   /* a cue's AG_POS_VERB or AG_POS_NOUN; a word used as a verb: AG_POS_VERB */
    size_t t0, t1; /* tokens */
    unsigned fw;   /* F_* of a one-token word */
    unsigned wc;   /* AG_WC_* of its first token */
    int mention;   /* I_ACTOR: index into the mentions */
    const ag_cue *cue;
    int group;   /* I_ACTOR: its coordination group */
    int owner;   /* a cue coded inside another's complement: that cue's item; else -1 */
    bool reason; /* owned as the reason of its owner, not as its wish */
    bool coded;  /* a top-level cue that gave a relation */
    int8_t slot; /* a preposition's ag_slot, or -1 */
} item;

typedef struct {
    int first, last; /* items */
} group;

typedef struct {
    int a[MAX_PARTY];
    int n;
    bool weak; /* reached through a pronoun, a description or a document */
} party;

typedef struct {
    uint64_t key; /* stem hash of the document word */
    int a[MAX_BIND];
    int n;
} binding;

struct ag_coder {
    const ag_lexicon *lx;
    ag_mentions *m;
    char **call_types;    /* per cue: "call for <type>" */
    const ag_cue *appeal; /* what a reported "should" makes of its subject */
    const ag_cue *demand; /* what a reported "must" makes of it */
    const ag_cue *unsupport, *reject;
    binding *bind;
    size_t nbind, capbind;
    item *it;
    size_t ni, capit;
    group *g;
    size_t ng, capg;
    int *owner_of;   /* token -> item */
    int *mention_at; /* token -> mention covering it, or -1 */
    unsigned *tfw;   /* token -> F_* */
    bool *absorbed;  /* token qualifies a cue before it */
    bool *glue;      /* token is glued to the one before for the parser */
    size_t captok;
    ag_coded *out;
    size_t nout, capout;
    ag_cue_found *found; /* the sentence's cues, for ag_coder_cues */
    size_t nfound, capfound;
    bool was_parsed;
    ag_parser *parser; /* NULL: shallow syntax only */
    ag_syntax syn;     /* the sentence's parse when parsed */
    bool parsed;
    /* the sentence */
    const ag_token *t;
    size_t n;
    const ag_mention *ms;
    party speaker;          /* of reported speech in this sentence */
    int content0, content1; /* items [content0, content1) are what the speaker said */
};

/* ---- lifecycle ---- */

ag_status ag_coder_new(const ag_lexicon *lx, ag_mentions *m, ag_coder **out, ag_error *err)
{
    (void)err;
    ag_coder *c = ag_xcalloc(1, sizeof *c);
    c->lx = lx;
    c->m = m;
    size_t nc = ag_lexicon_ncues(lx);
    c->call_types = ag_xcalloc(nc ? nc : 1, sizeof *c->call_types);
    for (size_t i = 0; i < nc; i++) {
        ag_buf b = AG_BUF_INIT;
        ag_buf_printf(&b, "call for %s", ag_lexicon_cue(lx, i)->type);
        c->call_types[i] = ag_buf_detach(&b);
    }
    c->appeal = ag_lexicon_find(lx, "appeal");
    c->demand = ag_lexicon_find(lx, "demand");
    c->unsupport = ag_lexicon_find(lx, "withdraw support");
    c->reject = ag_lexicon_find(lx, "reject");
    *out = c;
    return AG_OK;
}

void ag_coder_free(ag_coder *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < ag_lexicon_ncues(c->lx); i++)
        free(c->call_types[i]);
    free(c->call_types);
    free(c->bind);
    free(c->it);
    free(c->g);
    free(c->owner_of);
    free(c->mention_at);
    free(c->tfw);
    free(c->absorbed);
    free(c->glue);
    free(c->out);
    free(c->found);
    free(c);
}

void ag_coder_reset(ag_coder *c)
{
    c->nbind = 0;
}

const ag_cue_found *ag_coder_cues(const ag_coder *c, size_t *n)
{
    *n = c->nfound;
    return c->found;
}

bool ag_coder_parsed(const ag_coder *c)
{
    return c->was_parsed;
}

void ag_coder_set_parser(ag_coder *c, ag_parser *p)
{
    c->parser = p;
}

/* ---- tokens ---- */

static unsigned fw_of(const ag_coder *c, size_t i)
{
    const ag_token *t = &c->t[i];
    if (t->flags & AG_TOK_QUOTE)
        return F_QUOTE;
    unsigned f = ag_lexicon_function(c->lx, t);
    bool not_adverb = f & AG_FW_NOT_ADVERB;
    f &= ~(unsigned)AG_FW_NOT_ADVERB;
    if ((t->flags & AG_TOK_PUNCT) && !f)
        return F_PUNCT;
    if (t->flags & AG_TOK_NUM)
        f |= F_DET;
    if (t->nlen > 3 && t->norm[t->nlen - 1] == 't' && strcmp(t->norm + t->nlen - 3, "n't") == 0)
        f |= F_AUX | F_NEG;
    if (t->nlen == 6 && strcmp(t->norm, "longer") == 0 && i > 0 &&
        strcmp(c->t[i - 1].norm, "no") == 0)
        f |= F_NEG;
    if (t->nlen == 2 && i + 1 < c->n && strcmp(t->norm, "at") == 0 &&
        strcmp(c->t[i + 1].norm, "least") == 0)
        f = F_DET; /* "at least five": a quantity, not a place */
    if (!f && !not_adverb && t->nlen > 4 && !(t->flags & AG_TOK_CAP) &&
        strcmp(t->norm + t->nlen - 2, "ly") == 0)
        f |= F_ADV;
    return f;
}

static bool ends(const ag_token *t, const char *suffix)
{
    size_t m = strlen(suffix);
    return t->nlen > m + 1 && memcmp(t->norm + t->nlen - m, suffix, m) == 0;
}

/* A lowercase word that can only be an adjective ("constitutional",
 * "political", "dangerous"): a noun follows it, never a verb. */
static bool adjective_form(const ag_token *t)
{
    static const char *const S[] = {"ional", "ical", "ous", "ful", "less", "able", "ible", NULL};
    if ((t->flags & AG_TOK_CAP) || !(t->flags & AG_TOK_WORD))
        return false;
    for (const char *const *s = S; *s; s++)
        if (ends(t, *s))
            return true;
    return false;
}

static bool nominal_form(const ag_token *t)
{
    static const char *const S[] = {"tion", "sion", "ment",  "ance", "ence", "ism", "ure",
                                    "ity",  "ions", "ments", "al",   "als",  NULL};
    for (const char *const *s = S; *s; s++)
        if (ends(t, *s))
            return true;
    return false;
}

/* The token before i that is not an adverb or quote, or -1. */
static long prev_token(const ag_coder *c, size_t i)
{
    long j = (long)i - 1;
    while (j >= 0 && (c->tfw[j] & (F_ADV | F_QUOTE)))
        j--;
    return j;
}

/* Whether mention m follows a verb of its clause (so a word after it is a
 * noun it modifies, not its verb). */
static bool object_mention(const ag_coder *c, const ag_mention *m)
{
    static const char *const SUBJECTS[] = {"he", "she", "they", "we", "it", NULL};
    if (m->how == AG_MENTION_PRONOUN && m->t1 == m->t0 + 1)
        for (const char *const *w = SUBJECTS; *w; w++)
            if (strcmp(c->t[m->t0].norm, *w) == 0)
                return false;
    for (size_t j = m->t0; j-- > 0;) {
        int o = c->owner_of[j];
        if (o >= 0 && c->it[o].pos == AG_POS_VERB)
            return !(c->it[o].wc & AG_WC_SPEECH);
        if (c->tfw[j] & (F_BOUND | F_THAT | F_REL | F_COMMA | F_PREP | F_CONJ))
            return false;
    }
    return false;
}

/* Whether token i, a possible cue, is read as a verb (see coder.h): from
 * the word before it, then its form. *strong: the context decided. */
static bool verb_at(const ag_coder *c, size_t i, bool *strong)
{
    const ag_token *t = &c->t[i];
    long p = prev_token(c, i);
    bool ing = ends(t, "ing"), ed = ends(t, "ed");
    *strong = true;
    if (p < 0)
        return (*strong = false);
    unsigned f = c->tfw[p];
    const ag_mention *pm = c->mention_at[p] >= 0 ? &c->ms[c->mention_at[p]] : NULL;
    if ((f & F_DET) || (c->t[p].flags & AG_TOK_POSS) ||
        (pm && (pm->poss || pm->how == AG_MENTION_ADJ)))
        return false;
    if (f & (F_AUX | F_NEG | F_TO | F_REL | F_OBLIG))
        return true;
    if (f & F_PREP)
        return ing;
    if (pm && object_mention(c, pm))
        return ing; /* "struck Hezbollah targets", but "accused Baku holding" */
    if (pm)
        return ing || ed || !nominal_form(t);
    if (!f && adjective_form(&c->t[p]))
        return false; /* "restore constitutional order" */
    *strong = false;
    if (ed)
        return true;
    if (ing && !ends(t, "ings"))
        return true;
    if (f & (F_CONJ | F_COMMA))
        return i + 1 < c->n && ((c->tfw[i + 1] & F_DET) || c->mention_at[i + 1] >= 0);
    return false;
}

/* ---- items ---- */

static item *push_item(ag_coder *c, uint8_t kind, size_t t0, size_t t1)
{
    ag_grow(&c->it, &c->capit, c->ni + 1, sizeof *c->it);
    item *x = &c->it[c->ni++];
    memset(x, 0, sizeof *x);
    x->kind = kind;
    x->t0 = t0;
    x->t1 = t1;
    x->mention = -1;
    x->group = -1;
    x->owner = -1;
    x->slot = -1;
    for (size_t k = t0; k < t1; k++)
        c->owner_of[k] = (int)c->ni - 1;
    return x;
}

static bool span_free(const ag_coder *c, size_t i, size_t len)
{
    for (size_t k = i; k < i + len && k < c->n; k++)
        if (c->owner_of[k] >= 0)
            return false;
    return true;
}

/* A cue at token i as a verb or a noun, whichever the context reads. */
static size_t cue_at(ag_coder *c, size_t i)
{
    if (c->tfw[i] & ~(F_ADV | F_TIME))
        return 0;
    bool strong, verb = verb_at(c, i, &strong);
    const ag_cue_sense *s;
    size_t q, qlen, pos = verb ? AG_POS_VERB : AG_POS_NOUN;
    size_t len = ag_lexicon_match(c->lx, c->t, c->n, i, (unsigned)pos, &s, &q, &qlen);
    /* a weak context does not make a verb of a nominal form: "government" stems to "govern" */
    if (!len && !strong && (verb || !nominal_form(&c->t[i]))) {
        pos = verb ? AG_POS_NOUN : AG_POS_VERB;
        len = ag_lexicon_match(c->lx, c->t, c->n, i, (unsigned)pos, &s, &q, &qlen);
    }
    if (!len || !span_free(c, i, len))
        return 0;
    item *x = push_item(c, I_CUE, i, i + len);
    x->cue = ag_lexicon_cue(c->lx, s->cue);
    x->pos = (uint8_t)pos;
    x->fw = c->tfw[i];
    x->wc = ag_lexicon_class(c->lx, &c->t[i]) | ag_lexicon_class(c->lx, &c->t[i + len - 1]);
    for (size_t k = q; k < q + qlen && !(x->cue->flags & AG_CUE_APPEAL); k++)
        if (c->owner_of[k] < 0)
            c->absorbed[k] = true; /* but an appeal's qualifier is the event appealed for */
    return len;
}

static void build_items(ag_coder *c, size_t nm)
{
    c->ni = 0;
    for (size_t i = 0; i < c->n; i++) {
        c->owner_of[i] = -1;
        c->mention_at[i] = -1;
        c->absorbed[i] = false;
        c->tfw[i] = fw_of(c, i);
    }
    for (size_t k = 0; k < nm; k++)
        for (size_t i = c->ms[k].t0; i < c->ms[k].t1; i++)
            c->mention_at[i] = (int)k;
    /* mentions first: they own their tokens */
    size_t mk = 0;
    for (size_t i = 0; i < c->n;) {
        if (mk < nm && c->ms[mk].t0 == i) {
            item *x = push_item(c, I_ACTOR, i, c->ms[mk].t1);
            x->mention = (int)mk;
            i = c->ms[mk++].t1;
            continue;
        }
        size_t len = c->absorbed[i] ? 0 : cue_at(c, i);
        if (!len) {
            item *x = push_item(c, I_WORD, i, i + 1);
            x->fw = c->tfw[i];
            x->slot = (int8_t)(x->fw & F_PREP ? ag_lexicon_slot(c->t[i].norm) : -1);
            x->wc = ag_lexicon_class(c->lx, &c->t[i]);
            bool strong;
            if ((x->wc & (AG_WC_SPEECH | AG_WC_LIGHT | AG_WC_BLOCK | AG_WC_REVERSE)) && !x->fw &&
                verb_at(c, i, &strong))
                x->pos = AG_POS_VERB;
            len = 1;
        }
        i += len;
    }
}

static bool is_verb(const item *x)
{
    return x->pos == AG_POS_VERB;
}

static bool is_act(const item *x)
{
    return x->kind == I_ACTOR;
}

static bool transparent(const item *x)
{
    return x->kind == I_WORD && (x->fw & (F_ADV | F_QUOTE | F_PART)) && !(x->fw & F_PREP);
}

static const ag_mention *mention_of(const ag_coder *c, const item *x)
{
    return &c->ms[x->mention];
}

/* ---- coordination ---- */

/* Whether items (a, b) hold only coordinating material, at least one
 * conjunction or comma: "and", ",", "as well as", "along with". */
static bool coordinated(const ag_coder *c, int a, int b)
{
    bool conj = false;
    for (int k = a + 1; k < b; k++) {
        const item *x = &c->it[k];
        const char *w = c->t[x->t0].norm;
        if (x->kind != I_WORD)
            return false;
        if ((x->fw & (F_CONJ | F_COMMA)) || !strcmp(w, "well") || !strcmp(w, "along") ||
            !strcmp(w, "together"))
            conj = true;
        else if (!(x->fw & (F_DET | F_QUOTE)) && strcmp(w, "as") && strcmp(w, "with"))
            return false;
    }
    return conj;
}

/* Whether a verb stands before item k in its clause ("while", "after" and
 * the like open a new one). */
static bool verb_before(const ag_coder *c, int k)
{
    for (int j = k - 1; j >= 0; j--) {
        if (c->it[j].fw & (F_BOUND | F_THAT | F_REL | F_SUB))
            return false;
        if (is_verb(&c->it[j]))
            return true;
    }
    return false;
}

/* Whether item x can stand in a time adjunct ("on Tuesday", "last week",
 * "early this month", "in 2020"). */
static bool timely(const item *x)
{
    return x->kind == I_WORD && ((x->fw & (F_TIME | F_DET)) || transparent(x));
}

/* The item before j (inclusive) once time adjuncts are skipped. */
static int before_time(const ag_coder *c, int j)
{
    for (;;) {
        int k = j;
        bool time = false;
        while (k >= 0 && timely(&c->it[k])) {
            time = time || (c->it[k].fw & F_TIME) ||
                   (c->it[k].fw & F_DET && c->t[c->it[k].t0].flags & AG_TOK_NUM);
            k--;
        }
        if (!time)
            return j;
        if (k >= 0 && (c->it[k].fw & F_PREP) && !(c->it[k].fw & (F_TO | F_BY)) &&
            strcmp(c->t[c->it[k].t0].norm, "of") != 0)
            k--;
        j = k;
    }
}

/* The item at or after j once time adjuncts are skipped. */
static int after_time(const ag_coder *c, int j)
{
    for (;;) {
        int k =
            j +
            ((j < (int)c->ni && (c->it[j].fw & F_PREP) && !(c->it[j].fw & (F_TO | F_BY))) ? 1 : 0);
        bool time = false;
        while (k < (int)c->ni && timely(&c->it[k])) {
            time = time || (c->it[k].fw & F_TIME);
            k++;
        }
        if (!time)
            return j;
        j = k;
    }
}

/* The first item after k that is not transparent, or ni. */
static int next_item(const ag_coder *c, int k)
{
    int j = k + 1;
    while (j < (int)c->ni && transparent(&c->it[j]))
        j++;
    return j;
}

static void build_groups(ag_coder *c)
{
    c->ng = 0;
    int last = -1;
    for (int k = 0; k < (int)c->ni; k++) {
        item *x = &c->it[k];
        if (!is_act(x))
            continue;
        int nx = next_item(c, k);
        while (nx < (int)c->ni && (c->it[nx].fw & (F_AUX | F_NEG)))
            nx = next_item(c, nx);
        bool clause = nx < (int)c->ni && is_verb(&c->it[nx]) && last >= 0 && verb_before(c, last);
        if (last >= 0 && coordinated(c, last, k) && !clause) {
            x->group = c->it[last].group;
            c->g[x->group].last = k;
        } else {
            ag_grow(&c->g, &c->capg, c->ng + 1, sizeof *c->g);
            c->g[c->ng] = (group){k, k};
            x->group = (int)c->ng++;
        }
        last = k;
    }
}

/* ---- parties ---- */

static void party_add(party *p, int a, bool weak)
{
    for (int i = 0; i < p->n; i++)
        if (p->a[i] == a)
            return;
    if (a >= 0 && p->n < MAX_PARTY)
        p->a[p->n++] = a;
    p->weak = p->weak || weak;
}

static bool weak_mention(const ag_mention *m)
{
    return m->how == AG_MENTION_PRONOUN || m->how == AG_MENTION_ANAPHOR;
}

static void party_of_group(const ag_coder *c, int g, party *p)
{
    for (int k = c->g[g].first; k <= c->g[g].last; k++) {
        if (!is_act(&c->it[k]))
            continue;
        const ag_mention *m = mention_of(c, &c->it[k]);
        for (int i = 0; i < m->nactor; i++)
            party_add(p, m->actor[i], weak_mention(m));
    }
}

/* The preposition whose object actor item k is, or -1. "after Russia
 * invaded" opens a clause: "after" is no preposition there. */
static int prep_before(const ag_coder *c, int k)
{
    int j = c->g[c->it[k].group].first - 1;
    while (j >= 0 && c->it[j].kind == I_WORD && (c->it[j].fw & (F_DET | F_QUOTE | F_ADV)))
        j--;
    if (j < 0 || c->it[j].kind != I_WORD || !(c->it[j].fw & F_PREP))
        return -1;
    int n = c->g[c->it[k].group].last + 1;
    while (n < (int)c->ni && (transparent(&c->it[n]) || (c->it[n].fw & (F_AUX | F_NEG))))
        n++;
    return (c->it[j].fw & F_SUB) && n < (int)c->ni && is_verb(&c->it[n]) ? -1 : j;
}

/* Bindings are keyed by the stem of a document's word ("resolution") and
 * by an event's type ("attack" for "the assault" after "attacked"). */
static uint64_t head_key(const ag_coder *c, const item *x)
{
    return c->t[x->t1 - 1].hstem;
}

static uint64_t type_key(const ag_cue *q)
{
    return ag_text_hash(q->type, strlen(q->type)) ^ UINT64_C(0x5bd1e9955bd1e995);
}

static bool bound_key(const ag_coder *c, uint64_t key, party *p)
{
    for (size_t b = c->nbind; b-- > 0;) {
        if (c->bind[b].key != key)
            continue;
        for (int i = 0; i < c->bind[b].n; i++)
            party_add(p, c->bind[b].a[i], true);
        return true;
    }
    return false;
}

/* Who made the document or event item x names, as bound earlier. */
static bool bound(const ag_coder *c, const item *x, party *p)
{
    return bound_key(c, head_key(c, x), p) ||
           (x->kind == I_CUE && bound_key(c, type_key(x->cue), p));
}

static void bind_key(ag_coder *c, uint64_t key, const party *p)
{
    if (!p->n)
        return;
    ag_grow(&c->bind, &c->capbind, c->nbind + 1, sizeof *c->bind);
    binding *b = &c->bind[c->nbind++];
    b->key = key;
    b->n = 0;
    for (int i = 0; i < p->n && b->n < MAX_BIND; i++)
        b->a[b->n++] = p->a[i];
}

static void bind(ag_coder *c, const item *x, const party *p)
{
    bind_key(c, head_key(c, x), p);
}

/* ---- clauses ---- */

static bool clause_edge(const item *x)
{
    return x->kind == I_WORD && (x->fw & (F_BOUND | F_THAT | F_REL));
}

static bool subject_of(ag_coder *c, int k, party *p, int depth);
static int noun_owner(const ag_coder *c, int k);
static bool light(const item *x);
static bool plain_word(const item *x);

/* The subject of the clause that item j stands in, looking left: that of
 * its verb when one is found, else the nearest actor outside a
 * prepositional phrase. */
static bool clause_subject(ag_coder *c, int j, party *p, int depth)
{
    for (int v = j; v >= 0 && !clause_edge(&c->it[v]); v--)
        if (is_verb(&c->it[v]) && c->it[v].owner < 0)
            return subject_of(c, v, p, depth + 1);
    for (; j >= 0; j--) {
        const item *x = &c->it[j];
        if (clause_edge(x))
            return false;
        if (is_act(x) && prep_before(c, j) < 0 && !mention_of(c, x)->poss) {
            party_of_group(c, x->group, p);
            return true;
        }
    }
    return false;
}

static bool event_agent(ag_coder *c, int k, party *p, int depth);

/* "X, which ..., V" or "X, a former colony, V": the actor before the
 * comma opening the parenthesis that comma item j closes, or -1. */
static int parenthesis_subject(const ag_coder *c, int j)
{
    bool verb = false;
    for (int i = j - 1; i >= 0 && i > j - 30; i--) {
        const item *x = &c->it[i];
        if (x->fw & F_BOUND)
            return -1;
        if (x->fw & F_COMMA) {
            int a = i - 1, n = i + 1;
            while (a >= 0 && transparent(&c->it[a]))
                a--;
            bool rel = n < j && (c->it[n].fw & F_REL);
            if (a >= 0 && is_act(&c->it[a]) && prep_before(c, a) < 0 && (rel || !verb))
                return a;
            return -1;
        }
        verb = verb || (is_verb(x) && !(x->kind == I_CUE && ends(&c->t[x->t0], "ed")));
    }
    return -1;
}

/* The verb item k coordinates with ("accused X and demanded"): the nearest
 * verb before it that is no cue's complement, across a clause "that ..."
 * when a comma marks the coordination as the outer one; or -1. */
static int coordinated_verb(const ag_coder *c, int j, bool outer)
{
    int found = -1;
    for (int v = j - 1; v >= 0; v--) {
        const item *x = &c->it[v];
        if ((x->fw & F_THAT) && outer) {
            found = -1;
            continue;
        }
        if (clause_edge(x))
            break;
        bool infinitive = v > 0 && (c->it[v - 1].fw & F_TO);
        if (is_verb(x) && x->owner < 0 && !infinitive && found < 0) {
            found = v;
            if (!outer)
                break;
        }
    }
    return found;
}

/* Whether the phrase before "to" at item j is a noun that a cue verb takes
 * as its object ("condemned the attempt to"). */
static bool object_of_cue(const ag_coder *c, int j)
{
    int v = j - 1;
    if (v < 0 || !plain_word(&c->it[v]))
        return false;
    while (v >= 0 && (plain_word(&c->it[v]) || (c->it[v].fw & F_DET) || transparent(&c->it[v])))
        v--;
    return v >= 0 && c->it[v].kind == I_CUE && is_verb(&c->it[v]) && !light(&c->it[v]);
}

/* ---- syntax, when the sentence was parsed ---- */

static void party_of_mention(const ag_coder *c, int k, party *p)
{
    const ag_mention *m = mention_of(c, &c->it[k]);
    for (int i = 0; i < m->nactor; i++)
        party_add(p, m->actor[i], weak_mention(m));
}

static bool is_word(const ag_coder *c, const item *x, const char *w);

/* The actors the phrase headed by token h names (syntax.h): the actor at
 * h; those of the phrases h coordinates; an event's agent or a document's
 * maker; else an actor among its modifiers ("X's", "Indian proposal"),
 * else in its "of" or "from" phrase ("the rights of X"). */
static bool syn_party(ag_coder *c, long h, party *p, int depth)
{
    if (h < 0 || depth > 4)
        return false;
    int k = c->owner_of[h];
    if (k >= 0 && is_act(&c->it[k])) {
        party_of_mention(c, k, p);
        return true;
    }
    long v[AG_SYN_MAX], pr[AG_SYN_MAX];
    size_t n = ag_syn_conjuncts(&c->syn, (size_t)h, v);
    bool any = false;
    for (size_t i = 0; i < n; i++)
        any = syn_party(c, v[i], p, depth + 1) || any;
    if (n)
        return any;
    if (k >= 0 && c->it[k].kind == I_CUE && c->it[k].pos == AG_POS_NOUN)
        return event_agent(c, k, p, depth + 1);
    if (k >= 0 && (c->it[k].wc & AG_WC_DOC) && bound(c, &c->it[k], p))
        return true;
    n = ag_syn_modifiers(&c->syn, (size_t)h, v);
    for (size_t i = 0; i < n; i++)
        if (c->owner_of[v[i]] >= 0 && is_act(&c->it[c->owner_of[v[i]]]))
            party_of_mention(c, c->owner_of[v[i]], p);
    if (p->n)
        return true;
    n = ag_syn_preps(&c->syn, (size_t)h, pr, v);
    for (size_t i = 0; i < n; i++) {
        const item *x = &c->it[c->owner_of[pr[i]]];
        if ((is_word(c, x, "of") || is_word(c, x, "from") || is_word(c, x, "by")) &&
            syn_party(c, v[i], p, depth + 1))
            return true;
    }
    return false;
}

enum { SYN_SILENT = -1, SYN_NONE = 0, SYN_FOUND = 1 };

/* The actors in the "by" phrase of verb token v. */
static bool syn_by(ag_coder *c, size_t v, party *p)
{
    long pr[AG_SYN_MAX], ob[AG_SYN_MAX];
    size_t n = ag_syn_preps(&c->syn, v, pr, ob);
    for (size_t i = 0; i < n; i++)
        if (is_word(c, &c->it[c->owner_of[pr[i]]], "by") && syn_party(c, ob[i], p, 0))
            return true;
    return false;
}

/* Who acts in verb item k, by the parse: its subject, or its "by" agent
 * when it is passive. SYN_SILENT when the parse does not link the verb. */
static int syn_subject(ag_coder *c, int k, party *p)
{
    size_t v = c->it[k].t0;
    if (!c->parsed || !ag_syn_used(&c->syn, v))
        return SYN_SILENT;
    bool passive;
    long s = ag_syn_subject(&c->syn, v, &passive);
    if (passive)
        return syn_by(c, v, p) ? SYN_FOUND : SYN_NONE;
    if (s < 0)
        return SYN_SILENT;
    return syn_party(c, s, p, 0) ? SYN_FOUND : SYN_NONE;
}

/* The target of verb item k by the parse: an object, else the object of
 * a preposition in one of the cue's slots, after the verb or after its
 * object ("boycott all contact with X"). *direct: an actor as object. */
static int syn_target(ag_coder *c, int k, party *p, bool *direct)
{
    const item *x = &c->it[k];
    const ag_cue *q = x->cue;
    if (!c->parsed || !ag_syn_used(&c->syn, x->t0))
        return SYN_SILENT;
    long heads[AG_SYN_MAX * 2], o[AG_SYN_MAX], pr[AG_SYN_MAX], ob[AG_SYN_MAX];
    size_t nh = 0;
    for (size_t t = x->t0; t < x->t1 && nh < AG_SYN_MAX; t++) {
        size_t n = ag_syn_objects(&c->syn, t, o);
        heads[nh++] = (long)t;
        for (size_t i = 0; i < n && nh < AG_SYN_MAX * 2; i++) {
            if ((size_t)o[i] >= x->t0 && (size_t)o[i] < x->t1)
                continue; /* a word of the cue: "cut ties" */
            if ((q->targets & (1u << AG_SLOT_OBJ)) && syn_party(c, o[i], p, 0)) {
                *direct = is_act(&c->it[c->owner_of[o[i]]]);
                return SYN_FOUND;
            }
            heads[nh++] = o[i];
        }
    }
    if (q->flags & AG_CUE_ACTOR_OBJ)
        return SYN_NONE;
    uint32_t slots = q->targets & ~(1u << AG_SLOT_OBJ);
    for (size_t h = 0; h < nh; h++) {
        size_t n = ag_syn_preps(&c->syn, (size_t)heads[h], pr, ob);
        for (size_t i = 0; i < n; i++) {
            int s = ag_lexicon_slot(c->t[pr[i]].norm);
            if (s >= 0 && (slots & (1u << s)) && syn_party(c, ob[i], p, 0))
                return SYN_FOUND;
        }
    }
    return SYN_NONE;
}

/* The subject of verb item k (see coder.h). */
static bool subject_of(ag_coder *c, int k, party *p, int depth)
{
    if (depth > 4)
        return false;
    if (syn_subject(c, k, p) == SYN_FOUND)
        return true;
    int j = k - 1;
    for (int before = -2; before != j;) {
        before = j;
        while (j >= 0 && (transparent(&c->it[j]) || (c->it[j].fw & (F_AUX | F_NEG | F_OBLIG))))
            j--;
        j = before_time(c, j);
    }
    if (j < 0)
        return false;
    const item *x = &c->it[j];
    bool ing = ends(&c->t[c->it[k].t0], "ing");
    int before_to = j > 0 ? before_time(c, j - 1) : -1;
    if ((x->fw & F_TO) && before_to >= 0 && noun_owner(c, before_to) >= 0) {
        party_of_group(c, c->it[noun_owner(c, before_to)].group,
                       p); /* "Kosovo's decision to ban" */
        return true;
    }
    if ((x->fw & F_TO) && j > 0 && is_act(&c->it[j - 1])) { /* "prompting Israel to recall" */
        party_of_group(c, c->it[j - 1].group, p);
        return true;
    }
    if (ing && (x->fw & F_COMMA)) { /* "..., rejecting": the main clause's subject */
        int v = coordinated_verb(c, j, true);
        return v >= 0 ? subject_of(c, v, p, depth + 1) : clause_subject(c, j - 1, p, depth);
    }
    if ((x->fw & F_TO) && object_of_cue(c, j))
        return false; /* "condemned the attempt to overthrow": whose attempt? */
    if ((x->fw & F_TO) || (ing && (x->fw & (F_SUB | F_PREP))))
        return clause_subject(c, j - 1, p, depth);
    if (plain_word(x) && ends(&c->t[x->t0], "s") && j > 0 && is_act(&c->it[j - 1]) &&
        !mention_of(c, &c->it[j - 1])->poss)
        x = &c->it[--j]; /* "Turkish government forces attacked": the plural's actor */
    if (is_act(x)) {
        int pp = prep_before(c, j);
        if (pp >= 0)
            return clause_subject(c, pp - 1, p, depth);
        party_of_group(c, x->group, p);
        return true;
    }
    if (x->fw & (F_CONJ | F_COMMA)) {
        int a = (x->fw & F_COMMA) ? parenthesis_subject(c, j) : -1;
        if (a >= 0) {
            party_of_group(c, c->it[a].group, p);
            return true;
        }
        bool outer = (x->fw & F_COMMA) || (j > 0 && (c->it[j - 1].fw & F_COMMA));
        int v = coordinated_verb(c, j, outer), that = j;
        while (outer && v < 0 && that >= 0 && !(c->it[that].fw & F_THAT))
            that--;
        return v >= 0 ? subject_of(c, v, p, depth + 1)
                      : clause_subject(c, (that >= 0 ? that : j) - 1, p, depth);
    }
    if (x->fw & F_REL) {
        int a = j - 1;
        while (a >= 0 && (c->it[a].fw & F_COMMA))
            a--;
        if (a >= 0 && is_act(&c->it[a])) {
            party_of_group(c, c->it[a].group, p);
            return true;
        }
        return false;
    }
    if (plain_word(x) || (x->fw & F_DET)) { /* "A, B and dozens of other countries V" */
        int a = j;
        while (a > 0 && a > j - 6 &&
               (plain_word(&c->it[a]) || (c->it[a].fw & F_DET) || is_word(c, &c->it[a], "of")))
            a--;
        if (a > 0 && a < j && (c->it[a].fw & F_CONJ) && is_act(&c->it[a - 1]) &&
            prep_before(c, a - 1) < 0) {
            party_of_group(c, c->it[a - 1].group, p);
            return true;
        }
    }
    if (is_verb(x)) /* "stopped supporting", "began attacking" */
        return subject_of(c, j, p, depth + 1);
    if (x->kind == I_CUE && x->pos == AG_POS_NOUN)
        return event_agent(c, j, p, depth + 1);
    if (x->wc & AG_WC_DOC)
        return bound(c, x, p);
    return false;
}

/* The end of the clause starting after item k: a boundary, a relative
 * pronoun, or a comma before a verb or a new subject with its verb. */
static int clause_end(const ag_coder *c, int k)
{
    for (int j = k + 1; j < (int)c->ni; j++) {
        const item *x = &c->it[j];
        if (x->kind == I_WORD && (x->fw & (F_BOUND | F_REL)))
            return j;
        if (x->fw & (F_COMMA | F_CONJ)) {
            int n1 = next_item(c, j);
            if (n1 < (int)c->ni && is_verb(&c->it[n1]) &&
                ((x->fw & F_COMMA) || ends(&c->t[c->it[n1].t0], "ed")))
                return j;
            if (n1 < (int)c->ni && is_act(&c->it[n1])) {
                int n2 = next_item(c, c->g[c->it[n1].group].last);
                if (n2 < (int)c->ni && is_verb(&c->it[n2]) && c->it[n2].kind == I_CUE)
                    return j;
            }
        }
    }
    return (int)c->ni;
}

/* ---- targets ---- */

static bool plain_word(const item *x)
{
    return x->kind == I_WORD && !x->fw && !is_verb(x);
}

/* A participle used as an adjective: "jailed journalist". */
static bool participle(const ag_coder *c, const item *x)
{
    return x->kind == I_CUE && x->t1 == x->t0 + 1 && ends(&c->t[x->t0], "ed") &&
           c->mention_at[x->t1 < c->n ? x->t1 : x->t0] >= 0;
}

static bool is_word(const ag_coder *c, const item *x, const char *w)
{
    size_t n = strlen(w);
    return x->kind == I_WORD && c->t[x->t0].nlen == n && memcmp(c->t[x->t0].norm, w, n) == 0;
}

/* "countries, including Argentina and Chile": the actors named after
 * "including" within a few items after item k stand for the vaguer
 * phrase before; -1 when there are none. */
static int including(const ag_coder *c, int k)
{
    for (int j = k + 1; j < (int)c->ni && j <= k + 6; j++) {
        if (is_word(c, &c->it[j], "including")) {
            int a = j + 1;
            while (a < (int)c->ni && (c->it[a].fw & F_DET))
                a++;
            return a < (int)c->ni && is_act(&c->it[a]) ? a : -1;
        }
        if (clause_edge(&c->it[j]) || is_verb(&c->it[j]))
            return -1;
    }
    return -1;
}

/* The first actor after item k, across determiners and up to two plain
 * words ("by key EU member states"), made specific by "including"; else
 * the actors "including" names; or -1. */
static int actor_after(const ag_coder *c, int k)
{
    int j = k + 1, words = 0;
    while (j < (int)c->ni &&
           ((c->it[j].kind == I_WORD && (c->it[j].fw & (F_DET | F_QUOTE | F_ADV))) ||
            ((plain_word(&c->it[j]) || participle(c, &c->it[j])) && words++ < 2)))
        j++;
    if (j >= (int)c->ni || !is_act(&c->it[j]))
        return including(c, k);
    int more = including(c, c->g[c->it[j].group].last);
    return more >= 0 ? more : j;
}

/* "X of Y", "imports from Y": the actor in an of/from phrase within a few
 * items after k, before any other preposition. */
static int owner_after(const ag_coder *c, int k, int end)
{
    for (int j = k + 1; j < end && j <= k + 4; j++) {
        const item *x = &c->it[j];
        if (x->kind != I_WORD)
            return -1;
        const char *w = c->t[x->t0].norm;
        if (!strcmp(w, "of") || !strcmp(w, "from") || !strcmp(w, "by"))
            return actor_after(c, j);
        if (x->fw & (F_PREP | F_BOUND | F_COMMA))
            return -1;
    }
    return -1;
}

static int slot_of(const item *x)
{
    return x->slot;
}

static int apposed(const ag_coder *c, int k);

/* The target in one of `slots` after item k, up to item end. */
static bool slot_target(const ag_coder *c, int k, int end, uint32_t slots, party *p)
{
    for (int j = k + 1; j < end; j++) {
        const item *x = &c->it[j];
        int s = slot_of(x);
        if (s < 0 || !(slots & (1u << s)))
            continue;
        int a = actor_after(c, j);
        if (a < 0)
            a = owner_after(c, j + 1, end);
        if (a >= 0 && mention_of(c, &c->it[a])->poss && apposed(c, a) >= 0)
            a = apposed(c, a);
        if (a >= 0) {
            party_of_group(c, c->it[a].group, p);
            return true;
        }
    }
    return false;
}

/* A noun cue within three items after possessive actor item k, or -1. */
static int owned_event(const ag_coder *c, int k)
{
    for (int j = k + 1; j < (int)c->ni && j <= k + 3; j++) {
        const item *x = &c->it[j];
        if (x->kind == I_CUE && x->pos == AG_POS_NOUN)
            return j;
        if (x->kind != I_WORD || (x->fw & (F_PREP | F_BOUND | F_COMMA | F_CONJ)))
            return -1;
    }
    return -1;
}

static bool noun_patient(ag_coder *c, int k, party *p);

/* Whether noun item k is followed by "of" and an actor. */
static bool of_actor(const ag_coder *c, int k)
{
    int of = next_item(c, k);
    return of < (int)c->ni && is_word(c, &c->it[of], "of") && actor_after(c, of) >= 0;
}

/* "its ally the Philippines", "its Czech ally": the actor a possessive
 * actor item k introduces within two items, or -1. */
static int apposed(const ag_coder *c, int k)
{
    for (int j = k + 1; j < (int)c->ni && j <= k + 3; j++) {
        const item *x = &c->it[j];
        int n = c->g[x->group < 0 ? 0 : x->group].last + 1;
        bool head = n < (int)c->ni && (plain_word(&c->it[n]) || c->it[n].kind == I_CUE);
        if (is_act(x) && !mention_of(c, x)->poss) /* not "Sweden's NATO membership bid" */
            return !head || mention_of(c, x)->how == AG_MENTION_ADJ ? j : -1;
        if (!plain_word(x) && !(x->fw & F_DET))
            return -1;
    }
    return -1;
}

/* The end of the party an object phrase at item j names: an actor, an
 * event's agent, a document's maker, or "hundreds of X". */
static bool object_at(ag_coder *c, int j, int end, party *p, bool *event)
{
    *event = false;
    while (j < end && (transparent(&c->it[j]) || (c->it[j].fw & F_DET)))
        j++;
    if (j >= end)
        return false;
    if (plain_word(&c->it[j])) { /* "a senior Canadian diplomat", "southern Israel" */
        int a = j;
        while (a < end && a < j + 2 && plain_word(&c->it[a]))
            a++;
        if (a < end && is_act(&c->it[a]))
            j = a;
    }
    const item *x = &c->it[j];
    if (is_act(x) && prep_before(c, j) < 0) {
        int ev = mention_of(c, x)->poss ? owned_event(c, j) : -1;
        if (ev >= 0) {
            *event = true;
            const ag_cue *q = c->it[ev].cue;
            return (q->flags & AG_CUE_POSS_PATIENT) && !of_actor(c, ev) ? noun_patient(c, ev, p)
                                                                        : event_agent(c, ev, p, 0);
        }
        int a = mention_of(c, x)->poss ? apposed(c, j) : including(c, c->g[x->group].last);
        party_of_group(c, a >= 0 ? c->it[a].group : x->group, p);
        return true;
    }
    if (x->kind == I_CUE && x->pos == AG_POS_NOUN && !(j + 1 < end && plain_word(&c->it[j + 1]))) {
        *event = true; /* but "the genocide determination" names no event */
        return event_agent(c, j, p, 0);
    }
    if (x->kind == I_WORD && (x->wc & AG_WC_DOC) && !is_verb(x) && bound(c, x, p))
        return true;
    int a = x->kind == I_WORD && !x->fw ? owner_after(c, j, end) : -1;
    if (a >= 0) {
        party_of_group(c, c->it[a].group, p);
        return true;
    }
    return false;
}

/* The end of a verb's phrase: the clause end or the next verb. */
static int phrase_end(const ag_coder *c, int k)
{
    int end = clause_end(c, k);
    for (int j = k + 1; j < end; j++)
        if (is_verb(&c->it[j]) || (c->it[j].fw & F_THAT))
            return j;
    return end;
}

/* The item after a free relative at j ("what it described as"), or j. */
static int past_free_relative(const ag_coder *c, int j)
{
    while (j < (int)c->ni && transparent(&c->it[j]))
        j++;
    if (j < (int)c->ni && (c->it[j].fw & F_WHAT))
        for (int a = j + 1; a < (int)c->ni && a <= j + 5; a++)
            if (c->it[a].fw & F_AS)
                return a + 1;
    return j;
}

/* "accused ... that X did": the subject of a clause "that" within a few
 * items after k, for cues whose target may be told there. */
static bool that_subject(ag_coder *c, int k, party *p)
{
    for (int j = k + 1; j < (int)c->ni && j <= k + 6; j++) {
        bool event;
        if (c->it[j].fw & F_THAT)
            return object_at(c, j + 1, clause_end(c, j), p, &event) && !event;
        if (c->it[j].fw & (F_BOUND | F_REL) || is_verb(&c->it[j]))
            return false;
    }
    return false;
}

/* The target of verb item k: its object, else an actor in one of its
 * slots. *direct: the object was an actor. */
static bool verb_target(ag_coder *c, int k, party *p, bool *direct)
{
    const ag_cue *q = c->it[k].cue;
    int from = past_free_relative(c, k + 1), end = phrase_end(c, from - 1);
    bool event;
    *direct = false;
    if (syn_target(c, k, p, direct) == SYN_FOUND)
        return true;
    int v = next_item(c, k); /* "release and reinstate X": the verbs share X */
    if (v < (int)c->ni && (c->it[v].fw & F_CONJ) && next_item(c, v) < (int)c->ni &&
        (is_verb(&c->it[next_item(c, v)]) || plain_word(&c->it[next_item(c, v)]) ||
         c->it[next_item(c, v)].kind == I_CUE)) {
        v = next_item(c, v);
        from = past_free_relative(c, v + 1);
        end = phrase_end(c, from - 1);
    }
    if ((q->targets & (1u << AG_SLOT_OBJ)) && object_at(c, from, end, p, &event)) {
        *direct = !event;
        return true;
    }
    if (q->flags & AG_CUE_ACTOR_OBJ)
        return false;
    return slot_target(c, k, end, q->targets & ~(1u << AG_SLOT_OBJ), p) ||
           (q->reasons && that_subject(c, k, p));
}

/* ---- nouns ---- */

/* The actor item right before noun item k (across up to two plain words
 * after a possessive), or -1. */
static int noun_owner(const ag_coder *c, int k)
{
    int j = k - 1;
    for (int words = 0;
         j >= 0 && c->it[j].kind == I_WORD && !c->it[j].fw && !is_verb(&c->it[j]) && words < 2;
         words++)
        j--;
    if (j < 0 || !is_act(&c->it[j]))
        return -1;
    const ag_mention *m = mention_of(c, &c->it[j]);
    if (m->poss || j == k - 1)
        return j;
    return -1;
}

/* "the attack by X", "the sanctions imposed by X": an actor after "by"
 * within four items, across a participle right after the noun (not "the
 * attack was condemned by X"). */
static int by_agent(const ag_coder *c, int k)
{
    for (int j = k + 1; j < (int)c->ni && j <= k + 4; j++) {
        const item *x = &c->it[j];
        if (x->kind == I_WORD && (x->fw & F_BY))
            return actor_after(c, j);
        bool participle = j == k + 1 && is_verb(x) && ends(&c->t[x->t1 - 1], "ed") &&
                          j + 1 < (int)c->ni && (c->it[j + 1].fw & F_BY);
        if ((is_verb(x) && !participle) || clause_edge(x))
            return -1;
    }
    return -1;
}

/* The verb whose phrase noun item k stands in, or -1: the nearest verb
 * before it, across its own and coordinated noun phrases but not across a
 * clause edge or a subordinating word ("after the war"). */
/* The preposition heading the phrase noun item k stands in, across "of"
 * inside a noun phrase ("hundreds of new sanctions"), or -1. "in" after an
 * amount ("500 million euros in aid") is no such preposition. */
static int noun_prep(const ag_coder *c, int k)
{
    int j = k - 1;
    for (;;) {
        while (j >= 0 && (plain_word(&c->it[j]) || transparent(&c->it[j]) ||
                          (c->it[j].fw & (F_DET | F_TIME)) || is_act(&c->it[j])))
            j--;
        if (j > 0 && is_word(c, &c->it[j], "of") &&
            (plain_word(&c->it[j - 1]) || (c->it[j - 1].fw & (F_DET | F_TIME)))) {
            j--;
            continue;
        }
        break;
    }
    bool amount =
        j > 1 && is_word(c, &c->it[j], "in") && /* "500 million euros in aid" */
        ((c->it[j - 1].fw & F_DET) || (plain_word(&c->it[j - 1]) && (c->it[j - 2].fw & F_DET)));
    return j >= 0 && (c->it[j].fw & F_PREP) && !(c->it[j].fw & F_TO) && !amount ? j : -1;
}

static int governor(const ag_coder *c, int k)
{
    int j;
    if (noun_prep(c, k) >= 0)
        return -1; /* "sanctions over arms sales": the noun is in a phrase of its own */
    for (j = k - 1; j >= 0 && j >= k - 16; j--) {
        const item *x = &c->it[j];
        if (clause_edge(x) || (x->fw & (F_SUB | F_COMMA)))
            return -1;
        if (is_verb(x))
            return j;
    }
    return -1;
}

static bool light(const item *x)
{
    return (x->wc & AG_WC_LIGHT) || (x->kind == I_CUE && (x->cue->flags & AG_CUE_LIGHT));
}

/* The light verb governing noun item k, or -1 (see coder.h). */
static int light_governor(const ag_coder *c, int k)
{
    int g = governor(c, k);
    return g >= 0 && light(&c->it[g]) ? g : -1;
}

/* Whether noun item k after "in" reads as an adverbial of its clause
 * ("in solidarity with X", "in protest at", "in support of"): followed by
 * one of those prepositions or by the end of the clause, not "a surge in
 * support for". */
static bool adverbial(const ag_coder *c, int k)
{
    static const char *const P[] = {"of", "with", "at", "against", "over", NULL};
    int n = next_item(c, k);
    if (n >= (int)c->ni || clause_edge(&c->it[n]) || (c->it[n].fw & (F_COMMA | F_PUNCT)))
        return true;
    for (const char *const *w = P; *w; w++)
        if (is_word(c, &c->it[n], *w))
            return true;
    return false;
}

enum { AGENT_NONE, AGENT_OWN, AGENT_LIGHT };

/* The agent of noun item k: its own (adjective, possessive, "by", "of"
 * for agent_of cues), else the subject of a light verb governing it.
 * Returns which (AGENT_*). */
static int noun_agent(ag_coder *c, int k, party *p, int depth)
{
    const ag_cue *q = c->it[k].cue;
    int o = noun_owner(c, k), of = next_item(c, k), a = -1, g = light_governor(c, k);
    if (o >= 0 && g >= 0 && mention_of(c, &c->it[o])->how == AG_MENTION_PRONOUN &&
        mention_of(c, &c->it[o])->poss && subject_of(c, g, p, depth + 1))
        return AGENT_OWN; /* "X expressed its solidarity": its is X */
    if (o >= 0 &&
        !(mention_of(c, &c->it[o])->poss && (q->flags & AG_CUE_POSS_PATIENT) && !of_actor(c, k)))
        a = o;
    else if (by_agent(c, k) >= 0)
        a = by_agent(c, k);
    else if ((q->flags & AG_CUE_AGENT_OF) && of < (int)c->ni && c->it[of].kind == I_WORD &&
             !strcmp(c->t[c->it[of].t0].norm, "of"))
        a = actor_after(c, of);
    if (a >= 0) {
        party_of_group(c, c->it[a].group, p);
        return AGENT_OWN;
    }
    int in = noun_prep(c, k);
    if (g >= 0)
        return subject_of(c, g, p, depth + 1) ? AGENT_LIGHT : AGENT_NONE;
    if (in >= 0 && is_word(c, &c->it[in], "in") && adverbial(c, k)) /* "in solidarity with" */
        return clause_subject(c, in - 1, p, depth + 1) ? AGENT_LIGHT : AGENT_NONE;
    return AGENT_NONE;
}

/* What an event named by noun item k stands for as the object or subject
 * of another cue: its agent, else whoever it was bound to. */
static bool event_agent(ag_coder *c, int k, party *p, int depth)
{
    if (depth > 4)
        return false;
    if (c->it[k].kind == I_CUE && noun_agent(c, k, p, depth))
        return true;
    return bound(c, &c->it[k], p);
}

/* The patient of noun item k: a possessive (when the cue says so), or the
 * actor in one of its slots. */
static bool noun_patient(ag_coder *c, int k, party *p)
{
    const ag_cue *q = c->it[k].cue;
    int o = noun_owner(c, k);
    if (o >= 0 && mention_of(c, &c->it[o])->poss && (q->flags & AG_CUE_POSS_PATIENT) &&
        !of_actor(c, k)) {
        party_of_group(c, c->it[o].group, p);
        return true;
    }
    uint32_t slots = q->targets & ~(1u << AG_SLOT_OBJ);
    if (q->flags & AG_CUE_AGENT_OF)
        slots &= ~(1u << AG_SLOT_OF);
    int end = clause_end(c, k);
    party in = {0};
    for (int j = k + 1; j < end && j <= k + 10; j++) {
        if (c->it[j].kind == I_CUE || is_verb(&c->it[j]) || (c->it[j].fw & F_THAT))
            break;
        int s = slot_of(&c->it[j]);
        if (s >= 0 && (slots & (1u << s)))
            slot_target(c, j - 1, j + 8 < end ? j + 8 : end, 1u << s, s == AG_SLOT_IN ? &in : p);
    }
    for (int i = 0; !p->n && i < in.n; i++) /* a place only when nothing else: "strikes in Gaza" */
        party_add(p, in.a[i], in.weak);
    return p->n || (q->reasons && that_subject(c, k, p));
}

/* ---- output ---- */

/* Whether cast actors a and b are one another's parent ("Canada" and
 * "Canadian diplomats"): no relation joins them. */
static bool kin(const ag_coder *c, int a, int b)
{
    const ag_cast_actor *x = ag_cast_at(c->m, (size_t)a), *y = ag_cast_at(c->m, (size_t)b);
    return ag_streq(x->parent, y->id) || ag_streq(y->parent, x->id);
}

static void emit_one(ag_coder *c, int s, int t, const ag_cue *q, bool wish, double conf)
{
    if (s < 0 || t < 0 || s == t || kin(c, s, t))
        return;
    const char *type = wish ? c->call_types[q - ag_lexicon_cue(c->lx, 0)] : q->type;
    const char *code = wish && q->call[0] ? q->call : q->cameo;
    double w = wish && q->call[0] ? q->call_weight : q->weight;
    for (size_t i = 0; i < c->nout; i++) {
        ag_coded *o = &c->out[i];
        if (o->source == s && o->target == t && o->type == type) {
            if (conf > o->confidence)
                o->confidence = conf;
            return;
        }
    }
    ag_grow(&c->out, &c->capout, c->nout + 1, sizeof *c->out);
    ag_coded *o = &c->out[c->nout++];
    o->source = s;
    o->target = t;
    o->type = type;
    memcpy(o->cameo, code, sizeof o->cameo);
    o->weight = w;
    o->polarity = w > 0 ? AG_SUPPORT : w < 0 ? AG_HOSTILITY : AG_NEUTRAL;
    o->confidence = conf;
}

/* Every source to every target, as CAMEO codes events: "A held talks
 * with B" is A's event toward B. A reciprocal cue with no target gives
 * every direction among its sources: "A and B agreed", "tensions between A
 * and B" (whose target is its source). */
static void emit(ag_coder *c, const party *src, const party *tgt, const ag_cue *q, bool wish,
                 double conf)
{
    if (src->weak || tgt->weak)
        conf *= 0.85;
    bool recip = (q->flags & AG_CUE_RECIP) && !wish;
    for (int i = 0; i < src->n; i++) {
        for (int j = 0; j < tgt->n; j++)
            emit_one(c, src->a[i], tgt->a[j], q, wish, conf);
        for (int j = 0; recip && !tgt->n && j < src->n; j++)
            emit_one(c, src->a[i], src->a[j], q, wish, conf);
    }
}

/* ---- negation and reversal ---- */

enum { GATE_OK, GATE_DROP, GATE_REVERSE, GATE_REFUSE };

/* Whether item k stands in a clause "that ..." governed by a blocking
 * verb ("denied that its troops had targeted"). */
static bool denied_clause(const ag_coder *c, int k)
{
    for (int j = k - 1; j > 0; j--) {
        const item *x = &c->it[j];
        if (x->fw & F_THAT) {
            int v = j - 1;
            while (v >= 0 && transparent(&c->it[v]))
                v--;
            return v >= 0 && (c->it[v].wc & AG_WC_BLOCK);
        }
        if (clause_edge(x))
            return false;
    }
    return false;
}

/* Looks left of item k through auxiliaries, "to", determiners and
 * possessive pronouns for a negation, a blocking or a reversing verb. */
static int gate(const ag_coder *c, int k)
{
    if (denied_clause(c, k))
        return GATE_DROP;
    for (int j = k - 1; j >= 0 && j >= k - 5; j--) {
        const item *x = &c->it[j];
        if (x->fw & F_NEG)
            return GATE_DROP;
        if (x->wc & AG_WC_BLOCK)
            return GATE_DROP;
        if (x->wc & AG_WC_REVERSE)
            return GATE_REVERSE;
        if ((x->wc & AG_WC_REFUSE) && x->kind == I_WORD)
            return GATE_REFUSE;
        bool pass = transparent(x) || (x->fw & (F_AUX | F_TO | F_DET)) ||
                    (is_act(x) && mention_of(c, x)->how == AG_MENTION_PRONOUN);
        if (!pass)
            return GATE_OK;
    }
    return GATE_OK;
}

/* ---- complements ---- */

/* Marks the cues in items [from, to) as coded inside owner's complement. */
static void own_range(ag_coder *c, int owner, int from, int to, bool reason)
{
    for (int j = from; j < to; j++) {
        if (c->it[j].kind == I_CUE && c->it[j].owner < 0 && j != owner) {
            c->it[j].owner = owner;
            c->it[j].reason = reason;
        }
    }
}

/* The recipient of appeal item k and where its complement starts. */
static bool appeal_recipient(ag_coder *c, int k, party *p, int *from)
{
    int j = after_time(c, next_item(c, k)); /* "demanded on Wednesday that" */
    *from = j;
    if (j < (int)c->ni && (c->it[j].fw & F_THAT))
        j = next_item(c, j);
    while (j < (int)c->ni && (c->it[j].fw & F_DET))
        j++;
    if (j < (int)c->ni && c->it[j].kind == I_WORD && (c->it[j].fw & F_PREP) &&
        slot_of(&c->it[j]) >= 0 && (c->it[k].cue->targets & (1u << slot_of(&c->it[j]))) &&
        actor_after(c, j) >= 0)
        j = actor_after(c, j);
    if (j >= (int)c->ni || !is_act(&c->it[j]) || mention_of(c, &c->it[j])->poss)
        return false;
    party_of_group(c, c->it[j].group, p);
    *from = c->g[c->it[j].group].last + 1;
    return true;
}

static void mark_appeal(ag_coder *c, int k)
{
    party r = {0};
    int from;
    if (!appeal_recipient(c, k, &r, &from) && (c->it[k].cue->flags & AG_CUE_ACTOR_OBJ))
        return; /* "ordered the expulsion of": no appeal, a light verb */
    own_range(c, k, from, clause_end(c, from > k ? from - 1 : k), false);
}

/* Where the reason of item k starts ("for", "of", or a bare -ing after its
 * object), or -1. */
static int reason_start(const ag_coder *c, int k)
{
    const ag_cue *q = c->it[k].cue;
    int end = phrase_end(c, k);
    for (int j = k + 1; j < (int)c->ni && j <= end; j++) {
        const item *x = &c->it[j];
        int s = slot_of(x);
        if (s >= 0 && (q->reasons & (1u << s)) && j > k + 1)
            return j;
        if (x->kind == I_CUE && is_verb(x) && ends(&c->t[x->t0], "ing") && j > k + 1 &&
            is_act(&c->it[j - 1]))
            return j;
        if (clause_edge(x))
            return -1;
    }
    return -1;
}

static void mark_reason(ag_coder *c, int k)
{
    int r = reason_start(c, k);
    if (r >= 0)
        own_range(c, k, r, clause_end(c, r), true);
}

/* ---- reported speech ---- */

/* The item before k that is not transparent, or -1. */
static int prev_item(const ag_coder *c, int k)
{
    int j = k - 1;
    while (j >= 0 && transparent(&c->it[j]))
        j--;
    return j;
}

/* The speaker named after a speech tag at item k ("..., adds the
 * resolution", "..., said X"). */
static bool inverted_speaker(ag_coder *c, int k)
{
    int a = next_item(c, k);
    for (int w = 0; a < (int)c->ni && w < 4 && c->it[a].kind == I_WORD &&
                    ((c->it[a].fw & F_DET) || (!c->it[a].fw && !(c->it[a].wc & AG_WC_DOC)));
         w++)
        a++;
    if (a < (int)c->ni && is_act(&c->it[a])) {
        party_of_group(c, c->it[a].group, &c->speaker);
        return true;
    }
    return a < (int)c->ni && (c->it[a].wc & AG_WC_DOC) && bound(c, &c->it[a], &c->speaker);
}

/* Finds who speaks in the sentence and which items they say: "X said
 * (that) ...", or a tag after what was said: "..., X said",
 * "..., said X", "..., adds the resolution". */
static void find_speaker(ag_coder *c)
{
    c->speaker = (party){0};
    c->content0 = c->content1 = 0;
    for (int k = 0; k < (int)c->ni; k++) {
        const item *x = &c->it[k];
        if (!(x->wc & AG_WC_SPEECH) || !is_verb(x) || x->kind != I_WORD)
            continue;
        int j = prev_item(c, k), comma = -1;
        if (j >= 0 && (c->it[j].fw & F_COMMA)) {
            comma = j;
            if (!inverted_speaker(c, k) && !subject_of(c, k, &c->speaker, 0))
                continue;
        } else if (subject_of(c, k, &c->speaker, 0)) {
            if (j >= 0 && is_act(&c->it[j]))
                comma = prev_item(c, c->g[c->it[j].group].first);
            if (comma >= 0 && !(c->it[comma].fw & F_COMMA))
                comma = -1;
        } else {
            continue;
        }
        c->content0 = comma >= 0 ? 0 : k + 1;
        c->content1 = comma >= 0 ? comma : (int)c->ni;
        return;
    }
}

/* ---- coding ---- */

static void code_item(ag_coder *c, int k, const party *src, bool wish, double conf);

static bool in_complement(const ag_coder *c, int k, int j);

/* Whether verb item j heads owner k's complement or a clause of it: after
 * "to", "that X", an auxiliary, k itself or k's object ("accused Baku
 * holding"), another verb, or "and" after such a verb; not a participle
 * after a noun ("Americans travelling to Russia"). */
static bool verb_in_complement(const ag_coder *c, int k, int j)
{
    int p = prev_item(c, j);
    if (p < 0 || p == k)
        return true;
    const item *x = &c->it[p];
    if ((x->fw & (F_TO | F_THAT | F_AUX | F_OBLIG | F_NEG)) || is_verb(x))
        return true;
    if ((x->fw & F_PREP) && ends(&c->t[c->it[j].t0], "ing")) /* "for selling arms" */
        return true;
    if (x->fw & (F_CONJ | F_COMMA)) {
        for (int v = p - 1; v > k; v--)
            if (c->it[v].owner == k && is_verb(&c->it[v]))
                return c->it[v].kind == I_CUE ? in_complement(c, k, v) : true;
        return false;
    }
    if (is_act(x)) {
        int f = prev_item(c, c->g[x->group].first);
        return f == k || (f >= 0 && (c->it[f].fw & F_THAT));
    }
    return false;
}

/* Whether cue item j of owner k's complement is its own: a verb, or a
 * noun governed by k or by a verb of the complement; not a noun in a
 * phrase of its own ("seized after the war") or the object of another
 * cue ("blocking EU aid"). */
static bool in_complement(const ag_coder *c, int k, int j)
{
    if (c->it[j].kind != I_CUE || c->it[j].owner != k)
        return false;
    if (c->it[j].pos != AG_POS_NOUN)
        return verb_in_complement(c, k, j);
    int g = governor(c, j);
    if (c->it[j].reason && noun_prep(c, j) >= 0 && noun_prep(c, j) == reason_start(c, k))
        return true; /* "over its supply of drones" */
    return g == k || (g > k && g < j && (c->it[g].kind != I_CUE || light(&c->it[g])));
}

/* Codes the cues of owner item k's complement with source src. */
static void code_complement(ag_coder *c, int k, const party *src, bool wish, double conf)
{
    for (int j = k + 1; j < (int)c->ni; j++)
        if (in_complement(c, k, j))
            code_item(c, j, src, wish, conf);
}

/* An appeal: to its recipient, and the wishes of its complement; an event
 * of the complement naming its agent ("the withdrawal of X") makes X the
 * appeal's target. */
static void code_appeal(ag_coder *c, int k, const party *src, double conf)
{
    const ag_cue *q = c->it[k].cue;
    party r = {0};
    int from;
    if (appeal_recipient(c, k, &r, &from))
        emit(c, src, &r, q, false, conf);
    for (int j = k + 1; j < (int)c->ni; j++) {
        item *x = &c->it[j];
        if (!in_complement(c, k, j))
            continue;
        party agent = {0};
        if (x->pos == AG_POS_NOUN && (x->cue->flags & AG_CUE_AGENT_OF) &&
            noun_agent(c, j, &agent, 0))
            emit(c, src, &agent, q, false, 0.6);
        else
            code_item(c, j, src, true, 0.6);
    }
}

/* Codes cue item k. src: the source when the cue sits in another's
 * complement (NULL: find its own); wish: what the source wants done. */
static void code_item(ag_coder *c, int k, const party *src, bool wish, double conf)
{
    const item *x = &c->it[k];
    const ag_cue *q = x->cue;
    int g = gate(c, k), lg = is_verb(x) ? -1 : light_governor(c, k);
    if (g == GATE_OK && lg >= 0) /* "failed to sign a deal" */
        g = gate(c, lg);
    if (g == GATE_DROP || (g != GATE_OK && q->polarity != AG_SUPPORT))
        return;
    if (g != GATE_OK && (g == GATE_REVERSE ? c->unsupport : c->reject))
        q = g == GATE_REVERSE ? c->unsupport : c->reject;
    party s = {0}, t = {0};
    bool direct = false;
    if (src)
        s = *src;
    if (is_verb(x)) {
        verb_target(c, k, &t, &direct);
        if ((q->flags & AG_CUE_ACTOR_OBJ) && !direct)
            return;
        if (!src && !subject_of(c, k, &s, 0))
            return;
    } else {
        int how = src ? AGENT_OWN : noun_agent(c, k, &s, 0);
        noun_patient(c, k, &t);
        int nb = next_item(c, k);
        bool between = nb < (int)c->ni && is_word(c, &c->it[nb], "between");
        if (how == AGENT_NONE && (q->flags & AG_CUE_RECIP) && q->polarity == AG_HOSTILITY &&
            between && t.n > 1) { /* "tensions between A and B", but not "talks between" */
            s = t;
            how = AGENT_LIGHT;
        }
        if (how == AGENT_NONE)
            return;
        if (how == AGENT_LIGHT && !src)
            conf = 0.7;
    }
    if ((q->flags & AG_CUE_APPEAL) && !wish) {
        code_appeal(c, k, &s, conf);
        return;
    }
    emit(c, &s, &t, q, wish, conf);
    if (q->reasons && (direct || (x->pos == AG_POS_NOUN && t.n)))
        code_complement(c, k, &t, false, 0.6);
    if (wish)
        return;
    party both = s;
    for (int i = 0; (q->flags & AG_CUE_RECIP) && i < t.n; i++)
        party_add(&both, t.a[i], false);
    bind_key(c, type_key(x->cue), &both);
    if (x->pos == AG_POS_NOUN && (x->wc & AG_WC_DOC))
        bind(c, x, &both);
}

/* Whether verb item k is passive; sets its agents (after "by"). */
static bool passive(ag_coder *c, int k, party *agents)
{
    const item *x = &c->it[k];
    int n1 = next_item(c, k);
    bool by = n1 < (int)c->ni && (c->it[n1].fw & F_BY);
    if (by) {
        int a = actor_after(c, n1);
        if (a >= 0)
            party_of_group(c, c->it[a].group, agents);
        else if (n1 + 1 < (int)c->ni)
            event_agent(c, next_item(c, n1), agents, 0);
        return true;
    }
    const ag_token *t = &c->t[x->t1 - 1];
    if (ends(t, "ing"))
        return false;
    for (int j = k - 1; j >= 0; j--) {
        const item *y = &c->it[j];
        if (y->fw & F_BE)
            return true;
        if (!(transparent(y) || (y->fw & (F_AUX | F_NEG))))
            break;
    }
    int p = k - 1;
    while (p >= 0 && transparent(&c->it[p]))
        p--;
    bool after_noun = p >= 0 && c->it[p].kind == I_WORD && !c->it[p].fw && !is_verb(&c->it[p]);
    int s = n1 < (int)c->ni ? slot_of(&c->it[n1]) : -1;
    bool bare = n1 >= (int)c->ni || (c->it[n1].fw & (F_COMMA | F_BOUND)) ||
                ((c->it[n1].fw & F_PREP) && (s < 0 || !(x->cue->targets & (1u << s))));
    return ends(t, "ed") && after_noun && bare;
}

/* The target of passive verb item k: the phrase before it. */
static bool passive_target(ag_coder *c, int k, party *p)
{
    for (int j = k - 1; j >= 0; j--) {
        const item *x = &c->it[j];
        if (clause_edge(x))
            return false;
        if (transparent(x) || (x->fw & (F_AUX | F_NEG | F_DET | F_COMMA)))
            continue;
        if (is_act(x)) {
            int pp = prep_before(c, j);
            if (pp >= 0) {
                j = pp;
                continue;
            }
            party_of_group(c, x->group, p);
            return true;
        }
        if (x->kind == I_CUE && x->pos == AG_POS_NOUN)
            return event_agent(c, j, p, 0);
        if (x->wc & AG_WC_DOC)
            return bound(c, x, p);
        if (x->fw || is_verb(x))
            return false;
    }
    return false;
}

/* A cue reported with "should"/"must" (on itself or on the light verb
 * governing a noun): the speaker appeals to its subject and wishes the
 * act. Returns true when k was such a cue. */
static bool code_should(ag_coder *c, int k)
{
    int v = is_verb(&c->it[k]) ? k : light_governor(c, k);
    bool oblig = false;
    int j = v - 1;
    if (v >= 1 && plain_word(&c->it[j]) && j > 0 && (c->it[j - 1].fw & F_OBLIG))
        j--; /* "must keep supporting" */
    for (; v >= 0 && j >= 0 && (transparent(&c->it[j]) || (c->it[j].fw & (F_AUX | F_NEG))); j--)
        oblig = oblig || (c->it[j].fw & F_OBLIG);
    if (!oblig)
        return false;
    bool spoken = c->speaker.n && k >= c->content0 && k < c->content1;
    if (!spoken)
        return true;
    if (c->it[k].cue->flags & AG_CUE_APPEAL)
        code_appeal(c, k, &c->speaker, 0.6);
    else
        code_item(c, k, &c->speaker, true, 0.6);
    return true;
}

/* Whether verb item k is passive by the parse, with its agents and its
 * target (the subject); SYN_SILENT when the parse does not link it. */
static int syn_passive(ag_coder *c, int k, party *agents, party *target)
{
    size_t v = c->it[k].t0;
    if (!c->parsed || !ag_syn_used(&c->syn, v))
        return SYN_SILENT;
    if (!ag_syn_passive(&c->syn, v))
        return SYN_NONE;
    bool passive;
    syn_by(c, v, agents);
    syn_party(c, ag_syn_subject(&c->syn, v, &passive), target, 0);
    return SYN_FOUND;
}

/* "X said (that) Y must/should V": whatever V is, X demands (must) or asks
 * (should) something of Y, the subject of the clause. */
static void code_obligations(ag_coder *c)
{
    for (int j = c->content0; c->speaker.n && j < c->content1; j++) {
        const item *x = &c->it[j];
        party s = {0};
        const ag_cue *q = is_word(c, x, "must") ? c->demand : c->appeal;
        if (!(x->fw & F_OBLIG) || !q || !subject_of(c, j, &s, 0))
            continue;
        emit(c, &c->speaker, &s, q, false, 0.6);
    }
}

static void code_verb(ag_coder *c, int k)
{
    party agents = {0}, t = {0};
    if (code_should(c, k))
        return;
    int sy = syn_passive(c, k, &agents, &t);
    if (sy == SYN_SILENT ? !passive(c, k, &agents) : sy == SYN_NONE) {
        code_item(c, k, NULL, false, 0.9);
        return;
    }
    if (agents.n && gate(c, k) == GATE_OK &&
        (sy == SYN_FOUND ? t.n > 0 : passive_target(c, k, &t))) {
        emit(c, &agents, &t, c->it[k].cue, false, 0.8);
        bind_key(c, type_key(c->it[k].cue), &agents);
    }
}

/* Binds documents named in an opening "In a statement, ..." to the
 * sentence's subject. */
static void bind_documents(ag_coder *c, const party *subject)
{
    for (int k = 1; k < (int)c->ni && subject->n; k++) {
        const item *x = &c->it[k];
        if (!(x->wc & AG_WC_DOC) || is_verb(x))
            continue;
        int j = k - 1;
        while (j > 0 && c->it[j].kind == I_WORD && (c->it[j].fw & F_DET || !c->it[j].fw) &&
               !is_verb(&c->it[j]) && j > k - 4)
            j--;
        if (strcmp(c->t[c->it[j].t0].norm, "in") == 0 && !bound(c, x, &(party){0}))
            bind(c, x, subject);
    }
}

/* Tells the mention finder the sentence's subject (for pronouns). */
static void note_subject(ag_coder *c)
{
    party s = {0};
    for (int k = 0; k < (int)c->ni && !s.n; k++)
        if (is_verb(&c->it[k]))
            subject_of(c, k, &s, 0);
    for (int k = 0; k < (int)c->ni && !s.n; k++)
        if (is_act(&c->it[k]) && prep_before(c, k) < 0 && !mention_of(c, &c->it[k])->poss)
            party_of_group(c, c->it[k].group, &s);
    ag_mentions_subject(c->m, s.a, (size_t)s.n);
    bind_documents(c, &s);
}

/* Names of several words are glued into one for the parser (but not the
 * possessive after them). */
static void glue_names(ag_coder *c)
{
    for (size_t i = 0; i < c->n; i++)
        c->glue[i] = false;
    for (size_t k = 0; k < c->ni; k++) {
        const item *x = &c->it[k];
        if (!is_act(x) || mention_of(c, x)->how == AG_MENTION_PRONOUN)
            continue;
        for (size_t t = x->t0 + 1; t < x->t1; t++)
            c->glue[t] = (c->t[t].flags & AG_TOK_WORD) && (c->t[t - 1].flags & AG_TOK_WORD) &&
                         !(c->t[t].flags & AG_TOK_POSS);
    }
}

/* The faults of a parse against the items: a word read as a verb that the
 * parse does not read so, an actor it reads as a verb or leaves out. */
static size_t judge(const ag_syntax *s, void *ctx)
{
    const ag_coder *c = ctx;
    size_t faults = 0;
    for (size_t k = 0; k < c->ni; k++) {
        const item *x = &c->it[k];
        if (is_verb(x) && !ag_syn_verb(s, x->t0))
            faults++;
        if (is_act(x) && mention_of(c, x)->how != AG_MENTION_PRONOUN &&
            (ag_syn_verb(s, x->t0) || !ag_syn_used(s, x->t0)))
            faults++;
    }
    return faults;
}

/* Parses the sentence when a parser is set; returns whether it was. */
static bool parse_sentence(ag_coder *c, const char *text)
{
    if (!c->parser)
        return false;
    glue_names(c);
    c->parsed = ag_parse(c->parser, text, c->t, c->n, c->glue, judge, c, &c->syn);
    return c->parsed;
}

/* Codes top-level cue item k; returns whether it gave a relation (then
 * marks it coded). */
static bool code_cue(ag_coder *c, int k)
{
    size_t before = c->nout;
    if (is_verb(&c->it[k]))
        code_verb(c, k);
    else if (!code_should(c, k))
        code_item(c, k, NULL, false, 0.75);
    c->it[k].coded = c->nout > before;
    return c->it[k].coded;
}

size_t ag_coder_sentence(ag_coder *c, const char *text, const ag_token *t, size_t n,
                         const ag_mention *ms, size_t nm, const ag_coded **out)
{
    c->t = t;
    c->n = n;
    c->ms = ms;
    c->nout = 0;
    if (n > c->captok) {
        c->owner_of = ag_xrealloc(c->owner_of, n * sizeof *c->owner_of);
        c->mention_at = ag_xrealloc(c->mention_at, n * sizeof *c->mention_at);
        c->tfw = ag_xrealloc(c->tfw, n * sizeof *c->tfw);
        c->absorbed = ag_xrealloc(c->absorbed, n * sizeof *c->absorbed);
        c->glue = ag_xrealloc(c->glue, n * sizeof *c->glue);
        c->captok = n;
    }
    c->parsed = false;
    build_items(c, nm);
    build_groups(c);
    find_speaker(c);
    for (int k = 0; k < (int)c->ni; k++) {
        if (c->it[k].kind != I_CUE || c->it[k].owner >= 0)
            continue;
        if (c->it[k].cue->flags & AG_CUE_APPEAL)
            mark_appeal(c, k);
        if (c->it[k].cue->reasons)
            mark_reason(c, k);
    }
    for (int k = 0; k < (int)c->ni; k++) /* what a complement does not govern is coded alone */
        if (c->it[k].owner >= 0 && !in_complement(c, c->it[k].owner, k))
            c->it[k].owner = -1;
    c->nfound = 0;
    for (size_t k = 0; k < c->ni; k++) {
        const item *x = &c->it[k];
        if (x->kind != I_CUE)
            continue;
        ag_grow(&c->found, &c->capfound, c->nfound + 1, sizeof *c->found);
        c->found[c->nfound++] = (ag_cue_found){x->cue, x->t0, x->t1, is_verb(x)};
    }
    code_obligations(c);
    bool retry = false;
    for (int k = 0; k < (int)c->ni; k++) {
        if (c->it[k].kind == I_CUE && c->it[k].owner < 0 && !code_cue(c, k))
            retry = true;
    }
    if (retry && parse_sentence(c, text))
        for (int k = 0; k < (int)c->ni; k++)
            if (c->it[k].kind == I_CUE && c->it[k].owner < 0 && !c->it[k].coded)
                code_cue(c, k);
    c->was_parsed = c->parsed;
    c->parsed = false; /* the sentence's subject, for pronouns, by shallow syntax */
    note_subject(c);
    *out = c->out;
    return c->nout;
}
