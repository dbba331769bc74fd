/* extract.c: articles -> graph, through text, mentions and the coder. */
#include "extract.h"

#include <stdlib.h>
#include <string.h>

#include "coder.h"
#include "dict.h"
#include "escape.h"
#include "lexicon.h"
#include "mention.h"
#include "parse.h"
#include "text.h"
#include "util.h"

struct ag_extractor {
    ag_tokenizer *tk;
    ag_dict *dict;
    ag_lexicon *lx;
    ag_mentions *mentions;
    ag_coder *coder;
    ag_parser *parser; /* made at the first ag_extractor_set_syntax(x, true) */
    size_t *in_graph;  /* per cast actor: graph index + 1, 0 when not added */
    size_t capin;
    size_t sentences, articles;
    const ag_progress *progress;
    ag_trace_fn trace;
    void *trace_ctx;
    ag_trace_actor *tactors; /* a sentence's trace */
    ag_trace_cue *tcues;
    size_t captactors, captcues;
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
        s = ag_coder_new(x->lx, x->mentions, &x->coder, err);
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
    ag_parser_free(x->parser);
    free(x->tactors);
    free(x->tcues);
    ag_mentions_free(x->mentions);
    ag_lexicon_free(x->lx);
    ag_dict_free(x->dict);
    ag_tokenizer_free(x->tk);
    free(x->in_graph);
    free(x);
}

void ag_extractor_set_trace(ag_extractor *x, ag_trace_fn fn, void *ctx)
{
    x->trace = fn;
    x->trace_ctx = ctx;
}

/* Appends s[0..n) as a JSON string, quotes included. */
static void json_string(ag_buf *out, const char *s, size_t n)
{
    ag_buf_putc(out, '"');
    ag_escape_json(out, s, n);
    ag_buf_putc(out, '"');
}

static void member(ag_buf *out, const char *key, const char *v)
{
    ag_buf_printf(out, ",\"%s\":", key);
    if (v)
        json_string(out, v, strlen(v));
    else
        ag_buf_puts(out, "null");
}

static void quoted(ag_buf *out, const char *text, size_t start, size_t end)
{
    ag_buf_puts(out, ",\"text\":");
    json_string(out, text + start, end - start);
}

void ag_trace_write_json(const ag_trace *t, const char *text, ag_buf *out)
{
    ag_buf_puts(out, "{\"source\":");
    json_string(out, t->source, strlen(t->source));
    ag_buf_printf(out, ",\"sentence\":%zu", t->sentence);
    quoted(out, text, t->start, t->end);
    ag_buf_printf(out, ",\"parsed\":%s,\"actors\":[", t->parsed ? "true" : "false");
    for (size_t i = 0; i < t->nactors; i++) {
        const ag_trace_actor *a = &t->actors[i];
        ag_buf_puts(out, i ? ",{\"id\":" : "{\"id\":");
        json_string(out, a->id, strlen(a->id));
        member(out, "label", a->label);
        member(out, "kind", ag_kind_name(a->kind));
        member(out, "country", a->country);
        quoted(out, text, a->start, a->end);
        ag_buf_putc(out, '}');
    }
    ag_buf_puts(out, "],\"cues\":[");
    for (size_t i = 0; i < t->ncues; i++) {
        const ag_trace_cue *q = &t->cues[i];
        ag_buf_puts(out, i ? ",{\"type\":" : "{\"type\":");
        json_string(out, q->type, strlen(q->type));
        member(out, "cameo", q->cameo);
        member(out, "polarity", ag_polarity_name(q->polarity));
        member(out, "pos", q->verb ? "verb" : "noun");
        quoted(out, text, q->start, q->end);
        ag_buf_putc(out, '}');
    }
    ag_buf_puts(out, "],\"relations\":[");
    for (size_t i = 0; i < t->nrelations; i++) {
        const ag_relation *r = &t->relations[i];
        const char *sid = t->graph->actors[r->source].id, *tid = t->graph->actors[r->target].id;
        ag_buf_puts(out, i ? ",{\"source\":" : "{\"source\":");
        json_string(out, sid, strlen(sid));
        member(out, "target", tid);
        member(out, "type", r->type);
        member(out, "polarity", ag_polarity_name(r->polarity));
        ag_buf_puts(out, ",\"weight\":");
        ag_buf_num(out, r->weight);
        ag_buf_putc(out, '}');
    }
    ag_buf_puts(out, "]}\n");
}

void ag_extractor_set_syntax(ag_extractor *x, bool parse)
{
    if (parse && !x->parser)
        x->parser = ag_parser_new();
    ag_coder_set_parser(x->coder, parse ? x->parser : NULL);
}

/* Whether digits[0..n) begin a code of the table: a code's parent codes are
 * codes too ("1124" under "112" under "11"), so only a one-digit prefix
 * needs a look one digit further. */
static bool code_prefix(const ag_lexicon *lx, const char *digits, size_t n)
{
    char code[6];
    double w;
    if (n < 1 || n > 4 || strspn(digits, "0123456789") != n)
        return false;
    memcpy(code, digits, n + 1);
    for (char d = '0'; n == 1 && d <= '9'; d++) {
        code[1] = d;
        code[2] = '\0';
        if (ag_lexicon_weight(lx, code, &w))
            return true;
    }
    return n > 1 && ag_lexicon_weight(lx, code, &w);
}

