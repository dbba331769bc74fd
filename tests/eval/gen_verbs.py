#!/usr/bin/env python3
"""Converts the CAMEO verb dictionary of PETRARCH2 into data/cameo/verbs.json.

usage: gen_verbs.py CAMEO.2.0.txt [--stats] [--kinds=K,...] [--bare] [--every-verb]
       > data/cameo/verbs.json

Run by maintainers from the repository root, not at build time. The input
is petrarch2/data/dictionaries/CAMEO.2.0.txt of openeventdata/petrarch2
(MIT licence; data/cameo/VERBS.md names the commit); it is not committed.
It reads data/cameo/goldstein.tsv, data/cameo/eventcodes.tsv and
data/dict/lexicon.json. The output is a relation lexicon file (src/lexicon.h)
holding only "cues", which data/dict/lexicon.json includes after its own.

Kinds of pattern (--kinds, default prep,particle,slot; VERBS.md has the
measurements that chose them):
  slot      "* (PREP)": the cue is "verb PREP" ("arbitrate between");
  prep      "* (PREP NOUN)": "verb PREP" qualified by NOUN ("challenge for
            the leadership");
  particle  "* PARTICLE [NOUN]": "verb PARTICLE" ("lash out", "put up
            resistance");
  object    "* NOUN", "* {ADJ NOUN}": the verb qualified by its object.
--bare adds each verb alone, with its own or its block's code, as a cue
whose direct object must be an actor. A pattern applies to the verb its
comment names when the block has that verb, else (or with --every-verb) to
every verb of the block, as in PETRARCH2.
Dropped: null codes ([---]) and codes whose Goldstein weight is below
MIN_WEIGHT in absolute value (statements, not ties); the target half of a
paired code "x:y"; patterns with words before the verb, two noun phrases,
two prepositional phrases, or a noun phrase and a prepositional phrase with
its own noun; and what the hand lexicon already says, which wins: no sense
for a verb it has or a verb of its word classes, no qualifier that is (or
ends with) one of its noun cues.
Verbs are matched by stem and text.c maps irregular forms to their base,
so only the base form of each verb is written.
"""
import json
import os
import re
import sys

MIN_WEIGHT = 1.0
BARE = "--bare" in sys.argv
SOWN = "--every-verb" not in sys.argv
KINDS = next((a[8:].split(",") for a in sys.argv if a.startswith("--kinds=")),
             ["prep", "particle", "slot"])
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PARTICLES = {"UP", "OUT", "OFF", "DOWN", "BACK", "AWAY", "ASIDE", "FORWARD", "AHEAD", "OVER",
             "TOGETHER"}
SLOTS = {"on", "against", "with", "to", "for", "of", "at", "into", "over", "from", "between",
         "in", "upon", "toward", "near", "by", "along", "around", "about", "behind"}
# Where a target usually stands for each CAMEO root, besides the direct object.
ROOT_SLOTS = {
    "01": ["to"], "02": ["to", "on", "upon"], "03": ["with", "to"], "04": ["with"],
    "05": ["with", "to"], "06": ["with", "to"], "07": ["to", "for"], "08": ["to", "on"],
    "09": ["into"], "10": ["from", "on"], "11": ["against", "of"], "12": [],
    "13": ["against", "with"], "14": ["against"], "15": ["near", "along", "against"],
    "16": ["with", "to", "on", "against"], "17": ["on", "against"], "18": ["on", "against"],
    "19": ["on", "against", "in"], "20": ["on", "against", "in"]}
RECIPROCAL = {"040", "041", "044", "046", "057"}


def load_table(path):
    rows = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        next(f)
        for line in f:
            code, _, value = line.rstrip("\n").partition("\t")
            rows[code] = value
    return rows


def words_of(phrase):
    """A dictionary phrase (FOO_BAR, {FOO BAR}, +CALL_OFF) as lower-case words."""
    return [w for w in re.split(r"[_\s{}]+", phrase.replace("+", "").lower()) if w]


# ---- reading the PETRARCH2 file ----

def read_dictionary(path):
    synsets, blocks = {}, []
    synset = None
    patterns_started = False
    for raw in open(path, encoding="utf-8", errors="replace"):
        line = raw.split("#")[0].rstrip()
        if raw.startswith("####### VERB PATTERNS"):
            patterns_started = True
            continue
        if not line.strip() or line.startswith("~"):
            continue
        if not patterns_started:
            if line.startswith("&"):
                synset = line.strip()
                synsets[synset] = []
            elif line.startswith("+") and synset:
                synsets[synset].append(line.strip()[1:].rstrip("_"))
            continue
        if line.startswith("---"):
            m = re.match(r"---\s*(\S+)\s*\[([^\]]*)\]", line)
            blocks.append({"name": m.group(1), "code": m.group(2), "verbs": [], "patterns": []})
        elif line.startswith("-"):
            note = raw.partition("#")[2].split()
            blocks[-1]["patterns"].append((line[1:].strip(), note[0].lower() if note else None))
        else:
            blocks[-1]["verbs"].append(line.strip())
    return synsets, blocks


