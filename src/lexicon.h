/* lexicon.h: the relation lexicon: cue words and phrases -> relation type,
 * CAMEO code and Goldstein weight, plus the word classes the coder needs.
 *
 * data/dict/lexicon.json is an object:
 *   "cues": [{"type": "condemn", "cameo": "111",
 *             "verbs": ["condemn", "denounce"], "nouns": ["condemnation"],
 *             "with": ["diplomat"],          only when one of these phrases starts
 *                                            within six tokens after it
 *             "target": ["obj", "on", ...],  where the target stands
 *             "reason": ["for", "over"],     "X for doing Y": X acted on Y
 *             "recip": true,                 both directions
 *             "appeal": true,                "urge X to V Y", "demand that X V"
 *             "call": "1312",                code when someone else wants it done
 *             "agent_of": true,              "the withdrawal OF X": X acts
 *             "poss_patient": true,          "HIS release": he undergoes it
 *             "actor_obj": true,             a cue only with an actor as object
 *             "light": true}, ...]           also carries a noun's agent
 *   "speech", "light", "documents", "blockers", "reversers", "refusers": [word, ...]
 *   "function_words": {"det": [word, ...], ...}   the AG_FW_* classes below
 *   "irregular": [[verb, form, ...], ...]       forms the stemmer does not join
 *                                                 ("held"), for verbs and classes
 *   "include": ["../cameo/verbs.json"]     more files of cues, named relative to
 *                                          this one, each {"cues": [...]}, loaded
 *                                          after this file's own cues
 * Phrases are matched by the stems of their words (text.h), so one entry
 * covers "condemns, condemned, condemning, condemnation"; British and
 * American spellings are listed as words; phrases of one cue with the same
 * stems make one sense. Every weight is looked up in the Goldstein table
 * by CAMEO code; polarity is the weight's sign. When senses of one phrase
 * compete, one whose qualifier is present wins over one without, and then
 * the first loaded: a file's own cues win over those it includes.
 *
 * Ownership: ag_lexicon_load returns an owned lexicon (ag_lexicon_free,
 * NULL safe); pointers it hands out live as long as it does.
 */
#ifndef AG_LEXICON_H
#define AG_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "graph.h"
#include "text.h"

/* Where a cue's target or reason can stand: the direct object, or the
 * object of one of these prepositions. */
typedef enum {
    AG_SLOT_OBJ,
    AG_SLOT_ON,
    AG_SLOT_AGAINST,
    AG_SLOT_WITH,
    AG_SLOT_TO,
    AG_SLOT_FOR,
    AG_SLOT_OF,
    AG_SLOT_AT,
    AG_SLOT_INTO,
    AG_SLOT_OVER,
    AG_SLOT_FROM,
    AG_SLOT_BETWEEN,
    AG_SLOT_IN,
    AG_SLOT_UPON,
    AG_SLOT_TOWARD,
    AG_SLOT_NEAR,
    AG_SLOT_BY,
    AG_SLOT_ALONG,
    AG_SLOT_AROUND,
    AG_SLOT_ABOUT,
    AG_SLOT_BEHIND,
    AG_SLOT_COUNT
} ag_slot;

enum {
    AG_CUE_RECIP = 1u << 0,
    AG_CUE_APPEAL = 1u << 1,
    AG_CUE_AGENT_OF = 1u << 2,
    AG_CUE_POSS_PATIENT = 1u << 3,
    AG_CUE_ACTOR_OBJ = 1u << 4,
    AG_CUE_LIGHT = 1u << 5
};

typedef struct {
    char *type;
    char cameo[5], call[5];     /* call: code when wished by another ("" = own) */
    double weight, call_weight; /* from the Goldstein table */
    ag_polarity polarity, call_polarity;
    uint32_t targets, reasons; /* sets of 1 << ag_slot */
    unsigned flags;            /* AG_CUE_* */
} ag_cue;

enum { AG_POS_VERB = 1, AG_POS_NOUN = 2 };

typedef struct {
    uint32_t first; /* index of its first stem hash */
    uint8_t len;    /* tokens */
} ag_qualifier;

typedef struct {
    uint32_t cue;   /* index of the cue */
    uint8_t pos;    /* AG_POS_VERB or AG_POS_NOUN */
    uint32_t nwith; /* qualifier phrases (0: none) */
    uint32_t with;  /* index of the first one */
} ag_cue_sense;

