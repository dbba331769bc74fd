/* cli.c: the actorgraph command line.
 *
 * Options are data (the table below): parsing, validation and --help all
 * read it. Each subcommand turns its inputs into a graph (graph JSON as
 * is, article text through the extractor), applies the shared filters,
 * computes the metrics and hands the result to one writer; the bytes are
 * written atomically at the end, so a failure leaves no partial output.
 */
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "export.h"
#include "extract.h"
#include "fileio.h"
#include "filter.h"
#include "gdelt.h"
#include "graph_json.h"
#include "json.h"
#include "metrics_write.h"
#include "progress.h"
#include "render.h"
#include "report.h"

#define AG_VERSION "0.1.0"
#ifndef AG_DATADIR
#define AG_DATADIR "/usr/local/share/actorgraph"
#endif

/* ---- commands and options ------------------------------------------- */

enum {
    C_EXTRACT = 1 << 0,
    C_RENDER = 1 << 1,
    C_METRICS = 1 << 2,
    C_REPORT = 1 << 3,
    C_CHECK = 1 << 4,
    C_MERGE = 1 << 5,
    C_IMPORT = 1 << 6,
    C_DRAW = C_RENDER | C_REPORT,
    C_FILTER = C_RENDER | C_METRICS | C_REPORT,
    C_READ_TEXT = C_EXTRACT | C_FILTER, /* may extract from an article */
    C_ALL = 0x7f
};

static const struct command {
    const char *name;
    unsigned bit;
    const char *args;
    const char *summary;
} COMMANDS[] = {
    {"extract", C_EXTRACT, "[FILE...]", "article text (stdin when no FILE) -> graph JSON"},
    {"render", C_RENDER, "[INPUT]",
     "graph JSON or article (stdin when no INPUT) -> picture (SVG, PNG, PDF, DOT) or export"},
    {"metrics", C_METRICS, "[INPUT]", "centrality and signed measures: table, CSV or JSON"},
    {"report", C_REPORT, "[INPUT]", "standalone HTML: picture, metrics, evidence"},
    {"check", C_CHECK, "FILE...", "validate graph files (strictly) or data directories"},
    {"merge", C_MERGE, "GRAPH... -o OUT", "union of graphs (order-independent)"},
    {"import", C_IMPORT, "gdelt [FILE...]",
     "GDELT 1.0/2.0 event exports (stdin when no FILE) -> graph JSON"},
};

typedef enum {
    O_OUTPUT,
    O_FORMAT,
    O_QUIET,
    O_HELP,
    O_DICT,
    O_EVENTS,
    O_POLARITY,
    O_MIN_WEIGHT,
    O_MIN_CONFIDENCE,
    O_ACTOR,
    O_DEPTH,
    O_EXCLUDE,
    O_TYPE,
    O_SINCE,
    O_UNTIL,
    O_TOP,
    O_COLLAPSE,
    O_CSV,
    O_JSON,
    O_LAYOUT,
    O_SIZE_BY,
    O_TITLE,
    O_ID_PREFIX,
    O_COLOR_BY,
    O_CLUSTER,
    O_SHOW_FRUSTRATION,
    O_NO_LEGEND,
    O_THEME,
    O_INLINE,
    O_RESPONSIVE,
    O_DPI,
    O_SYNTAX,
    O_TRACE,
    O_ISOLATES
} opt_key;

static const struct option {
    const char *name;
    char letter;     /* short form, or 0 */
    const char *arg; /* the argument's name in help, NULL for a flag */
    unsigned commands;
    opt_key key;
    const char *help;
} OPTIONS[] = {
    {"output", 'o', "FILE", C_ALL & ~C_CHECK, O_OUTPUT,
     "write to FILE (atomically) instead of standard output; the format follows its extension "
     "(extract, merge: .json; extract --events: .jsonl; report: .html)"},
    {"format", 'T', "FORMAT", C_RENDER | C_METRICS, O_FORMAT,
     "output format; render: svg png pdf dot json graphml gexf gexf1.3 cyjs d3 edges.csv "
     "actors.csv html; metrics: table csv json"},
    {"csv", 0, NULL, C_METRICS, O_CSV, "the same as -T csv"},
    {"json", 0, NULL, C_METRICS, O_JSON, "the same as -T json"},
    {"events", 0, NULL, C_EXTRACT, O_EVENTS,
     "write JSON Lines, one relation a line, streaming over any number of articles"},
    {"dict", 0, "DIR", C_READ_TEXT | C_CHECK | C_IMPORT, O_DICT,
     "data directory with dict/*.json and cameo/*.tsv (default: $ACTORGRAPH_DATA, "
     "else the data shipped with actorgraph)"},
    {"syntax", 0, "MODE", C_READ_TEXT, O_SYNTAX,
     "parse: read each sentence with the Link Grammar parser (the default for articles); "
     "fast: shallow syntax only (the default for .jsonl corpora and --events)"},
    {"trace", 0, "FILE", C_EXTRACT, O_TRACE,
     "also write to FILE, as JSON Lines, what each sentence was read as: the actors its "
     "mentions name, its cues and the relations they gave"},
    {"polarity", 0, "P", C_FILTER, O_POLARITY,
     "keep relations of polarity support, hostility or neutral"},
    {"min-weight", 0, "W", C_FILTER, O_MIN_WEIGHT, "keep relations with |weight| >= W (0..10)"},
    {"min-confidence", 0, "C", C_FILTER, O_MIN_CONFIDENCE,
     "keep relations with confidence >= C (0..1)"},
    {"type", 0, "T,...", C_FILTER, O_TYPE,
     "keep relations of these types (of the graph or the lexicon), or CAMEO codes by prefix "
     "(\"11\": every DISAPPROVE code)"},
    {"since", 0, "DATE", C_FILTER, O_SINCE, "keep relations dated YYYY-MM-DD or later"},
    {"until", 0, "DATE", C_FILTER, O_UNTIL, "keep relations dated YYYY-MM-DD or earlier"},
    {"exclude", 0, "ACTOR", C_FILTER, O_EXCLUDE,
     "remove an actor (id, label or alias) and its relations; repeatable. With --collapse, an "
     "organ merged into its state loses only its own relations (a warning says so)"},
    {"actor", 0, "ACTOR", C_FILTER, O_ACTOR,
     "keep the neighbourhood of an actor (id, label or alias)"},
    {"depth", 0, "N", C_FILTER, O_DEPTH,
     "steps around --actor, either direction (default 1; 0: the actor alone)"},
    {"collapse", 0, NULL, C_FILTER, O_COLLAPSE,
     "merge organs, officials and bodies into their state or organisation"},
    {"top", 0, "N", C_FILTER, O_TOP, "keep the N actors ranked highest by the --size-by metric"},
    {"size-by", 0, "METRIC", C_FILTER, O_SIZE_BY,
     "node size and --top ranking: pagerank (default), betweenness, strength, support_in, "
     "hostility_in, pn"},
    {"layout", 0, "ENGINE", C_DRAW, O_LAYOUT,
     "dot, neato, fdp, sfdp or circo (default: dot for small graphs, neato or sfdp above)"},
    {"title", 0, "TEXT", C_DRAW, O_TITLE, "title of the picture (default: the graph's)"},
    {"id-prefix", 0, "ID", C_DRAW, O_ID_PREFIX, "prefix of every SVG id (default: ag)"},
    {"color-by", 0, "WHAT", C_DRAW, O_COLOR_BY, "node colour by actor kind (default) or bloc"},
    {"cluster", 0, "bloc", C_DRAW, O_CLUSTER, "draw each bloc as a box (dot or fdp layout)"},
    {"show-frustration", 0, NULL, C_DRAW, O_SHOW_FRUSTRATION,
     "highlight the ties that break the two-camp split"},
    {"isolates", 0, NULL, C_DRAW, O_ISOLATES,
     "draw actors without any relation too (left out of pictures by default)"},
    {"no-legend", 0, NULL, C_DRAW, O_NO_LEGEND, "leave out the legend"},
    {"theme", 0, "THEME", C_DRAW, O_THEME, "light (default) or dark"},
    {"inline", 0, NULL, C_RENDER, O_INLINE,
     "SVG without XML prolog and doctype, for pasting into HTML"},
    {"responsive", 0, NULL, C_RENDER, O_RESPONSIVE,
     "SVG that scales to its container (viewBox only)"},
    {"dpi", 0, "N", C_RENDER, O_DPI, "PNG resolution, 1..2400 (default 96)"},
    {"quiet", 'q', NULL, C_ALL, O_QUIET, "do not print warnings or progress"},
    {"help", 'h', NULL, C_ALL, O_HELP, "show this help"},
};
#define NOPTIONS (sizeof OPTIONS / sizeof OPTIONS[0])

