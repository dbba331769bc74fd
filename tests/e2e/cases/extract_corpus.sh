# Several articles make one graph with one source each; --events streams JSON Lines, one
# relation a line; a JSON Lines corpus is read line by line, its errors located.
A=data/articles/karabakh-2024-01-18.txt
run extract "$A" tests/corpus/*.txt -o "$T/all.json"
expect_exit 0
run check "$T/all.json"
expect_exit 0
expect_python '
import json, sys, glob
g = json.load(open(sys.argv[1]))
assert len(g["sources"]) == 1 + len(glob.glob("tests/corpus/*.txt")), len(g["sources"])
' "$T/all.json"
run extract "$A" --events -o "$T/e.jsonl"
expect_exit 0
run extract "$A" -o "$T/e.json"
expect_python '
import json, sys
lines = open(sys.argv[1]).read().splitlines()
g = json.load(open(sys.argv[2]))
assert len(lines) == len(g["relations"]) > 0
for l in lines:
    e = json.loads(l)
    assert {"source", "target", "type", "polarity", "weight", "evidence", "source_label"} <= set(e)
' "$T/e.jsonl" "$T/e.json"
"$PYTHON" -c '
import json, sys
text = open(sys.argv[1]).read()
body = text.split("\n", 1)[1]
print(json.dumps({"id": "k1", "date": "2024-01-18", "text": body, "url": "ignored"}))
print()
print(json.dumps({"text": "France condemned Azerbaijan on Monday."}))
' "$A" >"$T/corpus.jsonl"
run extract "$T/corpus.jsonl" -o "$T/c.json"
expect_exit 0
expect_python '
import json, sys
g = json.load(open(sys.argv[1]))
ids = [s["id"] for s in g["sources"]]
assert ids == ["k1", "corpus-3"], ids
assert g["sources"][0]["date"] == "2024-01-18"
assert any(r["source"] == "FRA" and r["target"] == "AZE" for r in g["relations"] if
           r["evidence"][0]["source"] == "corpus-3")
' "$T/c.json"
# render, metrics and report read a corpus as one graph too
run metrics "$T/corpus.jsonl" --csv
expect_exit 0
expect_stdout_contains "FRA,France"
expect_stdout_contains "ARM,Armenia"
printf '{"text": "fine"}\n{"text": 5}\n' >"$T/bad.jsonl"
run extract "$T/bad.jsonl" -o "$T/bad.json"
expect_exit 65
expect_stderr_contains "bad.jsonl:2:10: "
[ ! -e "$T/bad.json" ] || fail "output written despite the error"
run extract "$T/bad.jsonl" --events -o "$T/bad-events.jsonl"
expect_exit 65
[ ! -e "$T/bad-events.jsonl" ] || fail "events written despite the error"
run render "$T/bad.jsonl"
expect_exit 65
expect_stderr_contains "bad.jsonl:2:10: "
