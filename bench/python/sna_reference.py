# Reference values for ReferenceNetworksConformanceTest: networkx and python-igraph on shared/data/sna.
# Usage: /usr/bin/python3 bench/python/sna_reference.py [path/to/shared/data/sna]
import csv, networkx as nx, igraph as ig
import sys
D = (sys.argv[1] if len(sys.argv) > 1 else '../shared/data/sna').rstrip('/') + '/'
def load(f, s='source', t='target', w=None):
    G=nx.Graph()
    for r in csv.DictReader(open(D+f)):
        if w: G.add_edge(r[s], r[t], weight=float(r[w]))
        else: G.add_edge(r[s], r[t])
    return G
flo=load('padgett_florentine_marriage_edges.csv')
b=nx.betweenness_centrality(flo, normalized=False)
print('flo betw', sorted(b.items(), key=lambda x:-x[1]))
c=nx.closeness_centrality(flo); print('flo clo', {k: round(v,10) for k,v in c.items()})
e=nx.eigenvector_centrality(flo, tol=1e-12, max_iter=10000); m=max(e.values()); print('flo eig', {k: round(v/m,10) for k,v in e.items()})
print('flo constraint', {k: round(v,10) for k,v in nx.constraint(flo).items()})
print('flo es', {k: round(v,10) for k,v in nx.effective_size(flo).items()})
print('flo ap', sorted(nx.articulation_points(flo)), 'bridges', sorted(tuple(sorted(e)) for e in nx.bridges(flo)))
k=load('zachary_karate_club_edges.csv', w='weight')
b=nx.betweenness_centrality(k, normalized=True); print('karate nbetw', {x: round(b[x],10) for x in ['1','34','33','3','32','9','2','14','20','6']})
bw=nx.betweenness_centrality(k, normalized=False, weight='weight'); print('karate wbetw', {x: round(bw[x],10) for x in ['1','34','33','3','32','9','2','14','20','6']})
c=nx.closeness_centrality(k); print('karate clo', {x: round(c[x],10) for x in ['1','34','33','3','32','9','12']})
e=nx.eigenvector_centrality(k, tol=1e-12, max_iter=10000); m=max(e.values()); print('karate eig', {x: round(e[x]/m,10) for x in ['1','34','33','3','2','12']})
print('karate constraint', {x: round(v,10) for x,v in nx.constraint(k).items() if x in ['1','34','33','3','12']})
print('karate es', {x: round(v,10) for x,v in nx.effective_size(k).items() if x in ['1','34','33','3','12']})
print('karate ap', sorted(nx.articulation_points(k)), 'bridges', sorted(tuple(sorted(e)) for e in nx.bridges(k)))
L=load('les_miserables_coappearance_edges.csv', w='weight')
names=['Valjean','Myriel','Gavroche','Javert','Marius','Fantine','Thenardier']
b=nx.betweenness_centrality(L, normalized=False); print('lesmis betw', {x: round(b[x],10) for x in names})
bw=nx.betweenness_centrality(L, normalized=False, weight='weight'); print('lesmis wbetw', {x: round(bw[x],10) for x in names})
cw=nx.closeness_centrality(L, distance='weight'); print('lesmis wclo', {x: round(cw[x],10) for x in names})
print('lesmis ap', sorted(nx.articulation_points(L)), 'nbridges', len(list(nx.bridges(L))))
g=ig.Graph.TupleList([(r['source'],r['target'],float(r['weight'])) for r in csv.DictReader(open(D+'les_miserables_coappearance_edges.csv'))], weights=True)
bwi=g.betweenness(weights='weight'); print('igraph lesmis wbetw', {x: round(bwi[g.vs.find(name=x).index],10) for x in names})
kite=nx.Graph()
for r in csv.DictReader(open(D+'krackhardt_kite_edges.csv')): kite.add_edge(r['source'], r['target'])
print('kite betw', nx.betweenness_centrality(kite, normalized=False)); print('kite clo', nx.closeness_centrality(kite))
