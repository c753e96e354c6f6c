"""Prints the graph benchmark table: times, ratios and the largest disagreement between sides.

Usage: /usr/bin/python3 bench/python/graph_compare.py LABEL JAVA_LOG JAVA.csv IGRAPH_LOG IGRAPH.csv
"""
import csv
import re
import sys


def values(path):
    with open(path) as f:
        return {r["node"]: (float(r["betweenness"]), float(r["closeness"]))
                for r in csv.DictReader(f)}


def times(log):
    text = open(log).read()
    return (float(re.search(r"betweenness_s=([\d.]+)", text).group(1)),
            float(re.search(r"closeness_s=([\d.]+)", text).group(1)))


def main():
    label, jlog, jcsv, ilog, icsv = sys.argv[1:6]
    j, i = values(jcsv), values(icsv)
    if j.keys() != i.keys():
        sys.exit("the two sides saw different nodes")
    worst = [0.0, 0.0]
    for node, (jb, jc) in j.items():
        ib, ic = i[node]
        worst[0] = max(worst[0], abs(jb - ib) / max(1.0, abs(ib)))
        worst[1] = max(worst[1], abs(jc - ic) / max(1e-300, abs(ic)))
    jt, it = times(jlog), times(ilog)
    for k, name in enumerate(("betweenness", "closeness")):
        print(f"| {label} | {name} | {jt[k]:.3f} | {it[k]:.3f} | {it[k] / jt[k]:.2f}x "
              f"| {worst[k]:.1e} |")
    if max(worst) > 1e-9:
        sys.exit(f"values disagree: max relative difference {max(worst):.3e}")


if __name__ == "__main__":
    main()