def parse_verb(line, block_code):
    """'GIVE {GIVES GAVE} [070]' -> (list of word lists, code)."""
    code = block_code
    m = re.search(r"\[([^\]]*)\]", line)
    if m:
        code = m.group(1)
        line = line[:m.start()]
    head = re.sub(r"\{[^}]*\}", " ", line).split()
    return ([words_of(head[0])] if head else []), code


def expand(pattern, synsets):
    """The pattern with each &SYNSET replaced by each member (first one only
    recursively, like PETRARCH)."""
    m = re.search(r"&[A-Z_]+", pattern)
    if not m:
        return [pattern]
    name = m.group(0)
    members = synsets.get(name) or synsets.get(name.rstrip("_"))
    if not members:
        return []
    out = []
    for w in members:
        w = w.replace("_", " ")
        rep = "{" + w + "}" if " " in w and "{" not in pattern[:m.start()][-1:] else w
        out += expand(pattern[:m.start()] + rep + pattern[m.end():], synsets)
    return out


def parse_pattern(text):
    """'* NOUN (PREP NOUN) [code]' -> dict or a reason it is dropped."""
    m = re.search(r"\[([^\]]*)\]\s*$", text)
    if not m or "*" not in text:
        return "malformed"
    code = m.group(1)
    pre, _, post = text[:m.start()].partition("*")
    if pre.strip():
        return "words before the verb"
    toks = re.findall(r"\([^)]*\)|\{[^}]*\}|\S+", post)
    nouns, preps = [], []
    for t in toks:
        if t.startswith("("):
            inner = re.findall(r"\{[^}]*\}|\S+", t[1:-1])
            if not inner:
                return "malformed"
            preps.append((inner[0].lower(), [words_of(x) for x in inner[1:]]))
        elif preps:
            return "noun after a prepositional phrase"
        else:
            nouns.append(t)
    particle = []
    if nouns and nouns[0].upper() in PARTICLES:
        particle = [nouns.pop(0).lower()]
    if any(c in "".join(nouns) for c in "+$%^"):
        return "source or target marks"
    if len(nouns) > 1:
        return "two noun phrases"
    if len(preps) > 1:
        return "two prepositional phrases"
    qual, verb_tail, slots = None, particle, []
    if nouns:
        qual = words_of(nouns[0])
    if preps:
        prep, pnouns = preps[0]
        if len(pnouns) > 1 or (pnouns and qual):
            return "noun phrase and a prepositional phrase with its own noun"
        if pnouns:
            verb_tail = particle + [prep]
            qual = pnouns[0]
        elif prep in SLOTS:
            slots = [prep]
        else:
            return "preposition the coder has no slot for"
    if not qual and not verb_tail and not slots:
        return "nothing after the verb"
    return {"code": code, "tail": verb_tail, "qual": qual, "slots": slots}


def main_code(code):
    """The code an event takes from 'x', 'x:y' (the source's half), or None."""
    first = code.split(":")[0].strip()
    return None if not first or "-" in first else first


# ---- the hand lexicon ----

class Hand:
    """What the hand-written lexicon has: its verb and noun phrases and word classes."""

    def __init__(self, path):
        lx = json.load(open(path))
        self.cues = lx["cues"]
        self.verbs = {v for c in self.cues for v in c.get("verbs", [])}
        self.nouns = {n for c in self.cues for n in c.get("nouns", [])}
        self.classes = set()
        for key in ("speech", "light", "documents", "blockers", "refusers", "reversers"):
            self.classes.update(lx.get(key, []))

    def type_of(self, code):
        for c in self.cues:
            if c["cameo"] == code:
                return c["type"]
        return None


def plain(phrase):
    """Whether a phrase has only words (letters, inner hyphens and apostrophes)."""
    return all(re.fullmatch(r"[a-z]+(?:[-'][a-z]+)*", w) for w in phrase.split())


# ---- conversion ----

