package org.phasezero.analysis.graph;

/**
 * Community ↔ statutory reach: the share of community-side nodes with a path to some
 * statutory-side node of at most {@code k} steps (ties read regardless of direction).
 *
 * <p>Definition: {@code R_k = |{c ∈ C : min_{s ∈ S} d(c, s) ≤ k}| / |C|}. With {@code k = 2}, a
 * community member either knows someone on the statutory side or knows someone who does: the
 * "linking social capital within two steps" of Szreter and Woolcock's (2004) typology, counted as
 * Lin (2001) counts access to resources through one's ties. A node on both sides counts as reached
 * at distance 0. {@code R_k} is {@code NaN} when the community side is empty (no share exists), and
 * 0 when the statutory side is empty.
 *
 * <p>Method: one breadth-first search from all statutory nodes at once, stopped at depth {@code k}.
 * Time O(n + m).
 *
 * <p>Worked example: the path c1 – c2 – c3 – s. With k = 2, c3 (1 step) and c2 (2 steps) are
 * reached and c1 (3 steps) is not: reached 2, community 3, share 2/3.
 */
public final class CrossSideReach {

  /** How many community nodes are reached, of how many. */
  public record Reach(int reached, int community, int steps) {

    /** {@code reached / community}, or NaN when there is no community side. */
    public double share() {
      return community == 0 ? Double.NaN : (double) reached / community;
    }
  }

  private CrossSideReach() {}

  public static Reach of(Graph g, boolean[] community, boolean[] statutory, int steps) {
    if (steps < 0) {
      throw new IllegalArgumentException("steps must be 0 or more, got " + steps);
    }
    int n = g.nodeCount();
    Graph ties = g.isDirected() ? g.ties() : g;
    int[] depth = new int[n];
    java.util.Arrays.fill(depth, -1);
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    for (int v = 0; v < n; v++) {
      if (statutory[v]) {
        depth[v] = 0;
        queue[tail++] = v;
      }
    }
    while (head < tail) {
      int v = queue[head++];
      if (depth[v] == steps) {
        continue;
      }
      for (int a = ties.outStart[v]; a < ties.outStart[v + 1]; a++) {
        int w = ties.outTargets[a];
        if (depth[w] < 0) {
          depth[w] = depth[v] + 1;
          queue[tail++] = w;
        }
      }
    }
    int reached = 0;
    int total = 0;
    for (int v = 0; v < n; v++) {
      if (community[v]) {
        total++;
        if (depth[v] >= 0) {
          reached++;
        }
      }
    }
    return new Reach(reached, total, steps);
  }
}
