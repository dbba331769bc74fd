#!/usr/bin/env python3
"""Cross-check `actorgraph metrics --json` against independent implementations.

Generates random signed graphs (fixed seed) of several sizes, writes each as
graph JSON v1 to a temporary directory, runs `$AG metrics FILE --json` and
compares, within 1e-6, with what this script computes by itself following the
conventions of data/metrics.md:

  - strengths, signed degrees, net_in, hostility_share (plain Python);
  - PageRank (networkx, directed, weights = summed |weight| per ordered pair);
  - betweenness (networkx, directed, distances = 1 / summed |weight|, raw);
  - PN, in-PN, out-PN (numpy.linalg.solve of (I - A/(2n-2)) x = 1);
  - balanced and unbalanced triangles of the undirected signed projection;
  - the exact frustration index (brute force over all splits with numpy), and
    that among the splits breaking that few ties the reported one breaks the
    least summed |weight|;
  - the reported split, frustrated ties, camps, blocs (numbering, isolates,
    agreement with the camps) and reciprocal pairs, for consistency.

A 40-actor graph is over the exact limit (24 actors per component): there the
script only checks that the reported split breaks exactly the reported ties.

Run from the repository root:  AG=build/actorgraph /usr/bin/python3 tests/crosscheck/signed_metrics.py
Prints one line per disagreement and a last line "# cross-check: ..."; exits 1
on any disagreement.
"""
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile

import networkx as nx
import numpy as np

TOL = 1e-6
ZERO_TIE = 1e-9
EXACT_MAX = 24
SIGN = {"support": 1, "hostility": -1, "neutral": 0}

# (actors, relations, label): the random graphs checked
SIZES = [(2, 2, "two"), (5, 8, "5a"), (5, 12, "5b"), (12, 30, "12a"), (12, 45, "12b"),
         (20, 60, "20a"), (20, 90, "20b"), (16, 20, "sparse"), (40, 120, "40")]


def random_graph(rng, n, m):
    """n actors, m relations between distinct actors; some parallel and some
    of opposite sign, so that sums (and ties at exactly 0) are exercised."""
    ids = ["a%02d" % i for i in range(n)]
    if n == 2:  # two actors hostile to each other: the PN system is singular
        rels = [(0, 1, "hostility", -2.0), (1, 0, "hostility", -4.0)]
    else:
        rels = []
        while len(rels) < m:
            a, b = rng.sample(range(n), 2)
            pol = rng.choices(["support", "hostility", "neutral"], [5, 4, 1])[0]
            w = round(rng.uniform(0.1, 10), 2)
            rels.append((a, b, pol, 0.0 if pol == "neutral" else SIGN[pol] * w))
            if pol != "neutral" and rng.random() < 0.1:  # a tie back that cancels exactly
                rels.append((b, a, "hostility" if pol == "support" else "support", -rels[-1][3]))
    doc = {"actorgraph": 1, "title": "random",
           "actors": [{"id": i, "label": "Actor " + i, "kind": "other"} for i in ids],
           "relations": [{"source": ids[a], "target": ids[b], "type": "t", "polarity": p,
                          "weight": w} for a, b, p, w in rels]}
    return ids, rels, doc


def reduce(n, rels):
    """Directed dyads {(a,b): [abs, signed, support?, hostility?]} and the
    undirected signed projection {(a,b) a<b: summed signed weight}."""
    dyads = {}
    for a, b, p, w in rels:
        d = dyads.setdefault((a, b), [0.0, 0.0, False, False])
        d[0] += abs(w)
        d[1] += SIGN[p] * abs(w)
        d[2] |= p == "support"
        d[3] |= p == "hostility"
    proj = {}
    for (a, b), d in dyads.items():
        k = (min(a, b), max(a, b))
        proj[k] = proj.get(k, 0.0) + d[1]
    proj = {k: v for k, v in proj.items() if abs(v) > ZERO_TIE}
    return dyads, proj


def pn(n, entries):
    """(I - A/(2n-2))^-1 1 for A given as {(row, col): sign}; None when singular."""
    a = np.zeros((n, n))
    for (r, c), s in entries.items():
        a[r, c] = 1.0 if s > 0 else -2.0
    try:
        return np.linalg.solve(np.eye(n) - a / (2 * n - 2), np.ones(n))
    except np.linalg.LinAlgError:
        return None


def expected_pn(n, dyads, proj):
    signed = {k: d[1] for k, d in dyads.items() if abs(d[1]) > ZERO_TIE}
    out = pn(n, signed)
    inn = pn(n, {(b, a): s for (a, b), s in signed.items()})
    und = pn(n, {**proj, **{(b, a): s for (a, b), s in proj.items()}})
    return out, inn, und


