#!/usr/bin/env python3
"""Summarises the first steps of fresh processes, from lines "RUN STEP KIND MS" on stdin
(tab-separated), as a markdown table: for each step number, the median and maximum over the runs.

usage: ... | bench/step-table.py [FIRST_STEPS]      (default 12)
A step number that was an answer in some runs and a revision in others shows both kinds.
"""
import statistics
import sys
from collections import defaultdict


def main():
    first = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    by_step = defaultdict(list)
    kinds = defaultdict(set)
    for line in sys.stdin:
        run, step, kind, ms = line.rstrip("\n").split("\t")
        if step.isdigit() and int(step) <= first:
            by_step[int(step)].append(float(ms))
            kinds[int(step)].add(kind)
    print("| step | kind | runs | median ms | max ms | all (ms) |")
    print("|---|---|---|---|---|---|")
    for step in sorted(by_step):
        values = by_step[step]
        print("| %d | %s | %d | %.1f | %.1f | %s |" % (
            step, "/".join(sorted(kinds[step])), len(values), statistics.median(values), max(values),
            " ".join("%.1f" % v for v in values)))


if __name__ == "__main__":
    main()
