# The actor dictionary's dated posts and places are checked at file:line:col: a date that
# is no calendar date, a post ending before it begins, a place of an unknown state.
cp -R data "$T/data"
run check "$T/data"
expect_exit 0
expect_stdout_contains "ok: data directory"
sed '3s/"from": "1999-08-16"/"from": "1999-02-30"/' data/dict/people.json >"$T/data/dict/people.json"
run check "$T/data"
expect_exit 65
expect_stderr_contains "$T/data/dict/people.json:3:90: a date is a calendar date YYYY-MM-DD"
sed '3s/"to": "1999-12-31"/"to": "1999-01-31"/' data/dict/people.json >"$T/data/dict/people.json"
run check "$T/data"
expect_exit 65
expect_stderr_contains "$T/data/dict/people.json:3:90: \"from\" is after \"to\""
cp data/dict/people.json "$T/data/dict/people.json"
sed '2s/{"state":"AFG",/{"state":"XAF",/' data/dict/phoenix.json >"$T/data/dict/phoenix.json"
run check "$T/data"
expect_exit 65
expect_stderr_contains "$T/data/dict/phoenix.json:2:10: unknown state"
