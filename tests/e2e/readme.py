#!/usr/bin/env python3
"""Checks that README.md works as written (used by tests/e2e/cases/readme_usage.sh).

    readme.py commands README   print the commands of the ```sh blocks of the "## Usage"
                                section, one a line (a line ending in a backslash goes on
                                on the next; comments and blank lines are dropped)
    readme.py links README      fail on a link or reference that leaves the repository:
                                any URL scheme, a protocol-relative or absolute path, "../",
                                or a relative link to a file the repository lacks
    readme.py options README AG fail when the README's option table and `AG COMMAND --help`
                                disagree on which command takes which long option

Prints one line per problem on standard error and exits 1 when there is any.
"""
import os
import re
import subprocess
import sys

COMMANDS = ["extract", "render", "metrics", "report", "check", "merge", "import"]


def section(text, title):
    """The lines of the "## title" section, up to the next "## " heading."""
    lines = text.splitlines()
    start = lines.index("## " + title) + 1
    end = next((i for i in range(start, len(lines)) if lines[i].startswith("## ")), len(lines))
    return lines[start:end]


def usage_commands(text):
    out, block, pending = [], False, ""
    for line in section(text, "Usage"):
        if line.startswith("```"):
            block = line.strip() == "```sh"
            continue
        if not block:
            continue
        line = pending + line.strip()
        pending = ""
        if line.endswith("\\"):
            pending = line[:-1]
            continue
        if line and not line.startswith("#"):
            out.append(line)
    return out


URL = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://|\bmailto:|\bwww\.", re.I)
LINK = re.compile(r"\]\(([^)\s]+)[^)]*\)|\b(?:href|src)=[\"']([^\"']+)[\"']|<([a-z]+:[^>]+)>")


def link_problems(text, top):
    problems = []
    for n, line in enumerate(text.splitlines(), 1):
        if URL.search(line):
            problems.append(f"README.md:{n}: a URL leaves the repository: {line.strip()}")
        if "../" in line:
            problems.append(f"README.md:{n}: '../' points outside the repository: {line.strip()}")
        for m in LINK.finditer(line):
            target = next(g for g in m.groups() if g).split("#")[0]
            if not target:
                continue
            if ":" in target or target.startswith("/"):
                problems.append(f"README.md:{n}: link outside the repository: {target}")
            elif not os.path.exists(os.path.join(top, target)):
                problems.append(f"README.md:{n}: link to a missing file: {target}")
    return problems


def readme_options(text):
    """command -> set of long options, from the "### Options" table."""
    table = {c: set() for c in COMMANDS}
    rows = [l for l in text.splitlines() if l.startswith("| `-")]
    last = []
    for row in rows:
        cells = [c.strip() for c in row.strip("|").split(" | ")]
        opts = set(re.findall(r"--[a-z][a-z-]*", cells[0]))
        who = cells[1]
        if who == "〃":
            cmds = last
        elif who == "all":
            cmds = COMMANDS
        elif who == "all but check":
            cmds = [c for c in COMMANDS if c != "check"]
        else:
            cmds = [c.strip() for c in who.split(",")]
        last = cmds
        for c in cmds:
            table[c] |= opts
    return table


def option_problems(text, ag):
    problems = []
    table = readme_options(text)
    for c in COMMANDS:
        helped = subprocess.run([ag, c, "--help"], capture_output=True, text=True, check=True).stdout
        have = set(re.findall(r"^  (?:-[a-zA-Z], |    )(--[a-z][a-z-]*)", helped, re.M))
        for o in sorted(have - table[c]):
            problems.append(f"README.md: the options table lacks {o} for {c} (it is in --help)")
        for o in sorted(table[c] - have):
            problems.append(f"README.md: the options table gives {o} to {c}, its --help does not")
    return problems


def main():
    what, path = sys.argv[1], sys.argv[2]
    text = open(path, encoding="utf-8").read()
    if what == "commands":
        cmds = usage_commands(text)
        if not cmds:
            sys.exit("README.md: no command in the Usage section")
        print("\n".join(cmds))
        return
    if what == "links":
        problems = link_problems(text, os.path.dirname(os.path.abspath(path)))
    else:
        problems = option_problems(text, sys.argv[3])
    for p in problems:
        print(p, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
