/* lexicon.c: cue phrases -> relation types with CAMEO codes and weights. */
#include "lexicon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datafile.h"
#include "fileio.h"
#include "json.h"
#include "phrases.h"
#include "util.h"

enum { WITH_WINDOW = 6 };

struct ag_lexicon {
    ag_cue *cues;
    size_t ncues, capcues;
    ag_cue_sense *senses;
    size_t nsenses, capsenses;
    ag_qualifier *quals; /* qualifier phrases */
    size_t nquals, capquals;
    uint64_t *qstems; /* their stem hashes, one phrase after another */
    size_t nqstems, capqstems;
    ag_phrases phrases;  /* by stem -> index into senses */
    ag_phrases classes;  /* by stem -> AG_WC_* bit */
    ag_phrases function; /* by norm -> AG_FW_* bits */
    uint64_t *irregular; /* "irregular": stem of a verb, then of each form, 0 after */
    size_t nirregular, capirregular;
    ag_map codes; /* CAMEO code -> index into weights */
    double *weights;
    size_t nweights, capweights;
};

static const char *const SLOTS[AG_SLOT_COUNT] = {
    "obj",    "on",   "against", "with",  "to",      "for",   "of",
    "at",     "into", "over",    "from",  "between", "in",    "upon",
    "toward", "near", "by",      "along", "around",  "about", "behind"};

int ag_lexicon_slot(const char *word)
{
    if (strcmp(word, "towards") == 0)
        return AG_SLOT_TOWARD;
    for (int i = 0; i < AG_SLOT_COUNT; i++)
        if (strcmp(word, SLOTS[i]) == 0)
            return i;
    return -1;
}

const ag_cue *ag_lexicon_cue(const ag_lexicon *lx, size_t i)
{
    return &lx->cues[i];
}

const ag_cue *ag_lexicon_find(const ag_lexicon *lx, const char *type)
{
    for (size_t i = 0; i < lx->ncues; i++)
        if (strcmp(lx->cues[i].type, type) == 0)
            return &lx->cues[i];
    return NULL;
}

size_t ag_lexicon_ncues(const ag_lexicon *lx)
{
    return lx->ncues;
}

bool ag_lexicon_weight(const ag_lexicon *lx, const char *cameo, double *weight)
{
    size_t k;
    if (!ag_map_get(&lx->codes, cameo, &k))
        return false;
    *weight = lx->weights[k];
    return true;
}

/* The union of the bits table p holds for the single token t. */
static unsigned bits_of(const ag_phrases *p, const ag_token *t)
{
    const uint32_t *v;
    size_t n;
    unsigned c = 0;
    if (ag_phrases_longest(p, t, 1, 0, NULL, NULL, &v, &n))
        for (size_t k = 0; k < n; k++)
            c |= v[k];
    return c;
}

unsigned ag_lexicon_class(const ag_lexicon *lx, const ag_token *t)
{
    return bits_of(&lx->classes, t);
}

unsigned ag_lexicon_function(const ag_lexicon *lx, const ag_token *t)
{
    return bits_of(&lx->function, t);
}

/* ---- matching ---- */

typedef struct {
    const ag_lexicon *lx;
    const ag_token *t;
    size_t n;
    unsigned pos;
} match_ctx;

/* Whether qualifier phrase w stands at token j. */
static bool qualifier_is(const match_ctx *c, const ag_qualifier *w, size_t j)
{
    if (j + w->len > c->n)
        return false;
    for (size_t k = 0; k < w->len; k++)
        if (c->t[j + k].hstem != c->lx->qstems[w->first + k])
            return false;
    return true;
}

/* The index of the first token of the first qualifier of s within the
 * window after `from` (its length in *len), or c->n. */
static size_t qualifier_at(const match_ctx *c, const ag_cue_sense *s, size_t from, size_t *len)
{
    for (size_t j = from; j < c->n && j < from + WITH_WINDOW; j++)
        for (size_t w = 0; w < s->nwith; w++)
            if (qualifier_is(c, &c->lx->quals[s->with + w], j)) {
                *len = c->lx->quals[s->with + w].len;
                return j;
            }
    *len = 0;
    return c->n;
}

