#!/usr/bin/env python3
"""Every output format of `actorgraph render`, read back by its real consumer.

For the seed graph (graphs/karabakh-2024-01-18.json) and the hostile-text graph
(tests/data/render/hostile.json), renders every format with $AG, then checks:
  - SVG, GraphML, GEXF and the HTML report: xmllint accepts them (the report is
    polyglot HTML, well-formed XML); the SVG has a node for every actor with a
    relation (pictures leave out the others) and a label node whose text is its
    label; GraphML, GEXF 1.2draft and GEXF 1.3 are valid against
    their published schemas (tests/schemas/, no network);
  - GraphML and GEXF: NetworkX reads them, called as a user would (no
    patching), and finds the graph JSON's actors (labels, kinds, countries,
    parents), its relations one edge each (ends, weights, polarity, type,
    CAMEO, confidence, date, evidence) and the metrics of the JSON export;
    GEXF edges start and end on the relation's date; GEXF 1.3 (-T gexf1.3),
    which NetworkX 2.8 cannot read, is the 1.2draft file in 1.3's namespace
    with each edge's type as its kind;
  - JSON: the graph v1 members equal the input's, plus "metrics";
  - d3: NetworkX's node_link_graph reads it, with the same checks;
    Cytoscape.js: NetworkX's cytoscape_graph reads it, with the same checks;
    unique ids, edges between existing nodes, classes;
  - a separate `$PYTHON -c` reads the seed graph's GEXF, GraphML and
    Cytoscape.js files with NetworkX as a user would type it, and counts its
    actors and relations;
  - CSV: Python's csv module reads edges.csv and actors.csv with the same values;
  - PNG: the IHDR size is the SVG's size in points at the asked dpi (96, 192);
  - PDF: pdfinfo accepts it and its page is the SVG's size; DOT: `dot -Tcanon`
    reads it;
  - HTML: a Content-Security-Policy that allows no script and only the style
    whose hash it gives, no <script> element, every "#fragment" link names an
    element of the page, every actor and tie of the picture links to its
    evidence, every evidence sentence shows as text.
Hostile labels and sentences must come back as the same text in every format.

    AG=build/actorgraph /usr/bin/python3 tests/crosscheck/exports.py
Prints one line per failure and a closing "# cross-check:" line; exits 1 on failure.
"""
import base64
import csv
import hashlib
import io
import json
import math
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import networkx as nx

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
AG = os.environ.get("AG", os.path.join(TOP, "build", "actorgraph"))
if not os.path.isabs(AG):
    AG = os.path.join(TOP, AG)
GRAPHS = ["graphs/karabakh-2024-01-18.json", "tests/data/render/hostile.json"]
SVG_NS = "{http://www.w3.org/2000/svg}"
XHTML_NS = "{http://www.w3.org/1999/xhtml}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
PYTHON = os.environ.get("PYTHON", "/usr/bin/python3")
SCHEMAS = os.path.join(TOP, "tests", "schemas")
GEXF12_NS, GEXF13_NS = "http://www.gexf.net/1.2draft", "http://gexf.net/1.3"
# (file name, extra arguments): the format comes from the extension but for d3 and GEXF 1.3
OUTPUTS = [("g.svg", []), ("g.png", []), ("g192.png", ["--dpi", "192"]), ("g.pdf", []),
           ("g.dot", []), ("g.json", []), ("g.graphml", []), ("g.gexf", []),
           ("g13.gexf", ["-T", "gexf1.3"]), ("g.cyjs", []), ("g.d3.json", ["-T", "d3"]),
           ("g.csv", []), ("g.actors.csv", []), ("g.html", [])]
