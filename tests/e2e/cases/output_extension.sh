# Commands with one output format refuse an -o that names another (64), write nothing, and
# point to render for pictures; report does not suggest a -T it does not take.
A=data/articles/karabakh-2024-01-18.txt
G=graphs/karabakh-2024-01-18.json
run extract "$A" -o "$T/x.svg"
expect_exit 64
expect_stderr_contains "extract writes graph JSON (.json), not .svg"
expect_stderr_contains "actorgraph render INPUT -o $T/x.svg"
[ ! -e "$T/x.svg" ] || fail "extract wrote $T/x.svg"
run extract "$A" --events -o "$T/x.json"
expect_exit 64
expect_stderr_contains "JSON Lines (.jsonl)"
run merge "$G" -o "$T/m.png"
expect_exit 64
expect_stderr_contains "merge writes graph JSON (.json), not .png"
run import gdelt tests/data/gdelt/201301.csv -o "$T/i.svg"
expect_exit 64
expect_stderr_contains "import writes graph JSON (.json), not .svg"
[ ! -e "$T/i.svg" ] || fail "import wrote $T/i.svg"
run report "$G" -o "$T/r.pdf"
expect_exit 64
expect_stderr_contains "report writes HTML (.html), not .pdf"
expect_stderr_contains "actorgraph render INPUT -o $T/r.pdf"
! grep -q -- "-T" "$T/err" || fail "report suggests -T: $(cat "$T/err")"
run report "$G" -o "$T/r.txt"
expect_exit 64
! grep -q -- "render" "$T/err" || fail "render cannot write .txt either: $(cat "$T/err")"
[ ! -e "$T/r.pdf" ] && [ ! -e "$T/m.png" ] && [ ! -e "$T/x.json" ] || fail "a refused output was written"
# the right extension, upper case or none at all is fine
run extract "$A" -o "$T/g.JSON"
expect_exit 0
run extract "$A" --events -o "$T/e.jsonl"
expect_exit 0
run report "$G" -o "$T/r.htm"
expect_exit 0
run merge "$G" -o "$T/merged"
expect_exit 0
expect_valid_json "$T/merged"
