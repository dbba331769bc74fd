/* coder_int.h: what the coder's files share (coder.c, coder_clause.c,
 * coder_roles.c, coder_appeal.c); the rules they implement are in coder.h.
 *
 * A sentence is read as items: actor mentions, cues (as a verb or a noun)
 * and other words, each with the function-word classes of its token. The
 * stages work on items:
 *   coder_clause.c  clauses and coordination: groups of actors, time
 *                   adjuncts, clause ends, subjects, the speaker, negation;
 *   coder_roles.c   who acts on whom: parties, objects and the targets in a
 *                   cue's slots, nouns' agents and patients, passives,
 *                   documents and events bound to their makers, and the
 *                   same read off the parse when there is one;
 *   coder_appeal.c  complements: appeals, reasons, reported "should";
 *   coder.c         items, the output, and the order of it all.
 */
#ifndef AG_CODER_INT_H
#define AG_CODER_INT_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "coder.h"
#include "syntax.h"

/* Confidence by how a relation was found (coder.h). */
static const double CONF_ACTIVE = 0.9;  /* an active verb */
static const double CONF_PASSIVE = 0.8; /* a passive verb with its "by" agent */
static const double CONF_NOUN = 0.75;   /* a noun with its own agent */
static const double CONF_LIGHT = 0.7;   /* a noun whose agent is a light verb's subject */
static const double CONF_WISH = 0.6;    /* appeals' wishes, reasons, reported "should" */
static const double CONF_WEAK = 0.85;   /* times this when reached through a pronoun,
                                           a description or a document */
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

enum { SYN_SILENT = -1, SYN_NONE = 0, SYN_FOUND = 1 };  /* what a parse says of a role */
enum { AGENT_NONE, AGENT_OWN, AGENT_LIGHT };            /* how a noun's agent was found */
enum { GATE_OK, GATE_DROP, GATE_REVERSE, GATE_REFUSE }; /* what negation does to a cue */

/* ---- small predicates ---- */

static inline bool ends(const ag_token *t, const char *suffix)
{
    size_t m = strlen(suffix);
    return t->nlen > m + 1 && memcmp(t->norm + t->nlen - m, suffix, m) == 0;
}

static inline bool is_verb(const item *x)
{
    return x->pos == AG_POS_VERB;
}

static inline bool is_act(const item *x)
{
    return x->kind == I_ACTOR;
}

static inline bool transparent(const item *x)
{
    return x->kind == I_WORD && (x->fw & (F_ADV | F_QUOTE | F_PART)) && !(x->fw & F_PREP);
}

static inline const ag_mention *mention_of(const ag_coder *c, const item *x)
{
    return &c->ms[x->mention];
}

/* The first item after k that is not transparent, or ni. */
static inline int next_item(const ag_coder *c, int k)
{
    int j = k + 1;
    while (j < (int)c->ni && transparent(&c->it[j]))
        j++;
    return j;
}

static inline bool weak_mention(const ag_mention *m)
{
    return m->how == AG_MENTION_PRONOUN || m->how == AG_MENTION_ANAPHOR;
}

static inline bool clause_edge(const item *x)
{
    return x->kind == I_WORD && (x->fw & (F_BOUND | F_THAT | F_REL));
}

static inline bool plain_word(const item *x)
{
    return x->kind == I_WORD && !x->fw && !is_verb(x);
}

static inline bool is_word(const ag_coder *c, const item *x, const char *w)
{
    size_t n = strlen(w);
    return x->kind == I_WORD && c->t[x->t0].nlen == n && memcmp(c->t[x->t0].norm, w, n) == 0;
}

static inline int slot_of(const item *x)
{
    return x->slot;
}

static inline bool light(const item *x)
{
    return (x->wc & AG_WC_LIGHT) || (x->kind == I_CUE && (x->cue->flags & AG_CUE_LIGHT));
}

/* The item before k that is not transparent, or -1. */
static inline int prev_item(const ag_coder *c, int k)
{
    int j = k - 1;
    while (j >= 0 && transparent(&c->it[j]))
        j--;
    return j;
}

/* ---- clauses (coder_clause.c) ---- */

/* The item at or after j once time adjuncts are skipped. */
int cd_after_time(const ag_coder *c, int j);

void cd_build_groups(ag_coder *c);

/* The subject of the clause that item j stands in, looking left: that of
 * its verb when one is found, else the nearest actor outside a
 * prepositional phrase. */
bool cd_clause_subject(ag_coder *c, int j, party *p, int depth);

/* The subject of verb item k (see coder.h). */
bool cd_subject_of(ag_coder *c, int k, party *p, int depth);

/* The end of the clause starting after item k: a boundary, a relative
 * pronoun, or a comma before a verb or a new subject with its verb. */
int cd_clause_end(const ag_coder *c, int k);

/* The end of a verb's phrase: the clause end or the next verb. */
int cd_phrase_end(const ag_coder *c, int k);

/* Looks left of item k through auxiliaries, "to", determiners and
 * possessive pronouns for a negation, a blocking or a reversing verb. */
