package org.phasezero.analysis.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Bridges: ties whose removal increases the number of connected components. A tree edge {@code
 * (p, c)} of the depth-first forest is a bridge exactly when {@code low[c] > disc[p]}: no back edge
 * from {@code c}'s subtree reaches {@code p} or above (Tarjan 1974, "A note on finding the bridges
 * of a graph", Inf. Process. Lett. 2(6):160–161). Direction is ignored; a reciprocated pair of
 * arcs is one tie. Iterative, O(n + m); see {@link LowpointForest}.
 */
public final class Bridges {

  private Bridges() {}

  /** Each bridge as {@code {u, v}} with {@code u < v}, sorted by {@code u} then {@code v}. */
  public static List<int[]> of(Graph g) {
    return of(new LowpointForest(g));
  }

  static List<int[]> of(LowpointForest f) {
    List<int[]> bridges = new ArrayList<>();
    for (int c = 0; c < f.disc.length; c++) {
      int p = f.parent[c];
      if (p >= 0 && f.low[c] > f.disc[p]) {
        bridges.add(new int[] {Math.min(p, c), Math.max(p, c)});
      }
    }
    bridges.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
    return bridges;
  }
}