/* extract --trace: each sentence's trace, a line of JSON, written as it
 * comes; the first write error stops it and is reported after the article. */
typedef struct trace_sink {
    ag_output out;
    ag_buf buf;
    const char *text; /* the article being extracted */
    ag_status status;
    ag_error err;
} trace_sink;

typedef struct {
    const struct command *cmd;
    char **inputs;
    size_t ninputs;
    const char *output, *format, *dict, *trace_path;
    int syntax;       /* SYNTAX_* */
    trace_sink trace; /* extract --trace, open while tracing */
    bool tracing;
    bool quiet, events, filtered, depth_given, isolates;
    ag_filter filter;
    size_t top;
    ag_render_options render;
    ag_extractor *x;       /* made at the first article */
    ag_gdelt *gdelt;       /* made at the first GDELT file */
    ag_progress *progress; /* the meter on stderr; NULL when not shown */
} cli;

enum { SYNTAX_AUTO, SYNTAX_PARSE, SYNTAX_FAST };

/* ---- messages ------------------------------------------------------- */

static void print_error(const ag_error *e)
{
    ag_buf b = AG_BUF_INIT;
    ag_error_format(e, &b);
    fprintf(stderr, "actorgraph: %s", b.data);
    ag_buf_free(&b);
}

/* ---- progress ------------------------------------------------------ */

/* Progress is shown on a terminal: stderr is one, -q is not given, and the
 * output does not go to standard output on a terminal too. Long work
 * reports to it: extracting a corpus, importing, and measuring and drawing
 * a graph of over PROGRESS_MIN_ACTORS actors. */
#define PROGRESS_MIN_ACTORS 1000

static void show_progress(void *ctx, const ag_progress_event *ev)
{
    ag_buf text = AG_BUF_INIT;
    if (ag_meter_update(ctx, ev, ag_progress_now(), &text))
        fputs(text.data, stderr);
    ag_buf_free(&text);
}

static bool progress_wanted(const cli *c)
{
    bool to_stdout = !c->output || strcmp(c->output, "-") == 0;
    return !c->quiet && isatty(STDERR_FILENO) && !(to_stdout && isatty(STDOUT_FILENO));
}

/* Ends the meter's line, so that what follows starts on a line of its own. */
static void progress_end(const cli *c)
{
    ag_buf text = AG_BUF_INIT;
    if (c->progress && ag_meter_finish(c->progress->ctx, &text))
        fputs(text.data, stderr);
    ag_buf_free(&text);
}

static void print_warnings(const cli *c, const ag_buf *w)
{
    progress_end(c);
    if (!c->quiet && w->len)
        fputs(w->data, stderr);
}

static ag_status usage(const cli *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static ag_status usage(const cli *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("actorgraph: ", stderr);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry 'actorgraph %s%s--help' for more information.\n",
            c && c->cmd ? c->cmd->name : "", c && c->cmd ? " " : "");
    return AG_EUSAGE;
}

static void print_wrapped(FILE *f, const char *text, int indent, int width)
{
    int col = indent;
    for (const char *p = text; *p;) {
        size_t n = strcspn(p, " ");
        if (col > indent && col + 1 + (int)n > width) {
            fprintf(f, "\n%*s", indent, "");
            col = indent;
        } else if (col > indent) {
            fputc(' ', f);
            col++;
        }
        fwrite(p, 1, n, f);
        col += (int)n;
        p += n;
        p += strspn(p, " ");
    }
    fputc('\n', f);
}

