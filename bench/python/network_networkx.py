# The network benchmark's other side: networkx on the GraphML that PhaseZero exported, the same
# measures timed in one run, and compared with PhaseZero's values (measures.json from the API).
# Usage: /usr/bin/python3 bench/python/network_networkx.py OUT_DIR
import json, math, sys, time
import networkx as nx

out = sys.argv[1].rstrip('/') + '/'
G = nx.read_graphml(out + 'network.graphml')
G = nx.Graph(G)
ours = {r['id']: r for r in json.load(open(out + 'measures.json'))['nodes']}
phasezero_ms = float(open(out + 'build-ms.txt').read())

t0 = time.perf_counter()
degree = dict(G.degree())
betweenness = nx.betweenness_centrality(G, normalized=False)
closeness = nx.closeness_centrality(G)
try:
    eig = nx.eigenvector_centrality_numpy(G)
except Exception:
    eig = nx.eigenvector_centrality(G, max_iter=10000, tol=1e-10)
constraint = nx.constraint(G)
effective = nx.effective_size(G)
cut = set(nx.articulation_points(G))
bridges = list(nx.bridges(G))
elapsed = time.perf_counter() - t0

def max_diff(theirs, key, scale=1.0):
    worst = 0.0
    for node, value in theirs.items():
        mine = ours[node][key]
        if mine is None or value is None or (isinstance(value, float) and math.isnan(value)):
            continue
        worst = max(worst, abs(mine - value * scale))
    return worst

# networkx scales eigenvector centrality to unit length; PhaseZero to a maximum of 1. Eigenvector
# centrality of a disconnected graph is defined on the largest component only in PhaseZero's
# library notes, so it is compared only when both exist.
eig_max = max(eig.values()) if eig else 1.0
print(f"networkx {nx.__version__}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges; all measures in {elapsed:.2f} s")
print(f"PhaseZero through the server (median, build + measures + JSON): {phasezero_ms / 1000:.2f} s")
print(f"networkx / PhaseZero: {elapsed / (phasezero_ms / 1000):.0f}x")
print("largest absolute difference from networkx:")
print(f"  degree {max_diff(degree, 'degree'):.3g}")
print(f"  betweenness {max_diff(betweenness, 'betweenness'):.3g}")
print(f"  closeness {max_diff(closeness, 'closeness'):.3g}")
if all(r['eigenvector'] is not None for r in ours.values()):
    print(f"  eigenvector (max = 1) {max_diff(eig, 'eigenvector', 1.0 / eig_max):.3g}")
print(f"  constraint {max_diff(constraint, 'constraint'):.3g}")
print(f"  effective size {max_diff(effective, 'effectiveSize'):.3g}")
ours_cut = {k for k, r in ours.items() if r['articulationPoint']}
print(f"  articulation points: {len(cut)} in networkx, {len(ours_cut)} in PhaseZero, same set: {cut == ours_cut}")
print(f"  bridges: {len(bridges)}")
