/* coder_roles.c: who acts on whom (coder_int.h). */
#include <string.h>

#include "coder_int.h"
#include "util.h"

static int apposed(const ag_coder *c, int k);

void cd_party_add(party *p, int a, bool weak)
{
    for (int i = 0; i < p->n; i++)
        if (p->a[i] == a)
            return;
    if (a >= 0 && p->n < MAX_PARTY)
        p->a[p->n++] = a;
    p->weak = p->weak || weak;
}

void cd_party_of_group(const ag_coder *c, int g, party *p)
{
    for (int k = c->g[g].first; k <= c->g[g].last; k++) {
        if (!is_act(&c->it[k]))
            continue;
        const ag_mention *m = mention_of(c, &c->it[k]);
        for (int i = 0; i < m->nactor; i++)
            cd_party_add(p, m->actor[i], weak_mention(m));
    }
}

/* The preposition whose object actor item k is, or -1. "after Russia
 * invaded" opens a clause: "after" is no preposition there. */
int cd_prep_before(const ag_coder *c, int k)
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

uint64_t cd_type_key(const ag_cue *q)
{
    return ag_text_hash(q->type, strlen(q->type)) ^ UINT64_C(0x5bd1e9955bd1e995);
}

static bool bound_key(const ag_coder *c, uint64_t key, party *p)
{
    for (size_t b = c->nbind; b-- > 0;) {
        if (c->bind[b].key != key)
            continue;
        for (int i = 0; i < c->bind[b].n; i++)
            cd_party_add(p, c->bind[b].a[i], true);
        return true;
    }
    return false;
}

/* Who made the document or event item x names, as bound earlier. */
bool cd_bound(const ag_coder *c, const item *x, party *p)
{
    return bound_key(c, head_key(c, x), p) ||
           (x->kind == I_CUE && bound_key(c, cd_type_key(x->cue), p));
}

void cd_bind_key(ag_coder *c, uint64_t key, const party *p)
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

void cd_bind(ag_coder *c, const item *x, const party *p)
{
    cd_bind_key(c, head_key(c, x), p);
}

static void party_of_mention(const ag_coder *c, int k, party *p)
{
    const ag_mention *m = mention_of(c, &c->it[k]);
    for (int i = 0; i < m->nactor; i++)
        cd_party_add(p, m->actor[i], weak_mention(m));
}

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
        return cd_event_agent(c, k, p, depth + 1);
    if (k >= 0 && (c->it[k].wc & AG_WC_DOC) && cd_bound(c, &c->it[k], p))
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
int cd_syn_subject(ag_coder *c, int k, party *p)
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

/* A participle used as an adjective: "jailed journalist". */
static bool participle(const ag_coder *c, const item *x)
{
    return x->kind == I_CUE && x->t1 == x->t0 + 1 && ends(&c->t[x->t0], "ed") &&
           c->mention_at[x->t1 < c->n ? x->t1 : x->t0] >= 0;
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
int cd_actor_after(const ag_coder *c, int k)
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
            return cd_actor_after(c, j);
        if (x->fw & (F_PREP | F_BOUND | F_COMMA))
            return -1;
    }
    return -1;
}

