# Help goes to stdout with status 0; no command or an unknown one is a usage error (64).
run --help
expect_exit 0
expect_stdout_contains "usage: actorgraph COMMAND"
expect_stdout_contains "64 usage"
run render --help
expect_exit 0
expect_stdout_contains "--polarity P"
expect_stdout_contains "--show-frustration"
run metrics -h
expect_exit 0
expect_stdout_contains "--csv"
expect_stdout_lacks "--dpi"
run --version
expect_exit 0
expect_stdout_contains "actorgraph 0."
run
expect_exit 64
run frobnicate
expect_exit 64
expect_stderr_contains "unknown command 'frobnicate'"
