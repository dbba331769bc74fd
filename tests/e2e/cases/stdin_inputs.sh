# '-' reads standard input: a graph JSON or an article, told apart by content.
run_stdin graphs/karabakh-2024-01-18.json render -
expect_exit 0
expect_stdout_contains "<svg"
run_stdin data/articles/karabakh-2024-01-18.txt metrics - --csv
expect_exit 0
expect_stdout_contains "AZE,Azerbaijan"
run_stdin data/articles/karabakh-2024-01-18.txt extract
expect_exit 0
expect_valid_json "$T/out"
expect_stdout_contains '"id": "stdin"'
