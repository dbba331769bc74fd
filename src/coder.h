/* coder.h: one sentence + its actor mentions + the lexicon -> relations.
 *
 * A shallow, rule-based event coder in the tradition of KEDS/TABARI and
 * PETRARCH. Each cue the lexicon finds is read as a verb or a noun from its
 * neighbours and its form, then given a source and a target:
 *
 *   verbs   active: the nearest actor before it in its clause that is not
 *           inside a prepositional phrase ("Baku condemned"), across
 *           adverbs and auxiliaries; an infinitive or participle without
 *           one takes the subject of the clause it hangs from ("went on to
 *           deplore", "before expelling"); a verb after "and" shares the
 *           subject of the verb before ("accused ... and demanded"); after
 *           "who/which" the actor before it. Target: the direct object,
 *           else the object of one of the cue's prepositions ("sanctions
 *           ON X", "ties WITH X"); a possessive object stands for its owner
 *           ("condemned Russia's actions"); an event as object stands for
 *           its agent ("condemned the Azerbaijani assault" -> AZE); a
 *           plural right after an actor stands for it as a subject ("Syrian
 *           government forces attacked"). A token with a nominal suffix
 *           ("government") is read as a verb only when its context says so.
 *           passive ("was condemned by X", "... condemned by X"): the "by"
 *           actors are the sources, the phrase before the verb the target;
 *           a passive without "by" gives nothing.
 *   nouns   agent: an adjective or name right before it ("the Azerbaijani
 *           assault", "EU sanctions"), a possessive ("France's criticism"),
 *           "by X", else the subject of the light verb governing it
 *           ("stepped up support for X and criticism of Y", "ordered the
 *           expulsion of"); "of X" is the patient unless the cue says it
 *           names the agent ("the withdrawal of troops").
 *   coordination: "A and B", "A, B and C", "A as well as B" are one party;
 *           every member gets the relation.
 *   reciprocal cues (talks, tensions, deals, clashes) give every direction
 *           among "A and B" / "between A and B"; with an agent and a partner
 *           ("A held talks with B") the event is the agent's, as CAMEO codes
 *           it: A to B only.
 *   appeals ("urged X to V Y", "called on X to ...", "demanded that X V",
 *           "demanded the release of Y"): the appeal goes from the source
 *           to X; each cue of the complement becomes a wish of the source
 *           toward its own target, typed "call for <type>" with the cue's
 *           "call" code ("call for cut ties", 1313); when the complement's
 *           event names X as its agent ("the withdrawal of X") the appeal
 *           itself targets X.
 *   reasons ("accused X of holding Y", "thanked X for the initiative to
 *           support Y", "condemned X for selling arms to Y"): X is the
 *           source of what the complement codes.
 *   reported speech: a clause with "should/must" whose speaker is named
 *           ("..., adds the resolution", "X said that ...") is an appeal of
 *           the speaker to its subject plus a wish of the speaker; without
 *           a speaker it gives nothing.
 *   negation: "not", "never", "no longer" in the verb's auxiliaries, or a
 *           blocking verb governing the cue ("refused to", "denied",
 *           "failed to"), drop the event; a noun cue takes the negation of
 *           the light verb governing it ("failed to sign a deal").
 *           Reversal: a reversing verb
 *           ("stopped championing", "ended its support for") turns a
 *           supportive cue into "withdraw support" (CAMEO 160) and drops a
 *           hostile one.
 *   documents and events named again ("the resolution", "those deals")
 *           stand for whoever issued or made them earlier in the document
 *           ("In a resolution, the Senate said" binds "resolution" to the
 *           Senate; "sign deals with Yerevan" binds "deal" to both).
 *
 * Confidence by how a relation was found: active verb 0.9, passive 0.8,
 * noun with its own agent 0.75, noun whose agent is a light verb's subject
 * 0.7, appeals' wishes, reasons and reported "should" 0.6; times 0.85 when
 * an end was reached through a pronoun, a description or a document.
 * Relations from an actor to itself are dropped; equal relations of one
 * sentence are kept once.
 *
 * Ownership: ag_coder_new borrows the lexicon and the mention finder (whose
 * cast the coder's actor indices refer to) and returns an owned coder
 * (ag_coder_free, NULL safe). Relations returned stay valid until the next
 * ag_coder_sentence call.
 */
#ifndef AG_CODER_H
#define AG_CODER_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "graph.h"
#include "lexicon.h"
#include "mention.h"
#include "parse.h"
#include "text.h"

typedef struct {
    int source, target; /* cast indices (mention.h) */
    const char *type;   /* borrowed from the lexicon or the coder */
    char cameo[5];
    double weight;
    ag_polarity polarity;
    double confidence;
} ag_coded;

/* A cue the coder read in a sentence: tokens [t0, t1), as a verb or noun. */
typedef struct {
    const ag_cue *cue;
    size_t t0, t1;
    bool verb;
} ag_cue_found;

typedef struct ag_coder ag_coder;

/* A coder over lexicon lx (with its function words) and finder m. */
ag_status ag_coder_new(const ag_lexicon *lx, ag_mentions *m, ag_coder **out, ag_error *err);
void ag_coder_free(ag_coder *c);
/* Forgets what documents were bound to: the next sentence starts a new
 * document. */
void ag_coder_reset(ag_coder *c);

/* The cues of the last sentence coded, in order; *n gets their number.
 * Valid until the next ag_coder_sentence call. */
const ag_cue_found *ag_coder_cues(const ag_coder *c, size_t *n);
/* Whether the last sentence coded was parsed. */
bool ag_coder_parsed(const ag_coder *c);

/* Gives the coder a parser (borrowed; NULL: none): sentences that hold a
 * cue and an actor are then parsed, and the parse decides who acts on whom
 * where it links the cue (see "Syntax" above). */
void ag_coder_set_parser(ag_coder *c, ag_parser *p);

/* Codes one sentence: tokens t[0..n) of text and the mentions
 * ag_mentions_find gave for them. Records the sentence's subject with
 * ag_mentions_subject. Returns the number of relations; *out points to
 * them, in order found. */
size_t ag_coder_sentence(ag_coder *c, const char *text, const ag_token *t, size_t n,
                         const ag_mention *ms, size_t nm, const ag_coded **out);

#endif