/* The target in one of `slots` after item k, up to item end. */
static bool slot_target(const ag_coder *c, int k, int end, uint32_t slots, party *p)
{
    for (int j = k + 1; j < end; j++) {
        const item *x = &c->it[j];
        int s = slot_of(x);
        if (s < 0 || !(slots & (1u << s)))
            continue;
        int a = cd_actor_after(c, j);
        if (a < 0)
            a = owner_after(c, j + 1, end);
        if (a >= 0 && mention_of(c, &c->it[a])->poss && apposed(c, a) >= 0)
            a = apposed(c, a);
        if (a >= 0) {
            cd_party_of_group(c, c->it[a].group, p);
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

/* Whether noun item k is followed by "of" and an actor. */
static bool of_actor(const ag_coder *c, int k)
{
    int of = next_item(c, k);
    return of < (int)c->ni && is_word(c, &c->it[of], "of") && cd_actor_after(c, of) >= 0;
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
    if (is_act(x) && cd_prep_before(c, j) < 0) {
        int ev = mention_of(c, x)->poss ? owned_event(c, j) : -1;
        if (ev >= 0) {
            *event = true;
            const ag_cue *q = c->it[ev].cue;
            return (q->flags & AG_CUE_POSS_PATIENT) && !of_actor(c, ev)
                       ? cd_noun_patient(c, ev, p)
                       : cd_event_agent(c, ev, p, 0);
        }
        int a = mention_of(c, x)->poss ? apposed(c, j) : including(c, c->g[x->group].last);
        cd_party_of_group(c, a >= 0 ? c->it[a].group : x->group, p);
        return true;
    }
    if (x->kind == I_CUE && x->pos == AG_POS_NOUN && !(j + 1 < end && plain_word(&c->it[j + 1]))) {
        *event = true; /* but "the genocide determination" names no event */
        return cd_event_agent(c, j, p, 0);
    }
    if (x->kind == I_WORD && (x->wc & AG_WC_DOC) && !is_verb(x) && cd_bound(c, x, p))
        return true;
    int a = x->kind == I_WORD && !x->fw ? owner_after(c, j, end) : -1;
    if (a >= 0) {
        cd_party_of_group(c, c->it[a].group, p);
        return true;
    }
    return false;
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
            return object_at(c, j + 1, cd_clause_end(c, j), p, &event) && !event;
        if (c->it[j].fw & (F_BOUND | F_REL) || is_verb(&c->it[j]))
            return false;
    }
    return false;
}

/* The target of verb item k: its object, else an actor in one of its
 * slots. *direct: the object was an actor. */
bool cd_verb_target(ag_coder *c, int k, party *p, bool *direct)
{
    const ag_cue *q = c->it[k].cue;
    int from = past_free_relative(c, k + 1), end = cd_phrase_end(c, from - 1);
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
        end = cd_phrase_end(c, from - 1);
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

/* The actor item right before noun item k (across up to two plain words
 * after a possessive), or -1. */
int cd_noun_owner(const ag_coder *c, int k)
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
            return cd_actor_after(c, j);
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
int cd_noun_prep(const ag_coder *c, int k)
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

int cd_governor(const ag_coder *c, int k)
{
    int j;
    if (cd_noun_prep(c, k) >= 0)
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

/* The light verb governing noun item k, or -1 (see coder.h). */
int cd_light_governor(const ag_coder *c, int k)
{
    int g = cd_governor(c, k);
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

/* The agent of noun item k: its own (adjective, possessive, "by", "of"
 * for agent_of cues), else the subject of a light verb governing it.
 * Returns which (AGENT_*). */
int cd_noun_agent(ag_coder *c, int k, party *p, int depth)
{
    const ag_cue *q = c->it[k].cue;
    int o = cd_noun_owner(c, k), of = next_item(c, k), a = -1, g = cd_light_governor(c, k);
    if (o >= 0 && g >= 0 && mention_of(c, &c->it[o])->how == AG_MENTION_PRONOUN &&
        mention_of(c, &c->it[o])->poss && cd_subject_of(c, g, p, depth + 1))
        return AGENT_OWN; /* "X expressed its solidarity": its is X */
    if (o >= 0 &&
        !(mention_of(c, &c->it[o])->poss && (q->flags & AG_CUE_POSS_PATIENT) && !of_actor(c, k)))
        a = o;
    else if (by_agent(c, k) >= 0)
        a = by_agent(c, k);
    else if ((q->flags & AG_CUE_AGENT_OF) && of < (int)c->ni && c->it[of].kind == I_WORD &&
             !strcmp(c->t[c->it[of].t0].norm, "of"))
        a = cd_actor_after(c, of);
    if (a >= 0) {
        cd_party_of_group(c, c->it[a].group, p);
        return AGENT_OWN;
    }
    int in = cd_noun_prep(c, k);
    if (g >= 0)
        return cd_subject_of(c, g, p, depth + 1) ? AGENT_LIGHT : AGENT_NONE;
    if (in >= 0 && is_word(c, &c->it[in], "in") && adverbial(c, k)) /* "in solidarity with" */
        return cd_clause_subject(c, in - 1, p, depth + 1) ? AGENT_LIGHT : AGENT_NONE;
    return AGENT_NONE;
}

/* What an event named by noun item k stands for as the object or subject
 * of another cue: its agent, else whoever it was bound to. */
bool cd_event_agent(ag_coder *c, int k, party *p, int depth)
{
    if (depth > 4)
        return false;
    if (c->it[k].kind == I_CUE && cd_noun_agent(c, k, p, depth))
        return true;
    return cd_bound(c, &c->it[k], p);
}

/* The patient of noun item k: a possessive (when the cue says so), or the
 * actor in one of its slots. */
bool cd_noun_patient(ag_coder *c, int k, party *p)
{
    const ag_cue *q = c->it[k].cue;
    int o = cd_noun_owner(c, k);
    if (o >= 0 && mention_of(c, &c->it[o])->poss && (q->flags & AG_CUE_POSS_PATIENT) &&
        !of_actor(c, k)) {
        cd_party_of_group(c, c->it[o].group, p);
        return true;
    }
    uint32_t slots = q->targets & ~(1u << AG_SLOT_OBJ);
    if (q->flags & AG_CUE_AGENT_OF)
        slots &= ~(1u << AG_SLOT_OF);
    int end = cd_clause_end(c, k);
    party in = {0};
    for (int j = k + 1; j < end && j <= k + 10; j++) {
        if (c->it[j].kind == I_CUE || is_verb(&c->it[j]) || (c->it[j].fw & F_THAT))
            break;
        int s = slot_of(&c->it[j]);
        if (s >= 0 && (slots & (1u << s)))
            slot_target(c, j - 1, j + 8 < end ? j + 8 : end, 1u << s, s == AG_SLOT_IN ? &in : p);
    }
    for (int i = 0; !p->n && i < in.n; i++) /* a place only when nothing else: "strikes in Gaza" */
        cd_party_add(p, in.a[i], in.weak);
    return p->n || (q->reasons && that_subject(c, k, p));
}

/* Whether verb item k is passive; sets its agents (after "by"). */
bool cd_passive(ag_coder *c, int k, party *agents)
{
    const item *x = &c->it[k];
    int n1 = next_item(c, k);
    bool by = n1 < (int)c->ni && (c->it[n1].fw & F_BY);
    if (by) {
        int a = cd_actor_after(c, n1);
        if (a >= 0)
            cd_party_of_group(c, c->it[a].group, agents);
        else if (n1 + 1 < (int)c->ni)
            cd_event_agent(c, next_item(c, n1), agents, 0);
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
bool cd_passive_target(ag_coder *c, int k, party *p)
{
    for (int j = k - 1; j >= 0; j--) {
        const item *x = &c->it[j];
        if (clause_edge(x))
            return false;
        if (transparent(x) || (x->fw & (F_AUX | F_NEG | F_DET | F_COMMA)))
            continue;
        if (is_act(x)) {
            int pp = cd_prep_before(c, j);
            if (pp >= 0) {
                j = pp;
                continue;
            }
            cd_party_of_group(c, x->group, p);
            return true;
        }
        if (x->kind == I_CUE && x->pos == AG_POS_NOUN)
            return cd_event_agent(c, j, p, 0);
        if (x->wc & AG_WC_DOC)
            return cd_bound(c, x, p);
        if (x->fw || is_verb(x))
            return false;
    }
    return false;
}

/* Whether verb item k is passive by the parse, with its agents and its
 * target (the subject); SYN_SILENT when the parse does not link it. */
int cd_syn_passive(ag_coder *c, int k, party *agents, party *target)
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