static bool accept(const void *ctx, uint32_t value, size_t i, size_t len)
{
    const match_ctx *c = ctx;
    const ag_cue_sense *s = &c->lx->senses[value];
    size_t qlen;
    return (s->pos & c->pos) && (!s->nwith || qualifier_at(c, s, i + len, &qlen) < c->n);
}

size_t ag_lexicon_match(const ag_lexicon *lx, const ag_token *t, size_t n, size_t i,
                        unsigned pos_mask, const ag_cue_sense **sense, size_t *qualifier,
                        size_t *qualifier_len)
{
    match_ctx c = {lx, t, n, pos_mask};
    const uint32_t *v;
    size_t nv, len = ag_phrases_longest(&lx->phrases, t, n, i, accept, &c, &v, &nv);
    const ag_cue_sense *best = NULL;
    for (size_t k = 0; k < nv; k++) {
        const ag_cue_sense *s = &lx->senses[v[k]];
        if (accept(&c, v[k], i, len) && (!best || (s->nwith && !best->nwith)))
            best = s;
    }
    *sense = best;
    *qualifier = n;
    *qualifier_len = 0;
    if (best && best->nwith)
        *qualifier = qualifier_at(&c, best, i + len, qualifier_len);
    return best ? len : 0;
}

void ag_lexicon_free(ag_lexicon *lx)
{
    if (!lx)
        return;
    for (size_t i = 0; i < lx->ncues; i++)
        free(lx->cues[i].type);
    free(lx->cues);
    free(lx->senses);
    free(lx->quals);
    free(lx->qstems);
    free(lx->irregular);
    free(lx->weights);
    ag_phrases_free(&lx->phrases);
    ag_phrases_free(&lx->classes);
    ag_phrases_free(&lx->function);
    ag_map_free(&lx->codes);
    free(lx);
}

/* ---- the Goldstein table ---- */

static ag_status load_weights(ag_lexicon *lx, const char *path, ag_error *err)
{
    char *text;
    size_t len;
    ag_status s = ag_read_file(path, &text, &len, err);
    if (s)
        return s;
    size_t line = 0;
    for (size_t i = 0; i < len && !s; line++) {
        size_t e = i;
        while (e < len && text[e] != '\n')
            e++;
        char code[8], *end;
        size_t tab = i;
        while (tab < e && text[tab] != '\t')
            tab++;
        if (line > 0 && e > i) {
            double w = strtod(text + tab + (tab < e), &end);
            if (tab == e || tab - i >= sizeof code || end == text + tab + 1 || w < -10 || w > 10)
                s = ag_fail_at(err, AG_EDATA, path, text, len, i, "expected CODE<tab>WEIGHT");
            memcpy(code, text + i, tab - i < sizeof code ? tab - i : 0);
            code[tab - i < sizeof code ? tab - i : 0] = '\0';
            ag_grow(&lx->weights, &lx->capweights, lx->nweights + 1, sizeof *lx->weights);
            lx->weights[lx->nweights] = w;
            ag_map_put(&lx->codes, code, lx->nweights++);
        }
        i = e + 1;
    }
    free(text);
    return s;
}

/* ---- the lexicon file ---- */

typedef struct {
    ag_lexicon *lx;
    ag_tokenizer *tk;
    const ag_json_doc *doc;
    ag_error *err;
} loader;

static ag_status fail(const loader *L, const ag_json *v, const char *what)
{
    return ag_json_fail(L->doc, v, false, L->err, AG_EDATA, "%s", what);
}

static ag_status check_keys(const loader *L, const ag_json *obj, const char *const *allowed)
{
    return ag_datafile_keys(L->doc, obj, allowed, L->err);
}

/* The array member key of obj (NULL when absent); fails unless its items
 * are non-empty strings. */
static ag_status strings(const loader *L, const ag_json *obj, const char *key, const ag_json **out)
{
    const ag_json *a = ag_json_get(obj, key);
    *out = a;
    if (!a)
        return AG_OK;
    if (a->type != AG_JSON_ARRAY)
        return fail(L, a, "expected an array of strings");
    for (size_t i = 0; i < a->nitems; i++)
        if (a->items[i]->type != AG_JSON_STRING || !a->items[i]->string_len)
            return fail(L, a->items[i], "expected a non-empty string");
    return AG_OK;
}