static void help_general(FILE *f)
{
    fputs("actorgraph " AG_VERSION ": news articles -> signed actor graphs -> pictures\n\n"
          "usage: actorgraph COMMAND [options] ARGS\n\ncommands:\n",
          f);
    for (size_t i = 0; i < sizeof COMMANDS / sizeof COMMANDS[0]; i++)
        fprintf(f, "  %-8s %-17s %s\n", COMMANDS[i].name, COMMANDS[i].args, COMMANDS[i].summary);
    fputs("\n'actorgraph COMMAND --help' lists a command's options. INPUT may be a graph JSON\n"
          "file, a GDELT event export or an article (extracted on the fly); none or '-'\n"
          "reads standard input. Long work shows its progress on a terminal (not with -q).\n"
          "exit status: 0 ok, 64 usage, 65 bad input data, 66 input missing, 70 internal\n"
          "error, 73 cannot create output, 74 I/O error.\n",
          f);
}

static void help_command(FILE *f, const struct command *cmd)
{
    fprintf(f, "usage: actorgraph %s [options] %s\n%s\n\noptions:\n", cmd->name, cmd->args,
            cmd->summary);
    for (size_t i = 0; i < NOPTIONS; i++) {
        const struct option *o = &OPTIONS[i];
        if (!(o->commands & cmd->bit))
            continue;
        char head[64];
        int n = snprintf(head, sizeof head, "  %c%c%s--%s%s%s", o->letter ? '-' : ' ',
                         o->letter ? o->letter : ' ', o->letter ? ", " : "  ", o->name,
                         o->arg ? " " : "", o->arg ? o->arg : "");
        fprintf(f, "%-28s", head);
        if (n > 27)
            fprintf(f, "\n%28s", "");
        print_wrapped(f, o->help, 28, 100);
    }
}

/* The tables, one record a line, tab-separated: "command", name, arguments,
 * summary; then "option", long name, letter or "", argument or "", the
 * commands taking it (comma-separated), help. Hidden (--list-options): the
 * Makefile makes the man page's option list and the shell completion from
 * it, so neither can drift from the table. */
static void list_options(FILE *f)
{
    size_t ncommands = sizeof COMMANDS / sizeof COMMANDS[0];
    for (size_t i = 0; i < ncommands; i++)
        fprintf(f, "command\t%s\t%s\t%s\n", COMMANDS[i].name, COMMANDS[i].args,
                COMMANDS[i].summary);
    for (size_t i = 0; i < NOPTIONS; i++) {
        const struct option *o = &OPTIONS[i];
        char letter[2] = {o->letter, '\0'};
        fprintf(f, "option\t%s\t%s\t%s\t", o->name, letter, o->arg ? o->arg : "");
        for (size_t c = 0, n = 0; c < ncommands; c++)
            if (o->commands & COMMANDS[c].bit)
                fprintf(f, "%s%s", n++ ? "," : "", COMMANDS[c].name);
        fprintf(f, "\t%s\n", o->help);
    }
}

/* ---- option values -------------------------------------------------- */

static ag_status number(const cli *c, const char *opt, const char *s, double lo, double hi,
                        bool integer, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (!*s || *end || errno || !isfinite(v) || v < lo || v > hi || (integer && v != floor(v)))
        return usage(c, "option --%s: '%s' is not %s from %g to %g", opt, s,
                     integer ? "a whole number" : "a number", lo, hi);
    *out = v;
    return AG_OK;
}

/* Adds the comma-separated items of s to *list. */
static void add_items(char ***list, size_t *n, const char *s)
{
    for (const char *p = s; *p;) {
        size_t k = strcspn(p, ",");
        if (k) {
            *list = ag_xrealloc(*list, (*n + 1) * sizeof **list);
            (*list)[(*n)++] = ag_xstrndup(p, k);
        }
        p += k + (p[k] == ',');
    }
}

static ag_status choice(const cli *c, const char *opt, const char *s, const char *const *names,
                        size_t n, int *out)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(s, names[i]) == 0) {
            *out = (int)i;
            return AG_OK;
        }
    ag_buf b = AG_BUF_INIT;
    for (size_t i = 0; i < n; i++)
        ag_buf_printf(&b, "%s%s", i ? (i + 1 == n ? " or " : ", ") : "", names[i]);
    ag_status s_ = usage(c, "option --%s: '%s' is not %s", opt, s, b.data);
    ag_buf_free(&b);
    return s_;
}

static ag_status set_option(cli *c, const struct option *o, const char *v)
{
    double d;
    int k;
    ag_status s = AG_OK;
    switch (o->key) {
    case O_OUTPUT: c->output = v; break;
    case O_FORMAT: c->format = v; break;
    case O_CSV: c->format = "csv"; break;
    case O_JSON: c->format = "json"; break;
    case O_QUIET: c->quiet = true; break;
    case O_HELP: break;
    case O_DICT: c->dict = v; break;
    case O_EVENTS: c->events = true; break;
    case O_TRACE: c->trace_path = v; break;
    case O_SYNTAX: {
        static const char *const names[] = {"parse", "fast"};
        if (!(s = choice(c, o->name, v, names, 2, &k)))
            c->syntax = k == 0 ? SYNTAX_PARSE : SYNTAX_FAST;
        break;
    }
    case O_POLARITY: {
        static const char *const names[] = {"support", "hostility", "neutral"};
        static const ag_polarity values[] = {AG_SUPPORT, AG_HOSTILITY, AG_NEUTRAL};
        if (!(s = choice(c, o->name, v, names, 3, &k))) {
            c->filter.by_polarity = true;
            c->filter.polarity = values[k];
        }
        break;
    }
    case O_MIN_WEIGHT:
        if (!(s = number(c, o->name, v, 0, 10, false, &d)))
            c->filter.min_weight = d;
        break;
    case O_MIN_CONFIDENCE:
        if (!(s = number(c, o->name, v, 0, 1, false, &d)))
            c->filter.min_confidence = d;
        break;
    case O_TYPE: add_items(&c->filter.types, &c->filter.ntypes, v); break;
    case O_SINCE:
    case O_UNTIL:
        if (!ag_date_valid(v))
            return usage(c, "option --%s: '%s' is not a calendar date YYYY-MM-DD", o->name, v);
        *(o->key == O_SINCE ? &c->filter.since : &c->filter.until) = v;
        break;
    case O_EXCLUDE: add_items(&c->filter.exclude, &c->filter.nexclude, v); break;
    case O_ACTOR: c->filter.actor = v; break;
    case O_DEPTH:
        if (!(s = number(c, o->name, v, 0, 1000, true, &d))) {
            c->filter.depth = (unsigned)d;
            c->depth_given = true;
        }
        break;
    case O_COLLAPSE: c->filter.collapse = true; break;
    case O_TOP:
        if (!(s = number(c, o->name, v, 1, 1e9, true, &d)))
            c->top = (size_t)d;
        break;
    case O_SIZE_BY:
        if (!ag_metric_parse(v, &c->render.size_by))
            return usage(c,
                         "option --size-by: '%s' is not pagerank, betweenness, strength, "
                         "support_in, hostility_in or pn",
                         v);
        break;
    case O_LAYOUT: c->render.layout = v; break;
    case O_TITLE: c->render.title = v; break;
    case O_ID_PREFIX: c->render.id_prefix = v; break;
    case O_COLOR_BY: {
        static const char *const names[] = {"kind", "bloc"};
        if (!(s = choice(c, o->name, v, names, 2, &k)))
            c->render.color_by = k ? AG_COLOR_BLOC : AG_COLOR_KIND;
        break;
    }
    case O_CLUSTER: {
        static const char *const names[] = {"bloc"};
        if (!(s = choice(c, o->name, v, names, 1, &k)))
            c->render.cluster_by_bloc = true;
        break;
    }
    case O_SHOW_FRUSTRATION: c->render.show_frustration = true; break;
    case O_NO_LEGEND: c->render.legend = false; break;
    case O_THEME: {
        static const char *const names[] = {"light", "dark"};
        if (!(s = choice(c, o->name, v, names, 2, &k)))
            c->render.theme = k ? AG_THEME_DARK : AG_THEME_LIGHT;
        break;
    }
    case O_INLINE: c->render.inline_svg = true; break;
    case O_RESPONSIVE: c->render.responsive = true; break;
    case O_ISOLATES: c->isolates = true; break;
    case O_DPI:
        if (!(s = number(c, o->name, v, 1, 2400, false, &d)))
            c->render.dpi = d;
        break;
    }
    return s;
}

