/* coder.c: relations from one sentence: its items, the order in which cues
 * are coded, and the output; the rules are in coder.h, the stages in
 * coder_int.h. */
#include "coder.h"

#include <stdlib.h>
#include <string.h>

#include "coder_int.h"
#include "util.h"

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
void cd_emit(ag_coder *c, const party *src, const party *tgt, const ag_cue *q, bool wish,
             double conf)
{
    if (src->weak || tgt->weak)
        conf *= CONF_WEAK;
    bool recip = (q->flags & AG_CUE_RECIP) && !wish;
    for (int i = 0; i < src->n; i++) {
        for (int j = 0; j < tgt->n; j++)
            emit_one(c, src->a[i], tgt->a[j], q, wish, conf);
        for (int j = 0; recip && !tgt->n && j < src->n; j++)
            emit_one(c, src->a[i], src->a[j], q, wish, conf);
    }
}

/* Codes cue item k. src: the source when the cue sits in another's
 * complement (NULL: find its own); wish: what the source wants done. */
void cd_code_item(ag_coder *c, int k, const party *src, bool wish, double conf)
{
    const item *x = &c->it[k];
    const ag_cue *q = x->cue;
    int g = cd_gate(c, k), lg = is_verb(x) ? -1 : cd_light_governor(c, k);
    if (g == GATE_OK && lg >= 0) /* "failed to sign a deal" */
        g = cd_gate(c, lg);
    if (g == GATE_DROP || (g != GATE_OK && q->polarity != AG_SUPPORT))
        return;
    if (g != GATE_OK && (g == GATE_REVERSE ? c->unsupport : c->reject))
        q = g == GATE_REVERSE ? c->unsupport : c->reject;
    party s = {0}, t = {0};
    bool direct = false;
    if (src)
        s = *src;
    if (is_verb(x)) {
        cd_verb_target(c, k, &t, &direct);
        if ((q->flags & AG_CUE_ACTOR_OBJ) && !direct)
            return;
        if (!src && !cd_subject_of(c, k, &s, 0))
            return;
    } else {
        int how = src ? AGENT_OWN : cd_noun_agent(c, k, &s, 0);
        cd_noun_patient(c, k, &t);
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
            conf = CONF_LIGHT;
    }
    if ((q->flags & AG_CUE_APPEAL) && !wish) {
        cd_code_appeal(c, k, &s, conf);
        return;
    }
    cd_emit(c, &s, &t, q, wish, conf);
    if (q->reasons && (direct || (x->pos == AG_POS_NOUN && t.n)))
        cd_code_complement(c, k, &t, false, CONF_WISH);
    if (wish)
        return;
    party both = s;
    for (int i = 0; (q->flags & AG_CUE_RECIP) && i < t.n; i++)
        cd_party_add(&both, t.a[i], false);
    cd_bind_key(c, cd_type_key(x->cue), &both);
    if (x->pos == AG_POS_NOUN && (x->wc & AG_WC_DOC))
        cd_bind(c, x, &both);
}

/* "X said (that) Y must/should V": whatever V is, X demands (must) or asks
 * (should) something of Y, the subject of the clause. */
static void code_obligations(ag_coder *c)
{
    for (int j = c->content0; c->speaker.n && j < c->content1; j++) {
        const item *x = &c->it[j];
        party s = {0};
        const ag_cue *q = is_word(c, x, "must") ? c->demand : c->appeal;
        if (!(x->fw & F_OBLIG) || !q || !cd_subject_of(c, j, &s, 0))
            continue;
        cd_emit(c, &c->speaker, &s, q, false, CONF_WISH);
    }
}

static void code_verb(ag_coder *c, int k)
{
    party agents = {0}, t = {0};
    if (cd_code_should(c, k))
        return;
    int sy = cd_syn_passive(c, k, &agents, &t);
    if (sy == SYN_SILENT ? !cd_passive(c, k, &agents) : sy == SYN_NONE) {
        cd_code_item(c, k, NULL, false, CONF_ACTIVE);
        return;
    }
    if (agents.n && cd_gate(c, k) == GATE_OK &&
        (sy == SYN_FOUND ? t.n > 0 : cd_passive_target(c, k, &t))) {
        cd_emit(c, &agents, &t, c->it[k].cue, false, CONF_PASSIVE);
        cd_bind_key(c, cd_type_key(c->it[k].cue), &agents);
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
        if (strcmp(c->t[c->it[j].t0].norm, "in") == 0 && !cd_bound(c, x, &(party){0}))
            cd_bind(c, x, subject);
    }
}

/* Tells the mention finder the sentence's subject (for pronouns). */
static void note_subject(ag_coder *c)
{
    party s = {0};
    for (int k = 0; k < (int)c->ni && !s.n; k++)
        if (is_verb(&c->it[k]))
            cd_subject_of(c, k, &s, 0);
    for (int k = 0; k < (int)c->ni && !s.n; k++)
        if (is_act(&c->it[k]) && cd_prep_before(c, k) < 0 && !mention_of(c, &c->it[k])->poss)
            cd_party_of_group(c, c->it[k].group, &s);
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
    else if (!cd_code_should(c, k))
        cd_code_item(c, k, NULL, false, CONF_NOUN);
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
    cd_build_groups(c);
    cd_find_speaker(c);
    for (int k = 0; k < (int)c->ni; k++) {
        if (c->it[k].kind != I_CUE || c->it[k].owner >= 0)
            continue;
        if (c->it[k].cue->flags & AG_CUE_APPEAL)
            cd_mark_appeal(c, k);
        if (c->it[k].cue->reasons)
            cd_mark_reason(c, k);
    }
    for (int k = 0; k < (int)c->ni; k++) /* what a complement does not govern is coded alone */
        if (c->it[k].owner >= 0 && !cd_in_complement(c, c->it[k].owner, k))
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
