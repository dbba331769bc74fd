#!/usr/bin/env python3
"""The pictures `actorgraph render` draws, measured in their SVG, and the words
that describe them.

Geometry: for the seed graph in every layout engine, with blocs as colours and
boxes, the graph extracted from the seed article and the hostile-text graph,
renders an SVG with $AG and measures it: circles from their <ellipse>, ties
from their <path> (cubic Béziers, sampled) and arrowheads, and every text from
its position and its font, DejaVu Sans, measured with Pillow (the ink of the
glyphs). Then checks:
  - no actor's label crosses a circle's outline (its own or another's) and no
    two labels overlap;
  - each label sits right under its own circle, centred;
  - no tie passes through an actor's label or a bloc's label (in pictures of
    up to 30 actors, whose ties are routed; above, ties are straight lines).

Words: renders the seed graph in both themes and reads, from the SVG, the
colour and dash of each polarity's sample in the legend, and of every tie
drawn with that polarity; names each colour by its hue (grey when it has
little saturation). Then every phrase that gives a polarity a colour and a
dash -- "green solid: support", "hostility orange and dashed" -- in the
README and in the caption of the HTML report must name the legend's colour
and dash, and each tie must be drawn as the legend says.

    AG=build/actorgraph /usr/bin/python3 tests/crosscheck/pictures.py
Prints one line per failure and a closing "# cross-check:" line; exits 1 on failure.
"""
import colorsys
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

from PIL import ImageFont

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
AG = os.environ.get("AG", os.path.join(TOP, "build", "actorgraph"))
if not os.path.isabs(AG):
    AG = os.path.join(TOP, AG)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SVG = "{http://www.w3.org/2000/svg}"
SEED = "graphs/karabakh-2024-01-18.json"

failures = []
checks = 0


def check(ok, msg):
    global checks
    checks += 1
    if not ok:
        failures.append(msg)
        print(msg)
    return ok


# ---- geometry ----

ROUTED_MAX = 30  # actors: ties are routed around labels up to this size
GAP_MAX = 8.0    # points between a circle's bottom and its label's top, at most
PICTURES = [
    ("seed", [SEED]),
    ("seed-blocs", [SEED, "--color-by", "bloc", "--cluster", "bloc", "--show-frustration"]),
    ("seed-neato", [SEED, "--layout", "neato"]),
    ("seed-fdp-blocs", [SEED, "--layout", "fdp", "--cluster", "bloc"]),
    ("seed-sfdp", [SEED, "--layout", "sfdp"]),
    ("seed-circo", [SEED, "--layout", "circo"]),
    ("seed-dark", [SEED, "--theme", "dark", "--size-by", "hostility_in"]),
    ("extracted", ["data/articles/karabakh-2024-01-18.txt"]),
    ("hostile", ["tests/data/render/hostile.json"]),
]

fonts = {}


def classes(e):
    return (e.get("class") or "").split()


def text_box(t):
    """The ink box (x0, y0, x1, y1) of an SVG <text>, y growing downwards."""
    size = float(t.get("font-size"))
    font = fonts.setdefault(size, ImageFont.truetype(FONT, round(size * 8)))
    s = t.text or ""
    x, y = float(t.get("x")), float(t.get("y"))
    anchor = {"middle": "ms", "end": "rs"}.get(t.get("text-anchor"), "ls")
    x0, y0, x1, y1 = (v / 8 for v in font.getbbox(s, anchor=anchor))
    return (x + x0, y + y0, x + x1, y + y1)


def union(boxes):
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def overlap(a, b, tol=0.0):
    return a[0] < b[2] - tol and b[0] < a[2] - tol and a[1] < b[3] - tol and b[1] < a[3] - tol


def crosses_circle(box, c, tol=0.5):
    """True when box has points both inside and outside the circle (cx, cy, r)."""
    cx, cy, r = c
    nx, ny = min(max(cx, box[0]), box[2]), min(max(cy, box[1]), box[3])
    nearest = math.hypot(nx - cx, ny - cy)
    farthest = max(math.hypot(x - cx, y - cy) for x in (box[0], box[2]) for y in (box[1], box[3]))
    return nearest < r - tol and farthest > r + tol


