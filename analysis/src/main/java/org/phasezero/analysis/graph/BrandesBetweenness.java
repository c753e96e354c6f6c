package org.phasezero.analysis.graph;

/**
 * Betweenness centrality: {@code B(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st}, where {@code σ_st} is the
 * number of shortest s–t paths and {@code σ_st(v)} the number passing through {@code v} (Freeman
 * 1977, "A set of measures of centrality based on betweenness", Sociometry 40:35–41).
 *
 * <p>Algorithm: Brandes (2001), "A faster algorithm for betweenness centrality", J. Math. Sociol.
 * 25(2):163–177 — one shortest-path search per source and a backward dependency accumulation.
 * Time O(nm) unweighted, O(nm + n² log n) weighted; memory O(n + m) per thread. Sources are split
 * over threads ({@link ParallelSources}; deterministic for a given thread count).
 *
 * <p>Conventions: in an undirected graph each unordered pair {s, t} counts once (the sum over
 * ordered pairs is halved), as in networkx, igraph and UCINET. Normalised betweenness divides by
 * the number of pairs not involving {@code v}: {@code (n−1)(n−2)/2} undirected, {@code (n−1)(n−2)}
 * directed, so it lies in [0, 1] (0 when n &lt; 3). Weighted betweenness reads weights as
 * distances (a shortest path minimises the sum of weights), Dijkstra per source.
 */
public final class BrandesBetweenness {

  private BrandesBetweenness() {}

  /** Raw betweenness of every node, using all cores. */
  public static double[] of(Graph g) {
    return of(g, ParallelSources.defaultThreads());
  }

  public static double[] of(Graph g, int threads) {
    double[] b = ParallelSources.sum(g.nodeCount(), ParallelSources.all(g.nodeCount()), threads,
        () -> {
          ShortestPathCounts paths = new ShortestPathCounts(g);
          return (source, into) -> {
            paths.run(source);
            paths.accumulate(null);
            for (int k = 1; k < paths.reached; k++) {
              int w = paths.order[k];
              into[w] += paths.delta[w];
            }
          };
        });
    if (!g.isDirected()) {
      for (int v = 0; v < b.length; v++) {
        b[v] /= 2;
      }
    }
    return b;
  }

  /** Raw betweenness divided by the number of pairs not involving the node (see class notes). */
  public static double[] normalised(Graph g, double[] raw) {
    int n = g.nodeCount();
    double pairs = (double) (n - 1) * (n - 2) / (g.isDirected() ? 1 : 2);
    double[] out = new double[raw.length];
    for (int v = 0; v < raw.length; v++) {
      out[v] = pairs > 0 ? raw[v] / pairs : 0;
    }
    return out;
  }
}