# What a user types to open the exports in NetworkX: the reader each format has, nothing else.
CONSUMER = """
import json, sys, networkx as nx
for G in (nx.read_gexf(sys.argv[1]), nx.read_graphml(sys.argv[2]),
          nx.cytoscape_graph(json.load(open(sys.argv[3], encoding="utf-8")))):
    print(type(G).__name__, G.number_of_nodes(), G.number_of_edges())
"""
METRIC_NAMES = ["pagerank", "betweenness", "support_in", "support_out", "hostility_in",
                "hostility_out", "strength_in", "strength_out", "net_in", "hostility_share",
                "pn", "pn_in", "pn_out", "bloc", "camp", "support_deg_in", "support_deg_out",
                "hostility_deg_in", "hostility_deg_out"]

failures = []
checks = 0


def check(cond, what):
    global checks
    checks += 1
    if not cond:
        failures.append(what)
    return cond


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, float) and math.isnan(a):
        return isinstance(b, float) and math.isnan(b)
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


# ---- the reference: the graph JSON as Python reads it ----

def relation_date(g, r):
    if r.get("date"):
        return r["date"]
    ev = r.get("evidence") or []
    dates = {s["id"]: s.get("date") for s in g.get("sources", [])}
    return dates.get(ev[0]["source"]) if ev else None


def expected_edges(g):
    """Relation j -> the attributes every edge format carries for it."""
    out = {}
    for j, r in enumerate(g["relations"]):
        ev = r.get("evidence") or []
        out["r%d" % j] = {
            "source": r["source"], "target": r["target"], "polarity": r["polarity"],
            "weight": float(r["weight"]), "type": r.get("type"), "cameo": r.get("cameo"),
            "confidence": float(r.get("confidence", 1)), "date": relation_date(g, r),
            "evidence": "\n".join(e["text"] for e in ev) if ev else None,
        }
    return out


def compare_actor(fmt, name, a, data, parent_key="parent"):
    for key, want in (("label", a.get("label", a["id"])), ("kind", a["kind"]),
                      ("country", a.get("country")), (parent_key, a.get("parent"))):
        check(data.get(key) == want,
              f"{fmt} {name}: actor {a['id']} {key} {data.get(key)!r}, expected {want!r}")


def compare_metrics(fmt, name, actor_id, data, metrics):
    for k in METRIC_NAMES:
        want, got = metrics[actor_id].get(k), data.get(k)
        if want is None:
            check(got is None or (isinstance(got, float) and math.isnan(got)),
                  f"{fmt} {name}: {actor_id} {k} = {got!r}, expected undefined")
        else:
            check(got is not None and close(got, want),
                  f"{fmt} {name}: {actor_id} {k} = {got!r}, expected {want!r}")


def compare_edge(fmt, name, eid, data, want, evidence_key="evidence"):
    for key in ("polarity", "type", "cameo", "date"):
        check(data.get(key) == want[key],
              f"{fmt} {name}: {eid} {key} {data.get(key)!r}, expected {want[key]!r}")
    for key in ("weight", "confidence"):
        check(data.get(key) is not None and close(data[key], want[key]),
              f"{fmt} {name}: {eid} {key} {data.get(key)!r}, expected {want[key]!r}")
    got_ev = data.get(evidence_key)
    if isinstance(got_ev, list):
        got_ev = "\n".join(e["text"] for e in got_ev) if got_ev else None
    check(got_ev == want["evidence"],
          f"{fmt} {name}: {eid} evidence {got_ev!r}, expected {want['evidence']!r}")


