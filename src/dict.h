/* dict.h: the actor dictionary: states, their organs, IGOs, groups, people.
 *
 * Loaded from the JSON files of a directory (every data/dict/NAME.json but
 * lexicon.json). Each file is an object with any of these sections:
 *
 *   "states":  [{"id": ISO3, "label", "names": [], "adj": [], "people": [],
 *                "capitals": [], "places": [],
 *                "seats": [{"organ": SUFFIX, "names": [], "label"?}]}]
 *   "places":  [{"state": ISO3, "names": []}]   places standing for a state
 *              (cities, provinces, regions), as its "places" do
 *   "organs":  [{"suffix", "kind", "label": "{adj} parliament", "words": [],
 *                "titles": [], "group"?: true}]
 *   "actors":  [{"id", "label", "kind", "names": [], "adj"?: [],
 *                "country"?, "parent"?, "plural"?, "unaffiliated"?}]
 *   "people":  [{"label", "parent"?, "names": [], "id"?, "kind"?,
 *                "posts"?: [{"parent", "from"?, "to"?}]}]
 *              posts: the person's dated roles, each the actor it belongs
 *              to ("USA.GOV", "UN") from and to a date (YYYY-MM-DD, both
 *              inclusive, either open); a person needs "parent" or posts.
 *              On a date the person belongs to the post that covers it
 *              (the latest begun of several), else to "parent", else to
 *              the latest post begun before the date, else the first;
 *              undated, to the latest begun post (a reader's guess: the
 *              role the person is best known for last), else "parent"
 *   "subbodies", "roles": [word, ...]
 *   "anaphora": [{"refers": KIND, "count": 1..4, "words": [], "heads": [],
 *                 "except": [ID]}]   words: whole descriptions ("the two
 *                 countries"); heads: a last word after "the" and up to
 *                 two modifiers ("the 27-nation bloc"); except: actors a
 *                 description never means (the UN is not "the bloc");
 *                 refers "other": any actor, resolved like "it"
 *
 * Every state is composed with every organ into an actor "<ISO3>.<SUFFIX>"
 * labelled from the organ's template with the state's first adjective
 * ("French Senate"), so "Hungarian lawmakers" finds HUN.PARLIAMENT without
 * any pair being listed. Organs marked "group" give slug ids instead
 * ("syrian-rebels") with the state's country but no parent: they are not
 * organs of the state (--collapse keeps them apart).
 *
 * Phrases are looked up by their token norms (phrases.h), longest first; a
 * phrase written with a capital in the data matches only a capitalised
 * first token ("Chad", not "chad").
 *
 * Ownership: ag_dict_load returns an owned dictionary (ag_dict_free, NULL
 * safe); every pointer it hands out lives as long as the dictionary.
 */
#ifndef AG_DICT_H
#define AG_DICT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "graph.h"
#include "text.h"

typedef enum {
    AG_SENSE_NAME,    /* a name of actor `ref` */
    AG_SENSE_PLACE,   /* a capital, seat or place standing for actor `ref` */
    AG_SENSE_ADJ,     /* an adjective of actor `ref` ("French") */
    AG_SENSE_PEOPLE,  /* a plural demonym of actor `ref` ("Armenians") */
    AG_SENSE_ORGAN,   /* a collective word for organ `ref` ("lawmakers") */
    AG_SENSE_TITLE,   /* the title of one member of organ `ref` ("speaker") */
    AG_SENSE_SUBBODY, /* a part speaking for the body before it ("committee") */
    AG_SENSE_ROLE,    /* a private person's role ("businessman") */
    AG_SENSE_ANAPHOR  /* a description of earlier actors; `ref` indexes anaphora */
} ag_sense_kind;

typedef struct {
    uint8_t kind; /* ag_sense_kind */
    bool cap;     /* matches only when the first token is capitalised */
    uint32_t ref; /* actor, organ or anaphor index */
} ag_sense;

