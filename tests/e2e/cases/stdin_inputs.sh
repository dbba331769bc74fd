# '-' reads standard input, and so does render, metrics or report without INPUT (as extract
# does): a graph JSON or an article, told apart by content.
G=graphs/karabakh-2024-01-18.json
A=data/articles/karabakh-2024-01-18.txt
run_stdin "$G" render -
expect_exit 0
expect_stdout_contains "<svg"
run_stdin "$A" metrics - --csv
expect_exit 0
expect_stdout_contains "AZE,Azerbaijan"
run_stdin "$A" extract
expect_exit 0
expect_valid_json "$T/out"
expect_stdout_contains '"id": "stdin"'
run render "$G" -o "$T/file.svg"
run_stdin "$G" render
expect_exit 0
expect_stdout_file "$T/file.svg"
run metrics "$A" --json -o "$T/file.json"
run_stdin "$A" metrics --json
expect_exit 0
expect_python '
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
assert a["actors"] and [x["id"] for x in a["actors"]] == [x["id"] for x in b["actors"]]
' "$T/file.json" "$T/out"
run_stdin "$G" report -o "$T/r.html"
expect_exit 0
expect_file_contains "$T/r.html" "Azerbaijan"
# empty standard input is an article without actors, not a usage error
run render
expect_exit 65
expect_stderr_contains "<stdin>: no actor and no relation found"