def compare_multigraph(fmt, name, G, g, metrics, edge_id, parent_key="parent", multi=False):
    """G: a NetworkX graph read from an export; edge_id(u, v, key, data) -> "rJ".
    It is a multigraph when the file says so (multi) or, as NetworkX's GEXF and
    GraphML readers decide, when there are parallel relations."""
    actors = {a["id"]: a for a in g["actors"]}
    pairs = {(r["source"], r["target"]) for r in g["relations"]}
    check(G.is_directed(), f"{fmt} {name}: not directed")
    if multi or len(pairs) < len(g["relations"]):
        check(G.is_multigraph(), f"{fmt} {name}: not a multigraph")
    if not G.is_multigraph():
        G = nx.MultiDiGraph(G)
    check(set(G.nodes) == set(actors), f"{fmt} {name}: nodes {sorted(G.nodes)} != actors")
    for n, data in G.nodes(data=True):
        if n in actors:
            compare_actor(fmt, name, actors[n], data, parent_key)
            compare_metrics(fmt, name, n, data, metrics)
    want = expected_edges(g)
    check(G.number_of_edges() == len(want),
          f"{fmt} {name}: {G.number_of_edges()} edges, expected {len(want)} relations")
    seen = set()
    for u, v, k, data in G.edges(keys=True, data=True):
        eid = edge_id(u, v, k, data)
        seen.add(eid)
        if not check(eid in want, f"{fmt} {name}: unknown edge {eid!r}"):
            continue
        w = want[eid]
        check((u, v) == (w["source"], w["target"]),
              f"{fmt} {name}: {eid} goes {u}->{v}, expected {w['source']}->{w['target']}")
        compare_edge(fmt, name, eid, data, w)
    check(seen == set(want), f"{fmt} {name}: edges missing: {sorted(set(want) - seen)}")


# ---- per format ----

def xmllint(path, schema=None):
    """xmllint accepts the file as XML and, given a schema under tests/schemas, as valid."""
    args = ["xmllint", "--noout", "--nonet"]
    if schema:
        args += ["--schema", os.path.join(SCHEMAS, schema)]
    p = subprocess.run(args + [path], capture_output=True, text=True)
    return check(p.returncode == 0,
                 f"xmllint {schema or ''} {os.path.basename(path)}: {p.stderr[:300]}")


def svg_size_pt(path):
    root = ET.parse(path).getroot()
    w, h = root.get("width"), root.get("height")
    return float(w.rstrip("pt")), float(h.rstrip("pt"))


def norm_space(s):
    return " ".join(s.split())


def drawn(g):
    """The actors a picture shows: those that take part in a relation."""
    related = {r[k] for r in g["relations"] for k in ("source", "target")}
    return [a for a in g["actors"] if a["id"] in related]


def check_svg(name, path, g):
    if not xmllint(path):
        return
    root = ET.parse(path).getroot()
    check(root.tag == SVG_NS + "svg" and root.get("role") == "img", f"svg {name}: root")
    groups = {e.get("id"): e for e in root.iter(SVG_NS + "g")}
    for a in drawn(g):
        ident = "".join(c if c.isascii() and (c.isalnum() or c == "-") else
                        "".join("_%02x" % b for b in c.encode()) for c in a["id"])
        node, label = groups.get("ag-n-" + ident), groups.get("ag-l-" + ident)
        if check(node is not None and label is not None, f"svg {name}: no node or label for {a['id']}"):
            texts = norm_space(" ".join(t.text or "" for t in label.iter(SVG_NS + "text")))
            check(texts == norm_space(a.get("label", a["id"])),
                  f"svg {name}: {a['id']} shows {texts!r}")


def check_graphml(name, path, g, metrics):
    if not xmllint(path, "graphml/graphml.xsd"):
        return
    G = nx.read_graphml(path)
    compare_multigraph("graphml", name, G, g, metrics, lambda u, v, k, d: k)
    tree = ET.parse(path)
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    # the vendored structure schema is GraphML 1.1's; these are what 1.1 adds to 1.0
    check(not any(k.get("for") == "graphml" or k.get("dynamic") for k in tree.iter(ns + "key"))
          and not any(d.get("time") for d in tree.iter(ns + "data")),
          f"graphml {name}: uses GraphML 1.1 (key for=graphml, dynamic, data time)")
    types = {k.get("attr.name"): k.get("attr.type") for k in tree.iter(ns + "key")}
    for key, t in (("weight", "double"), ("confidence", "double"), ("polarity", "string"),
                   ("evidence", "string"), ("date", "string"), ("bloc", "int"),
                   ("pagerank", "double")):
        check(types.get(key) == t, f"graphml {name}: key {key} typed {types.get(key)!r}")