static const struct option *find_option(const char *name, size_t len, char letter)
{
    for (size_t i = 0; i < NOPTIONS; i++)
        if (letter ? OPTIONS[i].letter == letter
                   : strlen(OPTIONS[i].name) == len && strncmp(OPTIONS[i].name, name, len) == 0)
            return &OPTIONS[i];
    return NULL;
}

/* Parses argv[2..] of a command. Sets *help when -h/--help was given. */
static ag_status parse(cli *c, int argc, char **argv, bool *help)
{
    bool options_end = false;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (options_end || a[0] != '-' || strcmp(a, "-") == 0) {
            c->inputs = ag_xrealloc(c->inputs, (c->ninputs + 1) * sizeof *c->inputs);
            c->inputs[c->ninputs++] = argv[i];
            continue;
        }
        if (strcmp(a, "--") == 0) {
            options_end = true;
            continue;
        }
        const struct option *o;
        const char *value = NULL;
        if (a[1] == '-') {
            size_t len = strcspn(a + 2, "=");
            o = find_option(a + 2, len, 0);
            if (a[2 + len] == '=')
                value = a + 3 + len;
        } else {
            o = find_option("", 0, a[1]);
            if (o && a[2])
                value = a + 2;
        }
        if (!o || !(o->commands & c->cmd->bit))
            return usage(c, "%s: unknown option %s", c->cmd->name, a);
        if (o->arg && !value) {
            if (i + 1 >= argc)
                return usage(c, "option %s needs an argument %s", a, o->arg);
            value = argv[++i];
        } else if (!o->arg && value)
            return usage(c, "option --%s takes no argument", o->name);
        if (o->key == O_HELP)
            *help = true;
        ag_status s = set_option(c, o, value);
        if (s)
            return s;
    }
    ag_filter *f = &c->filter;
    if (c->depth_given && !f->actor)
        return usage(c, "option --depth needs --actor");
    if (f->actor && !c->depth_given)
        f->depth = 1;
    if (f->since && f->until && strcmp(f->since, f->until) > 0)
        return usage(c, "--since %s is after --until %s", f->since, f->until);
    c->filtered = f->by_polarity || f->min_weight > 0 || f->min_confidence > 0 || f->ntypes ||
                  f->since || f->until || f->nexclude || f->actor || c->top;
    return AG_OK;
}

/* ---- inputs --------------------------------------------------------- */

/* The data directory: --dict, else $ACTORGRAPH_DATA, else data/ beside the
 * binary's directory (a build tree), else share/actorgraph beside it (an
 * installed tree), else the directory set at build time. */
static void data_dir(const cli *c, ag_buf *out)
{
    const char *env = getenv("ACTORGRAPH_DATA");
    if (c->dict || (env && *env)) {
        ag_buf_puts(out, c->dict ? c->dict : env);
        return;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash)
            *slash = '\0';
        static const char *const beside[] = {"/../data", "/../share/actorgraph"};
        for (size_t i = 0; i < 2; i++) {
            ag_buf_clear(out);
            ag_buf_printf(out, "%s%s", exe, beside[i]);
            ag_buf probe = AG_BUF_INIT;
            ag_buf_printf(&probe, "%s/dict/lexicon.json", out->data);
            bool found = access(probe.data, R_OK) == 0;
            ag_buf_free(&probe);
            if (found)
                return;
        }
    }
    ag_buf_clear(out);
    ag_buf_puts(out, AG_DATADIR);
}

static ag_status extractor(cli *c, ag_error *err)
{
    if (c->x)
        return AG_OK;
    ag_buf dir = AG_BUF_INIT;
    data_dir(c, &dir);
    ag_status s = ag_extractor_new(dir.data, &c->x, err);
    ag_buf_free(&dir);
    return s;
}

/* The source id of an article file: its name without directory and
 * extension ("stdin" for standard input), made unique within g. */
static char *source_id(const char *path, const ag_graph *g)
{
    ag_buf id = AG_BUF_INIT;
    if (!path || strcmp(path, "-") == 0) {
        ag_buf_puts(&id, "stdin");
    } else {
        const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
        const char *dot = strrchr(base, '.');
        ag_buf_put(&id, base, dot && dot != base ? (size_t)(dot - base) : strlen(base));
    }
    size_t stem = id.len;
    for (unsigned k = 2; g && ag_graph_find_source(g, id.data, &(size_t){0}); k++) {
        id.len = stem;
        ag_buf_printf(&id, "-%u", k);
    }
    return ag_buf_detach(&id);
}