/* Tokenizes a phrase; fails unless it has 1..AG_PHRASE_MAX tokens. */
static ag_status phrase(const loader *L, const ag_json *v, ag_tokens *ts)
{
    *ts = ag_text_tokenize(L->tk, v->string, 0, v->string_len);
    if (ts->n == 0 || ts->n > AG_PHRASE_MAX)
        return fail(L, v, "a phrase needs 1 to 8 tokens");
    return AG_OK;
}

static ag_status code_weight(const loader *L, const ag_json *obj, const char *key, char out[5],
                             double *w, ag_polarity *pol)
{
    const ag_json *v = ag_json_get(obj, key);
    if (!v)
        return AG_OK;
    if (v->type != AG_JSON_STRING || v->string_len < 2 || v->string_len > 4 ||
        !ag_lexicon_weight(L->lx, v->string, w))
        return fail(L, v, "expected a CAMEO code of the Goldstein table");
    memcpy(out, v->string, v->string_len + 1);
    *pol = *w > 0 ? AG_SUPPORT : *w < 0 ? AG_HOSTILITY : AG_NEUTRAL;
    return AG_OK;
}

static ag_status slot_set(const loader *L, const ag_json *obj, const char *key, uint32_t dflt,
                          uint32_t *out)
{
    const ag_json *a;
    ag_status s = strings(L, obj, key, &a);
    *out = a ? 0 : dflt;
    for (size_t i = 0; !s && a && i < a->nitems; i++) {
        int slot = ag_lexicon_slot(a->items[i]->string);
        if (slot < 0)
            return fail(L, a->items[i], "unknown slot (obj or a preposition)");
        *out |= 1u << slot;
    }
    return s;
}

static unsigned flag_set(const ag_json *obj)
{
    static const struct {
        const char *key;
        unsigned flag;
    } F[] = {{"recip", AG_CUE_RECIP},         {"appeal", AG_CUE_APPEAL},
             {"agent_of", AG_CUE_AGENT_OF},   {"poss_patient", AG_CUE_POSS_PATIENT},
             {"actor_obj", AG_CUE_ACTOR_OBJ}, {"light", AG_CUE_LIGHT}};
    unsigned f = 0;
    for (size_t i = 0; i < sizeof F / sizeof F[0]; i++) {
        const ag_json *v = ag_json_get(obj, F[i].key);
        if (v && v->type == AG_JSON_TRUE)
            f |= F[i].flag;
    }
    return f;
}

/* Adds the qualifier phrases of "with"; sets *first and *n. */
static ag_status add_with(const loader *L, const ag_json *with, uint32_t *first, uint32_t *n)
{
    ag_lexicon *lx = L->lx;
    *first = (uint32_t)lx->nquals;
    *n = 0;
    for (size_t i = 0; with && i < with->nitems; i++) {
        ag_tokens ts;
        ag_status s = phrase(L, with->items[i], &ts);
        if (s)
            return s;
        ag_grow(&lx->quals, &lx->capquals, lx->nquals + 1, sizeof *lx->quals);
        lx->quals[lx->nquals++] = (ag_qualifier){(uint32_t)lx->nqstems, (uint8_t)ts.n};
        ag_grow(&lx->qstems, &lx->capqstems, lx->nqstems + ts.n, sizeof *lx->qstems);
        for (size_t k = 0; k < ts.n; k++)
            lx->qstems[lx->nqstems++] = ts.tok[k].hstem;
        (*n)++;
    }
    return AG_OK;
}

/* The hash of a phrase's stems: one key per phrase matched alike. */
static uint64_t stem_key(const ag_tokens *ts)
{
    uint64_t h = 0;
    for (size_t k = 0; k < ts->n; k++)
        h = ag_text_hash_next(h, ts->tok[k].hstem);
    return h;
}

/* Adds phrase ts to p with value; a verb's phrase also with each irregular
 * form of its first word in its place ("hold talks": "held talks"), which
 * the stemmer does not find. */
