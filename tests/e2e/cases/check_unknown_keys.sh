# Unknown keys: an error in check, a warning elsewhere (silenced by -q).
sed 's/"title": /"subtitle": "x", "title": /' graphs/karabakh-2024-01-18.json >"$T/extra.json"
run check "$T/extra.json"
expect_exit 65
expect_stderr_contains "unknown key \"subtitle\""
run metrics "$T/extra.json"
expect_exit 0
expect_stderr_contains "warning: unknown key \"subtitle\""
run metrics -q "$T/extra.json"
expect_exit 0
expect_stderr_empty