def check_gexf(name, path, g, metrics):
    if not xmllint(path, "gexf/1.2draft/gexf.xsd"):
        return
    G = nx.read_gexf(path)
    compare_multigraph("gexf", name, G, g, metrics, lambda u, v, k, d: d.get("id", k))
    want = expected_edges(g)
    for u, v, d in G.edges(data=True):
        w = want.get(d.get("id"))
        if w and w["date"]:
            check(d.get("start") == w["date"] and d.get("end") == w["date"],
                  f"gexf {name}: {d.get('id')} lives {d.get('start')}..{d.get('end')}, "
                  f"not on {w['date']}")
    root = ET.parse(path).getroot()
    graph = root.find(f"{{{GEXF12_NS}}}graph")
    check(root.get("version") == "1.2" and graph is not None and
          graph.get("mode") == "dynamic" and graph.get("timeformat") == "date",
          f"gexf {name}: version, mode or timeformat")


def local_tree(elem, drop=()):
    """An element as (local name, attributes less `drop`, text, children), namespaces gone."""
    attrs = {k: v for k, v in elem.attrib.items() if k not in drop and not k.startswith("{")}
    return (elem.tag.split("}")[-1], attrs, (elem.text or "").strip(),
            [local_tree(c, drop) for c in elem])


def check_gexf13(name, path, path12, g):
    """NetworkX 2.8 reads no GEXF 1.3, so the 1.3 file is held to the schema and to the
    1.2draft file NetworkX has read: the same tree, plus each typed edge's kind."""
    if not xmllint(path, "gexf/1.3/gexf.xsd"):
        return
    root, root12 = ET.parse(path).getroot(), ET.parse(path12).getroot()
    check(root.tag == f"{{{GEXF13_NS}}}gexf" and root.get("version") == "1.3",
          f"gexf1.3 {name}: root {root.tag} version {root.get('version')}")
    check(local_tree(root, ("kind", "version")) == local_tree(root12, ("version",)),
          f"gexf1.3 {name}: differs from the 1.2draft export beyond namespace and kinds")
    edges = root.iter(f"{{{GEXF13_NS}}}edge")
    kinds = {e.get("id"): e.get("kind") for e in edges}
    check(kinds == {"r%d" % j: r.get("type") for j, r in enumerate(g["relations"])},
          f"gexf1.3 {name}: edge kinds are not the relation types")


def check_json(name, path, g):
    out = json.load(open(path, encoding="utf-8"))
    for key in ("actorgraph", "title", "sources", "actors", "relations"):
        check(out.get(key) == g.get(key), f"json {name}: member {key} differs from the input")
    m = out.get("metrics", {})
    check([a["id"] for a in m.get("actors", [])] == [a["id"] for a in g["actors"]],
          f"json {name}: metrics.actors")
    return {a["id"]: a for a in m.get("actors", [])}


def check_d3(name, path, g, metrics):
    data = json.load(open(path, encoding="utf-8"))
    G = nx.node_link_graph(data)
    compare_multigraph("d3", name, G, g, metrics, lambda u, v, k, d: d["id"], multi=True)