static void add_phrase(ag_lexicon *lx, ag_phrases *p, const ag_tokens *ts, uint32_t value,
                       bool verb)
{
    ag_phrases_add(p, ts->tok, ts->n, value);
    for (size_t i = 0; verb && i < lx->nirregular; i++) {
        if (lx->irregular[i] != ts->tok[0].hstem || (i > 0 && lx->irregular[i - 1]))
            continue; /* not this verb, or a form of another one */
        ag_token t[AG_PHRASE_MAX];
        memcpy(t, ts->tok, ts->n * sizeof *t);
        for (size_t f = i + 1; f < lx->nirregular && lx->irregular[f]; f++) {
            t[0].hstem = t[0].hnorm = lx->irregular[f];
            ag_phrases_add(p, t, ts->n, value);
        }
    }
}

/* Adds a sense of the last cue for each phrase of words, once per stem
 * sequence ("deny", "denies" and "denied" make one). */
static ag_status add_senses(const loader *L, const ag_json *words, uint8_t pos, uint32_t with,
                            uint32_t nwith)
{
    ag_lexicon *lx = L->lx;
    uint64_t *seen = ag_xcalloc(words ? words->nitems + 1 : 1, sizeof *seen);
    size_t nseen = 0;
    ag_status s = AG_OK;
    for (size_t i = 0; words && i < words->nitems && !s; i++) {
        ag_tokens ts;
        if ((s = phrase(L, words->items[i], &ts)))
            break;
        uint64_t key = stem_key(&ts);
        size_t k = 0;
        while (k < nseen && seen[k] != key)
            k++;
        if (k < nseen)
            continue;
        seen[nseen++] = key;
        ag_grow(&lx->senses, &lx->capsenses, lx->nsenses + 1, sizeof *lx->senses);
        lx->senses[lx->nsenses] = (ag_cue_sense){(uint32_t)(lx->ncues - 1), pos, nwith, with};
        add_phrase(lx, &lx->phrases, &ts, (uint32_t)lx->nsenses++, pos == AG_POS_VERB);
    }
    free(seen);
    return s;
}

static const char *const CUE_KEYS[] = {"type",     "cameo",        "verbs",     "nouns",  "with",
                                       "target",   "reason",       "recip",     "appeal", "call",
                                       "agent_of", "poss_patient", "actor_obj", "light",  NULL};

static ag_status load_cue(const loader *L, const ag_json *obj)
{
    const ag_json *type = ag_json_get(obj, "type"), *verbs, *nouns, *with;
    ag_status s;
    if ((s = check_keys(L, obj, CUE_KEYS)))
        return s;
    if (!type || type->type != AG_JSON_STRING || !type->string_len)
        return fail(L, type ? type : obj, "a cue needs a \"type\" name");
    if (!ag_json_get(obj, "cameo"))
        return fail(L, obj, "a cue needs a \"cameo\" code");
    ag_cue c = {0};
    if ((s = code_weight(L, obj, "cameo", c.cameo, &c.weight, &c.polarity)) ||
        (s = code_weight(L, obj, "call", c.call, &c.call_weight, &c.call_polarity)) ||
        (s = slot_set(L, obj, "target", 1u << AG_SLOT_OBJ | 1u << AG_SLOT_OF, &c.targets)) ||
        (s = slot_set(L, obj, "reason", 0, &c.reasons)) || (s = strings(L, obj, "verbs", &verbs)) ||
        (s = strings(L, obj, "nouns", &nouns)) || (s = strings(L, obj, "with", &with)))
        return s;
    if (!verbs && !nouns)
        return fail(L, obj, "a cue needs \"verbs\" or \"nouns\"");
    c.type = ag_xstrdup(type->string);
    c.flags = flag_set(obj);
    ag_grow(&L->lx->cues, &L->lx->capcues, L->lx->ncues + 1, sizeof *L->lx->cues);
    L->lx->cues[L->lx->ncues++] = c;
    uint32_t first, n;
    if ((s = add_with(L, with, &first, &n)) || (s = add_senses(L, verbs, AG_POS_VERB, first, n)))
        return s;
    return add_senses(L, nouns, AG_POS_NOUN, first, n);
}

