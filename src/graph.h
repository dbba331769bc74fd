/* graph.h: the actor graph model.
 *
 * Ownership: an ag_graph owns every string and array reachable from it.
 * Functions that take a template record (ag_graph_add_*) deep-copy it; the
 * caller keeps its own. ag_graph_free(NULL) is a no-op.
 */
#ifndef AG_GRAPH_H
#define AG_GRAPH_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

typedef enum {
    AG_KIND_STATE,
    AG_KIND_GOVERNMENT,
    AG_KIND_LEGISLATURE,
    AG_KIND_MINISTRY,
    AG_KIND_MILITARY,
    AG_KIND_LEADER,
    AG_KIND_PERSON,
    AG_KIND_IGO,
    AG_KIND_NGO,
    AG_KIND_GROUP,
    AG_KIND_POPULATION,
    AG_KIND_COMPANY,
    AG_KIND_MEDIA,
    AG_KIND_OTHER,
    AG_KIND_COUNT
} ag_kind;

typedef enum { AG_HOSTILITY = -1, AG_NEUTRAL = 0, AG_SUPPORT = 1 } ag_polarity;

typedef struct {
    char *source;      /* id of one of the graph's sources */
    size_t sentence;   /* 1-based sentence number in that source; 0 when unknown */
    size_t start, end; /* byte offsets [start, end) into the source file */
    char *text;        /* the sentence as read */
} ag_evidence;

typedef struct {
    char *id;   /* unique among sources */
    char *path; /* file it was read from, or NULL */
    char *date; /* YYYY-MM-DD, or NULL */
} ag_source;

typedef struct {
    char *id;    /* unique, [A-Za-z0-9._-]+ */
    char *label; /* never NULL in a graph (defaults to the id) */
    ag_kind kind;
    char *country; /* ISO 3166-1 alpha-3, or NULL */
    char *parent;  /* id of the actor this one belongs to, or NULL */
    char **aliases;
    size_t naliases;
} ag_actor;

typedef struct {
    size_t source, target; /* indices into the graph's actors */
    char *type;            /* relation type name from the lexicon */
    char *cameo;           /* CAMEO code, or NULL */
    ag_polarity polarity;
    double weight;     /* Goldstein scale, -10..10, sign agrees with polarity */
    char *date;        /* YYYY-MM-DD, or NULL */
    double confidence; /* 0..1 */
    ag_evidence *evidence;
    size_t nevidence;
} ag_relation;

typedef struct {
    char *title; /* or NULL */
    ag_source *sources;
    size_t nsources, capsources;
    ag_actor *actors;
    size_t nactors, capactors;
    ag_relation *relations;
    size_t nrelations, caprelations;
    ag_map actor_index;  /* actor id -> index */
    ag_map source_index; /* source id -> index */
} ag_graph;

/* One drawn edge: the relations from source to target with one polarity. */
typedef struct {
    size_t source, target;
    ag_polarity polarity;
    double abs_weight; /* sum of |weight| of its relations */
    double weight;     /* sum of weights */
    size_t *relations; /* indices into the graph's relations, in graph order */
    size_t nrelations;
} ag_edge;

typedef struct {
    ag_edge *items;
    size_t len;
} ag_edges;

const char *ag_kind_name(ag_kind k);
/* Parses a kind name; returns false when s names none. */
bool ag_kind_parse(const char *s, ag_kind *k);
const char *ag_polarity_name(ag_polarity p);
bool ag_polarity_parse(const char *s, ag_polarity *p);

/* A new empty graph; free with ag_graph_free. */
ag_graph *ag_graph_new(void);
void ag_graph_free(ag_graph *g);
/* A deep copy of g. */
ag_graph *ag_graph_copy(const ag_graph *g);

/* Index of the actor with this id, or false when there is none. */
bool ag_graph_find_actor(const ag_graph *g, const char *id, size_t *index);
/* Adds a deep copy of *a (label defaults to the id) and returns its index.
 * When an actor with that id exists, nothing is added and its index is
 * returned. */
size_t ag_graph_add_actor(ag_graph *g, const ag_actor *a);
/* Adds a deep copy of *s unless a source with that id exists; returns its index. */
size_t ag_graph_add_source(ag_graph *g, const ag_source *s);
bool ag_graph_find_source(const ag_graph *g, const char *id, size_t *index);
/* Appends a deep copy of *r (its actor indices must be valid); returns it. */
ag_relation *ag_graph_add_relation(ag_graph *g, const ag_relation *r);
/* The same for a relation of another graph whose actor i is actor map[i]
 * of g. */
ag_relation *ag_graph_add_relation_mapped(ag_graph *g, const ag_relation *r, const size_t *map);

/* A new graph with the actors whose keep_actor[i] is true and the relations
 * whose keep_relation[j] is true and whose both ends are kept (either array
 * may be NULL: keep all). Sources are copied. Order is preserved. */
ag_graph *ag_graph_subset(const ag_graph *g, const bool *keep_actor, const bool *keep_relation);

/* Adds src's sources, actors and relations to dst. An actor already in dst
 * keeps dst's attributes; a relation equal to one in dst (same ends, type,
 * polarity, weight, date and evidence) is not added twice. */
void ag_graph_merge(ag_graph *dst, const ag_graph *src);

/* Sorts sources by id, actors by id (and each actor's aliases), and
 * relations by (source id, target id, type, date, weight, evidence, then
 * the rest), so that equal graphs serialise equally whatever their order. */
void ag_graph_canonicalize(ag_graph *g);

/* The graph's relations grouped into drawn edges by (source, target,
 * polarity), in order of first appearance. Free with ag_edges_free. */
ag_edges ag_graph_edges(const ag_graph *g);
void ag_edges_free(ag_edges *e);

/* True when s is YYYY-MM-DD naming a day of the Gregorian calendar. */
bool ag_date_valid(const char *s);

/* The date of a relation: its own, else that of its first evidence's
 * source, else NULL. */
const char *ag_relation_date(const ag_graph *g, const ag_relation *r);

#endif