def check_cyjs(name, path, g, metrics):
    data = json.load(open(path, encoding="utf-8"))
    try:
        G = nx.cytoscape_graph(data)
    except (KeyError, TypeError, ValueError, nx.NetworkXError) as e:
        check(False, f"cyjs {name}: nx.cytoscape_graph: {type(e).__name__}: {e}")
    else:
        compare_multigraph("cyjs", name, G, g, metrics, lambda u, v, k, d: k,
                           parent_key="member_of", multi=True)
    el = data.get("elements", {})
    nodes, edges = el.get("nodes", []), el.get("edges", [])
    ids = [n["data"]["id"] for n in nodes] + [e["data"]["id"] for e in edges]
    check(len(ids) == len(set(ids)), f"cyjs {name}: duplicate element ids")
    actors = {a["id"]: a for a in g["actors"]}
    check([n["data"]["id"] for n in nodes] == list(actors), f"cyjs {name}: nodes")
    for n in nodes:
        d = n["data"]
        check("parent" not in d, f"cyjs {name}: {d['id']} has a compound parent")
        if d["id"] in actors:
            compare_actor("cyjs", name, actors[d["id"]], d, parent_key="member_of")
            compare_metrics("cyjs", name, d["id"], d, metrics)
        check("actor" in n.get("classes", "").split(), f"cyjs {name}: {d['id']} classes")
    want = expected_edges(g)
    check(len(edges) == len(want), f"cyjs {name}: {len(edges)} edges")
    for e in edges:
        d = e["data"]
        w = want.get(d["id"])
        if check(w is not None, f"cyjs {name}: unknown edge {d['id']}"):
            check((d["source"], d["target"]) == (w["source"], w["target"]),
                  f"cyjs {name}: {d['id']} ends")
            compare_edge("cyjs", name, d["id"], d, w)
            check(e.get("classes") == w["polarity"], f"cyjs {name}: {d['id']} classes")


def check_consumer(name, gexf, graphml, cyjs, g):
    """CONSUMER in a process of its own: every actor and every relation arrives."""
    p = subprocess.run([PYTHON, "-c", CONSUMER, gexf, graphml, cyjs], capture_output=True,
                       text=True)
    if not check(p.returncode == 0, f"networkx {name}: {p.stderr.strip().splitlines()[-1:]}"):
        return
    # GEXF and GraphML readers give a multigraph when they meet parallel edges; the
    # Cytoscape.js file says it is one
    parallel = len({(r["source"], r["target"]) for r in g["relations"]}) < len(g["relations"])
    kind = "MultiDiGraph" if parallel else "DiGraph"
    counts = f"{len(g['actors'])} {len(g['relations'])}"
    want = [f"{kind} {counts}", f"{kind} {counts}", f"MultiDiGraph {counts}"]
    check(p.stdout.splitlines() == want,
          f"networkx {name}: read_gexf, read_graphml, cytoscape_graph gave "
          f"{p.stdout.splitlines()}, expected {want} (type, actors, relations)")


FORMULA_START = tuple("=+-@\t\r")


def uncsv(name, v, want):
    """A CSV text field as written: one that a spreadsheet would run as a formula must
    come with a leading apostrophe, which is taken off here."""
    if isinstance(want, str) and want.startswith(FORMULA_START):
        if check(v.startswith("'"), f"csv {name}: formula not neutralised: {v!r}"):
            return v[1:]
    return v


def check_csv(name, edges_path, actors_path, g, metrics):
    for path in (edges_path, actors_path):
        raw = open(path, "rb").read()
        check(raw.endswith(b"\n"), f"csv {name}: {os.path.basename(path)} has no final newline")
    rows = list(csv.DictReader(open(edges_path, encoding="utf-8", newline="")))
    want = expected_edges(g)
    check([r["id"] for r in rows] == list(want), f"csv {name}: edge ids")
    for r in rows:
        w = want.get(r["id"])
        if not w:
            continue
        check((r["source"], r["target"]) == (w["source"], w["target"]), f"csv {name}: ends")
        d = {k: (v if v != "" else None) for k, v in r.items()}
        for k in ("weight", "confidence"):
            d[k] = float(d[k]) if d[k] is not None else None
        compare_edge("edges.csv", name, r["id"], d, w)
    rows = list(csv.DictReader(open(actors_path, encoding="utf-8", newline="")))
    actors = {a["id"]: a for a in g["actors"]}
    check([r["id"] for r in rows] == list(actors), f"actors.csv {name}: ids")
    for r in rows:
        if r["id"] in actors:
            r["label"] = uncsv(name, r["label"], actors[r["id"]]["label"])
            d = {k: (v if v != "" else None) for k, v in r.items()}
            compare_actor("actors.csv", name, actors[r["id"]], d)
            compare_metrics("actors.csv", name, r["id"],
                            {k: float(d[k]) if d.get(k) is not None else None
                             for k in METRIC_NAMES}, metrics)