/* Filters g, computes metrics, applies --top; *out and *m are owned. */
static ag_status analyse(cli *c, const char *name, const ag_graph *g, ag_graph **out,
                         ag_metrics **m, ag_buf *warnings, ag_error *err)
{
    const ag_filter *f = &c->filter;
    bool alone = f->actor && f->depth == 0; /* asked for one actor: no relation to keep */
    *m = NULL;
    ag_status s = ag_filter_apply(g, f, out, warnings, err);
    if (!s && c->filtered && !alone && (*out)->nrelations == 0)
        s = ag_fail(err, AG_EDATA, "%s: no relation is left after the filters", name);
    if (!s && (*out)->nactors == 0 && g->nactors && f->drop_isolates)
        s = ag_fail(err, AG_EDATA, "%s: no relation to draw; --isolates draws the actors alone",
                    name);
    if (!s && (*out)->nactors == 0)
        s = ag_fail(err, AG_EDATA, "%s: no actor and no relation found", name);
    if (!s)
        s = ag_metrics_compute_progress(*out, c->render.progress, m, err);
    if (!s && c->top && c->top < (*out)->nactors) {
        double *score = ag_xmalloc((*out)->nactors * sizeof *score);
        for (size_t i = 0; i < (*out)->nactors; i++)
            score[i] = ag_metric_value(*m, i, c->render.size_by);
        ag_graph *top = ag_filter_top(*out, score, c->top);
        free(score);
        ag_graph_free(*out);
        ag_metrics_free(*m);
        *out = top;
        *m = NULL;
        s = ag_metrics_compute_progress(*out, c->render.progress, m, err);
    }
    if (s) {
        ag_graph_free(*out);
        ag_metrics_free(*m);
        *out = NULL;
        *m = NULL;
    }
    return s;
}

/* ---- outputs -------------------------------------------------------- */

static const struct extension {
    const char *ext, *format;
    unsigned commands;
} EXTENSIONS[] = {
    {"svg", "svg", C_RENDER},   {"png", "png", C_RENDER},    {"pdf", "pdf", C_RENDER},
    {"dot", "dot", C_RENDER},   {"gv", "dot", C_RENDER},     {"graphml", "graphml", C_RENDER},
    {"gexf", "gexf", C_RENDER}, {"cyjs", "cyjs", C_RENDER},  {"html", "html", C_DRAW},
    {"htm", "html", C_DRAW},    {"json", "json", C_FILTER},  {"csv", "edges.csv", C_RENDER},
    {"csv", "csv", C_METRICS},  {"txt", "table", C_METRICS},
};

/* The format: -T, else the output's extension, else `fallback`. */
static ag_status output_format(const cli *c, const char *fallback, const char **format)
{
    *format = c->format;
    if (*format)
        return AG_OK;
    if (!c->output || strcmp(c->output, "-") == 0) {
        *format = fallback;
        return AG_OK;
    }
    const char *ext = ag_path_ext(c->output);
    size_t n = strlen(c->output);
    if (c->cmd->bit == C_RENDER && n >= 10 &&
        ag_strcasecmp(c->output + n - 10, "actors.csv") == 0) {
        *format = "actors.csv";
        return AG_OK;
    }
    for (size_t i = 0; i < sizeof EXTENSIONS / sizeof EXTENSIONS[0]; i++)
        if ((EXTENSIONS[i].commands & c->cmd->bit) && ag_strcasecmp(ext, EXTENSIONS[i].ext) == 0) {
            *format = EXTENSIONS[i].format;
            return AG_OK;
        }
    return usage(c, "cannot tell the format of '%s' from its extension; use -T FORMAT", c->output);
}

/* For a command with one output format (extract, merge, report): -o must
 * have one of its extensions, or none. Another extension is a usage error
 * rather than, say, JSON in a file named .svg; render's are pointed to. */
static ag_status fixed_format(const cli *c, const char *what, const char *ext1, const char *ext2)
{
    if (!c->output || strcmp(c->output, "-") == 0)
        return AG_OK;
    const char *ext = ag_path_ext(c->output);
    if (!*ext || ag_strcasecmp(ext, ext1) == 0 || (ext2 && ag_strcasecmp(ext, ext2) == 0))
        return AG_OK;
    bool drawn = false;
    for (size_t i = 0; i < sizeof EXTENSIONS / sizeof EXTENSIONS[0]; i++)
        drawn |= (EXTENSIONS[i].commands & C_RENDER) && ag_strcasecmp(ext, EXTENSIONS[i].ext) == 0;
    if (drawn)
        return usage(c, "%s writes %s, not .%s; for that, use: actorgraph render INPUT -o %s",
                     c->cmd->name, what, ext, c->output);
    return usage(c, "%s writes %s, not .%s", c->cmd->name, what, ext);
}

/* Writes out to -o (atomically) or stdout; binary data is not sent to a terminal. */
static ag_status write_output(const cli *c, const ag_buf *out, bool binary, ag_error *err)
{
    bool to_stdout = !c->output || strcmp(c->output, "-") == 0;
    progress_end(c);
    if (binary && to_stdout && isatty(STDOUT_FILENO))
        return usage(c, "will not write binary data to a terminal; use -o FILE");
    return ag_write_file(c->output, out->data ? out->data : "", out->len, err);
}

/* ---- commands ------------------------------------------------------- */

typedef struct {
    cli *c;
    ag_output out;
    ag_buf buf;
} events_sink;

static ag_status write_events(const ag_graph *g, void *ctx, ag_error *err)
{
    events_sink *e = ctx;
    ag_buf_clear(&e->buf);
    ag_graph_write_events(g, &e->buf);
    return ag_output_write(&e->out, e->buf.data ? e->buf.data : "", e->buf.len, err);
}

static void write_trace(const ag_trace *t, void *ctx)
{
    trace_sink *k = ctx;
    if (k->status)
        return;
    ag_buf_clear(&k->buf);
    ag_trace_write_json(t, k->text, &k->buf);
    k->status = ag_output_write(&k->out, k->buf.data, k->buf.len, &k->err);
}

/* Extracts article a into merged, or as events into ev. A line of a corpus
 * and events stream are read with fast syntax unless --syntax parse. */
