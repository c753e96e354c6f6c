"""Seeded random connected graph for the graph benchmark, written as a source,target CSV.

A random recursive tree (node i joins a uniformly chosen earlier node) makes the graph
connected, so closeness has one definition in every tool; uniformly random extra edges (no
self-loops, no repeats) bring it to the requested edge count.

Usage: /usr/bin/python3 bench/python/graph_generate.py NODES EDGES SEED OUT.csv
"""
import random
import sys


def main():
    n, m, seed, out = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    if m < n - 1 or m > n * (n - 1) // 2:
        sys.exit("edge count out of range")
    rng = random.Random(seed)
    edges = set()
    for v in range(1, n):
        u = rng.randrange(v)
        edges.add((u, v))
    while len(edges) < m:
        u, v = rng.randrange(n), rng.randrange(n)
        if u != v:
            edges.add((min(u, v), max(u, v)))
    with open(out, "w") as f:
        f.write("source,target\n")
        for u, v in sorted(edges):
            f.write(f"n{u},n{v}\n")


if __name__ == "__main__":
    main()
