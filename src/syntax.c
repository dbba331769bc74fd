/* syntax.c: queries over a parse's links; see syntax.h. */
#include "syntax.h"

#include <string.h>

/* Whether label is of link type `type`: its leading capitals are type. */
static bool of_type(const char *label, const char *type)
{
    size_t n = strlen(type);
    return strncmp(label, type, n) == 0 && !(label[n] >= 'A' && label[n] <= 'Z');
}

bool ag_syn_linked(const ag_syntax *s, size_t a, size_t b, const char *type)
{
    for (size_t i = 0; i < s->n; i++) {
        const ag_link *l = &s->links[i];
        if (((l->left == a && l->right == b) || (l->left == b && l->right == a)) &&
            of_type(l->label, type))
            return true;
    }
    return false;
}

bool ag_syn_verb(const ag_syntax *s, size_t v)
{
    static const char *const BEFORE[] = {"S", "PP", "I", "IV", "VJ", NULL};
    for (size_t i = 0; i < s->n; i++) {
        const ag_link *l = &s->links[i];
        if (l->left == v && (of_type(l->label, "SI") || of_type(l->label, "VJ")))
            return true;
        if (l->right != v)
            continue;
        if (of_type(l->label, "P") && (l->label[1] == 'v' || l->label[1] == 'g'))
            return true;
        for (const char *const *type = BEFORE; *type; type++)
            if (of_type(l->label, *type))
                return true;
    }
    return false;
}

bool ag_syn_used(const ag_syntax *s, size_t i)
{
    for (size_t k = 0; k < s->n; k++)
        if (s->links[k].left == i || s->links[k].right == i)
            return true;
    return false;
}

static void put(long *out, size_t *n, long v)
{
    for (size_t i = 0; i < *n; i++)
        if (out[i] == v)
            return;
    if (*n < AG_SYN_MAX)
        out[(*n)++] = v;
}

size_t ag_syn_objects(const ag_syntax *s, size_t v, long *out)
{
    size_t n = 0;
    for (size_t i = 0; i < s->n; i++)
        if (s->links[i].left == v && of_type(s->links[i].label, "O"))
            put(out, &n, s->links[i].right);
    return n;
}

bool ag_syn_passive(const ag_syntax *s, size_t v)
{
    for (size_t i = 0; i < s->n; i++) {
        const ag_link *l = &s->links[i];
        if (l->right == v && ((of_type(l->label, "P") && l->label[1] == 'v') ||
                              (of_type(l->label, "M") && l->label[1] == 'v')))
            return true;
    }
    return false;
}

static long subject(const ag_syntax *s, size_t v, int depth);

/* The subject of the word that chain link l hangs v from: "urged X to"
 * (TOo) gives the object X, "threatened to" the subject. */
static long controller(const ag_syntax *s, const ag_link *l, int depth)
{
    if (of_type(l->label, "TO") && l->label[2] == 'o') {
        long o[AG_SYN_MAX];
        return ag_syn_objects(s, l->left, o) ? o[0] : -1;
    }
    return subject(s, l->left, depth + 1);
}

static long subject(const ag_syntax *s, size_t v, int depth)
{
    static const char *const CHAIN[] = {"PP", "I", "P", "TO", "VJ", "IV", NULL};
    if (depth > 8)
        return -1;
    for (size_t i = 0; i < s->n; i++) {
        const ag_link *l = &s->links[i];
        if (l->right == v && of_type(l->label, "S"))
            return l->left;
        if (l->left == v && of_type(l->label, "SI"))
            return l->right;
        if (l->right == v && of_type(l->label, "M") && (l->label[1] == 'g' || l->label[1] == 'v'))
            return l->left; /* "rebels fighting", "militiamen armed with" */
    }
    for (const char *const *type = CHAIN; *type; type++) {
        for (size_t i = 0; i < s->n; i++) {
            const ag_link *l = &s->links[i];
            if (!of_type(l->label, *type))
                continue;
            if (l->right == v && l->left < v) {
                long r = controller(s, l, depth);
                if (r >= 0)
                    return r;
            }
            if (!strcmp(*type, "VJ") && l->left == v) { /* "tighten and impose" */
                long r = subject(s, l->right, depth + 1);
                if (r >= 0)
                    return r;
            }
        }
    }
    return -1;
}

long ag_syn_subject(const ag_syntax *s, size_t v, bool *passive)
{
    *passive = ag_syn_passive(s, v);
    return subject(s, v, 0);
}

size_t ag_syn_preps(const ag_syntax *s, size_t v, long *out_prep, long *out_obj)
{
    size_t n = 0;
    for (size_t i = 0; i < s->n && n < AG_SYN_MAX; i++) {
        const ag_link *l = &s->links[i];
        bool prep = of_type(l->label, "MV") || (of_type(l->label, "M") && l->label[1] == 'p');
        if (l->left != v || !prep)
            continue;
        for (size_t j = 0; j < s->n && n < AG_SYN_MAX; j++) {
            const ag_link *o = &s->links[j];
            if (o->left == l->right && of_type(o->label, "J")) {
                out_prep[n] = l->right;
                out_obj[n++] = o->right;
            }
        }
    }
    return n;
}

size_t ag_syn_conjuncts(const ag_syntax *s, size_t c, long *out)
{
    size_t n = 0;
    for (size_t i = 0; i < s->n; i++) {
        const ag_link *l = &s->links[i];
        if (!of_type(l->label, "SJ") && !of_type(l->label, "VJ"))
            continue;
        if (l->label[2] == 'l' && l->right == c)
            put(out, &n, l->left);
        else if (l->label[2] == 'r' && l->left == c)
            put(out, &n, l->right);
    }
    return n;
}

size_t ag_syn_modifiers(const ag_syntax *s, size_t h, long *out)
{
    static const char *const MOD[] = {"A", "AN", "G", "GN", "DG", NULL};
    size_t n = 0;
    for (size_t i = 0; i < s->n; i++) {
        const ag_link *l = &s->links[i];
        if (l->right != h)
            continue;
        for (const char *const *type = MOD; *type; type++)
            if (of_type(l->label, *type))
                put(out, &n, l->left);
        if (!of_type(l->label, "D"))
            continue;
        bool owner = false; /* "X 's h": the owner X of the possessive */
        for (size_t j = 0; j < s->n; j++)
            if (s->links[j].right == l->left &&
                (of_type(s->links[j].label, "YS") || of_type(s->links[j].label, "YP"))) {
                put(out, &n, s->links[j].left);
                owner = true;
            }
        if (!owner)
            put(out, &n, l->left); /* "its h", "the h" */
    }
    return n;
}