static ag_status extract_article(cli *c, const ag_article *a, bool corpus, ag_graph *merged,
                                 events_sink *ev, ag_error *err)
{
    bool parse = c->syntax == SYNTAX_PARSE || (c->syntax == SYNTAX_AUTO && !corpus && !ev);
    ag_extractor_set_syntax(c->x, parse);
    if (c->tracing)
        c->trace.text = a->text;
    ag_status s =
        ev ? ag_extract_each(c->x, a, write_events, ev, err) : ag_extract(c->x, a, merged, err);
    if (!s && c->tracing && c->trace.status) {
        *err = c->trace.err;
        s = c->trace.status;
    }
    return s;
}

typedef struct {
    cli *c;
    const char *path;
    ag_graph *merged;
    events_sink *ev;
} corpus_ctx;

/* One line of a JSON Lines corpus: {"text": ..., "id": ..., "date": ...};
 * other keys are ignored, blank lines skipped. */
static ag_status corpus_line(const char *line, size_t len, size_t lineno, void *ctx, ag_error *err)
{
    corpus_ctx *k = ctx;
    if (strspn(line, " \t") == len)
        return AG_OK;
    ag_json_doc doc;
    ag_status s = ag_json_parse(k->path, line, len, &doc, err);
    if (!s) {
        const ag_json *text = ag_json_get(doc.root, "text"), *id = ag_json_get(doc.root, "id"),
                      *date = ag_json_get(doc.root, "date");
        if (doc.root->type != AG_JSON_OBJECT)
            s = ag_json_fail(&doc, doc.root, false, err, AG_EDATA, "expected an object per line");
        else if (!text || text->type != AG_JSON_STRING)
            s = ag_json_fail(&doc, text ? text : doc.root, false, err, AG_EDATA,
                             "expected a string \"text\"");
        else if (id && id->type != AG_JSON_STRING)
            s = ag_json_fail(&doc, id, false, err, AG_EDATA, "expected a string \"id\"");
        else if (date && (date->type != AG_JSON_STRING || !ag_date_valid(date->string)))
            s = ag_json_fail(&doc, date, false, err, AG_EDATA,
                             "expected \"date\" as a calendar date YYYY-MM-DD");
        if (!s) {
            ag_buf sid = AG_BUF_INIT;
            if (id) {
                ag_buf_puts(&sid, id->string);
            } else {
                char *stem = source_id(k->path, NULL);
                ag_buf_printf(&sid, "%s-%zu", stem, lineno);
                free(stem);
            }
            ag_article a = {sid.data, NULL, date ? date->string : NULL, text->string,
                            text->string_len};
            s = extract_article(k->c, &a, true, k->merged, k->ev, err);
            ag_buf_free(&sid);
        }
        ag_json_doc_free(&doc);
    }
    if (s && err->line == 1 && strcmp(err->file, k->path) == 0)
        err->line = lineno;
    return s;
}

/* A corpus, whose extraction shows progress: n > 1 inputs, or one (`first`)
 * that is a JSON Lines file or a file of 1 MB or more. */
static bool is_corpus(const char *first, size_t n)
{
    struct stat st;
    return n > 1 || strcmp(ag_path_ext(first), "jsonl") == 0 ||
           (strcmp(first, "-") != 0 && stat(first, &st) == 0 && st.st_size >= 1000000);
}

/* Adds the GDELT export read from path to g. */
static ag_status read_gdelt(cli *c, const char *path, const char *text, size_t len, ag_graph *g,
                            ag_error *err)
{
    if (!c->gdelt) {
        ag_buf dir = AG_BUF_INIT;
        data_dir(c, &dir);
        ag_status s = ag_gdelt_new(dir.data, &c->gdelt, err);
        ag_buf_free(&dir);
        if (s)
            return s;
    }
    char *id = source_id(path, g);
    ag_status s = ag_gdelt_read(c->gdelt, id, strcmp(path, "-") ? path : NULL, text, len, g,
                                c->progress, err);
    free(id);
    return s;
}

/* Reads INPUT as a graph: graph JSON as is, a GDELT export imported, a
 * .jsonl corpus and anything else as articles extracted on the fly. */
static ag_status load_input(cli *c, const char *path, ag_graph **g, ag_error *err)
{
    char *text;
    size_t len;
    *g = NULL;
    if (strcmp(ag_path_ext(path), "jsonl") == 0) {
        ag_status s = extractor(c, err);
        if (s)
            return s;
        ag_extractor_set_progress(c->x, c->progress);
        *g = ag_graph_new();
        corpus_ctx k = {c, path, *g, NULL};
        if ((s = ag_read_lines(path, corpus_line, &k, err))) {
            ag_graph_free(*g);
            *g = NULL;
        }
        return s;
    }
    ag_status s = ag_read_file(path, &text, &len, err);
    if (s)
        return s;
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    if (ag_graph_json_looks_like(text, len)) {
        ag_json_doc doc;
        ag_buf warnings = AG_BUF_INIT;
        s = ag_json_parse(name, text, len, &doc, err);
        if (!s)
            s = ag_graph_from_json(&doc, false, g, &warnings, err);
        ag_json_doc_free(&doc);
        print_warnings(c, &warnings);
        ag_buf_free(&warnings);
    } else if (ag_gdelt_looks_like(text, len)) {
        *g = ag_graph_new();
        if ((s = read_gdelt(c, path, text, len, *g, err))) {
            ag_graph_free(*g);
            *g = NULL;
        }
    } else if (!(s = extractor(c, err))) {
        ag_extractor_set_progress(c->x, is_corpus(path, 1) ? c->progress : NULL);
        *g = ag_graph_new();
        char *id = source_id(path, NULL);
        s = ag_extract_text(c->x, id, strcmp(path, "-") ? path : NULL, text, len, *g, err);
        free(id);
        if (s) {
            ag_graph_free(*g);
            *g = NULL;
        }
    }
    free(text);
    return s;
}

