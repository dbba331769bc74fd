#!/usr/bin/env python3
"""Cross-check the curated graphs against their articles, independently of the C code.

For every graphs/*.json and every relation in it:
  - each evidence's sentence number is an integer >= 1;
  - when the evidence's source has a "path", the bytes [start:end) of that file
    decode (UTF-8) to exactly the evidence "text";
  - the weight is the Goldstein weight of the relation's CAMEO code, read from
    data/cameo/goldstein.tsv (skipped, and said so, when that file does not exist);
  - the weight's sign agrees with the polarity (support > 0, hostility < 0, neutral 0).

Run from anywhere (paths are resolved against the repository root):
    /usr/bin/python3 tests/crosscheck/evidence_offsets.py
Prints one line per failure, then a closing "# cross-check:" line; exits 1 on any failure.
"""
import glob
import json
import os
import sys

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLDSTEIN = os.path.join("data", "cameo", "goldstein.tsv")
SIGN_OF_POLARITY = {"support": 1, "hostility": -1, "neutral": 0}


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def is_index(v):
    return isinstance(v, int) and not isinstance(v, bool)


def load_goldstein(path):
    """CAMEO code -> weight from lines "code<TAB>...weight...": the first numeric
    field after the code; lines whose first field is not a code (headers, comments,
    blanks) are skipped."""
    table = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = [x.strip() for x in line.rstrip("\n").split("\t")]
            if not fields[0].isdigit():
                continue
            for x in fields[1:]:
                try:
                    table[fields[0]] = float(x)
                    break
                except ValueError:
                    continue
    return table


def describe(text, limit=60):
    return repr(text if len(text) <= limit else text[:limit] + "...")


def first_difference(a, b):
    n = min(len(a), len(b))
    i = next((k for k in range(n) if a[k] != b[k]), n)
    return f"first difference at character {i}: file has {describe(a[i:i + 20])}, text has {describe(b[i:i + 20])}"


def check_span(ev, data, path):
    """Returns a list of problems with evidence ev against the bytes of file path."""
    start, end = ev.get("start"), ev.get("end")
    if not (is_index(start) and is_index(end)):
        return [f"start/end are not integers: {start!r}, {end!r}"]
    if not 0 <= start <= end <= len(data):
        return [f"span [{start}:{end}] is outside {path} ({len(data)} bytes)"]
    try:
        got = data[start:end].decode("utf-8")
    except UnicodeDecodeError as e:
        return [f"bytes [{start}:{end}] of {path} are not UTF-8 ({e.reason} at byte {start + e.start})"]
    text = ev.get("text")
    if not isinstance(text, str):
        return [f"text is missing or not a string: {text!r}"]
    if got != text:
        return [f"bytes [{start}:{end}] of {path} are {describe(got)}, text is {describe(text)}; "
                + first_difference(got, text)]
    return []


def check_evidence(ev, sources, files):
    problems = []
    n = ev.get("sentence")
    if not (is_index(n) and n >= 1):
        problems.append(f"sentence number {n!r} is not an integer >= 1")
    src = sources.get(ev.get("source"))
    if src is None:
        return problems + [f"source {ev.get('source')!r} is not one of the graph's sources"]
    path = src.get("path")
    if path is None:
        return problems
    if path not in files:
        try:
            with open(os.path.join(TOP, path), "rb") as f:
                files[path] = f.read()
        except OSError as e:
            files[path] = None
            return problems + [f"cannot read {path}: {e.strerror}"]
    if files[path] is None:
        return problems + [f"cannot read {path}"]
    return problems + check_span(ev, files[path], path)


def check_weight(rel, goldstein):
    problems = []
    w, pol, code = rel.get("weight"), rel.get("polarity"), rel.get("cameo")
    if not is_number(w):
        return [f"weight {w!r} is not a number"]
    if pol not in SIGN_OF_POLARITY:
        problems.append(f"polarity {pol!r} is not support, hostility or neutral")
    elif (w > 0) - (w < 0) != SIGN_OF_POLARITY[pol]:
        problems.append(f"weight {w} disagrees with polarity {pol}")
    if goldstein is not None and code is not None:
        if code not in goldstein:
            problems.append(f"CAMEO code {code!r} is not in {GOLDSTEIN}")
        elif abs(goldstein[code] - w) > 1e-9:
            problems.append(f"weight {w} is not the Goldstein weight {goldstein[code]} of CAMEO {code}")
    return problems


def check_graph(path, goldstein, files):
    """Returns (number of relations, list of failure lines) for one graph file."""
    try:
        with open(path, encoding="utf-8") as f:
            graph = json.load(f)
    except (OSError, ValueError) as e:
        return 0, [f"{path}: cannot read graph: {e}"]
    sources = {s.get("id"): s for s in graph.get("sources", [])}
    relations = graph.get("relations", [])
    failures = []
    for i, rel in enumerate(relations):
        where = f"{path}: relation {i} ({rel.get('source')} -> {rel.get('target')} {rel.get('type')})"
        failures += [f"{where}: {p}" for p in check_weight(rel, goldstein)]
        for j, ev in enumerate(rel.get("evidence", [])):
            failures += [f"{where}: evidence {j}: {p}" for p in check_evidence(ev, sources, files)]
    return len(relations), failures


def main():
    os.chdir(TOP)
    graphs = sorted(glob.glob(os.path.join("graphs", "*.json")))
    goldstein = load_goldstein(GOLDSTEIN) if os.path.exists(GOLDSTEIN) else None
    if goldstein is None:
        print(f"# {GOLDSTEIN} not found: weights checked against polarity only, not against CAMEO codes")
    files = {}
    nrel, failures = 0, []
    for g in graphs:
        n, f = check_graph(g, goldstein, files)
        nrel += n
        failures += f
    if not graphs:
        failures.append("no graphs/*.json to check")
    for line in failures:
        print(line)
    if failures:
        print(f"# cross-check: evidence offsets: {len(failures)} failures in {nrel} relations in {len(graphs)} graphs")
        return 1
    print(f"# cross-check: evidence offsets: {nrel} relations in {len(graphs)} graphs ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