def triangles(n, proj):
    bal = unbal = 0
    for a, b, c in itertools.combinations(range(n), 3):
        if (a, b) in proj and (a, c) in proj and (b, c) in proj:
            if proj[a, b] * proj[a, c] * proj[b, c] > 0:
                bal += 1
            else:
                unbal += 1
    return bal, unbal


def broken(proj, side):
    return sorted(k for k, v in proj.items() if (v > 0) != (side[k[0]] == side[k[1]]))


def exact_frustration(n, proj):
    """Brute force over every split with actor 0 in camp 0: the fewest ties
    broken, and the least summed |weight| of broken ties among those splits."""
    if not proj:
        return 0, 0.0
    splits = ((np.arange(2 ** (n - 1))[:, None] >> np.arange(n - 1)) & 1).astype(np.int8)
    splits = np.hstack([np.zeros((len(splits), 1), np.int8), splits])
    count = np.zeros(len(splits), np.int32)
    weight = np.zeros(len(splits))
    for (a, b), v in proj.items():
        bad = (splits[:, a] == splits[:, b]) != (v > 0)
        count += bad
        weight += bad * abs(v)
    best = count.min()
    return int(best), float(weight[count == best].min())


def close(x, y):
    if x is None or y is None:
        return x is None and y is None
    return abs(x - y) <= TOL * max(1.0, abs(y))


class Checker:
    def __init__(self, name):
        self.name, self.failures = name, []

    def eq(self, what, got, want):
        if got != want:
            self.failures.append("%s: %s: got %r, expected %r" % (self.name, what, got, want))

    def num(self, what, got, want):
        if not close(got, want):
            self.failures.append("%s: %s: got %r, expected %r" % (self.name, what, got, want))


def check_unsigned(c, ids, rels, dyads, acts):
    n = len(ids)
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    for (a, b), d in dyads.items():
        if d[0] > 0:
            g.add_edge(a, b, weight=d[0], dist=1.0 / d[0])
    pr = nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-14, max_iter=100000)
    bt = nx.betweenness_centrality(g, weight="dist", normalized=False)
    for i in range(n):
        c.num(ids[i] + " pagerank", acts[i]["pagerank"], pr[i])
        c.num(ids[i] + " betweenness", acts[i]["betweenness"], bt[i])
    want = {i: dict.fromkeys(["support_in", "support_out", "hostility_in", "hostility_out",
                              "strength_in", "strength_out"], 0.0) for i in range(n)}
    for a, b, p, w in rels:
        want[a]["strength_out"] += abs(w)
        want[b]["strength_in"] += abs(w)
        if p != "neutral":
            want[a][p + "_out"] += abs(w)
            want[b][p + "_in"] += abs(w)
    for i in range(n):
        for k, v in want[i].items():
            c.num(ids[i] + " " + k, acts[i][k], v)
        c.num(ids[i] + " net_in", acts[i]["net_in"], want[i]["support_in"] - want[i]["hostility_in"])
        tot = want[i]["support_in"] + want[i]["hostility_in"]
        c.num(ids[i] + " hostility_share", acts[i]["hostility_share"],
              want[i]["hostility_in"] / tot if tot > 0 else 0.0)
        for pol, col in (("support", 2), ("hostility", 3)):
            c.eq(ids[i] + " %s_deg_out" % pol, acts[i][pol + "_deg_out"],
                 sum(1 for (a, _), d in dyads.items() if a == i and d[col]))
            c.eq(ids[i] + " %s_deg_in" % pol, acts[i][pol + "_deg_in"],
                 sum(1 for (_, b), d in dyads.items() if b == i and d[col]))


def check_pn(c, ids, dyads, proj, acts):
    n = len(ids)
    for key, want in zip(("pn_out", "pn_in", "pn"), expected_pn(n, dyads, proj)):
        for i in range(n):
            c.num(ids[i] + " " + key, acts[i][key], None if want is None else float(want[i]))


def components(n, proj):
    comp = list(range(n))

    def find(x):
        while comp[x] != x:
            comp[x] = comp[comp[x]]
            x = comp[x]
        return x
    for a, b in proj:
        comp[find(a)] = find(b)
    return [find(i) for i in range(n)]