int cd_gate(const ag_coder *c, int k);

/* Finds who speaks in the sentence and which items they say: "X said
 * (that) ...", or a tag after what was said: "..., X said",
 * "..., said X", "..., adds the resolution". */
void cd_find_speaker(ag_coder *c);

/* ---- roles (coder_roles.c) ---- */

void cd_party_add(party *p, int a, bool weak);

void cd_party_of_group(const ag_coder *c, int g, party *p);

/* The preposition whose object actor item k is, or -1. "after Russia
 * invaded" opens a clause: "after" is no preposition there. */
int cd_prep_before(const ag_coder *c, int k);

uint64_t cd_type_key(const ag_cue *q);

/* Who made the document or event item x names, as bound earlier. */
bool cd_bound(const ag_coder *c, const item *x, party *p);

void cd_bind_key(ag_coder *c, uint64_t key, const party *p);

void cd_bind(ag_coder *c, const item *x, const party *p);

/* Who acts in verb item k, by the parse: its subject, or its "by" agent
 * when it is passive. SYN_SILENT when the parse does not link the verb. */
int cd_syn_subject(ag_coder *c, int k, party *p);

/* The first actor after item k, across determiners and up to two plain
 * words ("by key EU member states"), made specific by "including"; else
 * the actors "including" names; or -1. */
int cd_actor_after(const ag_coder *c, int k);

/* The target of verb item k: its object, else an actor in one of its
 * slots. *direct: the object was an actor. */
bool cd_verb_target(ag_coder *c, int k, party *p, bool *direct);

/* The actor item right before noun item k (across up to two plain words
 * after a possessive), or -1. */
int cd_noun_owner(const ag_coder *c, int k);

/* The verb whose phrase noun item k stands in, or -1: the nearest verb
 * before it, across its own and coordinated noun phrases but not across a
 * clause edge or a subordinating word ("after the war"). */
/* The preposition heading the phrase noun item k stands in, across "of"
 * inside a noun phrase ("hundreds of new sanctions"), or -1. "in" after an
 * amount ("500 million euros in aid") is no such preposition. */
int cd_noun_prep(const ag_coder *c, int k);

int cd_governor(const ag_coder *c, int k);

/* The light verb governing noun item k, or -1 (see coder.h). */
int cd_light_governor(const ag_coder *c, int k);

/* The agent of noun item k: its own (adjective, possessive, "by", "of"
 * for agent_of cues), else the subject of a light verb governing it.
 * Returns which (AGENT_*). */
int cd_noun_agent(ag_coder *c, int k, party *p, int depth);

/* What an event named by noun item k stands for as the object or subject
 * of another cue: its agent, else whoever it was bound to. */
bool cd_event_agent(ag_coder *c, int k, party *p, int depth);

/* The patient of noun item k: a possessive (when the cue says so), or the
 * actor in one of its slots. */
bool cd_noun_patient(ag_coder *c, int k, party *p);

/* Whether verb item k is passive; sets its agents (after "by"). */
bool cd_passive(ag_coder *c, int k, party *agents);

/* The target of passive verb item k: the phrase before it. */
bool cd_passive_target(ag_coder *c, int k, party *p);

/* Whether verb item k is passive by the parse, with its agents and its
 * target (the subject); SYN_SILENT when the parse does not link it. */
int cd_syn_passive(ag_coder *c, int k, party *agents, party *target);

/* ---- appeals (coder_appeal.c) ---- */

void cd_mark_appeal(ag_coder *c, int k);

void cd_mark_reason(ag_coder *c, int k);

/* Whether cue item j of owner k's complement is its own: a verb, or a
 * noun governed by k or by a verb of the complement; not a noun in a
 * phrase of its own ("seized after the war") or the object of another
 * cue ("blocking EU aid"). */
bool cd_in_complement(const ag_coder *c, int k, int j);

/* Codes the cues of owner item k's complement with source src. */
void cd_code_complement(ag_coder *c, int k, const party *src, bool wish, double conf);

/* An appeal: to its recipient, and the wishes of its complement; an event
 * of the complement naming its agent ("the withdrawal of X") makes X the
 * appeal's target. */
void cd_code_appeal(ag_coder *c, int k, const party *src, double conf);

/* A cue reported with "should"/"must" (on itself or on the light verb
 * governing a noun): the speaker appeals to its subject and wishes the
 * act. Returns true when k was such a cue. */
bool cd_code_should(ag_coder *c, int k);

/* ---- coding (coder.c) ---- */

/* Every source to every target, as CAMEO codes events: "A held talks
 * with B" is A's event toward B. A reciprocal cue with no target gives
 * every direction among its sources: "A and B agreed", "tensions between A
 * and B" (whose target is its source). */
void cd_emit(ag_coder *c, const party *src, const party *tgt, const ag_cue *q, bool wish,
             double conf);

/* Codes cue item k. src: the source when the cue sits in another's
 * complement (NULL: find its own); wish: what the source wants done. */
void cd_code_item(ag_coder *c, int k, const party *src, bool wish, double conf);

#endif
