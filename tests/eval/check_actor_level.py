#!/usr/bin/env python3
"""Checks the "actor_level" rows of a gold file against a predicted graph.

usage: check_actor_level.py GOLD.json PRED.json [MIN]

A row {"source": NAME, "target": NAME, "sign": "+"|"-"} is present when
some predicted relation with that sign goes from an actor that NAME names
to one that the target NAME names. NAME names an actor when it equals,
ignoring case, the actor's label, id or an alias, or that of an ancestor on
its "parent" chain: "Azerbaijan" names AZE.GOV (parent AZE), "Armenia"
names a speaker whose parent is ARM.PARLIAMENT. Prints one line per row
and a summary; exits 1 when fewer than MIN rows (default: all) are present.
"""
import json
import sys


def names(actor):
    out = {str(actor.get("label", "")).lower(), str(actor.get("id", "")).lower()}
    out.update(str(a).lower() for a in actor.get("aliases", []) or [])
    return out


def chain(actors, aid):
    """Every name of actor aid and of its ancestors."""
    seen, out = set(), set()
    while aid in actors and aid not in seen:
        seen.add(aid)
        out |= names(actors[aid])
        aid = actors[aid].get("parent")
    return out


def sign(rel):
    w = rel.get("weight", 0)
    return {"support": "+", "hostility": "-"}.get(rel.get("polarity"), "+" if w > 0 else "-" if w < 0 else "0")


def main(argv):
    gold = json.load(open(argv[1]))
    pred = json.load(open(argv[2]))
    actors = {a["id"]: a for a in pred.get("actors", [])}
    edges = [(chain(actors, r["source"]), chain(actors, r["target"]), sign(r), r.get("type", ""))
             for r in pred.get("relations", [])]
    rows = gold.get("actor_level", [])
    found = 0
    for row in rows:
        s, t = row["source"].lower(), row["target"].lower()
        hits = sorted({ty for (sn, tn, sg, ty) in edges if s in sn and t in tn and sg == row["sign"]})
        found += bool(hits)
        print(f"{'ok  ' if hits else 'MISS'} {row['source']} -> {row['target']} {row['sign']}"
              f"{': ' + ', '.join(hits) if hits else ''}")
    need = int(argv[3]) if len(argv) > 3 else len(rows)
    print(f"actor_level {found}/{len(rows)} present (need {need})")
    return 0 if found >= need else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
