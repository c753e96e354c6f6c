package org.phasezero.analysis.graph;

/**
 * Closeness centrality, with the Wasserman–Faust correction for disconnected graphs, and harmonic
 * closeness.
 *
 * <p>Definitions: let {@code r(u)} be the number of nodes reachable from {@code u} (counting
 * {@code u}) and {@code S(u)} the sum of their distances from {@code u}. Closeness is {@code C(u) =
 * ((r−1)/S) · ((r−1)/(n−1))}: the inverse mean distance to the nodes {@code u} can reach (Bavelas
 * 1950; Freeman 1979, Social Networks 1:215–239), scaled by the share of the graph it can reach
 * (Wasserman &amp; Faust 1994, Social Network Analysis, Cambridge UP, ch. 5) so that a node in a
 * small component does not look central. In a connected graph the scale factor is 1 and {@code C}
 * is the classical {@code (n−1)/Σd}. An isolated node scores 0. This is networkx's
 * {@code closeness_centrality(wf_improved=True)}; igraph's {@code closeness()} omits the scale
 * factor, so the two agree on connected graphs. Harmonic closeness is {@code H(u) = Σ_{v≠u}
 * 1/d(u,v) / (n−1)} (Marchiori &amp; Latora 2000; Rochat 2009), with {@code 1/∞ = 0}; it needs no
 * correction for disconnection.
 *
 * <p>Directed graphs use distances <em>from</em> {@code u} (igraph's {@code mode="out"};
 * networkx measures distances <em>to</em> {@code u}, i.e. this on the reversed graph). Weighted
 * graphs read weights as distances. Time O(nm) unweighted, computed 64 sources per sweep by
 * bit-parallel search ({@link BitParallelDistances}); O(nm + n² log n) weighted (Dijkstra).
 * Parallel over sources.
 */
public final class ClosenessCentrality {

  /** Both scores per node. */
  public record Scores(double[] closeness, double[] harmonic) {}

  private ClosenessCentrality() {}

  public static Scores of(Graph g) {
    return of(g, ParallelSources.defaultThreads());
  }

  public static Scores of(Graph g, int threads) {
    int n = g.nodeCount();
    double[] both = g.isWeighted() ? weighted(g, threads) : unweighted(g, threads);
    return new Scores(java.util.Arrays.copyOfRange(both, 0, n),
        java.util.Arrays.copyOfRange(both, n, 2 * n));
  }

  /** Bit-parallel breadth-first search, 64 sources per sweep ({@link BitParallelDistances}). */
  private static double[] unweighted(Graph g, int threads) {
    int n = g.nodeCount();
    int[] sources = ParallelSources.all(n);
    int[] batches = new int[(n + 63) / 64];
    for (int b = 0; b < batches.length; b++) {
      batches[b] = b * 64;
    }
    return ParallelSources.sum(2 * n, batches, threads, () -> {
      BitParallelDistances search = new BitParallelDistances(g);
      return (first, into) -> {
        int count = Math.min(64, n - first);
        search.run(sources, first, count);
        for (int j = 0; j < count; j++) {
          score(n, first + j, search.reached[j], search.distanceSum[j], search.inverseSum[j],
              into);
        }
      };
    });
  }

  /** Dijkstra from every source. */
  private static double[] weighted(Graph g, int threads) {
    int n = g.nodeCount();
    return ParallelSources.sum(2 * n, ParallelSources.all(n), threads, () -> {
      ShortestPathCounts paths = new ShortestPathCounts(g);
      return (source, into) -> {
        paths.run(source);
        double sum = 0;
        double inverse = 0;
        for (int k = 1; k < paths.reached; k++) {
          double d = paths.distance(paths.order[k]);
          sum += d;
          inverse += 1 / d;
        }
        score(n, source, paths.reached - 1, sum, inverse, into);
      };
    });
  }

  private static void score(int n, int source, double others, double sum, double inverse,
      double[] into) {
    into[source] = sum > 0 ? (others / sum) * (others / (n - 1)) : 0;
    into[n + source] = n > 1 ? inverse / (n - 1) : 0;
  }
}
