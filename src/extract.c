/* extract.c: articles -> graph, through text, mentions and the coder. */
#include "extract.h"

#include <stdlib.h>
#include <string.h>

#include "coder.h"
#include "dict.h"
#include "lexicon.h"
#include "mention.h"
#include "text.h"
#include "util.h"

struct ag_extractor {
    ag_tokenizer *tk;
    ag_dict *dict;
    ag_lexicon *lx;
    ag_mentions *mentions;
    ag_coder *coder;
    size_t *in_graph; /* per cast actor: graph index + 1, 0 when not added */
    size_t capin;
    size_t sentences;
};

ag_status ag_extractor_new(const char *data_dir, ag_extractor **out, ag_error *err)
{
    ag_extractor *x = ag_xcalloc(1, sizeof *x);
    ag_buf dict = AG_BUF_INIT, lexicon = AG_BUF_INIT, table = AG_BUF_INIT;
    ag_buf_printf(&dict, "%s/dict", data_dir);
    ag_buf_printf(&lexicon, "%s/dict/lexicon.json", data_dir);
    ag_buf_printf(&table, "%s/cameo/goldstein.tsv", data_dir);
    ag_status s = ag_tokenizer_new(&x->tk, err);
    if (!s)
        s = ag_dict_load(dict.data, x->tk, &x->dict, err);
    if (!s)
        s = ag_lexicon_load(lexicon.data, table.data, x->tk, &x->lx, err);
    if (!s) {
        x->mentions = ag_mentions_new(x->dict);
        s = ag_coder_new(x->lx, x->mentions, x->tk, &x->coder, err);
    }
    ag_buf_free(&dict);
    ag_buf_free(&lexicon);
    ag_buf_free(&table);
    *out = NULL;
    if (s) {
        ag_extractor_free(x);
        return s;
    }
    *out = x;
    return AG_OK;
}

void ag_extractor_free(ag_extractor *x)
{
    if (!x)
        return;
    ag_coder_free(x->coder);
    ag_mentions_free(x->mentions);
    ag_lexicon_free(x->lx);
    ag_dict_free(x->dict);
    ag_tokenizer_free(x->tk);
    free(x->in_graph);
    free(x);
}

size_t ag_extractor_sentences(const ag_extractor *x)
{
    return x->sentences;
}

/* ---- actors ---- */

/* Adds dictionary actor id and its parents to g; returns its index. */
static size_t add_dict_actor(ag_extractor *x, ag_graph *g, const char *id)
{
    size_t k, d;
    if (ag_graph_find_actor(g, id, &k))
        return k;
    if (!ag_dict_find(x->dict, id, &d)) { /* cannot happen: the loader checks parents */
        ag_actor a = {(char *)id, NULL, AG_KIND_OTHER, NULL, NULL, NULL, 0};
        return ag_graph_add_actor(g, &a);
    }
    const ag_dict_actor *da = ag_dict_actor_at(x->dict, d);
    if (da->parent)
        add_dict_actor(x, g, da->parent);
    ag_actor a = {da->id, da->label, da->kind, da->country, da->parent, NULL, 0};
    return ag_graph_add_actor(g, &a);
}

/* The graph index of cast actor c, added with its parents when new. */
static size_t graph_actor(ag_extractor *x, ag_graph *g, int c)
{
    if (x->in_graph[c])
        return x->in_graph[c] - 1;
    const ag_cast_actor *ca = ag_cast_at(x->mentions, (size_t)c);
    size_t k;
    if (!ag_graph_find_actor(g, ca->id,
                             &k)) { /* a person's post is the cast's, not the dictionary's */
        if (ca->parent)
            add_dict_actor(x, g, ca->parent);
        ag_actor a = {(char *)ca->id,
                      (char *)ca->label,
                      ca->kind,
                      (char *)ca->country,
                      (char *)ca->parent,
                      NULL,
                      0};
        k = ag_graph_add_actor(g, &a);
    }
    x->in_graph[c] = k + 1;
    return k;
}

/* ---- sentences ---- */

typedef struct {
    const ag_article *a;
    const char *date;
    size_t number; /* 1-based sentence number */
    size_t start, end;
} sentence;

static void add_relations(ag_extractor *x, ag_graph *g, const sentence *s, const ag_coded *r,
                          size_t n)
{
    size_t nc = ag_cast_count(x->mentions);
    if (nc > x->capin) {
        x->in_graph = ag_xrealloc(x->in_graph, nc * sizeof *x->in_graph);
        memset(x->in_graph + x->capin, 0, (nc - x->capin) * sizeof *x->in_graph);
        x->capin = nc;
    }
    char *text = n ? ag_xstrndup(s->a->text + s->start, s->end - s->start) : NULL;
    for (size_t i = 0; i < n; i++) {
        ag_evidence ev = {(char *)s->a->id, s->number, s->start, s->end, text};
        ag_relation rel = {graph_actor(x, g, r[i].source),
                           graph_actor(x, g, r[i].target),
                           (char *)r[i].type,
                           (char *)r[i].cameo,
                           r[i].polarity,
                           r[i].weight,
                           (char *)s->date,
                           r[i].confidence,
                           &ev,
                           1};
        ag_graph_add_relation(g, &rel);
    }
    free(text);
}

ag_status ag_extract(ag_extractor *x, const ag_article *a, ag_graph *g, ag_error *err)
{
    ag_status st = ag_text_check_utf8(a->path, a->text, a->len, err);
    if (st)
        return st;
    char dateline[11];
    size_t body;
    bool dated = ag_text_dateline(a->text, a->len, dateline, &body);
    sentence s = {a, a->date ? a->date : dated ? dateline : NULL, 0, 0, 0};
    ag_source src = {(char *)a->id, (char *)a->path, (char *)s.date};
    ag_graph_add_source(g, &src);
    ag_mentions_reset(x->mentions);
    ag_mentions_date(x->mentions, s.date);
    ag_coder_reset(x->coder);
    if (x->capin)
        memset(x->in_graph, 0, x->capin * sizeof *x->in_graph);
    ag_tokens ts = ag_text_tokenize(x->tk, a->text, body, a->len);
    for (size_t i = 0; i < ts.n;) {
        size_t e = ag_text_sentence_end(ts, i);
        const ag_mention *ms;
        const ag_coded *r;
        size_t nm = ag_mentions_find(x->mentions, a->text, ts.tok + i, e - i, &ms);
        size_t nr = ag_coder_sentence(x->coder, ts.tok + i, e - i, ms, nm, &r);
        s.number++;
        s.start = ts.tok[i].start;
        s.end = ts.tok[e - 1].end;
        add_relations(x, g, &s, r, nr);
        i = e;
    }
    x->sentences += s.number;
    return AG_OK;
}

ag_status ag_extract_text(ag_extractor *x, const char *source_id, const char *path,
                          const char *text, size_t len, ag_graph *g, ag_error *err)
{
    ag_article a = {source_id, path, NULL, text, len};
    return ag_extract(x, &a, g, err);
}

ag_status ag_extract_each(ag_extractor *x, const ag_article *a, ag_extract_sink sink, void *ctx,
                          ag_error *err)
{
    ag_graph *g = ag_graph_new();
    ag_status s = ag_extract(x, a, g, err);
    if (!s)
        s = sink(g, ctx, err);
    ag_graph_free(g);
    return s;
}
