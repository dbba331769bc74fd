# tests/e2e/lib.sh: helpers for end-to-end cases, sourced by tests/e2e/run.
#
# A case is a shell file in tests/e2e/cases/. It calls `run ARGS...` (the
# actorgraph binary, wrapped in $AG_WRAP for valgrind), then `expect_*`
# checks. The first failed check fails the case with a message; every case
# runs in its own temporary directory $T (removed afterwards).

fail() { echo "$*" >&2; exit 1; }

# run ARGS...: runs actorgraph; stdout in $T/out, stderr in $T/err, status in $RC.
run() {
    set +e
    $AG_WRAP "$AG" "$@" >"$T/out" 2>"$T/err" </dev/null
    RC=$?
    set -e
}

# run_stdin FILE ARGS...: as run, with FILE on standard input.
run_stdin() {
    _in=$1; shift
    set +e
    $AG_WRAP "$AG" "$@" >"$T/out" 2>"$T/err" <"$_in"
    RC=$?
    set -e
}

expect_exit() {
    [ "$RC" = "$1" ] || fail "exit status $RC, expected $1; stderr: $(head -c 600 "$T/err")"
}
expect_stdout_contains() {
    grep -qF -- "$1" "$T/out" || fail "stdout lacks: $1"
}
expect_stdout_lacks() {
    ! grep -qF -- "$1" "$T/out" || fail "stdout has: $1"
}
expect_stderr_contains() {
    grep -qF -- "$1" "$T/err" || fail "stderr lacks: $1; stderr: $(head -c 600 "$T/err")"
}
expect_stderr_empty() {
    [ ! -s "$T/err" ] || fail "stderr not empty: $(head -c 600 "$T/err")"
}
expect_file_contains() {
    grep -qF -- "$2" "$1" || fail "$1 lacks: $2"
}
expect_file_lacks() {
    ! grep -qF -- "$2" "$1" || fail "$1 has: $2"
}
# expect_stdout_file EXPECTED: stdout equals the file byte for byte.
expect_stdout_file() {
    cmp -s "$1" "$T/out" || fail "stdout differs from $1: $(diff "$1" "$T/out" | head -20)"
}
expect_valid_xml() {
    xmllint --noout "$1" 2>"$T/xmllint" || fail "invalid XML in $1: $(head -5 "$T/xmllint")"
}
expect_valid_json() {
    "$PYTHON" -c 'import json,sys; json.load(open(sys.argv[1]))' "$1" 2>"$T/json" ||
        fail "invalid JSON in $1: $(tail -1 "$T/json")"
}
# expect_python 'CODE' ARGS...: /usr/bin/python3 runs CODE (sys.argv[1:] = ARGS); it fails the
# case by raising or exiting non-zero.
expect_python() {
    _code=$1; shift
    "$PYTHON" -c "$_code" "$@" >"$T/py" 2>&1 || fail "python check failed: $(tail -5 "$T/py")"
}