def png_size(path):
    raw = open(path, "rb").read(32)
    if not check(raw[:8] == b"\x89PNG\r\n\x1a\n" and raw[12:16] == b"IHDR",
                 f"png {path}: not a PNG"):
        return None
    return struct.unpack(">II", raw[16:24])


def check_png(name, path, dpi, pt):
    size = png_size(path)
    if size is None:
        return
    want = (pt[0] * dpi / 72, pt[1] * dpi / 72)
    check(abs(size[0] - want[0]) <= 2 and abs(size[1] - want[1]) <= 2,
          f"png {name}: {size[0]}x{size[1]} px at {dpi} dpi, expected about "
          f"{want[0]:.0f}x{want[1]:.0f} for {pt[0]}x{pt[1]} pt")
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as im:
        im.load()
        check(im.size == size, f"png {name}: PIL reads {im.size}")
        colours = im.convert("RGB").getcolors(maxcolors=1 << 20)
        check(colours is None or len(colours) > 16, f"png {name}: nearly blank")


def check_pdf(name, path, pt):
    """Graphviz pads a PDF page with a margin of its own, 36 pt a side."""
    p = subprocess.run(["pdfinfo", path], capture_output=True, text=True)
    if not check(p.returncode == 0, f"pdfinfo {name}: {p.stderr[:300]}"):
        return
    m = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", p.stdout)
    if check(m is not None, f"pdfinfo {name}: no page size in {p.stdout!r}"):
        w, h = float(m.group(1)), float(m.group(2))
        check(abs(w - pt[0] - 72) <= 2 and abs(h - pt[1] - 72) <= 2,
              f"pdf {name}: page {w}x{h} pt, the SVG is {pt[0]}x{pt[1]} pt (+ 2 x 36)")


def check_dot(name, path):
    p = subprocess.run(["dot", "-Tcanon", path], capture_output=True, text=True)
    check(p.returncode == 0 and "digraph" in p.stdout, f"dot -Tcanon {name}: {p.stderr[:300]}")


def element_text(e):
    return "".join(e.itertext())


def check_html(name, path, g):
    if not xmllint(path):
        return
    text = open(path, encoding="utf-8").read()
    root = ET.fromstring(text.encode("utf-8"))
    check(root.tag == XHTML_NS + "html", f"html {name}: root is {root.tag}")
    check(not any(e.tag.endswith("}script") for e in root.iter()), f"html {name}: a script")
    csp = [m.get("content") for m in root.iter(XHTML_NS + "meta")
           if m.get("http-equiv") == "Content-Security-Policy"]
    styles = [s.text or "" for s in root.iter(XHTML_NS + "style")]
    if check(len(csp) == 1 and len(styles) == 1, f"html {name}: one CSP, one style"):
        policy = {d.split()[0]: d.split()[1:] for d in csp[0].split(";") if d.strip()}
        check(policy.get("default-src") == ["'none'"] and "script-src" not in policy,
              f"html {name}: CSP {csp[0]!r} does not forbid scripts")
        digest = base64.b64encode(hashlib.sha256(styles[0].encode()).digest()).decode()
        check(policy.get("style-src") == [f"'sha256-{digest}'"],
              f"html {name}: style-src {policy.get('style-src')}, the style's hash is {digest}")
    ids = {e.get("id") for e in root.iter() if e.get("id")}
    links = [e.get("href") for e in root.iter() if e.get("href")]
    links += [e.get(XLINK_HREF) for e in root.iter() if e.get(XLINK_HREF)]
    for href in links:
        if href == "data:,":
            continue
        check(href.startswith("#") and href[1:] in ids, f"html {name}: link {href!r} leads nowhere")
    svg = root.find(f".//{SVG_NS}svg")
    if check(svg is not None, f"html {name}: no inline SVG"):
        check(svg.get("viewBox") and not svg.get("width"), f"html {name}: SVG not responsive")
        anchors = [a.get(XLINK_HREF) for a in svg.iter(SVG_NS + "a")]
        nodes = [h for h in anchors if h and h.startswith("#ag-ev-n-")]
        ties = [h for h in anchors if h and h.startswith("#ag-ev-e-")]
        check(len(nodes) == 2 * len(drawn(g)) and len(set(nodes)) == len(drawn(g)),
              f"html {name}: {len(nodes)} actor links (circle and label)")
        check(len(ties) >= 1 and len(ties) <= len(g["relations"]), f"html {name}: tie links")
    body = norm_space(element_text(root))
    for r in g["relations"]:
        for e in r.get("evidence", []):
            check(norm_space(e["text"]) in body, f"html {name}: evidence {e['text'][:40]!r} missing")
    for a in drawn(g):
        check(norm_space(a.get("label", a["id"])) in body, f"html {name}: label {a['id']} missing")


