# Bad option values are usage errors (64) that name the option and point to --help.
G=graphs/karabakh-2024-01-18.json
for args in "--min-weight 11" "--min-weight abc" "--min-confidence 1.5" "--since 2024-02-30" \
            "--until yesterday" "--depth 2" "--top 0" "--top 2.5" "--polarity friendly" \
            "--size-by fame" "--theme pink" "--color-by mood" "--cluster kind" "--dpi 0" \
            "--bogus" "--since 2024-02-01 --until 2024-01-01" "-T bmp" "--layout foo" \
            "--actor Narnia" "--exclude Narnia"; do
    # shellcheck disable=SC2086
    run render "$G" $args
    expect_exit 64
    expect_stderr_contains "actorgraph: "
done
run render "$G" --min-weight
expect_exit 64
expect_stderr_contains "needs an argument"
run render "$G" -o "$T/x.bmp"
expect_exit 64
expect_stderr_contains "use -T FORMAT"
run render "$G" "$G"
expect_exit 64
run metrics "$G" --dpi 100
expect_exit 64
expect_stderr_contains "unknown option --dpi"
run check
expect_exit 64
[ ! -e "$T/x.bmp" ] || fail "a usage error wrote a file"
