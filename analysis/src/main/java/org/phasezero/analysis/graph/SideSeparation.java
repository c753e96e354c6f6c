package org.phasezero.analysis.graph;

/**
 * For each node, whether removing it leaves no path from any community node to any statutory node
 * although such a path existed before: the node is a single point of failure for linking the two
 * sides (key-person dependency).
 *
 * <p>Method: in one Hopcroft–Tarjan depth-first search ({@link LowpointForest}), count community
 * and statutory nodes in every subtree (prefix sums over the preorder). Removing {@code v} splits
 * its component into the subtrees of the children it separates ({@code low[c] ≥ disc[v]}, or all
 * children of a root) and the remainder; other components are untouched. The sides stay linked
 * iff some remaining piece, or some other component, holds nodes of both sides. A node that is
 * itself on one side is removed from that side. Ties are taken regardless of direction (a one-way
 * tie still links two people). Time O(n + m), against O(n(n + m)) for removing each node in turn.
 */
public final class SideSeparation {

  private SideSeparation() {}

  public static boolean[] of(Graph g, boolean[] community, boolean[] statutory) {
    LowpointForest f = new LowpointForest(g);
    int n = f.disc.length;
    int[] prefixC = new int[n + 1];
    int[] prefixS = new int[n + 1];
    for (int t = 0; t < n; t++) {
      int v = f.preorder[t];
      prefixC[t + 1] = prefixC[t] + (community[v] ? 1 : 0);
      prefixS[t + 1] = prefixS[t] + (statutory[v] ? 1 : 0);
    }
    int linkedComponents = 0;
    for (int r = 0; r < n; r++) {
      if (f.parent[r] < 0 && mixed(sub(prefixC, f, r), sub(prefixS, f, r))) {
        linkedComponents++;
      }
    }
    boolean[] separates = new boolean[n];
    if (linkedComponents != 1) {
      // None linked: nothing to break. Two or more: removing one node leaves another intact.
      return separates;
    }
    Graph ties = f.graph;
    for (int v = 0; v < n; v++) {
      int r = f.root[v];
      if (!mixed(sub(prefixC, f, r), sub(prefixS, f, r))) {
        continue;
      }
      int restC = sub(prefixC, f, r) - (community[v] ? 1 : 0);
      int restS = sub(prefixS, f, r) - (statutory[v] ? 1 : 0);
      boolean linked = false;
      for (int i = ties.outStart[v]; i < ties.outStart[v + 1] && !linked; i++) {
        int c = ties.outTargets[i];
        if (f.isChild(v, c) && f.separates(v, c)) {
          int pieceC = sub(prefixC, f, c);
          int pieceS = sub(prefixS, f, c);
          linked = mixed(pieceC, pieceS);
          restC -= pieceC;
          restS -= pieceS;
        }
      }
      separates[v] = !linked && !mixed(restC, restS);
    }
    return separates;
  }

  /** Side members in the subtree of {@code v}. */
  private static int sub(int[] prefix, LowpointForest f, int v) {
    return prefix[f.disc[v] + f.size[v]] - prefix[f.disc[v]];
  }

  private static boolean mixed(int c, int s) {
    return c > 0 && s > 0;
  }
}
