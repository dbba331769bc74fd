/* coder_appeal.c: complements: appeals, reasons, reported "should"
 * (coder_int.h). */
#include "coder_int.h"

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
    int j = cd_after_time(c, next_item(c, k)); /* "demanded on Wednesday that" */
    *from = j;
    if (j < (int)c->ni && (c->it[j].fw & F_THAT))
        j = next_item(c, j);
    while (j < (int)c->ni && (c->it[j].fw & F_DET))
        j++;
    if (j < (int)c->ni && c->it[j].kind == I_WORD && (c->it[j].fw & F_PREP) &&
        slot_of(&c->it[j]) >= 0 && (c->it[k].cue->targets & (1u << slot_of(&c->it[j]))) &&
        cd_actor_after(c, j) >= 0)
        j = cd_actor_after(c, j);
    if (j >= (int)c->ni || !is_act(&c->it[j]) || mention_of(c, &c->it[j])->poss)
        return false;
    cd_party_of_group(c, c->it[j].group, p);
    *from = c->g[c->it[j].group].last + 1;
    return true;
}

void cd_mark_appeal(ag_coder *c, int k)
{
    party r = {0};
    int from;
    if (!appeal_recipient(c, k, &r, &from) && (c->it[k].cue->flags & AG_CUE_ACTOR_OBJ))
        return; /* "ordered the expulsion of": no appeal, a light verb */
    own_range(c, k, from, cd_clause_end(c, from > k ? from - 1 : k), false);
}

/* Where the reason of item k starts ("for", "of", or a bare -ing after its
 * object), or -1. */
static int reason_start(const ag_coder *c, int k)
{
    const ag_cue *q = c->it[k].cue;
    int end = cd_phrase_end(c, k);
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

void cd_mark_reason(ag_coder *c, int k)
{
    int r = reason_start(c, k);
    if (r >= 0)
        own_range(c, k, r, cd_clause_end(c, r), true);
}

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
                return c->it[v].kind == I_CUE ? cd_in_complement(c, k, v) : true;
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
bool cd_in_complement(const ag_coder *c, int k, int j)
{
    if (c->it[j].kind != I_CUE || c->it[j].owner != k)
        return false;
    if (c->it[j].pos != AG_POS_NOUN)
        return verb_in_complement(c, k, j);
    int g = cd_governor(c, j);
    if (c->it[j].reason && cd_noun_prep(c, j) >= 0 && cd_noun_prep(c, j) == reason_start(c, k))
        return true; /* "over its supply of drones" */
    return g == k || (g > k && g < j && (c->it[g].kind != I_CUE || light(&c->it[g])));
}

/* Codes the cues of owner item k's complement with source src. */
void cd_code_complement(ag_coder *c, int k, const party *src, bool wish, double conf)
{
    for (int j = k + 1; j < (int)c->ni; j++)
        if (cd_in_complement(c, k, j))
            cd_code_item(c, j, src, wish, conf);
}

/* An appeal: to its recipient, and the wishes of its complement; an event
 * of the complement naming its agent ("the withdrawal of X") makes X the
 * appeal's target. */
void cd_code_appeal(ag_coder *c, int k, const party *src, double conf)
{
    const ag_cue *q = c->it[k].cue;
    party r = {0};
    int from;
    if (appeal_recipient(c, k, &r, &from))
        cd_emit(c, src, &r, q, false, conf);
    for (int j = k + 1; j < (int)c->ni; j++) {
        item *x = &c->it[j];
        if (!cd_in_complement(c, k, j))
            continue;
        party agent = {0};
        if (x->pos == AG_POS_NOUN && (x->cue->flags & AG_CUE_AGENT_OF) &&
            cd_noun_agent(c, j, &agent, 0))
            cd_emit(c, src, &agent, q, false, CONF_WISH);
        else
            cd_code_item(c, j, src, true, CONF_WISH);
    }
}

/* A cue reported with "should"/"must" (on itself or on the light verb
 * governing a noun): the speaker appeals to its subject and wishes the
 * act. Returns true when k was such a cue. */
bool cd_code_should(ag_coder *c, int k)
{
    int v = is_verb(&c->it[k]) ? k : cd_light_governor(c, k);
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
        cd_code_appeal(c, k, &c->speaker, CONF_WISH);
    else
        cd_code_item(c, k, &c->speaker, true, CONF_WISH);
    return true;
}
