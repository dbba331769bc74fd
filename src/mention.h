/* mention.h: the actors a sentence mentions, and the cast of a document.
 *
 * ag_mentions_find reads a sentence's tokens against the dictionary:
 * names, capitals and seats ("Baku", "the Kremlin"); adjectives alone
 * ("Azerbaijani claims"); organs composed with their state by adjective,
 * possessive, "of"/"in" or a possessive pronoun ("Hungarian lawmakers",
 * "Azerbaijan's parliament", "police in Georgia", "its parliament"),
 * absorbing the parts that speak for them ("the parliament's foreign
 * relations committee", "foreign ministry spokeswoman") and an acronym in
 * brackets after a name ("Federal Security Service (FSB)"); people by
 * title or role and capitalised name ("parliament speaker Alen Simonian",
 * "the businessman, Martin Ryan", "Evan Gershkovich, a reporter",
 * "Serdar Kilic, Ankara's special envoy"), later by surname alone. A
 * title with no state before it takes the document's topic as it stood
 * before the sentence (its most mentioned state, the first of equals), or
 * none: not another state of the same sentence ("Germany welcomed
 * President X" says nothing of X's country). A one-word known name inside
 * a longer name of the text ("Hassan Sheikh Mohamud") is someone else, and
 * a person the text introduced keeps their surname. Officials of an organisation or a group stand
 * for it: "NATO chief Jens Stoltenberg" is NATO, "Hamas leader X" is Hamas (the person stays in the
 * cast, so "he" can find them, and stands for it).
 *
 * References are resolved here:
 *   - it/its: the most recent non-person mention earlier in the sentence,
 *     else the most recent subject (ag_mentions_subject) that is not a
 *     person, else the most recent non-person mention; he/she/his/her/him
 *     the same among people and leaders; they/their/them: a coordination
 *     earlier in the sentence ("Spain, Ireland and Norway said they"),
 *     else the last subject when it was several actors, else as "it" but
 *     preferring actors that are plural; "its country" is its state;
 *   - descriptions ("the bloc", "the two countries", "the 27-nation
 *     bloc"): actors of the kind they name (a state for an organ: AZE for
 *     AZE.PARLIAMENT; the organisation for an IGO body): states the most
 *     mentioned first ("the country" is the topic), others the most recent;
 *   - an organ with no state ("the Senate", "police", "the government"):
 *     the most recent actor of that organ, else that organ of the topic;
 *     a group's word ("the rebels") is the most recent group; a group's
 *     word that also names a generic group ("rebels", "protesters") is the
 *     group of the article's main country when earlier sentences set one,
 *     else the generic group; followed by "in", "of" or "from" and a
 *     state's name, capital or place, any organ or group is that state's
 *     ("police in Baghdad", "rebels in Darfur"), but troops "in" a country
 *     are not its own.
 * The cast lists every actor a document has mentioned so far, in order of
 * first mention: dictionary actors and the people found in the text.
 *
 * Ownership: ag_mentions_new returns an owned finder (ag_mentions_free,
 * NULL safe) that borrows the dictionary. Mentions returned by find stay
 * valid until its next call; cast entries until ag_mentions_reset.
 */
#ifndef AG_MENTION_H
#define AG_MENTION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dict.h"
#include "graph.h"
#include "text.h"

enum { AG_MENTION_MAX = 4 }; /* actors one mention can name ("the three countries") */

typedef enum {
    AG_MENTION_NAME,    /* a name, demonym, capital or seat */
    AG_MENTION_ADJ,     /* an adjective alone, modifying the next noun */
    AG_MENTION_ORGAN,   /* an organ or body composed with its state */
    AG_MENTION_PERSON,  /* a person by title, role, name or surname */
    AG_MENTION_PRONOUN, /* a pronoun, resolved */
    AG_MENTION_ANAPHOR  /* a description or a bare organ, resolved */
} ag_mention_how;

typedef struct {
    size_t t0, t1; /* tokens [t0, t1) of the sentence */
    ag_mention_how how;
    bool poss;                 /* possessive: followed by 's, or its/his/her/their */
    int actor[AG_MENTION_MAX]; /* cast indices */
    int nactor;
} ag_mention;

typedef struct {
    long dict; /* dictionary actor, or -1 for a person found in the text */
    const char *id, *label, *country, *parent; /* parent: a dictionary id */
    ag_kind kind;
    bool plural;
    size_t last;                  /* order of its latest mention (0: never) */
    size_t last_subject;          /* order of its latest use as a subject (0: never) */
    size_t weight;                /* mentions of it, or for a state of it and its parts */
    int stands_for;               /* an official of an organisation: its cast index + 1; else 0 */
    uint64_t first_name, surname; /* people from the text: token hashes */
} ag_cast_actor;

typedef struct ag_mentions ag_mentions;

ag_mentions *ag_mentions_new(const ag_dict *d);
void ag_mentions_free(ag_mentions *m);
/* Forgets the cast: the next sentence starts a new document. */
void ag_mentions_reset(ag_mentions *m);
/* Sets the document's date (YYYY-MM-DD; NULL or invalid: undated), which
 * picks the post a known person holds (dict.h) and, among people of one
 * name, the one in office ("President Bush" in 1990 and in 2003). */
void ag_mentions_date(ag_mentions *m, const char *date);

/* Finds the mentions in sentence tokens t[0..n) of text (the original
 * bytes, for people's labels). Returns how many; *out points to them, in
 * order. */
size_t ag_mentions_find(ag_mentions *m, const char *text, const ag_token *t, size_t n,
                        const ag_mention **out);
/* Records the subject of a clause (cast indices actors[0..n), for
 * pronouns): "they" can later mean all of them. */
void ag_mentions_subject(ag_mentions *m, const int *actors, size_t n);

size_t ag_cast_count(const ag_mentions *m);
const ag_cast_actor *ag_cast_at(const ag_mentions *m, size_t i);
/* The cast index of dictionary actor `dict`, added when not yet there. */
int ag_cast_dict(ag_mentions *m, size_t dict);

#endif
