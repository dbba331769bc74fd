# Every broken graph in tests/data/bad/ fails check with status 65 at the line and column
# listed in tests/data/bad/EXPECTED, with the expected message.
n=0
while IFS="$(printf '\t')" read -r file pos msg; do
    run check "tests/data/bad/$file"
    expect_exit 65
    expect_stderr_contains "tests/data/bad/$file:$pos: "
    expect_stderr_contains "$msg"
    n=$((n + 1))
done <tests/data/bad/EXPECTED
[ "$n" -ge 15 ] || fail "only $n bad files"
# several files: each is reported, the status is the first failure's
run check graphs/karabakh-2024-01-18.json tests/data/bad/syntax-missing-comma.json
expect_exit 65
expect_stdout_contains "ok: 19 actors"
run check tests/data/no-such-file.json
expect_exit 66
expect_stderr_contains "tests/data/no-such-file.json: cannot open"
