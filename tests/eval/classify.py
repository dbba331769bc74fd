#!/usr/bin/env python3
"""Where the misses are: each core dyad of the gold that the prediction missed,
put in the first category that explains it.

usage: classify.py GOLD_DIR PRED_DIR TRACE_DIR

TRACE_DIR/NAME.jsonl is `actorgraph extract --trace` of the article whose gold is
GOLD_DIR/NAME.json and whose prediction is PRED_DIR/NAME.json. Units are those of
score_extract.py (an actor's country, an IGO's name, "*" any actor).

  unknown actor   an end of the dyad is not named by any mention of the article
  unknown cue     both ends are named, but no sentence naming both holds a cue of
                  the dyad's sign (a cue that lets one read a support or a
                  hostility sign in the dyad's direction)
  not connected   a sentence names both and holds a cue of that sign, yet no
                  relation joins them
  wrong sign      a relation joins them with the other sign

Prints one line per article with misses (with VERBOSE=1) and a total line:
"misses N: unknown actor A, unknown cue C, not connected K, wrong sign S".
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score_extract import match, predicted, score, unit_of  # noqa: E402

CATEGORIES = ("unknown actor", "unknown cue", "not connected", "wrong sign")


SIGN = {"support": "+", "hostility": "-", "neutral": "0"}


def sentences(path):
    """Per sentence of the trace: (units its mentions name, signs of its cues)."""
    out = []
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                t = json.loads(line)
                units = {unit_of(a) for a in t["actors"]}
                out.append((units, {SIGN.get(c.get("polarity"), "0") for c in t["cues"]}))
    except OSError:
        pass
    return out


def names(end, units):
    return end == "*" and bool(units) or end in units


def category(g, pred, sents):
    s, t = g[0], g[1]
    other = "-" if g[2] == "+" else "+" if g[2] == "-" else None
    if other and any(match(d, (s, t, other) + tuple(g[3:])) for d in pred):
        return "wrong sign"
    known = set().union(*(u for u, _ in sents)) if sents else set()
    if not names(s, known) or not names(t, known):
        return "unknown actor"
    signs = set().union(*[c for units, c in sents if names(s, units) and names(t, units)])
    if g[2] not in signs and not (g[2] == "*" and signs):
        return "unknown cue"
    return "not connected"


def main(gdir, pdir, tdir):
    total = dict.fromkeys(CATEGORIES, 0)
    verbose = os.environ.get("VERBOSE", "0") == "1"
    for fn in sorted(os.listdir(gdir)):
        if not fn.endswith(".json"):
            continue
        gold = json.load(open(os.path.join(gdir, fn)))
        try:
            pred = predicted(json.load(open(os.path.join(pdir, fn))))
        except (OSError, ValueError):
            pred = set()
        sents = sentences(os.path.join(tdir, fn[:-5] + ".jsonl"))
        missed = score(gold, pred)[4]
        cats = [(g, category(g, pred, sents)) for g in missed]
        for _, c in cats:
            total[c] += 1
        if verbose and cats:
            print(f"{fn}: " + "; ".join(f"{c} {tuple(g)}" for g, c in cats))
    n = sum(total.values())
    print(f"misses {n}: " + ", ".join(f"{c} {total[c]}" for c in CATEGORIES))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
