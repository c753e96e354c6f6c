package org.phasezero.analysis.graph;

/**
 * Articulation points (cut vertices): nodes whose removal increases the number of connected
 * components. A non-root node {@code v} of the depth-first forest is one when some child {@code
 * c} has {@code low[c] ≥ disc[v]}; a root when it has two or more children (Hopcroft &amp; Tarjan
 * 1973, CACM 16(6):372–378). Direction is ignored (weak connectivity). Iterative, O(n + m); see
 * {@link LowpointForest}.
 */
public final class ArticulationPoints {

  private ArticulationPoints() {}

  /** An indicator per node. */
  public static boolean[] of(Graph g) {
    return of(new LowpointForest(g));
  }

  static boolean[] of(LowpointForest f) {
    int n = f.disc.length;
    boolean[] cut = new boolean[n];
    int[] children = new int[n];
    for (int c = 0; c < n; c++) {
      int v = f.parent[c];
      if (v < 0) {
        continue;
      }
      children[v]++;
      if (f.parent[v] >= 0 && f.low[c] >= f.disc[v]) {
        cut[v] = true;
      }
    }
    for (int v = 0; v < n; v++) {
      if (f.parent[v] < 0 && children[v] >= 2) {
        cut[v] = true;
      }
    }
    return cut;
  }
}
