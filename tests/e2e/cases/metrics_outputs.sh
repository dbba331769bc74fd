# metrics: JSON with the documented keys (Azerbaijan receives the most hostility), CSV
# equal to the expected file, a text table with the signed summary.
G=graphs/karabakh-2024-01-18.json
run metrics "$G" --json
expect_exit 0
expect_valid_json "$T/out"
expect_python '
import json, sys
d = json.load(open(sys.argv[1]))
keys = {"id", "label", "pagerank", "betweenness", "support_in", "support_out", "hostility_in",
        "hostility_out", "pn", "bloc", "hostility_share"}
for a in d["actors"]:
    assert keys <= set(a), keys - set(a)
top = max(d["actors"], key=lambda a: a["hostility_in"])
assert top["id"] == "AZE", top["id"]
assert abs(sum(a["pagerank"] for a in d["actors"]) - 1) < 1e-6
g = d["graph"]
assert g["frustration"]["index"] == 0 and g["balance"]["unbalanced"] == 0
blocs = {a["id"]: a["bloc"] for a in d["actors"]}
side = {blocs[i] for i in ("FRA", "FRA.SENATE", "ARM", "EU", "USA")}
other = {blocs[i] for i in ("AZE", "AZE.PARLIAMENT")}
assert len(side) == 1 and len(other) == 1 and side != other, (side, other)
# an actor without relation is in no bloc and no camp: null, not 0 (camp 0 is a real side)
for i in ("UN", "ARM.PARLIAMENT"):
    assert blocs[i] is None, (i, blocs[i])
    assert [a["camp"] for a in d["actors"] if a["id"] == i] == [None], i
assert blocs["FRA"] >= 1 and {a["camp"] for a in d["actors"]} == {0, 1, None}
' "$T/out"
run metrics "$G" -o "$T/m.csv"
expect_exit 0
cmp -s "$T/m.csv" tests/e2e/expected/karabakh-metrics.csv ||
    fail "metrics CSV differs: $(diff tests/e2e/expected/karabakh-metrics.csv "$T/m.csv" | head)"
run metrics "$G"
expect_exit 0
expect_stdout_contains "Balance: 4 of 4 triangles balanced"
expect_stdout_contains "Frustration: 0 ties"
expect_stdout_contains "Reciprocal hostility: France <-> Azerbaijan"
run metrics "$G" -o "$T/m.json"
expect_exit 0
expect_valid_json "$T/m.json"
