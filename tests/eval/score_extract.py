#!/usr/bin/env python3
# Copied from /work/shared/eval/score_extract.py (the project's shared scorer); keep it identical.
"""Score an actorgraph graph JSON against a gold dyad file.

usage: score_extract.py GOLD.json PRED.json   -> prints per-article line, exit 0
       score_extract.py --sum GOLD_DIR PRED_DIR -> micro P/R/F1 over all articles

A predicted relation is reduced to (unit(source), unit(target), sign).
unit = actor.country (ISO 3166 alpha-3) when present, else an alias lookup on
label/id/aliases, else a country-name lookup, else the lowercased label.
Gold 'core' dyads count for recall; a prediction is correct when it matches a
core or optional dyad ('*' is a wildcard for target or sign). Unit-level
self-loops and neutral predictions that match nothing are ignored.
"""
import json, os, re, sys

ALIASES = {
    "EU": ["european union", "eu", "european commission", "eu member states",
           "key eu member states", "european council", "european parliament", "brussels"],
    "UN": ["united nations", "un", "un security council", "united nations security council",
           "security council", "un general assembly", "united nations general assembly", "unsc"],
    "NATO": ["nato", "north atlantic treaty organization", "kfor"],
    "ECOWAS": ["ecowas", "economic community of west african states", "west african leaders"],
    "WTO": ["wto", "world trade organization"],
    "COMMONWEALTH": ["commonwealth", "commonwealth of nations"],
    "international-community": ["international community"],
}
CONTAINS = [("karabakh", "karabakh-armenians"), ("ryan", "martin-ryan"), ("bazoum", "bazoum"),
            ("sikh", "sikh-leader"), ("armed men", "armed-group"), ("gunmen", "armed-group"),
            ("armed group", "armed-group")]
EXTRA_COUNTRIES = {"kosovo": "XKX", "south korea": "KOR", "north korea": "PRK", "russia": "RUS",
                   "united states": "USA", "america": "USA", "britain": "GBR", "united kingdom": "GBR",
                   "iran": "IRN", "syria": "SYR", "venezuela": "VEN", "bolivia": "BOL",
                   "taiwan": "TWN", "vietnam": "VNM", "laos": "LAO", "moldova": "MDA",
                   "tanzania": "TZA", "czech republic": "CZE", "turkey": "TUR", "türkiye": "TUR"}

def country_names():
    names = dict(EXTRA_COUNTRIES)
    path = "/usr/share/iso-codes/json/iso_3166-1.json"
    try:
        with open(path) as f:
            for c in json.load(f)["3166-1"]:
                for k in ("name", "common_name", "official_name"):
                    if k in c:
                        names.setdefault(c[k].lower(), c["alpha_3"])
    except OSError:
        pass
    return names

NAMES = country_names()

def unit_of(actor):
    c = actor.get("country")
    kind = str(actor.get("kind", "")).lower()
    texts = [str(actor.get("label", "")), str(actor.get("id", ""))] + [str(a) for a in actor.get("aliases", []) or []]
    low = [t.lower().strip() for t in texts if t]
    for unit, al in ALIASES.items():
        if any(t in al for t in low):
            return unit
    for needle, unit in CONTAINS:
        if any(needle in t for t in low):
            return unit
    if isinstance(c, str) and re.fullmatch(r"[A-Z]{3}", c) and kind not in ("igo", "organization", "organisation"):
        return c
    for t in low:
        if t in NAMES:
            return NAMES[t]
    return low[0] if low else "?"

def sign_of(rel):
    p = rel.get("polarity")
    if isinstance(p, str):
        p = p.lower()
        if p in ("support", "+", "positive", "cooperation", "cooperative"):
            return "+"
        if p in ("hostility", "-", "negative", "conflict", "hostile"):
            return "-"
        if p in ("neutral", "0"):
            return "0"
    if isinstance(p, (int, float)) and p != 0:
        return "+" if p > 0 else "-"
    w = rel.get("weight")
    if isinstance(w, (int, float)) and w != 0:
        return "+" if w > 0 else "-"
    return "0"

def predicted(pred):
    actors = {a["id"]: a for a in pred.get("actors", [])}
    out = set()
    for r in pred.get("relations", pred.get("edges", [])):
        s, t = actors.get(r.get("source")), actors.get(r.get("target"))
        if s is None or t is None:
            continue
        us, ut = unit_of(s), unit_of(t)
        if us == ut:
            continue
        out.add((us, ut, sign_of(r)))
    return out

def match(d, g):
    """d = predicted (s, t, sign); g = gold (s, t, sign[, "<>" = either direction])."""
    if len(g) > 3 and g[3] == "<>" and match(d, (g[1], g[0], g[2])):
        return True
    return (g[0] in ("*", d[0])) and (g[1] in ("*", d[1])) and (g[2] in ("*", d[2]))

def score(gold, pred_set):
    core = [tuple(x) for x in gold["core"]]
    opt = [tuple(x) for x in gold.get("optional", [])]
    hit_core = {g for g in core if any(match(d, g) for d in pred_set)}
    tp = fp = 0
    wrong = []
    for d in sorted(pred_set):
        if any(match(d, g) for g in core + opt):
            tp += 1
        elif d[2] == "0":
            continue
        else:
            fp += 1
            wrong.append(d)
    missed = [g for g in core if g not in hit_core]
    return len(hit_core), len(core), tp, fp, missed, wrong

def main(argv):
    if len(argv) == 4 and argv[1] == "--sum":
        gdir, pdir = argv[2], argv[3]
        H = C = TP = FP = 0
        for fn in sorted(os.listdir(gdir)):
            if not fn.endswith(".json"):
                continue
            verbose = os.environ.get("SCORE_VERBOSE", "1") != "0"
            gold = json.load(open(os.path.join(gdir, fn)))
            pp = os.path.join(pdir, fn)
            try:
                pred = predicted(json.load(open(pp)))
            except (OSError, ValueError) as e:
                print(f"{fn}: no usable prediction ({e.__class__.__name__})")
                pred = set()
            h, c, tp, fp, missed, wrong = score(gold, pred)
            H += h; C += c; TP += tp; FP += fp
            if verbose:
                print(f"{fn}: recall {h}/{c} correct {tp} wrong {fp} missed {missed} wrong {wrong}")
        prec = TP / (TP + FP) if TP + FP else 0.0
        rec = H / C if C else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f"micro precision {prec:.2f} recall {rec:.2f} F1 {f1:.2f} (core {H}/{C}, predicted correct {TP}, wrong {FP})")
        return 0
    gold = json.load(open(argv[1]))
    pred = predicted(json.load(open(argv[2])))
    h, c, tp, fp, missed, wrong = score(gold, pred)
    print(f"recall {h}/{c} correct {tp} wrong {fp} missed {missed} wrong {wrong}")
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))
