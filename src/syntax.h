/* syntax.h: who does what to whom, read off a sentence's parse (parse.h).
 *
 * Pure functions over an ag_syntax: they follow Link Grammar's links from
 * one token to another and never see the parser itself, so they can be
 * tested with links written by hand. Every answer is a token index of the
 * sentence, the head word of a phrase, or -1 when the parse does not say.
 *
 *   subject    "Baku (S) condemned", through auxiliaries and infinitives
 *              ("has (PP) condemned", "threatened (TO) to (I) break": the
 *              subject of "threatened"; "urged X (TOo) to V": X), verb
 *              coordination ("tighten and (VJ) impose"), participles
 *              modifying a noun ("rebels (Mg) fighting") and inversion
 *              ("said (SI) the minister");
 *   object     the direct objects (O), first the indirect one ("give X a
 *              grant");
 *   preposition objects: the verb's (MV) prepositions and their objects (J);
 *   passive    a participle after a form of "be" (Pv) or after a noun (Mv),
 *              and its "by" agent;
 *   conjuncts  the heads a coordinating word joins (SJ): "A and B";
 *   modifiers  the words inside a noun phrase that can name its owner: a
 *              possessor ("X's"), adjectives and nouns before the head
 *              (A, AN, G, GN, DG), and the object of "of"/"from" after it.
 */
#ifndef AG_SYNTAX_H
#define AG_SYNTAX_H

#include <stdbool.h>
#include <stddef.h>

#include "parse.h"

enum { AG_SYN_MAX = 8 }; /* most heads any query returns */

/* The subject of verb token v; *passive is set when v is a passive
 * participle (its subject is then its patient). */
long ag_syn_subject(const ag_syntax *s, size_t v, bool *passive);

/* The direct objects of verb token v into out[0..AG_SYN_MAX); returns how
 * many. */
size_t ag_syn_objects(const ag_syntax *s, size_t v, long *out);

/* The prepositions of verb (or noun) token v and their objects: out_prep[i]
 * and out_obj[i]; returns how many. */
size_t ag_syn_preps(const ag_syntax *s, size_t v, long *out_prep, long *out_obj);

/* Whether verb token v is a passive participle. */
bool ag_syn_passive(const ag_syntax *s, size_t v);

/* The heads that coordinating token c joins, or 0 when it joins none. */
size_t ag_syn_conjuncts(const ag_syntax *s, size_t c, long *out);

/* The tokens that modify noun head h and may name its owner (see above). */
size_t ag_syn_modifiers(const ag_syntax *s, size_t h, long *out);

/* Whether token v is read as a verb heading a clause: it has a subject
 * (S, SI), or an auxiliary, "to" or a coordinated verb before it (PP, I,
 * IV, Pv, Pg, VJ); not a participle after a noun (Mv, Mg). */
bool ag_syn_verb(const ag_syntax *s, size_t v);

/* Whether any link joins token i (a word the parse left out has none). */
bool ag_syn_used(const ag_syntax *s, size_t i);

/* Whether token a and b are joined by a link of this type ("S", "MV").
 * A type is the label's leading capitals: "Ss*s" is of type "S". */
bool ag_syn_linked(const ag_syntax *s, size_t a, size_t b, const char *type);

#endif
