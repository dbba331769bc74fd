# Progress of long work on a terminal: one line on stderr, rewritten after '\r' and ended by a
# newline; nothing when stderr is not a terminal, with -q, or when the output itself goes to the
# terminal. script(1) (util-linux) runs the command on a pseudo-terminal; what it captures is
# the terminal's text, stdout and stderr together, each "\n" shown as "\r\n".
on_tty() { # on_tty ARGS...: runs actorgraph on a pty; its terminal output in $T/tty, status $RC
    set +e
    script -qec "$AG_WRAP $AG $*" /dev/null >"$T/tty" 2>&1 </dev/null
    RC=$?
    set -e
}
tty_contains() {
    grep -qF -- "$1" "$T/tty" || fail "terminal lacks: $1; it shows: $(tr '\r' '|' <"$T/tty" | head -c 600)"
}
tty_lacks() {
    ! grep -qF -- "$1" "$T/tty" || fail "terminal shows: $1"
}
# The terminal's text with the meter's rewrites undone: what a reader sees at the end.
tty_final() {
    "$PYTHON" -c '
import sys
for line in open(sys.argv[1], newline="").read().split("\r\n"):
    print(line.split("\r")[-1].rstrip())
' "$T/tty"
}

A=data/articles/karabakh-2024-01-18.txt
n=$((1 + $(ls tests/corpus/*.txt | wc -l)))
on_tty extract "$A" tests/corpus/*.txt -o "$T/all.json"
[ "$RC" = 0 ] || fail "extract on a terminal: status $RC"
tty_contains "$(printf '\rextract: 0 sentences, 0 articles')"
tty_final | grep -qE "^extract: [0-9,]+ sentences( \([0-9,]+/s\))?, $n articles$" ||
    fail "the last line is not the final count of $n articles: $(tty_final)"
[ "$(tail -c 2 "$T/tty" | od -An -c | tr -d ' ')" = '\r\n' ] || fail "the meter's line is not ended"
run extract "$A" tests/corpus/*.txt -o "$T/all2.json"
expect_exit 0
expect_stderr_empty
cmp -s "$T/all.json" "$T/all2.json" || fail "progress changed the output"
on_tty extract -q "$A" tests/corpus/*.txt -o "$T/all.json"
[ ! -s "$T/tty" ] || fail "-q still shows: $(head -c 300 "$T/tty")"
on_tty extract "$A" tests/corpus/*.txt
tty_contains '"actorgraph": 1'
tty_lacks "extract:"
# one small article is not a corpus
on_tty extract "$A" -o "$T/one.json"
[ ! -s "$T/tty" ] || fail "one article shows progress: $(head -c 300 "$T/tty")"

# a graph of over 1,000 actors (most of them isolated, so that it is quick to measure, even
# under valgrind): every measure, the layout engine and the renderer
"$PYTHON" -c '
import json, sys
actors = [{"id": "A%d" % i, "label": "Actor %d" % i, "kind": "state"} for i in range(1001)]
rels = [{"source": "A%d" % i, "target": "A%d" % (i + 1), "type": "praise", "polarity": "support",
         "weight": 3.4} for i in range(3)]
json.dump({"actorgraph": 1, "actors": actors, "relations": rels}, open(sys.argv[1], "w"))
' "$T/big.json"
on_tty metrics "$T/big.json" --csv -o "$T/big.csv"
[ "$RC" = 0 ] || fail "metrics on a terminal: status $RC"
tty_contains "$(printf '\rmetrics: signed ties')"
tty_contains "metrics: betweenness"
tty_contains "metrics: blocs"
on_tty render "$T/big.json" --top 4 -o "$T/top.svg"
tty_contains "metrics: pagerank"
tty_contains "$(printf '\rlayout: dot')"
tty_contains "$(printf '\rrender: svg')"
run render "$T/big.json" --top 4 -o "$T/top2.svg"
expect_exit 0
expect_stderr_empty
on_tty report "$T/big.json" --top 4 -o "$T/top.html"
tty_contains "$(printf '\rlayout: dot')"
on_tty render -q "$T/big.json" --top 4 -o "$T/top.svg"
[ ! -s "$T/tty" ] || fail "-q still shows: $(head -c 300 "$T/tty")"
# a small graph is quick: no progress
on_tty render graphs/karabakh-2024-01-18.json -o "$T/k.svg"
[ ! -s "$T/tty" ] || fail "a small graph shows progress: $(head -c 300 "$T/tty")"

# import: rows of all and relations
on_tty import gdelt tests/data/gdelt/20240118150000.export.CSV -o "$T/g.json"
tty_final | grep -qE "^import: 9 of 9 rows( \([0-9,]+/s\))?, 8 relations$" ||
    fail "import's last line: $(tty_final)"
run import gdelt tests/data/gdelt/20240118150000.export.CSV -o "$T/g.json"
expect_stderr_empty

# an error ends the meter's line before it is printed
printf '1\t2\n' >"$T/bad.jsonl"
on_tty extract "$A" "$T/bad.jsonl" -o "$T/bad.json"
[ "$RC" = 65 ] || fail "status $RC, expected 65"
tty_final | grep -q "^actorgraph: .*bad.jsonl:1:3: " || fail "the error is not on a line of its own: $(tty_final)"