static ag_status load_class(const loader *L, const ag_json *obj, const char *key, unsigned bit)
{
    const ag_json *a;
    ag_status s = strings(L, obj, key, &a);
    for (size_t i = 0; !s && a && i < a->nitems; i++) {
        ag_tokens ts;
        if ((s = phrase(L, a->items[i], &ts)))
            return s;
        if (ts.n != 1)
            return fail(L, a->items[i], "a word class lists single words");
        add_phrase(L->lx, &L->lx->classes, &ts, bit, bit != AG_WC_DOC);
    }
    return s;
}

static const struct {
    const char *name;
    unsigned bit;
} FUNCTION_CLASSES[] = {
    {"det", AG_FW_DET},   {"prep", AG_FW_PREP},   {"conj", AG_FW_CONJ},
    {"aux", AG_FW_AUX},   {"be", AG_FW_BE},       {"oblig", AG_FW_OBLIG},
    {"neg", AG_FW_NEG},   {"rel", AG_FW_REL},     {"that", AG_FW_THAT},
    {"sub", AG_FW_SUB},   {"comma", AG_FW_COMMA}, {"bound", AG_FW_BOUND},
    {"adv", AG_FW_ADV},   {"to", AG_FW_TO},       {"part", AG_FW_PART},
    {"what", AG_FW_WHAT}, {"as", AG_FW_AS},       {"quote", AG_FW_QUOTE},
    {"by", AG_FW_BY},     {"time", AG_FW_TIME},   {"not_adverb", AG_FW_NOT_ADVERB}};

/* "function_words": {class: [word, ...], ...}, single words by norm. */
static ag_status load_function_words(const loader *L, const ag_json *root)
{
    const ag_json *o = ag_json_get(root, "function_words");
    if (!o)
        return AG_OK;
    if (o->type != AG_JSON_OBJECT)
        return fail(L, o, "expected an object of word lists");
    for (size_t i = 0; i < o->nitems; i++) {
        const ag_json *list = o->items[i];
        size_t k = 0, n = sizeof FUNCTION_CLASSES / sizeof FUNCTION_CLASSES[0];
        while (k < n && strcmp(FUNCTION_CLASSES[k].name, list->key) != 0)
            k++;
        if (k == n)
            return ag_json_fail(L->doc, list, true, L->err, AG_EDATA,
                                "unknown function-word class \"%s\"", list->key);
        ag_status s = strings(L, o, list->key, &list);
        for (size_t w = 0; !s && w < list->nitems; w++) {
            ag_tokens ts;
            if ((s = phrase(L, list->items[w], &ts)))
                return s;
            if (ts.n != 1)
                return fail(L, list->items[w], "a function word is a single word");
            ag_phrases_add(&L->lx->function, ts.tok, 1, FUNCTION_CLASSES[k].bit);
        }
        if (s)
            return s;
    }
    return AG_OK;
}

/* "irregular": [[verb, form, ...], ...]: the stems of each verb and its
 * forms, a 0 after each verb's list. */
static ag_status load_irregular(const loader *L, const ag_json *root)
{
    const ag_json *a = ag_json_get(root, "irregular");
    ag_lexicon *lx = L->lx;
    if (!a)
        return AG_OK;
    if (a->type != AG_JSON_ARRAY)
        return fail(L, a, "expected an array of [verb, form, ...] arrays");
    for (size_t i = 0; i < a->nitems; i++) {
        ag_status s;
        const ag_json *v = a->items[i];
        if (v->type != AG_JSON_ARRAY || v->nitems < 2)
            return fail(L, v, "expected [verb, form, ...]");
        for (size_t k = 0; k < v->nitems; k++) {
            ag_tokens ts;
            if (v->items[k]->type != AG_JSON_STRING)
                return fail(L, v->items[k], "expected a word");
            if ((s = phrase(L, v->items[k], &ts)))
                return s;
            if (ts.n != 1)
                return fail(L, v->items[k], "expected a single word");
            ag_grow(&lx->irregular, &lx->capirregular, lx->nirregular + 2, sizeof *lx->irregular);
            lx->irregular[lx->nirregular++] = ts.tok[0].hstem;
        }
        lx->irregular[lx->nirregular++] = 0;
    }
    return AG_OK;
}