bool ag_extractor_knows_type(const ag_extractor *x, const char *name)
{
    if (strspn(name, "0123456789") == strlen(name))
        return code_prefix(x->lx, name, strlen(name));
    bool known = false;
    ag_buf call = AG_BUF_INIT;
    for (size_t i = 0; i < ag_lexicon_ncues(x->lx) && !known; i++) {
        const char *type = ag_lexicon_cue(x->lx, i)->type;
        ag_buf_clear(&call);
        ag_buf_printf(&call, "call for %s", type); /* the coder's type of a wish */
        known = ag_strcasecmp(type, name) == 0 || ag_strcasecmp(call.data, name) == 0;
    }
    ag_buf_free(&call);
    return known;
}

size_t ag_extractor_sentences(const ag_extractor *x)
{
    return x->sentences;
}

void ag_extractor_set_progress(ag_extractor *x, const ag_progress *p)
{
    x->progress = p;
}

/* Reports the counts, `in_article` sentences of the current article included. */
static void report(const ag_extractor *x, size_t in_article)
{
    ag_progress_event ev = {.task = "extract",
                            .unit = "sentences",
                            .done = x->sentences + in_article,
                            .unit2 = x->articles == 1 ? "article" : "articles",
                            .done2 = x->articles};
    ag_progress_report(x->progress, &ev);
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

/* Calls the trace function with what sentence s read: the actors of its
 * mentions, its cues and the last nr relations of g. */
static void trace(ag_extractor *x, const sentence *s, const ag_token *t, const ag_mention *ms,
                  size_t nm, const ag_graph *g, size_t nr)
{
    size_t na = 0, nc;
    for (size_t i = 0; i < nm; i++) {
        for (int k = 0; k < ms[i].nactor; k++) {
            const ag_cast_actor *ca = ag_cast_at(x->mentions, (size_t)ms[i].actor[k]);
            ag_grow(&x->tactors, &x->captactors, na + 1, sizeof *x->tactors);
            x->tactors[na++] = (ag_trace_actor){ca->id,   ca->label,         ca->country,
                                                ca->kind, t[ms[i].t0].start, t[ms[i].t1 - 1].end};
        }
    }
    const ag_cue_found *f = ag_coder_cues(x->coder, &nc);
    ag_grow(&x->tcues, &x->captcues, nc + 1, sizeof *x->tcues);
    for (size_t i = 0; i < nc; i++)
        x->tcues[i] = (ag_trace_cue){f[i].cue->type, f[i].cue->cameo,  f[i].cue->polarity,
                                     f[i].verb,      t[f[i].t0].start, t[f[i].t1 - 1].end};
    ag_trace tr = {s->a->id, s->number,  s->start,
                   s->end,   x->tactors, na,
                   x->tcues, nc,         g->relations + g->nrelations - nr,
                   nr,       g,          ag_coder_parsed(x->coder)};
    x->trace(&tr, x->trace_ctx);
}

ag_status ag_extract(ag_extractor *x, const ag_article *a, ag_graph *g, ag_error *err)
{
    ag_status st = ag_text_check_utf8(a->path, a->text, a->len, err);
    if (st)
        return st;
    ag_dateline dl;
    ag_text_dateline(a->text, a->len, &dl);
    size_t body = dl.body;
    sentence s = {a, a->date ? a->date : dl.date[0] ? dl.date : NULL, 0, 0, 0};
    ag_source src = {(char *)a->id, (char *)a->path, (char *)s.date};
    ag_graph_add_source(g, &src);
    ag_mentions_reset(x->mentions);
    ag_mentions_date(x->mentions, s.date);
    ag_coder_reset(x->coder);
    if (x->capin)
        memset(x->in_graph, 0, x->capin * sizeof *x->in_graph);
    report(x, 0);
    if (dl.end > dl.place) { /* "BEIJING, Oct 4 (Reuters) -": China counts toward the topic */
        ag_tokens place = ag_text_tokenize(x->tk, a->text, dl.place, dl.end);
        const ag_mention *ms;
        ag_mentions_find(x->mentions, a->text, place.tok, place.n, &ms);
    }
    ag_tokens ts = ag_text_tokenize(x->tk, a->text, body, a->len);
    for (size_t i = 0; i < ts.n;) {
        size_t e = ag_text_sentence_end(ts, i);
        const ag_mention *ms;
        const ag_coded *r;
        size_t nm = ag_mentions_find(x->mentions, a->text, ts.tok + i, e - i, &ms);
        size_t nr = ag_coder_sentence(x->coder, a->text, ts.tok + i, e - i, ms, nm, &r);
        s.number++;
        s.start = ts.tok[i].start;
        s.end = ts.tok[e - 1].end;
        size_t before = g->nrelations;
        add_relations(x, g, &s, r, nr);
        if (x->trace)
            trace(x, &s, ts.tok + i, ms, nm, g, g->nrelations - before);
        i = e;
        if (s.number % 1024 == 0)
            report(x, s.number);
    }
    x->sentences += s.number;
    x->articles++;
    report(x, 0);
    return x->parser ? ag_parser_check(x->parser, err) : AG_OK;
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
