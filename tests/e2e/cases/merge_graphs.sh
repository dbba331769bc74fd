# merge is order-independent and idempotent, and its output passes check.
G=graphs/karabakh-2024-01-18.json
run extract data/articles/karabakh-2024-01-18.txt -o "$T/e.json"
run merge "$G" "$T/e.json" -o "$T/ab.json"
expect_exit 0
run merge "$T/e.json" "$G" -o "$T/ba.json"
expect_exit 0
cmp -s "$T/ab.json" "$T/ba.json" || fail "merge depends on order: $(diff "$T/ab.json" "$T/ba.json" | head)"
run merge "$T/ab.json" "$T/ab.json" "$G"
expect_exit 0
expect_stdout_file "$T/ab.json"
run check "$T/ab.json"
expect_exit 0
run merge "$G" tests/data/bad/syntax-missing-comma.json -o "$T/x.json"
expect_exit 65
[ ! -e "$T/x.json" ] || fail "output written despite the error"
# Two graphs whose sources, actors and relations overlap and differ (labels, aliases, kinds,
# source paths, a relation's cameo and confidence, a second evidence): byte-identical output
# in either order, and idempotent.
A=tests/data/merge/a.json
B=tests/data/merge/b.json
run merge "$A" "$B" -o "$T/ab2.json"
expect_exit 0
run merge "$B" "$A" -o "$T/ba2.json"
expect_exit 0
cmp -s "$T/ab2.json" "$T/ba2.json" || fail "merge depends on order: $(diff "$T/ab2.json" "$T/ba2.json" | head -20)"
run merge "$B" "$T/ab2.json" "$A" "$B"
expect_stdout_file "$T/ab2.json"
run check "$T/ab2.json"
expect_exit 0
expect_python '
import json, sys
g = json.load(open(sys.argv[1]))
assert [s["id"] for s in g["sources"]] == ["only-a", "only-b", "shared"]
assert len(g["actors"]) == 6 and len(g["relations"]) == 7, (len(g["actors"]), len(g["relations"]))
rus = [a for a in g["actors"] if a["id"] == "RUS"][0]
assert rus["aliases"] == ["Kremlin", "Moscow"], rus
un = [r for r in g["relations"] if r["source"] == "UN"]
assert len(un) == 1 and un[0]["cameo"] == "10" and un[0]["confidence"] == 0.9, un
' "$T/ab2.json"
