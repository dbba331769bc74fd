# Invalid UTF-8 is bad data (65) located at file:line:col; a missing file is 66; a text with
# no relation gives an empty graph from extract and an error from render.
printf 'date 2024-01-18\nFrance condemned\nAzerbaijan \377 today.\n' >"$T/bad.txt"
run extract "$T/bad.txt"
expect_exit 65
expect_stderr_contains "bad.txt:3:12: "
run render "$T/bad.txt"
expect_exit 65
run extract "$T/none.txt"
expect_exit 66
printf 'The weather was mild and nothing happened.\n' >"$T/calm.txt"
run extract "$T/calm.txt"
expect_exit 0
expect_stdout_contains '"relations": []'
run render "$T/calm.txt"
expect_exit 65
expect_stderr_contains "no actor and no relation found"
run extract --dict "$T/nowhere" "$T/calm.txt"
expect_exit 66
