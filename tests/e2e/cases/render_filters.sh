# Filters shape what is drawn; a filter that leaves nothing says so and exits 65.
G=graphs/karabakh-2024-01-18.json
run metrics "$G" --csv --actor Armenia --depth 1
expect_exit 0
expect_stdout_contains "ARM,Armenia"
expect_stdout_contains "FRA.SENATE,French Senate"
expect_stdout_lacks "USA,"
run metrics "$G" --csv --exclude AZE --exclude "French Senate"
expect_exit 0
expect_stdout_lacks "AZE,"
expect_stdout_lacks "FRA.SENATE,"
run metrics "$G" --csv --type "expel diplomats"
expect_exit 0
expect_stdout_contains "AZE,Azerbaijan"
expect_stdout_contains "FRA,France"
[ "$(wc -l <"$T/out")" -eq 3 ] || fail "expel keeps France and Azerbaijan only: $(cat "$T/out")"
run metrics "$G" --csv --type 16
expect_exit 0
expect_stdout_contains "AZE,Azerbaijan"
# relations dated in 2023 (Baku expelled two French diplomats in December) and no later
run metrics "$G" --json --until 2023-12-31
expect_exit 0
expect_python '
import json, sys
d = json.load(open(sys.argv[1]))
g = json.load(open(sys.argv[2]))
dated = [r for r in g["relations"] if r.get("date", "2024-01-18") <= "2023-12-31"]
assert d["graph"]["relations"] == len(dated) > 0, (d["graph"]["relations"], len(dated))
' "$T/out" "$G"
run metrics "$G" --csv --collapse
expect_exit 0
expect_stdout_lacks "FRA.SENATE"
expect_stdout_lacks "AZE.PARLIAMENT"
run metrics "$G" --csv --top 3
expect_exit 0
[ "$(wc -l <"$T/out")" -eq 4 ] || fail "--top 3 keeps 3 actors: $(cat "$T/out")"
run metrics "$G" --csv --min-weight 8
expect_exit 0
expect_stdout_contains "AZE,"
run render "$G" --type "expel diplomats" --polarity support -o "$T/none.svg"
expect_exit 65
expect_stderr_contains "no relation is left after the filters"
[ ! -e "$T/none.svg" ] || fail "an empty picture was written"
run render "$G" --since 2030-01-01
expect_exit 65
run render "$G" --since 2024-01-01 --until 2024-12-31 -o "$T/dated.svg"
expect_exit 0
