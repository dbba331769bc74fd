# A failed run leaves an existing output untouched and no temp file behind; an output
# directory that does not exist is status 73; inputs are never modified.
cp graphs/karabakh-2024-01-18.json "$T/in.json"
mkdir "$T/o"
echo "previous" >"$T/o/k.svg"
run render tests/data/bad/syntax-missing-comma.json -o "$T/o/k.svg"
expect_exit 65
[ "$(cat "$T/o/k.svg")" = "previous" ] || fail "existing output was changed"
[ "$(ls -A "$T/o")" = "k.svg" ] || fail "temp file left: $(ls -A "$T/o")"
run render "$T/in.json" -o "$T/o/k.svg"
expect_exit 0
[ "$(ls -A "$T/o")" = "k.svg" ] || fail "temp file left: $(ls -A "$T/o")"
expect_valid_xml "$T/o/k.svg"
cmp -s "$T/in.json" graphs/karabakh-2024-01-18.json || fail "input modified"
run render "$T/in.json" -o "$T/missing-dir/k.svg"
expect_exit 73
expect_stderr_contains "missing-dir/k.svg: cannot create"
if [ "$(id -u)" -ne 0 ]; then
    chmod 555 "$T/o"
    run render "$T/in.json" -o "$T/o/k.svg"
    chmod 755 "$T/o"
    expect_exit 73
fi
