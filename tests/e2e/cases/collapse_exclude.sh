# --collapse --exclude "French Senate": the Senate would be merged into France, so its own
# relations are left out before the merge and France stays; a warning says so (not with -q).
G=graphs/karabakh-2024-01-18.json
run metrics "$G" --collapse --exclude "French Senate" --json
expect_exit 0
expect_stderr_contains 'actorgraph: warning: --exclude "French Senate": --collapse merges French Senate into France'
expect_stderr_contains "France stays"
cp "$T/out" "$T/without.json"
run metrics "$G" --collapse --json
expect_exit 0
expect_stderr_empty
expect_python '
import json, sys
without, full = (json.load(open(p)) for p in sys.argv[1:3])
graph = json.load(open(sys.argv[3]))
w = {a["id"]: a for a in without["actors"]}
f = {a["id"]: a for a in full["actors"]}
assert "FRA" in w and "FRA.SENATE" not in w and "FRA.SENATE" not in f
senate = [r for r in graph["relations"] if "FRA.SENATE" in (r["source"], r["target"])
          and r["source"] != r["target"]]
out = sum(abs(r["weight"]) for r in senate if r["source"] == "FRA.SENATE"
          and not r["target"].startswith("FRA"))
assert out > 0
assert abs(f["FRA"]["strength_out"] - w["FRA"]["strength_out"] - out) < 1e-6, \
    (f["FRA"]["strength_out"], w["FRA"]["strength_out"], out)
' "$T/without.json" "$T/out" "$G"
run metrics "$G" --collapse --exclude "French Senate" -q
expect_exit 0
expect_stderr_empty
# a state excluded with --collapse goes with everything merged into it, without a warning
run metrics "$G" --collapse --exclude France --csv
expect_exit 0
expect_stderr_empty
expect_stdout_lacks "FRA"
# without --collapse, --exclude removes the Senate alone, silently
run metrics "$G" --exclude "French Senate" --csv
expect_exit 0
expect_stderr_empty
expect_stdout_contains "FRA,France"
