# merge is order-independent and idempotent, and its output passes check.
G=graphs/karabakh-2024-01-18.json
run extract data/articles/karabakh-2024-01-18.txt -o "$T/e.json"
run merge "$G" "$T/e.json" -o "$T/ab.json"
expect_exit 0
run merge "$T/e.json" "$G" -o "$T/ba.json"
expect_exit 0
cmp -s "$T/ab.json" "$T/ba.json" || fail "merge depends on order: $(diff "$T/ab.json" "$T/ba.json" | head)"
run merge "$T/ab.json" "$T/ab.json" "$G"
expect_exit 0
expect_stdout_file "$T/ab.json"
run check "$T/ab.json"
expect_exit 0
run merge "$G" tests/data/bad/syntax-missing-comma.json -o "$T/x.json"
expect_exit 65
[ ! -e "$T/x.json" ] || fail "output written despite the error"
