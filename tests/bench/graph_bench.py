#!/usr/bin/env python3
"""The analysis and drawing half of `make bench`: how long the CLI takes, and how much
memory it holds, on a graph extracted from a generated corpus (4,588 actors and 90,025
relations for 5 MB), whole and cut to its top actors.

usage: graph_bench.py ACTORGRAPH CORPUS.txt WORKDIR
"""
import json
import os
import resource
import subprocess
import sys
import time


def timed(label, argv):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # ru_maxrss of children is the largest of any child so far, in KiB
    print(f"{label}: {wall:.2f} s wall, {cpu:.2f} s CPU, peak RSS so far {after.ru_maxrss / 1024:.0f} MB")


def main(ag, corpus, work):
    graph = f"{work}/graph.json"
    size = os.path.getsize(corpus) / 1e6
    timed(f"extract ({size:.1f} MB as one input)", [ag, "extract", corpus, "-o", graph])
    g = json.load(open(graph))
    print(f"graph: {len(g['actors'])} actors, {len(g['relations'])} relations")
    timed("metrics (every measure)", [ag, "metrics", graph, "--csv"])
    timed("render --top 300 (neato)", [ag, "render", graph, "--top", "300", "-o", f"{work}/top300.svg"])
    timed("render --top 1000 (sfdp)", [ag, "render", graph, "--top", "1000", "-o", f"{work}/top1000.svg"])


if __name__ == "__main__":
    main(*sys.argv[1:4])
