# Actors without relation are left out of pictures (render, report) unless --isolates; they
# stay in metrics and data exports, in no bloc: empty in CSV, null in JSON, "-" in the table.
G=graphs/karabakh-2024-01-18.json
run render "$G" -o "$T/k.svg"
expect_exit 0
expect_file_lacks "$T/k.svg" "Armenian parliament"
expect_file_lacks "$T/k.svg" ">United Nations<"
expect_file_contains "$T/k.svg" "UN Security Council"
run render "$G" --isolates -o "$T/all.svg"
expect_exit 0
expect_file_contains "$T/all.svg" "Armenian parliament"
expect_file_contains "$T/all.svg" ">United Nations<"
run render "$G" -o "$T/k.dot"
expect_file_lacks "$T/k.dot" "ARM.PARLIAMENT"
run report "$G" -o "$T/k.html"
expect_exit 0
expect_file_lacks "$T/k.html" "Armenian parliament"
run report "$G" --isolates -o "$T/all.html"
expect_file_contains "$T/all.html" "Armenian parliament"
run metrics "$G" --isolates
expect_exit 64
expect_stderr_contains "unknown option --isolates"
run metrics "$G" --csv
expect_stdout_contains "UN,United Nations,0.025225461,0,0,0,0,0,0,0,0,0,1,1,1,,,0,0,0,0"
run metrics "$G"
expect_exit 0
grep -E '^United Nations +UN +.* +- +- *$' "$T/out" >/dev/null || fail "table: $(grep 'United Nations' "$T/out")"
run render "$G" -o "$T/k.graphml"
expect_file_contains "$T/k.graphml" '<node id="UN">'
run render "$G" -o "$T/k.json"
expect_python '
import json, sys
g = json.load(open(sys.argv[1]))
un = [a for a in g["metrics"]["actors"] if a["id"] == "UN"][0]
assert un["bloc"] is None and un["camp"] is None, un
' "$T/k.json"
# a graph whose actors have no relation at all: nothing to draw says how to draw them
"$PYTHON" -c '
import json
print(json.dumps({"actorgraph": 1, "sources": [], "relations": [],
                  "actors": [{"id": "FRA", "kind": "state"}, {"id": "AZE", "kind": "state"}]}))
' >"$T/lonely.json"
run render "$T/lonely.json"
expect_exit 65
expect_stderr_contains "no relation to draw; --isolates draws the actors alone"
run render "$T/lonely.json" --isolates -o "$T/lonely.svg"
expect_exit 0
run metrics "$T/lonely.json" --csv
expect_exit 0
expect_stdout_contains "FRA,FRA,"