static ag_status cmd_extract(cli *c, ag_error *err)
{
    static char *stdin_only[] = {"-"};
    char **inputs = c->ninputs ? c->inputs : stdin_only;
    size_t n = c->ninputs ? c->ninputs : 1;
    ag_status s = c->events ? fixed_format(c, "JSON Lines (.jsonl)", "jsonl", "ndjson")
                            : fixed_format(c, "graph JSON (.json)", "json", NULL);
    if (!s)
        s = extractor(c, err);
    if (s)
        return s;
    bool to_stdout = !c->output || strcmp(c->output, "-") == 0;
    if (c->trace_path && strcmp(c->trace_path, "-") == 0 && to_stdout)
        return usage(c, "option --trace: standard output already takes the graph; use -o FILE");
    ag_extractor_set_progress(c->x, is_corpus(inputs[0], n) ? c->progress : NULL);
    events_sink ev = {c, {-1, NULL, NULL}, AG_BUF_INIT};
    ag_graph *merged = c->events ? NULL : ag_graph_new();
    if (c->trace_path && !(s = ag_output_open(&c->trace.out, c->trace_path, err))) {
        c->tracing = true;
        ag_extractor_set_trace(c->x, write_trace, &c->trace);
    }
    if (c->events && !s)
        s = ag_output_open(&ev.out, c->output, err);
    for (size_t i = 0; !s && i < n; i++) {
        const char *path = inputs[i];
        if (strcmp(ag_path_ext(path), "jsonl") == 0) {
            corpus_ctx k = {c, path, merged, c->events ? &ev : NULL};
            s = ag_read_lines(path, corpus_line, &k, err);
            continue;
        }
        char *text;
        size_t len;
        if ((s = ag_read_file(path, &text, &len, err)))
            break;
        char *id = source_id(path, merged);
        bool is_stdin = strcmp(path, "-") == 0;
        ag_article a = {id, is_stdin ? NULL : path, NULL, text, len};
        s = extract_article(c, &a, false, merged, c->events ? &ev : NULL, err);
        free(id);
        free(text);
    }
    if (c->events) {
        s = s ? s : ag_output_commit(&ev.out, err);
        if (s)
            ag_output_abort(&ev.out);
    } else if (!s) {
        ag_buf out = AG_BUF_INIT;
        ag_graph_write_json(merged, &out);
        s = write_output(c, &out, false, err);
        ag_buf_free(&out);
    }
    if (c->tracing) {
        s = s ? s : ag_output_commit(&c->trace.out, err);
        if (s)
            ag_output_abort(&c->trace.out);
        ag_extractor_set_trace(c->x, NULL, NULL);
        c->tracing = false;
    }
    ag_buf_free(&c->trace.buf);
    ag_buf_free(&ev.buf);
    ag_graph_free(merged);
    return s;
}

static ag_status one_input(const cli *c)
{
    if (c->ninputs <= 1)
        return AG_OK;
    return usage(c, "%s takes one INPUT, not %zu", c->cmd->name, c->ninputs);
}

/* The relation types of g, sorted, without repeats, comma-separated. */
static void list_types(const ag_graph *g, ag_buf *out)
{
    ag_map seen = AG_MAP_INIT;
    char **types = ag_xmalloc((g->nrelations ? g->nrelations : 1) * sizeof *types);
    size_t n = 0;
    for (size_t j = 0; j < g->nrelations; j++)
        if (g->relations[j].type && !ag_map_get(&seen, g->relations[j].type, NULL)) {
            ag_map_put(&seen, g->relations[j].type, n);
            types[n++] = g->relations[j].type;
        }
    qsort(types, n, sizeof *types, ag_cmp_strings);
    for (size_t k = 0; k < n; k++)
        ag_buf_printf(out, "%s%s", k ? ", " : "", types[k]);
    if (!n)
        ag_buf_puts(out, "none");
    free(types);
    ag_map_free(&seen);
}

/* Each --type names a relation type of g or of the lexicon, or a CAMEO code
 * prefix; anything else is a usage error that names the types of g. */
static ag_status check_types(cli *c, const ag_graph *g, ag_error *err)
{
    for (size_t i = 0; i < c->filter.ntypes; i++) {
        const char *t = c->filter.types[i];
        if (ag_filter_has_type(g, t))
            continue;
        ag_status s = extractor(c, err);
        if (s)
            return s;
        if (ag_extractor_knows_type(c->x, t))
            continue;
        ag_buf list = AG_BUF_INIT, dir = AG_BUF_INIT;
        list_types(g, &list);
        data_dir(c, &dir);
        s = usage(c,
                  "option --type: '%s' is no relation type and no CAMEO code prefix (such as 11, "
                  "every DISAPPROVE code); the types of this graph: %s; the lexicon's are in "
                  "%s/dict/lexicon.json",
                  t, list.data, dir.data);
        ag_buf_free(&list);
        ag_buf_free(&dir);
        return s;
    }
    return AG_OK;
}

/* render, metrics, report: load, filter, measure, write. */
static ag_status cmd_draw(cli *c, ag_error *err)
{
    ag_status s = one_input(c);
    const char *format = "html";
    if (!s && c->cmd->bit == C_REPORT)
        s = fixed_format(c, "HTML (.html)", "html", "htm");
    else if (!s)
        s = output_format(c, c->cmd->bit == C_METRICS ? "table" : "svg", &format);
    ag_metrics_format mf = AG_METRICS_TABLE;
    ag_export_format ef = AG_EXPORT_JSON;
    bool picture = false, report = false;
    if (!s && c->cmd->bit == C_METRICS) {
        if (!ag_metrics_format_parse(format, &mf))
            s = usage(c, "metrics: unknown format '%s' (table, csv or json)", format);
    } else if (!s && c->cmd->bit == C_REPORT) {
        report = true;
    } else if (!s) {
        picture = ag_render_supports(format);
        report = strcmp(format, "html") == 0;
        if (!picture && !report && !ag_export_parse(format, &ef))
            s = usage(c, "render: unknown format '%s'", format);
    }
    if (s)
        return s;

    ag_graph *g = NULL, *shown = NULL;
    ag_metrics *m = NULL;
    ag_buf out = AG_BUF_INIT, warnings = AG_BUF_INIT;
    const char *input = c->ninputs ? c->inputs[0] : "-";
    const char *name = strcmp(input, "-") == 0 ? "<stdin>" : input;
    c->filter.drop_isolates = (picture || report) && !c->isolates;
    s = load_input(c, input, &g, err);
    if (!s && g->nactors > PROGRESS_MIN_ACTORS)
        c->render.progress = c->progress;
    if (!s)
        s = check_types(c, g, err);
    if (!s)
        s = analyse(c, name, g, &shown, &m, &warnings, err);
    c->render.warnings = &warnings;
    if (!s) {
        if (c->cmd->bit == C_METRICS)
            ag_metrics_write(shown, m, mf, &out);
        else if (report)
            s = ag_report_html(shown, m, &c->render, &out, err);
        else if (picture)
            s = ag_render(shown, m, &c->render, format, &out, err);
        else
            ag_export(shown, m, ef, &out);
    }
    print_warnings(c, &warnings);
    if (!s)
        s = write_output(c, &out, strcmp(format, "png") == 0 || strcmp(format, "pdf") == 0, err);
    ag_buf_free(&out);
    ag_buf_free(&warnings);
    ag_metrics_free(m);
    ag_graph_free(shown);
    ag_graph_free(g);
    return s;
}

