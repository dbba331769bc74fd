# Extraction of the seed article: recall 7/7 with no wrong relation against the gold,
# evidence offsets that point at the sentence, the same bytes on every run, and equal to
# the expected file.
A=data/articles/karabakh-2024-01-18.txt
run extract "$A" -o "$T/e.json"
expect_exit 0
expect_valid_json "$T/e.json"
"$PYTHON" tests/eval/score_extract.py tests/eval/seed-gold.json "$T/e.json" >"$T/score" ||
    fail "score_extract failed"
grep -q "recall 7/7" "$T/score" || fail "seed recall: $(cat "$T/score")"
grep -q "wrong 0 " "$T/score" || fail "seed wrong: $(cat "$T/score")"
expect_python '
import json, sys
g = json.load(open(sys.argv[1]))
text = open(sys.argv[2], "rb").read()
assert g["sources"][0]["date"] == "2024-01-18"
for r in g["relations"]:
    assert r["evidence"], r
    for e in r["evidence"]:
        assert text[e["start"]:e["end"]].decode() == e["text"], e
' "$T/e.json" "$A"
run extract "$A"
expect_exit 0
expect_stdout_file "$T/e.json"
cmp -s "$T/e.json" tests/e2e/expected/karabakh-extract.json ||
    fail "extraction changed: $(diff tests/e2e/expected/karabakh-extract.json "$T/e.json" | head -20)"
run check "$T/e.json"
expect_exit 0
