# tables.awk: fills a template (the man page, the bash completion) with the
# CLI's tables, so that neither can drift from them.
#
#   actorgraph --list-options | awk -f src/tables.awk -v version=V -v datadir=D - TEMPLATE
#
# The first input is the table dump (see list_options in src/cli.c): lines of
# "command" NAME ARGS SUMMARY and "option" NAME LETTER ARG COMMANDS HELP,
# separated by tabs. The template is copied with @VERSION@ and @DATADIR@
# replaced, and each line that is only one of these placeholders replaced by:
#   @SYNOPSIS@           roff: one synopsis line per command
#   @COMMANDS@           roff: a tagged paragraph per command, its summary
#   @OPTIONS@            roff: a tagged paragraph per option: forms, help, commands
#   @COMMAND_OPTIONS@    bash: a case branch per command setting opts to its options
# and @COMMAND_NAMES@ and @VALUE_OPTIONS@ (bash: every option form that takes
# a value, as a case pattern) replaced anywhere in a line.

BEGIN { FS = "\t" }

FNR == NR && $1 == "command" {
    ncmd++
    cmd[ncmd] = $2; args[ncmd] = $3; summary[ncmd] = $4
    names = names (ncmd > 1 ? " " : "") $2
    next
}

FNR == NR && $1 == "option" {
    nopt++
    opt[nopt] = $2; letter[nopt] = $3; arg[nopt] = $4; cmds[nopt] = $5; help[nopt] = $6
    if ($4 != "")
        valued = valued (valued != "" ? "|" : "") ($3 != "" ? "-" $3 "|" : "") "--" $2
    next
}

FNR == NR { next }

# Text for roff: backslashes written as \e, hyphens in option names as \-, and
# no line may start with a control character.
function roff(s) {
    gsub(/\\/, "\\e", s)
    return s
}
function dashes(s) {
    gsub(/-/, "\\-", s)
    return s
}
function line(s) {
    return s ~ /^[.']/ ? "\\&" s : s
}

# "ARG..." in italics, [ and ] and other punctuation upright.
function args_roff(s,    out, c, i, word) {
    out = ""
    for (i = 1; i <= length(s); i++) {
        c = substr(s, i, 1)
        if (c ~ /[A-Z]/) {
            word = ""
            while (i <= length(s) && substr(s, i, 1) ~ /[A-Z]/) {
                word = word substr(s, i, 1)
                i++
            }
            out = out "\\fI" word "\\fR"
            i--
        } else {
            out = out dashes(c)
        }
    }
    return out
}

$0 == "@SYNOPSIS@" {
    for (i = 1; i <= ncmd; i++) {
        print ".br"
        print "\\fBactorgraph " cmd[i] "\\fR [\\fIoptions\\fR] " args_roff(args[i])
    }
    next
}

$0 == "@COMMANDS@" {
    for (i = 1; i <= ncmd; i++) {
        print ".TP"
        print "\\fB" cmd[i] "\\fR [\\fIoptions\\fR] " args_roff(args[i])
        print line(roff(summary[i]) ".")
    }
    next
}

$0 == "@OPTIONS@" {
    for (i = 1; i <= nopt; i++) {
        print ".TP"
        tag = (letter[i] != "" ? "\\fB\\-" letter[i] "\\fR, " : "") "\\fB\\-\\-" dashes(opt[i]) "\\fR"
        print tag (arg[i] != "" ? " \\fI" dashes(arg[i]) "\\fR" : "")
        list = cmds[i]
        n = gsub(/,/, ", ", list) + 1
        print line(roff(help[i]) ".")
        print (n == ncmd ? "All commands." : (n == 1 ? "Command: " : "Commands: ") list ".")
    }
    next
}

$0 ~ /^[ \t]*@COMMAND_OPTIONS@$/ {
    indent = $0
    sub(/@COMMAND_OPTIONS@/, "", indent)
    for (i = 1; i <= ncmd; i++) {
        forms = ""
        for (j = 1; j <= nopt; j++)
            if (("," cmds[j] ",") ~ ("," cmd[i] ","))
                forms = forms (forms != "" ? " " : "") (letter[j] != "" ? "-" letter[j] " " : "") "--" opt[j]
        print indent cmd[i] ") opts=\"" forms "\" ;;"
    }
    next
}

{
    gsub(/@VERSION@/, version)
    gsub(/@DATADIR@/, datadir)
    gsub(/@COMMAND_NAMES@/, names)
    gsub(/@VALUE_OPTIONS@/, valued)
    print
}
