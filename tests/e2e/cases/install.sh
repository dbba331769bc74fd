# make install and uninstall, as a packager (DESTDIR) and as a user (PREFIX),
# on a copy of the build under test, whose binary was built for /usr/local.
b=$(dirname "$AG")
mkdir "$T/build"
cp -pR "$b/config.mk" "$b/obj" "$b/libactorgraph.a" "$b/actorgraph" "$b/datadir" "$T/build/"
installed() { # installed BINARY ARGS...: as run, with that binary
    _ag=$AG
    AG=$1
    shift
    run "$@"
    AG=$_ag
}
mk() { # make in the source tree on that copy; its output in $T/make.log
    make -s --no-print-directory -C "$TOP" BUILD="$T/build" "$@" >"$T/make.log" 2>&1 ||
        fail "make $*: $(grep -v jobserver "$T/make.log" | tail -5)"
}

# DESTDIR: everything under /usr, nothing outside
root=$T/root
mk install DESTDIR="$root" PREFIX=/usr
for f in usr/bin/actorgraph usr/share/actorgraph/dict/lexicon.json usr/share/actorgraph/cameo/goldstein.tsv \
    usr/share/man/man1/actorgraph.1 usr/share/bash-completion/completions/actorgraph; do
    [ -f "$root/$f" ] || fail "make install put no $f"
done
[ -x "$root/usr/bin/actorgraph" ] || fail "the installed binary is not executable"
[ "$(ls "$root")" = usr ] || fail "make install wrote outside PREFIX: $(ls "$root")"

# the installed binary finds the installed data beside it (../share/actorgraph)
installed "$root/usr/bin/actorgraph" extract data/articles/karabakh-2024-01-18.txt
expect_exit 0
expect_stdout_contains '"FRA.SENATE"'

# man finds the page by name in that tree and renders it without a warning;
# the page lists every option of every command as --help shows it
MANWIDTH=80 man --warnings -M "$root/usr/share/man" actorgraph >"$T/man.txt" 2>"$T/man.err" ||
    fail "man: $(head -5 "$T/man.err")"
[ ! -s "$T/man.err" ] || fail "man warns: $(head -5 "$T/man.err")"
for section in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS "EXIT STATUS" FILES ENVIRONMENT EXAMPLES; do
    grep -q "^$section\$" "$T/man.txt" || fail "the man page has no $section section"
done
expect_file_contains "$T/man.txt" "/usr/share/actorgraph"
for cmd in extract render metrics report check merge; do
    "$AG" "$cmd" --help | sed -n 's/^  \(-., \|    \)\(--[a-z-]*\).*/\2/p' >"$T/opts"
    [ -s "$T/opts" ] || fail "no options in $cmd --help"
    while read -r opt; do
        grep -q -- "$opt" "$T/man.txt" || fail "the man page lacks $opt ($cmd)"
    done <"$T/opts"
done

mk uninstall DESTDIR="$root" PREFIX=/usr
left=$(find "$root" ! -type d)
[ -z "$left" ] || fail "make uninstall left: $left"

# PREFIX alone: the binary, copied elsewhere, still finds its data through
# the directory compiled into it, the one of this PREFIX
prefix=$T/prefix
mk install PREFIX="$prefix"
mkdir "$T/elsewhere"
cp "$prefix/bin/actorgraph" "$T/elsewhere/"
installed "$T/elsewhere/actorgraph" extract data/articles/karabakh-2024-01-18.txt
expect_exit 0
expect_stdout_contains '"FRA.SENATE"'
mk uninstall PREFIX="$prefix"
left=$(find "$prefix" ! -type d)
[ -z "$left" ] || fail "make uninstall left: $left"
