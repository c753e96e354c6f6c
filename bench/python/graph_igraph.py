"""python-igraph side of the graph benchmark: betweenness and closeness of an undirected edge list.

Times each measure (best of REPEATS runs, after loading) with igraph's C core, single-threaded as
igraph is, and writes node,betweenness,closeness for the agreement check.

Usage: /usr/bin/python3 bench/python/graph_igraph.py EDGES.csv OUT.csv REPEATS
"""
import csv
import sys
import time

import igraph


def best(repeats, f):
    times, result = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = f()
        times.append(time.perf_counter() - t0)
    return min(times), result


def main():
    edges, out, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(edges) as f:
        g = igraph.Graph.TupleList(((r["source"], r["target"]) for r in csv.DictReader(f)),
                                   directed=False)
    tb, b = best(repeats, lambda: g.betweenness(directed=False))
    tc, c = best(repeats, lambda: g.closeness())
    with open(out, "w") as f:
        f.write("node,betweenness,closeness\n")
        for v, name in enumerate(g.vs["name"]):
            f.write(f"{name},{b[v]!r},{c[v]!r}\n")
    print(f"igraph {igraph.__version__} betweenness_s={tb:.4f} closeness_s={tc:.4f}")


if __name__ == "__main__":
    main()
