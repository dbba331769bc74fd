#!/usr/bin/env python3
"""The words that describe the picture agree with the picture.

Renders the seed graph with $AG in both themes and reads, from the SVG, the
colour and dash of each polarity's sample in the legend, and of every tie
drawn with that polarity; names each colour by its hue (grey when it has
little saturation). Then every phrase that gives a polarity a colour and a
dash -- "green solid: support", "hostility orange and dashed" -- in the
README and in the caption of the HTML report must name the legend's colour
and dash, and each tie must be drawn as the legend says.

    AG=build/actorgraph /usr/bin/python3 tests/crosscheck/picture_words.py
Prints one line per failure and a closing "# cross-check:" line; exits 1 on failure.
"""
import colorsys
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
AG = os.environ.get("AG", os.path.join(TOP, "build", "actorgraph"))
if not os.path.isabs(AG):
    AG = os.path.join(TOP, AG)
SVG = "{http://www.w3.org/2000/svg}"
SEED = "graphs/karabakh-2024-01-18.json"
POLARITIES = ("support", "hostility", "neutral")
COLOURS = "red|orange|yellow|green|blue|purple|pink|grey|gray"
DASHES = {None: "solid", "5,2": "dashed", "1,5": "dotted"}
PHRASES = [  # (regular expression, group of the colour, of the dash, of the polarity)
    (rf"\b({COLOURS})\s+(solid|dashed|dotted)\W+(support|hostility|neutral)\b", 1, 2, 3),
    (rf"\b(support|hostility|neutral)\s+({COLOURS})\s+and\s+(solid|dashed|dotted)\b", 2, 3, 1),
]

failures = []
checks = 0


def check(ok, msg):
    global checks
    checks += 1
    if not ok:
        failures.append(msg)
        print(msg)
    return ok


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


def main():
    os.chdir(TOP)
    with tempfile.TemporaryDirectory() as tmp:
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
    if failures:
        print(f"# cross-check: picture words: {len(failures)} of {checks} checks failed")
        return 1
    print(f"# cross-check: picture words: {checks} checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
