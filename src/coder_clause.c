/* coder_clause.c: clauses and coordination (coder_int.h). */
#include <string.h>

#include "coder_int.h"
#include "util.h"

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
int cd_after_time(const ag_coder *c, int j)
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

void cd_build_groups(ag_coder *c)
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

/* The subject of the clause that item j stands in, looking left: that of
 * its verb when one is found, else the nearest actor outside a
 * prepositional phrase. */
bool cd_clause_subject(ag_coder *c, int j, party *p, int depth)
{
    for (int v = j; v >= 0 && !clause_edge(&c->it[v]); v--)
        if (is_verb(&c->it[v]) && c->it[v].owner < 0)
            return cd_subject_of(c, v, p, depth + 1);
    for (; j >= 0; j--) {
        const item *x = &c->it[j];
        if (clause_edge(x))
            return false;
        if (is_act(x) && cd_prep_before(c, j) < 0 && !mention_of(c, x)->poss) {
            cd_party_of_group(c, x->group, p);
            return true;
        }
    }
    return false;
}

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
            if (a >= 0 && is_act(&c->it[a]) && cd_prep_before(c, a) < 0 && (rel || !verb))
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

/* The subject of verb item k (see coder.h). */
bool cd_subject_of(ag_coder *c, int k, party *p, int depth)
{
    if (depth > 4)
        return false;
    if (cd_syn_subject(c, k, p) == SYN_FOUND)
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
    if ((x->fw & F_TO) && before_to >= 0 && cd_noun_owner(c, before_to) >= 0) {
        cd_party_of_group(c, c->it[cd_noun_owner(c, before_to)].group,
                          p); /* "Kosovo's decision to ban" */
        return true;
    }
    if ((x->fw & F_TO) && j > 0 && is_act(&c->it[j - 1])) { /* "prompting Israel to recall" */
        cd_party_of_group(c, c->it[j - 1].group, p);
        return true;
    }
    if (ing && (x->fw & F_COMMA)) { /* "..., rejecting": the main clause's subject */
        int v = coordinated_verb(c, j, true);
        return v >= 0 ? cd_subject_of(c, v, p, depth + 1) : cd_clause_subject(c, j - 1, p, depth);
    }
    if ((x->fw & F_TO) && object_of_cue(c, j))
        return false; /* "condemned the attempt to overthrow": whose attempt? */
    if ((x->fw & F_TO) || (ing && (x->fw & (F_SUB | F_PREP))))
        return cd_clause_subject(c, j - 1, p, depth);
    if (plain_word(x) && ends(&c->t[x->t0], "s") && j > 0 && is_act(&c->it[j - 1]) &&
        !mention_of(c, &c->it[j - 1])->poss)
        x = &c->it[--j]; /* "Turkish government forces attacked": the plural's actor */
    if (is_act(x)) {
        int pp = cd_prep_before(c, j);
        if (pp >= 0)
            return cd_clause_subject(c, pp - 1, p, depth);
        cd_party_of_group(c, x->group, p);
        return true;
    }
    if (x->fw & (F_CONJ | F_COMMA)) {
        int a = (x->fw & F_COMMA) ? parenthesis_subject(c, j) : -1;
        if (a >= 0) {
            cd_party_of_group(c, c->it[a].group, p);
            return true;
        }
        bool outer = (x->fw & F_COMMA) || (j > 0 && (c->it[j - 1].fw & F_COMMA));
        int v = coordinated_verb(c, j, outer), that = j;
        while (outer && v < 0 && that >= 0 && !(c->it[that].fw & F_THAT))
            that--;
        return v >= 0 ? cd_subject_of(c, v, p, depth + 1)
                      : cd_clause_subject(c, (that >= 0 ? that : j) - 1, p, depth);
    }
    if (x->fw & F_REL) {
        int a = j - 1;
        while (a >= 0 && (c->it[a].fw & F_COMMA))
            a--;
        if (a >= 0 && is_act(&c->it[a])) {
            cd_party_of_group(c, c->it[a].group, p);
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
            cd_prep_before(c, a - 1) < 0) {
            cd_party_of_group(c, c->it[a - 1].group, p);
            return true;
        }
    }
    if (is_verb(x)) /* "stopped supporting", "began attacking" */
        return cd_subject_of(c, j, p, depth + 1);
    if (x->kind == I_CUE && x->pos == AG_POS_NOUN)
        return cd_event_agent(c, j, p, depth + 1);
    if (x->wc & AG_WC_DOC)
        return cd_bound(c, x, p);
    return false;
}

/* The end of the clause starting after item k: a boundary, a relative
 * pronoun, or a comma before a verb or a new subject with its verb. */
int cd_clause_end(const ag_coder *c, int k)
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

/* The end of a verb's phrase: the clause end or the next verb. */
int cd_phrase_end(const ag_coder *c, int k)
{
    int end = cd_clause_end(c, k);
    for (int j = k + 1; j < end; j++)
        if (is_verb(&c->it[j]) || (c->it[j].fw & F_THAT))
            return j;
    return end;
}

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
int cd_gate(const ag_coder *c, int k)
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
        cd_party_of_group(c, c->it[a].group, &c->speaker);
        return true;
    }
    return a < (int)c->ni && (c->it[a].wc & AG_WC_DOC) && cd_bound(c, &c->it[a], &c->speaker);
}

/* Finds who speaks in the sentence and which items they say: "X said
 * (that) ...", or a tag after what was said: "..., X said",
 * "..., said X", "..., adds the resolution". */
void cd_find_speaker(ag_coder *c)
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
            if (!inverted_speaker(c, k) && !cd_subject_of(c, k, &c->speaker, 0))
                continue;
        } else if (cd_subject_of(c, k, &c->speaker, 0)) {
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