def convert(path, stats):
    synsets, blocks = read_dictionary(path)
    weights = {k: float(v) for k, v in load_table(os.path.join(ROOT, "data/cameo/goldstein.tsv")).items()}
    names = load_table(os.path.join(ROOT, "data/cameo/eventcodes.tsv"))
    hand = Hand(os.path.join(ROOT, "data/dict/lexicon.json"))
    counts = {}

    def count(what, n=1):
        counts[what] = counts.get(what, 0) + n

    def code_ok(code):
        """The event code of code, or (None, why it is dropped)."""
        c = main_code(code)
        if c is None:
            return None, "null code [---] or target-only code"
        if c not in weights:
            return None, "code missing from the Goldstein table"
        if abs(weights[c]) < MIN_WEIGHT:
            return None, "|Goldstein weight| below %.1f (statements)" % MIN_WEIGHT
        return c

    # (code, slots, actor_obj) -> {"verbs": set, "quals": {qualifier: set of verbs}}
    cues = {}

    def add(code, verbs, qual, slots, actor_obj):
        cue = cues.setdefault((code, tuple(slots), actor_obj), {"verbs": set(), "quals": {}})
        if qual is None:
            cue["verbs"].update(verbs)
        else:
            cue["quals"].setdefault(qual, set()).update(verbs)

    def add_pattern(text, verbs):
        """Adds the senses of one expanded pattern; returns why none was kept, or None."""
        if text is None:
            return "undefined synset"
        p = parse_pattern(text)
        if isinstance(p, str):
            return p
        c = code_ok(p["code"])
        if isinstance(c, tuple):
            return c[1]
        qual = " ".join(p["qual"]) if p["qual"] else None
        slots = p["slots"] or ROOT_SLOTS[c[:2]]
        kind = ("slot" if not qual else "prep" if p["tail"] and p["tail"][-1] in SLOTS
                else "particle" if p["tail"] else "object")
        if kind not in KINDS:
            return "kind not chosen: " + kind
        if qual and not plain(qual):
            return "qualifier with punctuation"
        if qual and (qual in hand.nouns or qual.split()[-1] in hand.nouns):
            return "qualifier is a hand noun cue (the coder reads it as an event)"
        kept, why = [], None
        tail = p["tail"] + p["slots"]  # "march (AGAINST)": the cue is "march against"
        if tail:  # a verb with its own particle ("go to", "put down") takes no other
            verbs = [v for v in verbs if " " not in v]
        for v in (" ".join([v] + tail) for v in verbs):
            if v.split()[0] in hand.verbs or v in hand.verbs:
                why = "verb the hand lexicon has"
            elif v.split()[0] in hand.classes:
                why = "verb of a hand word class"
            else:
                kept.append(v)
        if not kept:
            return why
        count("verb senses written", len(kept))
        add(c, kept, qual, ["obj"] + slots, False)
        return None

    for b in blocks:
        verbs = []
        for line in b["verbs"]:
            phrases, code = parse_verb(line, b["code"])
            phrases = [" ".join(p) for p in phrases if p and plain(" ".join(p))]
            if not phrases:
                count("verbs dropped: punctuation")
                continue
            verbs += phrases
            c = code_ok(code)
            if isinstance(c, tuple):
                count("verbs dropped: " + c[1])
            elif not BARE:
                count("verbs dropped: no verb alone")
            elif phrases[0].split()[0] in hand.verbs:
                count("verbs dropped: the hand lexicon has the verb")
            elif phrases[0].split()[0] in hand.classes:
                count("verbs dropped: in a hand word class")
            else:
                count("verbs kept (with an actor as object)")
                add(c, phrases, None, ["obj"], True)
        verbs = sorted(set(verbs))
        for raw, found in b["patterns"]:
            # a pattern is kept for the verb it was written for (its comment) when the block has it
            own = [v for v in verbs if v.split()[0] == found] if SOWN else []
            reasons, kept = [], False
            for text in expand(raw, synsets) or [None]:
                reason = add_pattern(text, own or verbs)
                kept = kept or not reason
                if reason:
                    reasons.append(reason)
            count("patterns kept" if kept else "patterns dropped: " + reasons[0])

    out = []
    for (code, slots, actor_obj), cue in sorted(cues.items()):
        typ = hand.type_of(code) or names[code].split(",")[0].strip().lower()
        base = {"type": typ, "cameo": code}
        extra = {"target": list(slots)}
        if code in RECIPROCAL:
            extra["recip"] = True
        if actor_obj:
            extra["actor_obj"] = True
        if code[:2] in ("02", "10") and actor_obj:
            extra["appeal"] = True
        if cue["verbs"]:
            out.append(dict(base, verbs=sorted(cue["verbs"]), **extra))
        byverbs = {}  # verbs sharing the same qualifiers make one cue
        for q, vs in cue["quals"].items():
            byverbs.setdefault(tuple(sorted(vs)), []).append(q)
        for vs, qs in sorted(byverbs.items()):
            out.append(dict(base, verbs=list(vs), **{"with": sorted(qs)}, **extra))
    count("cues written", len(out))
    if stats:
        for k in sorted(counts):
            print("%7d  %s" % (counts[k], k), file=sys.stderr)
    return out


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        sys.exit(__doc__.split("\n\n")[1])
    cues = convert(args[0], "--stats" in sys.argv)
    lines = ",\n".join("  " + json.dumps(c, ensure_ascii=False) for c in cues)
    sys.stdout.write('{\n "cues": [\n' + lines + "\n ]\n}\n")


if __name__ == "__main__":
    main()