static const char *const TOP_KEYS[] = {"cues",      "speech",         "light",    "documents",
                                       "blockers",  "reversers",      "refusers", "include",
                                       "irregular", "function_words", NULL};
static const char *const INCLUDED_KEYS[] = {"cues", NULL};

static ag_status load_file(ag_lexicon *lx, ag_tokenizer *tk, const char *path, bool top,
                           ag_error *err);

/* Loads the files of "include", named relative to the directory of path. */
static ag_status load_includes(const loader *L, const char *path)
{
    const ag_json *inc;
    ag_status s = strings(L, L->doc->root, "include", &inc);
    const char *slash = strrchr(path, '/');
    int dir = slash ? (int)(slash - path) + 1 : 0;
    for (size_t i = 0; !s && inc && i < inc->nitems; i++) {
        ag_buf b = AG_BUF_INIT;
        ag_buf_printf(&b, "%.*s%s", dir, path, inc->items[i]->string);
        s = load_file(L->lx, L->tk, b.data, false, L->err);
        ag_buf_free(&b);
    }
    return s;
}

/* The document of path: its cues, then (top: the lexicon file itself) its
 * word classes and the files it includes. */
static ag_status load_doc(const loader *L, const char *path, bool top)
{
    const ag_json *root = L->doc->root, *cues = ag_json_get(root, "cues");
    ag_status s;
    if ((s = check_keys(L, root, top ? TOP_KEYS : INCLUDED_KEYS)) ||
        (top && ((s = load_irregular(L, root)) || (s = load_function_words(L, root)))))
        return s;
    if (!cues || cues->type != AG_JSON_ARRAY)
        return fail(L, cues ? cues : root, "expected \"cues\": an array");
    for (size_t i = 0; i < cues->nitems; i++)
        if ((s = load_cue(L, cues->items[i])))
            return s;
    if (!top)
        return AG_OK;
    if ((s = load_class(L, root, "speech", AG_WC_SPEECH)) ||
        (s = load_class(L, root, "light", AG_WC_LIGHT)) ||
        (s = load_class(L, root, "documents", AG_WC_DOC)) ||
        (s = load_class(L, root, "blockers", AG_WC_BLOCK)) ||
        (s = load_class(L, root, "refusers", AG_WC_REFUSE)) ||
        (s = load_class(L, root, "reversers", AG_WC_REVERSE)))
        return s;
    return load_includes(L, path);
}

static ag_status load_file(ag_lexicon *lx, ag_tokenizer *tk, const char *path, bool top,
                           ag_error *err)
{
    char *text = NULL;
    size_t len;
    ag_json_doc doc = {0};
    ag_status s = ag_read_file(path, &text, &len, err);
    if (!s)
        s = ag_json_parse(path, text, len, &doc, err);
    if (!s)
        s = load_doc(&(loader){lx, tk, &doc, err}, path, top);
    ag_json_doc_free(&doc);
    free(text);
    return s;
}

ag_status ag_lexicon_load(const char *lexicon_path, const char *goldstein_path, ag_tokenizer *tk,
                          ag_lexicon **out, ag_error *err)
{
    ag_lexicon *lx = ag_xcalloc(1, sizeof *lx);
    lx->phrases = (ag_phrases)AG_PHRASES_INIT(true);
    lx->classes = (ag_phrases)AG_PHRASES_INIT(true);
    lx->function = (ag_phrases)AG_PHRASES_INIT(false);
    *out = NULL;
    ag_status s = load_weights(lx, goldstein_path, err);
    if (!s)
        s = load_file(lx, tk, lexicon_path, true, err);
    if (s) {
        ag_lexicon_free(lx);
        return s;
    }
    ag_phrases_build(&lx->phrases);
    ag_phrases_build(&lx->classes);
    ag_phrases_build(&lx->function);
    *out = lx;
    return AG_OK;
}
