#!/usr/bin/env python3
"""Generates an article-like corpus for `make bench`, deterministically.

usage: gen_corpus.py DATA_DIR OUT MEGABYTES

Each article starts with a dateline "date YYYY-MM-DD" and holds 8-20
sentences in paragraphs. Sentences recombine templates (active, passive,
appeals, reported speech, pronouns, noun events, coordination, sentences
with no actor) with actors and cues drawn from the dictionaries in
DATA_DIR/dict: state names, capitals, adjectives with organ words, IGOs
and groups, leaders, and the lexicon's cue verbs and nouns. The same
arguments always give the same bytes (a seeded PRNG, no clock).
"""
import json
import os
import random
import sys


def load(data_dir):
    d = os.path.join(data_dir, "dict")
    states = json.load(open(os.path.join(d, "states.json")))["states"]
    organs = json.load(open(os.path.join(d, "organs.json")))["organs"]
    actors = json.load(open(os.path.join(d, "actors.json")))["actors"]
    people = json.load(open(os.path.join(d, "people.json")))["people"]
    cues = json.load(open(os.path.join(d, "lexicon.json")))["cues"]
    return states, organs, actors, people, cues


def past(verb):
    """A plain past tense for a one-word lexicon verb."""
    w = verb.split()
    head = w[0]
    if head.endswith("e"):
        head += "d"
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        head = head[:-1] + "ied"
    elif (len(head) > 2 and head[-1] not in "aeiouwxy" and head[-2] in "aeiou"
          and head[-3] not in "aeiou" and len(head) <= 4):
        head += head[-1] + "ed"
    else:
        head += "ed"
    return " ".join([head] + w[1:])


class Gen:
    def __init__(self, data_dir, seed=20240118):
        self.r = random.Random(seed)
        states, organs, actors, people, cues = load(data_dir)
        self.names = [s["label"] for s in states] + [c for s in states for c in s["capitals"]]
        self.adjs = [a for s in states for a in s["adj"]]
        self.organ_words = [w for o in organs if not o.get("group") for w in o.get("words", [])
                            if " " not in w or len(w) < 20]
        self.orgs = [a["names"][0] for a in actors if a["kind"] in ("igo", "group", "ngo")]
        self.leaders = [p["label"] for p in people]
        self.verbs = sorted({v for c in cues for v in c.get("verbs", [])
                             if " " not in v and "obj" in c.get("target", ["obj"])
                             and not c.get("with") and not c.get("appeal")})
        self.nouns = sorted({(n, t) for c in cues for n in c.get("nouns", [])
                             for t in c.get("target", []) if t in ("on", "against", "with", "to", "of")
                             and not c.get("with")})
        self.fillers = [
            "Prices rose 3.5 percent in the third quarter, official figures showed on Monday.",
            "The meeting lasted more than four hours and ended without a joint statement.",
            "Heavy rain was expected across the region later in the week.",
            "Officials said the talks would resume in January.",
            "The decision came after months of negotiations, according to people familiar with the matter.",
        ]

    def actor(self):
        r = self.r.random()
        if r < 0.4:
            return self.r.choice(self.names)
        if r < 0.65:
            return "the " + self.r.choice(self.adjs) + " " + self.r.choice(self.organ_words)
        if r < 0.85:
            return "the " + self.r.choice(self.orgs) if self.r.random() < 0.3 else self.r.choice(self.orgs)
        return self.r.choice(self.adjs) + " President " + self.r.choice(self.leaders)

    def sentence(self):
        a, b, c = self.actor(), self.actor(), self.actor()
        v = past(self.r.choice(self.verbs))
        noun, prep = self.r.choice(self.nouns)
        day = self.r.choice(["on Monday", "on Tuesday", "last week", "earlier this month", "overnight", ""])
        t = self.r.randrange(12)
        s = [
            f"{a} {day} {v} {b}.",
            f"{b} was {v} by {a} and {c}.",
            f"{a} urged {b} to {self.r.choice(self.verbs)} {c}.",
            f"{a} {v} {b}, {c} said {day}.",
            f"It also {v} {b} in a statement.",
            f"{a} imposed {noun} {prep} {b} {day}.",
            f"{a}'s {noun} {prep} {b} drew criticism from {c}.",
            f"{a} and {b} signed an agreement {day}, officials said.",
            f"Tensions between {a} and {b} rose after {c} {v} {b}.",
            f"{a}, which {v} {c} last year, did not {self.r.choice(self.verbs)} {b}.",
            self.r.choice(self.fillers),
            f"In a statement, {a} said {b} should {self.r.choice(self.verbs)} {c}.",
        ][t]
        s = " ".join(s.split())
        return s[0].upper() + s[1:]

    def article(self, n):
        date = f"{2015 + n % 10}-{1 + n % 12:02d}-{1 + n % 28:02d}"
        paras, out = self.r.randrange(3, 7), []
        for _ in range(paras):
            out.append(" ".join(self.sentence() for _ in range(self.r.randrange(2, 5))))
        return f"date {date} " + "\n\n".join(out) + "\n\n"


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 64
    g = Gen(argv[1])
    limit = int(float(argv[3]) * 1000000)
    size = n = 0
    with open(argv[2] + ".tmp", "w", encoding="utf-8") as f:
        while size < limit:
            a = g.article(n)
            f.write(a)
            size += len(a.encode("utf-8"))
            n += 1
    os.replace(argv[2] + ".tmp", argv[2])
    print(f"gen_corpus: {n} articles, {size / 1e6:.1f} MB -> {argv[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
