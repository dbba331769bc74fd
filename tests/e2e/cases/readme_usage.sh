# The README works as written: every command of its Usage section runs (exit 0) from a copy
# of the repository's tracked files with build/actorgraph in place, as after `make` in a
# fresh clone; no link leaves the repository; its options table agrees with --help.
R="$T/repo"
mkdir -p "$R/build"
if git -C "$TOP" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git -C "$TOP" ls-files -z | (cd "$TOP" && tar --null -T - -cf -) | tar -xf - -C "$R"
else
    (cd "$TOP" && tar -cf - README.md data graphs out) | tar -xf - -C "$R"
fi
printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$AG_WRAP" "$AG" >"$R/build/actorgraph"
chmod +x "$R/build/actorgraph"
"$PYTHON" tests/e2e/readme.py commands "$R/README.md" >"$T/commands" 2>"$T/err" ||
    fail "$(cat "$T/err")"
n=0
while IFS= read -r cmd; do
    n=$((n + 1))
    case $cmd in build/actorgraph\ *) ;; *) fail "README command does not start with build/actorgraph: $cmd" ;; esac
    (cd "$R" && sh -c "$cmd") >"$T/out" 2>"$T/err" </dev/null ||
        fail "README command failed (exit $?): $cmd: $(head -c 600 "$T/err")"
done <"$T/commands"
[ "$n" -ge 10 ] || fail "only $n commands found in the README's Usage section"
[ -s "$R/out/grain-deal.json" ] && [ -s "$R/out/k.png" ] || fail "README commands wrote nothing"
"$PYTHON" tests/e2e/readme.py links "$R/README.md" 2>"$T/err" || fail "$(cat "$T/err")"
"$PYTHON" tests/e2e/readme.py options "$R/README.md" "$AG" 2>"$T/err" || fail "$(cat "$T/err")"