def check_signed(c, ids, dyads, proj, acts, graph):
    n = len(ids)
    bal, unbal = triangles(n, proj)
    c.eq("balanced triangles", graph["balance"]["balanced"], bal)
    c.eq("unbalanced triangles", graph["balance"]["unbalanced"], unbal)
    c.num("balance share", graph["balance"]["share"], bal / (bal + unbal) if bal + unbal else None)
    fr = graph["frustration"]
    side = [a["camp"] for a in acts]
    index = {x: i for i, x in enumerate(ids)}
    ties = sorted((index[t["source"]], index[t["target"]]) for t in fr["ties"])
    c.eq("frustrated ties = ties broken by the reported camps", ties, broken(proj, side))
    c.eq("frustration index = number of ties", fr["index"], len(ties))
    comp = components(n, proj)
    sizes = {r: comp.count(r) for r in set(comp)}
    exact = max(sizes.values()) <= EXACT_MAX
    c.eq("frustration exact flag", fr["exact"], exact)
    if exact:
        index, weight = exact_frustration(n, proj)
        c.eq("exact frustration index", fr["index"], index)
        c.num("summed |weight| of the broken ties", sum(abs(proj[k]) for k in ties), weight)
    tied = [i for i in range(n) if sizes[comp[i]] > 1]
    c.eq("camps", fr["camps"], [["Actor " + ids[i] for i in tied if side[i] == k] for k in (0, 1)])
    check_blocs(c, ids, comp, sizes, acts, graph)
    for pol, col in (("hostility", 3), ("support", 2)):
        pairs = sorted([ids[a], ids[b]] for (a, b), d in dyads.items()
                       if a < b and d[col] and dyads.get((b, a), [0, 0, False, False])[col])
        c.eq("reciprocal " + pol, graph["reciprocal"][pol], pairs)


def check_blocs(c, ids, comp, sizes, acts, graph):
    n = len(ids)
    for i in range(n):  # an actor without tie has no bloc and no camp: null, never 0
        if (acts[i]["bloc"] is None) != (sizes[comp[i]] == 1) or acts[i]["bloc"] == 0 or \
                (acts[i]["camp"] is None) != (acts[i]["bloc"] is None):
            c.failures.append("%s: %s: bloc %s, camp %s, component size %d"
                              % (c.name, ids[i], acts[i]["bloc"], acts[i]["camp"], sizes[comp[i]]))
    bloc = [a["bloc"] or 0 for a in acts]
    firsts = [min(i for i in range(n) if bloc[i] == b) for b in range(1, max(bloc + [0]) + 1)]
    c.eq("blocs numbered by their lowest actor", firsts, sorted(firsts))
    for i, j in itertools.combinations(range(n), 2):
        if bloc[i] and bloc[i] == bloc[j] and comp[i] != comp[j]:
            c.failures.append("%s: bloc %d spans two components" % (c.name, bloc[i]))
    pairs = [(i, j) for i, j in itertools.combinations(range(n), 2)
             if comp[i] == comp[j] and bloc[i]]
    agree = sum((bloc[i] == bloc[j]) == (acts[i]["camp"] == acts[j]["camp"]) for i, j in pairs)
    c.num("bloc/camp agreement", graph["bloc_vs_camp_agreement"],
          agree / len(pairs) if pairs else None)


def run_one(ag, tmp, rng, n, m, label):
    ids, rels, doc = random_graph(rng, n, m)
    path = os.path.join(tmp, "g%s.json" % label)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f)
    p = subprocess.run([ag, "metrics", path, "--json"], capture_output=True, text=True)
    c = Checker("graph %s (%d actors, %d relations)" % (label, n, len(rels)))
    if p.returncode != 0:
        c.failures.append("%s: exit %d: %s" % (c.name, p.returncode, p.stderr.strip()))
        return c
    out = json.loads(p.stdout)
    acts, graph = out["actors"], out["graph"]
    c.eq("actor ids", [a["id"] for a in acts], ids)
    c.eq("graph actors", graph["actors"], n)
    c.eq("graph relations", graph["relations"], len(rels))
    dyads, proj = reduce(n, rels)
    check_unsigned(c, ids, rels, dyads, acts)
    check_pn(c, ids, dyads, proj, acts)
    check_signed(c, ids, dyads, proj, acts, graph)
    return c


def main():
    ag = os.environ.get("AG", "build/actorgraph")
    rng = random.Random(20240118)
    failures, graphs = [], 0
    with tempfile.TemporaryDirectory(prefix="ag-signed-") as tmp:
        for n, m, label in SIZES:
            c = run_one(ag, tmp, rng, n, m, label)
            failures += c.failures
            graphs += 1
    for f in failures:
        print(f)
    if failures:
        print("# cross-check: signed metrics: %d disagreements over %d graphs" % (len(failures), graphs))
        return 1
    print("# cross-check: signed metrics: %d graphs agree" % graphs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