def run_graph(rel, tmp):
    name = os.path.basename(rel)
    src = os.path.join(TOP, rel)
    g = json.load(open(src, encoding="utf-8"))
    d = os.path.join(tmp, os.path.splitext(name)[0])
    os.makedirs(d)
    before = len(failures)
    for fname, extra in OUTPUTS:
        p = subprocess.run([AG, "render", src, "-q", "-o", os.path.join(d, fname)] + extra,
                           capture_output=True, text=True)
        check(p.returncode == 0, f"render {name} -> {fname}: exit {p.returncode}: {p.stderr[:300]}")
    p = subprocess.run([AG, "report", src, "-o", os.path.join(d, "report.html")],
                       capture_output=True, text=True)
    check(p.returncode == 0, f"report {name}: exit {p.returncode}: {p.stderr[:300]}")
    if len(failures) > before:
        return
    path = lambda f: os.path.join(d, f)
    check(open(path("report.html"), "rb").read() == open(path("g.html"), "rb").read(),
          f"{name}: `report` and `render -o x.html` differ")
    metrics = check_json(name, path("g.json"), g)
    check_svg(name, path("g.svg"), g)
    pt = svg_size_pt(path("g.svg"))
    check_graphml(name, path("g.graphml"), g, metrics)
    check_gexf(name, path("g.gexf"), g, metrics)
    check_gexf13(name, path("g13.gexf"), path("g.gexf"), g)
    check_consumer(name, path("g.gexf"), path("g.graphml"), path("g.cyjs"), g)
    check_d3(name, path("g.d3.json"), g, metrics)
    check_cyjs(name, path("g.cyjs"), g, metrics)
    check_csv(name, path("g.csv"), path("g.actors.csv"), g, metrics)
    check_png(name, path("g.png"), 96, pt)
    check_png(name, path("g192.png"), 192, pt)
    check_pdf(name, path("g.pdf"), pt)
    check_dot(name, path("g.dot"))
    check_html(name, path("g.html"), g)


def main():
    missing = [t for t in ("xmllint", "pdfinfo", "dot") if not shutil.which(t)]
    if missing or not os.access(AG, os.X_OK):
        print(f"cannot run: missing {missing or AG}")
        print("# cross-check: exports: FAILED (tools missing)")
        return 1
    tmp = tempfile.mkdtemp(prefix="ag-exports-")
    try:
        for rel in GRAPHS:
            run_graph(rel, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for f in failures:
        print(f)
    print(f"# cross-check: exports: {checks - len(failures)}/{checks} checks passed "
          f"on {len(GRAPHS)} graphs x {len(OUTPUTS) + 1} outputs")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