static ag_status cmd_import(cli *c, ag_error *err)
{
    if (!c->ninputs)
        return usage(c, "import needs a FORMAT: gdelt");
    if (strcmp(c->inputs[0], "gdelt") != 0)
        return usage(c, "import: unknown format '%s' (gdelt)", c->inputs[0]);
    static char *stdin_only[] = {"-"};
    char **files = c->ninputs > 1 ? c->inputs + 1 : stdin_only;
    size_t n = c->ninputs > 1 ? c->ninputs - 1 : 1;
    ag_status s = fixed_format(c, "graph JSON (.json)", "json", NULL);
    if (s)
        return s;
    ag_graph *g = ag_graph_new();
    for (size_t i = 0; !s && i < n; i++) {
        char *text;
        size_t len;
        if (!(s = ag_read_file(files[i], &text, &len, err))) {
            s = read_gdelt(c, files[i], text, len, g, err);
            free(text);
        }
    }
    if (!s) {
        ag_buf out = AG_BUF_INIT;
        ag_graph_write_json(g, &out);
        s = write_output(c, &out, false, err);
        ag_buf_free(&out);
    }
    ag_graph_free(g);
    return s;
}

static ag_status cmd_check(cli *c, ag_error *err)
{
    if (!c->ninputs)
        return usage(c, "check needs a FILE (graph JSON) or a data DIRECTORY");
    ag_status worst = AG_OK;
    for (size_t i = 0; i < c->ninputs; i++) {
        const char *path = c->inputs[i];
        struct stat st;
        ag_status s;
        if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            ag_extractor *x = NULL;
            s = ag_extractor_new(path, &x, err);
            ag_extractor_free(x);
            if (!s && !c->quiet)
                printf("%s: ok: data directory\n", path);
        } else {
            ag_graph *g = NULL;
            ag_buf warnings = AG_BUF_INIT;
            s = ag_graph_load(path, true, &g, &warnings, err);
            if (!s && !c->quiet)
                printf("%s: ok: %zu actors, %zu relations\n", path, g->nactors, g->nrelations);
            ag_buf_free(&warnings);
            ag_graph_free(g);
        }
        if (s) {
            print_error(err);
            if (!worst)
                worst = s;
        }
    }
    ag_error_clear(err);
    return worst;
}

static ag_status cmd_merge(cli *c, ag_error *err)
{
    if (!c->ninputs)
        return usage(c, "merge needs at least one GRAPH");
    ag_status s = fixed_format(c, "graph JSON (.json)", "json", NULL);
    if (s)
        return s;
    ag_graph *merged = ag_graph_new();
    for (size_t i = 0; !s && i < c->ninputs; i++) {
        ag_graph *g;
        ag_buf warnings = AG_BUF_INIT;
        s = ag_graph_load(c->inputs[i], false, &g, &warnings, err);
        print_warnings(c, &warnings);
        ag_buf_free(&warnings);
        if (!s)
            ag_graph_merge(merged, g);
        ag_graph_free(g);
    }
    if (!s) {
        ag_graph_canonicalize(merged);
        ag_buf out = AG_BUF_INIT;
        ag_graph_write_json(merged, &out);
        s = write_output(c, &out, false, err);
        ag_buf_free(&out);
    }
    ag_graph_free(merged);
    return s;
}

/* ---- main ----------------------------------------------------------- */

static void cli_free(cli *c)
{
    for (size_t i = 0; i < c->filter.ntypes; i++)
        free(c->filter.types[i]);
    for (size_t i = 0; i < c->filter.nexclude; i++)
        free(c->filter.exclude[i]);
    free(c->filter.types);
    free(c->filter.exclude);
    free(c->inputs);
    ag_extractor_free(c->x);
    ag_gdelt_free(c->gdelt);
}

int ag_cli_main(int argc, char **argv)
{
    if (argc < 2) {
        help_general(stderr);
        return AG_EUSAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0 || strcmp(name, "help") == 0) {
        help_general(stdout);
        return AG_OK;
    }
    if (strcmp(name, "--version") == 0) {
        puts("actorgraph " AG_VERSION);
        return AG_OK;
    }
    if (strcmp(name, "--list-options") == 0) {
        list_options(stdout);
        return AG_OK;
    }
    cli c = {.render = ag_render_defaults()};
    ag_meter meter = AG_METER_INIT;
    ag_progress progress = {show_progress, &meter};
    for (size_t i = 0; i < sizeof COMMANDS / sizeof COMMANDS[0]; i++)
        if (strcmp(name, COMMANDS[i].name) == 0)
            c.cmd = &COMMANDS[i];
    if (!c.cmd)
        return usage(NULL, "unknown command '%s'", name);

    bool help = false;
    ag_error err;
    ag_error_clear(&err);
    ag_status s = parse(&c, argc, argv, &help);
    if (!s && help) {
        help_command(stdout, c.cmd);
    } else if (!s) {
        c.progress = progress_wanted(&c) ? &progress : NULL;
        switch (c.cmd->bit) {
        case C_EXTRACT: s = cmd_extract(&c, &err); break;
        case C_CHECK: s = cmd_check(&c, &err); break;
        case C_MERGE: s = cmd_merge(&c, &err); break;
        case C_IMPORT: s = cmd_import(&c, &err); break;
        default: s = cmd_draw(&c, &err); break;
        }
        progress_end(&c);
        if (s && s != AG_EUSAGE && err.msg[0])
            print_error(&err);
        else if (s == AG_EUSAGE && err.msg[0])
            usage(&c, "%s", err.msg);
    }
    cli_free(&c);
    ag_render_release();
    return (int)s;
}
