package org.phasezero.analysis.graph;

/**
 * For each node, the share of shortest paths between the two sides of a network (community ↔
 * statutory) that pass through it: {@code L(v) = (1/P) Σ_{s ∈ C, t ∈ S, s ≠ v ≠ t} σ_st(v) /
 * σ_st}, where {@code P} is the number of (s, t) pairs with {@code t} reachable from {@code s}.
 * This is Freeman's betweenness restricted to cross-side pairs (a "group-to-group" betweenness;
 * Everett &amp; Borgatti 1999 define the related group betweenness), averaged over pairs so that
 * {@code L(v) = 1} means every linking path runs through {@code v}.
 *
 * <p>Computation: Brandes' accumulation with the target term replaced by the indicator of the
 * other side ({@link ShortestPathCounts#accumulate(double[])}), from each community source in an
 * undirected graph (each unordered pair once). A directed graph counts ordered pairs both ways:
 * community sources to statutory targets and statutory sources to community targets. Endpoints do
 * not pass through themselves. Nodes of neither side (e.g. independent) count only as
 * intermediaries. Weighted graphs read weights as distances. Time O(|sources| · m) unweighted,
 * parallel over sources. All zeros when no cross-side pair is connected.
 */
public final class LinkingPathShare {

  /** Per-node shares and the number of connected cross-side pairs {@code P}. */
  public record Shares(double[] share, long connectedPairs) {}

  private LinkingPathShare() {}

  public static Shares of(Graph g, boolean[] community, boolean[] statutory) {
    return of(g, community, statutory, ParallelSources.defaultThreads());
  }

  public static Shares of(Graph g, boolean[] community, boolean[] statutory, int threads) {
    int n = g.nodeCount();
    double[] towardStatutory = indicator(statutory);
    double[] towardCommunity = indicator(community);
    int[] sources = sources(community, g.isDirected() ? statutory : new boolean[n]);
    double[] sums = ParallelSources.sum(n + 1, sources, threads, () -> {
      ShortestPathCounts paths = new ShortestPathCounts(g);
      return (source, into) -> {
        double[] target = community[source] ? towardStatutory : towardCommunity;
        paths.run(source);
        paths.accumulate(target);
        for (int k = 1; k < paths.reached; k++) {
          int w = paths.order[k];
          into[w] += paths.delta[w];
          into[n] += target[w];
        }
      };
    });
    long pairs = Math.round(sums[n]);
    double[] share = new double[n];
    if (pairs > 0) {
      for (int v = 0; v < n; v++) {
        share[v] = sums[v] / pairs;
      }
    }
    return new Shares(share, pairs);
  }

  private static double[] indicator(boolean[] members) {
    double[] x = new double[members.length];
    for (int v = 0; v < x.length; v++) {
      x[v] = members[v] ? 1 : 0;
    }
    return x;
  }

  private static int[] sources(boolean[] first, boolean[] second) {
    int count = 0;
    for (int v = 0; v < first.length; v++) {
      count += (first[v] ? 1 : 0) + (second[v] && !first[v] ? 1 : 0);
    }
    int[] s = new int[count];
    int k = 0;
    for (int v = 0; v < first.length; v++) {
      if (first[v] || second[v]) {
        s[k++] = v;
      }
    }
    return s;
  }
}
