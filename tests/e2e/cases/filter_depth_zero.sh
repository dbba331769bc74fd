# --depth 0 keeps the --actor alone (it used to act as 1); --depth without --actor is 64.
G=graphs/karabakh-2024-01-18.json
run metrics "$G" --actor Azerbaijan --depth 0 --csv
expect_exit 0
[ "$(wc -l <"$T/out")" -eq 2 ] || fail "expected a header and one row: $(cat "$T/out")"
expect_stdout_contains "AZE,Azerbaijan"
run render "$G" --actor Azerbaijan --depth 0 -o "$T/alone.svg"
expect_exit 0
[ "$(grep -c 'class="node actor' "$T/alone.svg")" -eq 1 ] || fail "expected one actor"
expect_file_contains "$T/alone.svg" ">Azerbaijan<"
run metrics "$G" --actor Azerbaijan --depth 1 --csv
expect_exit 0
[ "$(wc -l <"$T/out")" -gt 2 ] || fail "depth 1 should keep the neighbours"
run metrics "$G" --actor Azerbaijan --csv
expect_exit 0
cp "$T/out" "$T/default.csv"
run metrics "$G" --actor Azerbaijan --depth 1 --csv
expect_stdout_file "$T/default.csv"
run metrics "$G" --depth 0
expect_exit 64
expect_stderr_contains "option --depth needs --actor"