def numbers(s):
    return [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", s)]


def path_points(d):
    """Points along an SVG path of M and C commands, as Graphviz writes them,
    half a point apart or closer."""
    v = numbers(d)
    pts = list(zip(v[0::2], v[1::2]))
    out = [pts[0]]
    for i in range(0, len(pts) - 3, 3):
        p0, p1, p2, p3 = pts[i:i + 4]
        steps = 2 * math.ceil(sum(math.dist(a, b) for a, b in zip(pts[i:i + 3], pts[i + 1:i + 4]))) + 1
        for k in range(1, steps + 1):
            t = k / steps
            a, b, c, e = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t ** 3
            out.append((a * p0[0] + b * p1[0] + c * p2[0] + e * p3[0],
                        a * p0[1] + b * p1[1] + c * p2[1] + e * p3[1]))
    return out


def inside(p, box, tol=0.5):
    return box[0] + tol < p[0] < box[2] - tol and box[1] + tol < p[1] < box[3] - tol


def measure(name, path, nactors):
    root = ET.parse(path).getroot()
    groups = {g.get("id"): g for g in root.iter(SVG + "g")}
    circles, labels = {}, {}
    for gid, g in groups.items():
        if "actor" in classes(g):
            e = g.find(f".//{SVG}ellipse")
            circles[gid[len("ag-n-"):]] = (float(e.get("cx")), float(e.get("cy")), float(e.get("rx")))
    for ident in circles:
        g = groups.get("ag-l-" + ident, groups["ag-n-" + ident])
        boxes = [text_box(t) for t in g.iter(SVG + "text")]
        if check(boxes, f"{name}: {ident} has no label"):
            labels[ident] = union(boxes)
    check(len(circles) == nactors, f"{name}: {len(circles)} circles for {nactors} actors")

    for ident, box in labels.items():
        for other, c in circles.items():
            check(not crosses_circle(box, c), f"{name}: the label of {ident} crosses the circle of {other}")
        cx, cy, r = circles[ident]
        centre = (box[0] + box[2]) / 2
        check(abs(centre - cx) < 1 and 0 <= box[1] - (cy + r) <= GAP_MAX,
              f"{name}: the label of {ident} is not right under its circle "
              f"(label {box}, circle {circles[ident]})")
        for other, b in labels.items():
            if other < ident:
                check(not overlap(box, b), f"{name}: the labels of {ident} and {other} overlap")

    if nactors > ROUTED_MAX:
        return
    keep_clear = dict(labels)
    for gid, g in groups.items():
        if "cluster" in classes(g):
            keep_clear[gid] = union([text_box(t) for t in g.iter(SVG + "text")])
    for gid, g in groups.items():
        if "edge" not in classes(g):
            continue
        points = []
        for p in g.iter(SVG + "path"):
            points += path_points(p.get("d"))
        for poly in g.iter(SVG + "polygon"):
            v = numbers(poly.get("points"))
            points += list(zip(v[0::2], v[1::2]))
        for what, box in keep_clear.items():
            hit = next((p for p in points if inside(p, box)), None)
            check(hit is None, f"{name}: tie {gid} passes through the label of {what} at {hit}")


# ---- words ----

POLARITIES = ("support", "hostility", "neutral")
COLOURS = "red|orange|yellow|green|blue|purple|pink|grey|gray"
DASHES = {None: "solid", "5,2": "dashed", "1,5": "dotted"}
PHRASES = [  # (regular expression, group of the colour, of the dash, of the polarity)
    (rf"\b({COLOURS})\s+(solid|dashed|dotted)\W+(support|hostility|neutral)\b", 1, 2, 3),
    (rf"\b(support|hostility|neutral)\s+({COLOURS})\s+and\s+(solid|dashed|dotted)\b", 2, 3, 1),
]


def colour_name(hexcolour):
    r, g, b = (int(hexcolour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    h, s, v = colorsys.rgb_to_hsv(r, g, b)
    if s < 0.15:
        return "grey"
    h *= 360
    for limit, name in ((15, "red"), (45, "orange"), (70, "yellow"), (170, "green"),
                        (260, "blue"), (290, "purple"), (345, "pink"), (360, "red")):
        if h < limit:
            return name
    return "red"


def look(element):
    """(colour name, dash) of a stroked SVG element."""
    return colour_name(element.get("stroke")), DASHES.get(element.get("stroke-dasharray"), "?")


def legend_of(svg_path, theme):
    """Each polarity's (colour, dash) in the legend; checks the ties against it."""
    root = ET.parse(svg_path).getroot()
    legend = next(g for g in root.iter(SVG + "g") if g.get("id") == "ag-legend")
    looks, line = {}, None
    for e in legend.iter():
        if e.tag == SVG + "polyline":
            line = e
        elif e.tag == SVG + "text" and e.text in POLARITIES and line is not None:
            looks[e.text] = look(line)
    check(set(looks) == set(POLARITIES), f"{theme}: the legend shows {sorted(looks)}")
    for g in root.iter(SVG + "g"):
        cls = (g.get("class") or "").split()
        if "edge" in cls:
            pol = next(c for c in cls if c in POLARITIES)
            path = g.find(f".//{SVG}path")
            check(look(path) == looks.get(pol),
                  f"{theme}: tie {g.get('id')} is drawn {look(path)}, its legend says {looks.get(pol)}")
    return looks


def check_words(where, text, looks):
    found = 0
    for pattern, c, d, p in PHRASES:
        for m in re.finditer(pattern, text, re.IGNORECASE):
            found += 1
            colour, dash, pol = m.group(c).lower().replace("gray", "grey"), m.group(d).lower(), m.group(p).lower()
            check((colour, dash) == looks[pol],
                  f"{where}: {m.group(0)!r}, but the picture draws {pol} {looks[pol][0]} and {looks[pol][1]}")
    check(found >= 2, f"{where}: {found} phrases give a polarity its colour and dash")


def geometry(tmp):
    for name, args in PICTURES:
        out = os.path.join(tmp, name + ".svg")
        p = subprocess.run([AG, "render", *args, "-o", out], capture_output=True, text=True)
        if not check(p.returncode == 0 and not p.stderr, f"{name}: render: {p.returncode} {p.stderr}"):
            continue
        j = subprocess.run([AG, "render", *args, "-T", "json"], capture_output=True, text=True)
        g = json.loads(j.stdout)  # pictures leave out the actors without a relation
        measure(name, out, len({e for r in g["relations"] for e in (r["source"], r["target"])}))


def words(tmp):
    looks = {}
    for theme in ("light", "dark"):
        out = os.path.join(tmp, theme + ".svg")
        subprocess.run([AG, "render", SEED, "--theme", theme, "-o", out], check=True)
        looks[theme] = legend_of(out, theme)
    check(looks["light"] == looks["dark"], f"the themes differ in their words: {looks}")
    with open("README.md", encoding="utf-8") as f:
        check_words("README.md", f.read(), looks["light"])
    html = os.path.join(tmp, "report.html")
    subprocess.run([AG, "report", SEED, "-o", html], check=True)
    caption = ET.parse(html).getroot().find(".//{http://www.w3.org/1999/xhtml}figcaption")
    check_words("the report's caption", "".join(caption.itertext()), looks["light"])


def main():
    os.chdir(TOP)
    with tempfile.TemporaryDirectory() as tmp:
        geometry(tmp)
        words(tmp)
    if failures:
        print(f"# cross-check: pictures: {len(failures)} of {checks} checks failed")
        return 1
    print(f"# cross-check: pictures: {checks} checks passed on {len(PICTURES)} pictures and their words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
