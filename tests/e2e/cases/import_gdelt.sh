# import gdelt turns GDELT 2.0 (61 columns) and 1.0 (58 and 57) event exports into graph JSON;
# render, metrics and report read an export directly; bad rows are errors at file:line:col.
D=tests/data/gdelt
V2=$D/20240118150000.export.CSV
V1=$D/20240118.export.CSV
V57=$D/201301.csv
run import gdelt "$V2"
expect_exit 0
expect_stderr_empty
expect_stdout_file tests/e2e/expected/gdelt-2.0.json
run import gdelt "$V1" -o "$T/v1.json"
expect_exit 0
cmp -s tests/e2e/expected/gdelt-1.0.json "$T/v1.json" || fail "1.0 differs: $(diff tests/e2e/expected/gdelt-1.0.json "$T/v1.json" | head)"
run import gdelt "$V57" -o "$T/v57.json"
expect_exit 0
cmp -s tests/e2e/expected/gdelt-1.0-57.json "$T/v57.json" || fail "57 columns differ: $(diff tests/e2e/expected/gdelt-1.0-57.json "$T/v57.json" | head)"
run check "$T/v1.json" "$T/v57.json" tests/e2e/expected/gdelt-2.0.json
expect_exit 0

# several files make one graph, one source each; standard input is a source named stdin
run import gdelt "$V2" "$V57" -o "$T/both.json"
expect_exit 0
run_stdin "$V57" import gdelt
expect_exit 0
expect_stdout_contains '{"id": "stdin"}'
expect_python '
import json, sys
g = json.load(open(sys.argv[1]))
assert [s["id"] for s in g["sources"]] == ["20240118150000.export", "201301"], g["sources"]
assert len(g["relations"]) == 13
' "$T/both.json"

# render, metrics and report take the export as INPUT, as they take the imported graph
run metrics "$T/v1.json" --csv -o "$T/imported.csv"
expect_exit 0
run metrics "$V1" --csv -o "$T/direct.csv"
expect_exit 0
cmp -s "$T/imported.csv" "$T/direct.csv" || fail "metrics of the export differ from those of its import"
expect_file_contains "$T/direct.csv" "AZEGOV,AZERBAIJAN (government),"
run render "$V2" -o "$T/v2.svg"
expect_exit 0
expect_valid_xml "$T/v2.svg"
expect_file_contains "$T/v2.svg" "AZERBAIJAN (government)"
run report "$V2" -o "$T/v2.html"
expect_exit 0
expect_file_contains "$T/v2.html" "https://news.example.org/karabakh-offensive"
run_stdin "$V2" render - -T json
expect_exit 0
expect_stdout_contains '"type": "use conventional military force"'

# the shared filters: CAMEO code prefix, confidence, dates, organs collapsed into their state
run metrics "$V2" --type 11 --csv
expect_exit 0
expect_stdout_contains "AZEGOV,"
expect_stdout_lacks "ARMCVL,"
run render "$V2" --min-confidence 0.75 --since 2024-01-19 -T json -o "$T/f.json"
expect_exit 0
expect_python '
import json, sys
rs = json.load(open(sys.argv[1]))["relations"]
assert [(r["source"], r["target"], r["cameo"]) for r in rs] == [("IGOUNO", "AZE", "0256")], rs
' "$T/f.json"
run metrics "$V2" --collapse --csv
expect_exit 0
expect_stdout_lacks "FRALEG"
expect_stdout_contains "FRA,FRANCE,"

# errors: file:line:col, exit 65, no output left
awk 'BEGIN { FS = OFS = "\t" } NR == 3 { $31 = "abc" } 1' "$V1" >"$T/num.CSV"
run import gdelt "$T/num.CSV" -o "$T/num.json"
expect_exit 65
col=$(awk -F '\t' 'NR == 3 { n = 1; for (i = 1; i < 31; i++) n += length($i) + 1; print n }' "$T/num.CSV")
expect_stderr_contains "num.CSV:3:$col: "
expect_stderr_contains "bad number in GoldsteinScale: expected -10 to 10, found 'abc'"
[ ! -e "$T/num.json" ] || fail "output written despite the error"
sed '2s/^\([0-9]*\)\t20240118\t/\1\t20240132\t/' "$V2" >"$T/date.CSV"
run render "$T/date.CSV" -o "$T/date.svg"
expect_exit 65
expect_stderr_contains "date.CSV:2:12: bad date in SQLDATE: expected YYYYMMDD, found '20240132'"
{ head -2 "$V1"; sed -n 3p "$V2"; } >"$T/mixed.CSV"
run import gdelt "$T/mixed.CSV"
expect_exit 65
expect_stderr_contains "mixed.CSV:3:"
expect_stderr_contains "found 61 tab-separated columns, expected 58 (GDELT 1.0 daily, 58 columns"
printf '1\t20240118\tx\n' >"$T/short.CSV"
run import gdelt "$T/short.CSV"
expect_exit 65
expect_stderr_contains "short.CSV:1:1: not a GDELT event export: found 3 tab-separated columns"

# usage
run import
expect_exit 64
expect_stderr_contains "import needs a FORMAT: gdelt"
run import csv "$V2"
expect_exit 64
expect_stderr_contains "import: unknown format 'csv' (gdelt)"
run import gdelt "$T/none.CSV"
expect_exit 66
run import --help
expect_exit 0
expect_stdout_contains "usage: actorgraph import [options] gdelt [FILE...]"
run --help
expect_stdout_contains "import   gdelt [FILE...]"