/* Word classes of single words, by stem. */
enum {
    AG_WC_SPEECH = 1u << 0,  /* say, add, tell */
    AG_WC_LIGHT = 1u << 1,   /* launch, impose, step up: a noun cue's agent is their subject */
    AG_WC_DOC = 1u << 2,     /* resolution, statement: stands for whoever issued it */
    AG_WC_BLOCK = 1u << 3,   /* fail, deny: what they govern did not happen */
    AG_WC_REVERSE = 1u << 4, /* stop, cease: support governed becomes its withdrawal */
    AG_WC_REFUSE = 1u << 5   /* refuse, decline: support governed becomes a rejection */
};

/* Function-word classes, by token norm ("function_words" in the lexicon
 * file, a list of words for each class name in brackets). */
enum {
    AG_FW_DET = 1u << 0,        /* [det] the, a, two, several */
    AG_FW_PREP = 1u << 1,       /* [prep] of, on, against */
    AG_FW_CONJ = 1u << 2,       /* [conj] and, or */
    AG_FW_AUX = 1u << 3,        /* [aux] is, has, will */
    AG_FW_BE = 1u << 4,         /* [be] is, was, been, got */
    AG_FW_OBLIG = 1u << 5,      /* [oblig] should, must */
    AG_FW_NEG = 1u << 6,        /* [neg] not, never */
    AG_FW_REL = 1u << 7,        /* [rel] who, which */
    AG_FW_THAT = 1u << 8,       /* [that] */
    AG_FW_SUB = 1u << 9,        /* [sub] because, while, after */
    AG_FW_COMMA = 1u << 10,     /* [comma] */
    AG_FW_BOUND = 1u << 11,     /* [bound] ; : ( ) -- but */
    AG_FW_ADV = 1u << 12,       /* [adv] also, already (and -ly words, but [not_adverb]) */
    AG_FW_TO = 1u << 13,        /* [to] */
    AG_FW_PART = 1u << 14,      /* [part] up, out: verb particles */
    AG_FW_WHAT = 1u << 15,      /* [what] */
    AG_FW_AS = 1u << 16,        /* [as] */
    AG_FW_QUOTE = 1u << 17,     /* [quote] */
    AG_FW_BY = 1u << 18,        /* [by] */
    AG_FW_TIME = 1u << 19,      /* [time] Tuesday, week, overnight */
    AG_FW_NOT_ADVERB = 1u << 20 /* [not_adverb] ally, rally: -ly words that are none */
};

typedef struct ag_lexicon ag_lexicon;

/* Loads the lexicon file and the Goldstein table (code TAB weight, one
 * header line), tokenizing phrases with tk. Errors: AG_ENOINPUT (a file
 * unreadable), AG_EDATA at file:line:col (bad JSON, unknown key, a CAMEO
 * code missing from the table, an unknown slot, a bad table line). */
ag_status ag_lexicon_load(const char *lexicon_path, const char *goldstein_path, ag_tokenizer *tk,
                          ag_lexicon **out, ag_error *err);
void ag_lexicon_free(ag_lexicon *lx);

/* The longest cue phrase starting at token i of t[0..n) having a sense of
 * a part of speech in pos_mask whose qualifier (if any) starts within the
 * next six tokens: returns its length and sets *sense, *qualifier to the
 * index of the qualifier's first token (n when the sense has none) and
 * *qualifier_len to its tokens (0 when none); returns 0 when none. A
 * sense with a qualifier wins over one without; among equals, the one
 * loaded first (the lexicon's own cues before those it includes). */
size_t ag_lexicon_match(const ag_lexicon *lx, const ag_token *t, size_t n, size_t i,
                        unsigned pos_mask, const ag_cue_sense **sense, size_t *qualifier,
                        size_t *qualifier_len);
const ag_cue *ag_lexicon_cue(const ag_lexicon *lx, size_t i);
/* The first cue of this type name, or NULL. */
const ag_cue *ag_lexicon_find(const ag_lexicon *lx, const char *type);
size_t ag_lexicon_ncues(const ag_lexicon *lx);
/* The AG_WC_* classes of token t (by its stem); 0 for none. */
unsigned ag_lexicon_class(const ag_lexicon *lx, const ag_token *t);
/* The AG_FW_* classes of token t (by its norm); 0 for none. */
unsigned ag_lexicon_function(const ag_lexicon *lx, const ag_token *t);
/* The slot a preposition stands for ("obj" too), or -1. */
int ag_lexicon_slot(const char *word);
/* The Goldstein weight of a CAMEO code; false when the table lacks it. */
bool ag_lexicon_weight(const ag_lexicon *lx, const char *cameo, double *weight);

#endif
