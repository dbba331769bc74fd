# The bash completion made beside the binary: commands, each command's options
# exactly as its --help lists them, the values each choice option accepts, and
# file names.
script=$(dirname "$AG")/actorgraph.bash
[ -f "$script" ] || fail "no $script"
complete_words() { # complete_words WORD...: what TAB offers after these words, one a line
    bash -c '. "$1" && shift && COMP_WORDS=("$@") && COMP_CWORD=$(($# - 1)) &&
        _actorgraph && printf "%s\n" "${COMPREPLY[@]}"' _ "$script" actorgraph "$@" |
        grep -v '^$' | sort
}
expect_offers() { # expect_offers "OFFER..." WORD...: words as bash splits them ('=' apart)
    _want=$1
    shift
    _got=$(complete_words "$@" | tr '\n' ' ' | sed 's/ $//')
    [ "$_got" = "$_want" ] || fail "after 'actorgraph $*' TAB offers '$_got', not '$_want'"
}

expect_offers "render report" re
expect_offers "--polarity" render --po
expect_offers "" check --po
expect_offers "--collapse --csv" metrics --c
expect_offers "hostility neutral support" render --polarity ""
expect_offers "hostility neutral support" render --polarity =
expect_offers "hostility" render --polarity = h
expect_offers "" render --min-weight ""
expect_offers "graphs/karabakh-2024-01-18.json" render graphs/karabakh-2024-01-18.js
expect_offers "data" render --dict dat

# each command's options: those of its --help
for cmd in extract render metrics report check merge; do
    "$AG" "$cmd" --help | sed -n 's/^  \(-\(.\), \|    \)\(--[a-z-]*\).*/-\2 \3/p' |
        tr ' ' '\n' | grep -v '^-$' | sort >"$T/help"
    complete_words "$cmd" - >"$T/offered"
    cmp -s "$T/help" "$T/offered" || fail "$cmd: TAB offers other options than --help: $(diff "$T/help" "$T/offered")"
done

# the values offered for each choice option: those the CLI accepts, as its
# usage error for a wrong one lists them (render -T: as its help lists them)
values() { # values OPTION...: the CLI's list for a wrong value, one a line
    "$AG" render graphs/karabakh-2024-01-18.json "$@" 2>&1 >/dev/null |
        sed -n "s/.*is not \(.*\)/\1/p; s/.*(\([a-z, ]*\))\$/\1/p" | sed 's/ or /, /' | tr -d ' ' | tr ',' '\n' | sort
}
for opt in polarity size-by color-by cluster theme layout; do
    values "--$opt" wrong >"$T/accepted"
    [ -s "$T/accepted" ] || fail "no list of values in the error for --$opt wrong"
    complete_words render "--$opt" "" >"$T/offered"
    cmp -s "$T/accepted" "$T/offered" || fail "--$opt: TAB offers other values than the CLI accepts: $(diff "$T/accepted" "$T/offered")"
done
"$AG" --list-options | sed -n 's/.*render: \([^;]*\);.*/\1/p' | tr ' ' '\n' | sort >"$T/accepted"
complete_words render -T "" >"$T/offered"
cmp -s "$T/accepted" "$T/offered" || fail "render -T: $(diff "$T/accepted" "$T/offered")"
"$AG" metrics graphs/karabakh-2024-01-18.json -T wrong 2>&1 | sed -n 's/.*(\(.*\))$/\1/p' |
    sed 's/ or /, /' | tr -d ' ' | tr ',' '\n' | sort >"$T/accepted"
complete_words metrics -T "" >"$T/offered"
cmp -s "$T/accepted" "$T/offered" || fail "metrics -T: $(diff "$T/accepted" "$T/offered")"
