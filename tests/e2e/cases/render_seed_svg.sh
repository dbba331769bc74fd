# The curated seed graph renders to valid, embeddable SVG that shows the label of every
# actor with a relation (and of no other: isolates_left_out), with a legend, a title and description, prefixed ids and the evidence in edge tooltips.
run render graphs/karabakh-2024-01-18.json -o "$T/k.svg"
expect_exit 0
expect_stderr_empty
expect_valid_xml "$T/k.svg"
expect_file_contains "$T/k.svg" 'role="img"'
expect_file_contains "$T/k.svg" 'class="legend"'
expect_file_contains "$T/k.svg" '<desc id="ag-desc">'
expect_file_lacks "$T/k.svg" 'stroke="transparent"'
expect_python '
import json, sys, xml.etree.ElementTree as ET
g = json.load(open(sys.argv[1]))
root = ET.parse(sys.argv[2]).getroot()
ns = "{http://www.w3.org/2000/svg}"
texts = " ".join("".join(t.itertext()) for t in root.iter(ns + "text"))
related = {r[k] for r in g["relations"] for k in ("source", "target")}
for a in g["actors"]:
    if a["id"] in related:
        assert a["label"] in texts, "label missing: " + a["label"]
ids = [e.get("id") for e in root.iter() if e.get("id")]
assert ids and all(i.startswith("ag-") for i in ids), [i for i in ids if not i.startswith("ag-")]
assert len(ids) == len(set(ids)), "duplicate ids"
tips = " ".join(a.get("{http://www.w3.org/1999/xlink}title") or "" for a in root.iter(ns + "a"))
assert "tit-for-tat expulsion" in tips, "evidence missing from tooltips"
' graphs/karabakh-2024-01-18.json "$T/k.svg"
# the same to standard output, byte for byte
run render graphs/karabakh-2024-01-18.json
expect_exit 0
expect_stdout_file "$T/k.svg"