typedef struct {
    char *id, *label;
    char *country; /* ISO3 or NULL */
    char *parent;  /* id of a dictionary actor, or NULL; a person's "parent",
                      else its undated post's (see ag_dict_parent_on) */
    ag_kind kind;
    int state;              /* index of the state it belongs to (itself for a state), or -1 */
    int organ;              /* organ index for a composed organ, else -1 */
    bool plural;            /* "they" can refer to it */
    bool unaffiliated;      /* never the article's: "gunmen" are nobody's until said */
    bool has_parent;        /* a person whose "parent" is given, not taken from a post */
    uint32_t post0, nposts; /* its dated posts: ag_dict_post_at(post0 + k) */
} ag_dict_actor;

typedef struct {
    uint32_t parent;   /* the dictionary actor the person belongs to in this post */
    uint32_t from, to; /* YYYYMMDD, inclusive; 0 and 99991231 when open */
} ag_dict_post;

typedef struct {
    char *suffix, *label; /* label template with "{adj}" */
    ag_kind kind;
    bool group; /* composes to a slug group, not an organ of the state */
} ag_dict_organ;

typedef struct {
    ag_kind refers; /* AG_KIND_PERSON also accepts leaders; AG_KIND_OTHER: any */
    int count;      /* how many actors it names: 1, 2 for "the two countries" */
    bool head;      /* a head word that needs "the" before it */
    size_t *except; /* dictionary actors it never names, with their parts */
    size_t nexcept;
} ag_dict_anaphor;

typedef struct ag_dict ag_dict;

/* Loads every *.json file of dir except lexicon.json, tokenizing phrases
 * with tk. Errors: AG_ENOINPUT (dir or a file unreadable, no file),
 * AG_EDATA at file:line:col (bad JSON, wrong type, missing or unknown key,
 * unknown kind or organ, duplicate id, dangling parent). */
ag_status ag_dict_load(const char *dir, ag_tokenizer *tk, ag_dict **out, ag_error *err);
void ag_dict_free(ag_dict *d);

/* The longest phrase starting at token i of t[0..n) with at least one sense
 * that fits t[i] (ag_sense_fits): returns its length in tokens and sets
 * *senses / *nsenses to the indices of all its senses (ag_dict_sense);
 * returns 0 when none. */
size_t ag_dict_match(const ag_dict *d, const ag_token *t, size_t n, size_t i,
                     const uint32_t **senses, size_t *nsenses);
const ag_sense *ag_dict_sense(const ag_dict *d, uint32_t s);
/* Whether sense s may be read at token t (capitalisation). */
bool ag_sense_fits(const ag_sense *s, const ag_token *t);

size_t ag_dict_nactors(const ag_dict *d);
const ag_dict_actor *ag_dict_actor_at(const ag_dict *d, size_t i);
/* Index of the actor with this id; false when none. */
bool ag_dict_find(const ag_dict *d, const char *id, size_t *index);
/* The actor composing state actor `state` with organ `organ`, or -1 when
 * `state` is not a state. */
long ag_dict_organ_actor(const ag_dict *d, size_t state, size_t organ);
const ag_dict_organ *ag_dict_organ_at(const ag_dict *d, size_t organ);
/* The actor index of state number s (an ag_dict_actor's "state"). */
size_t ag_dict_state_actor(const ag_dict *d, int s);
const ag_dict_anaphor *ag_dict_anaphor_at(const ag_dict *d, size_t i);
const ag_dict_post *ag_dict_post_at(const ag_dict *d, size_t i);

/* A calendar date "YYYY-MM-DD" as the number YYYYMMDD; 0 for NULL or
 * anything else. */
uint32_t ag_dict_date(const char *s);
/* The actor dictionary actor i belongs to on date (YYYYMMDD, 0: undated):
 * for a person with posts, the rule above; else its parent; -1 when it
 * has none. */
long ag_dict_parent_on(const ag_dict *d, size_t i, uint32_t date);

/* Appends the slug of s to out: ASCII letters and digits lowercased, every
 * run of other bytes one '-', none at either end ("Alen Simonian" ->
 * "alen-simonian"). Person and group ids are slugs of their labels. */
void ag_dict_slug(const char *s, ag_buf *out);

#endif
