package org.phasezero.analysis.graph;

/**
 * A depth-first search forest of an undirected graph with Hopcroft–Tarjan lowpoints (Hopcroft
 * &amp; Tarjan 1973, "Algorithm 447: efficient algorithms for graph manipulation", CACM
 * 16(6):372–378; Tarjan 1972, SIAM J. Comput. 1(2):146–160): {@code low[v]} is the smallest
 * discovery time reachable from {@code v}'s subtree by tree edges down and one back edge up.
 *
 * <p>The search is iterative (an explicit stack), so a path of a million nodes does not overflow
 * the thread stack. Nodes are discovered in id order of the roots; {@code preorder[t]} is the node
 * discovered at time {@code t}, and the subtree of {@code v} is {@code preorder[disc[v] ..
 * disc[v] + size[v])}. The graph must have no parallel edges (skipping the parent node is then
 * the same as skipping the parent edge), which {@link GraphBuilder} guarantees. Time O(n + m).
 */
final class LowpointForest {

  final Graph graph;
  final int[] disc;
  final int[] low;
  final int[] parent;
  final int[] size;
  final int[] preorder;
  final int[] root;

  /** Searches the tie graph of {@code g} (direction ignored). */
  LowpointForest(Graph g) {
    graph = g.ties();
    int n = graph.nodeCount();
    disc = new int[n];
    low = new int[n];
    parent = new int[n];
    size = new int[n];
    preorder = new int[n];
    root = new int[n];
    java.util.Arrays.fill(disc, -1);
    int[] stack = new int[n];
    int[] next = new int[n];
    int time = 0;
    for (int r = 0; r < n; r++) {
      if (disc[r] >= 0) {
        continue;
      }
      int top = 0;
      stack[top++] = r;
      parent[r] = -1;
      time = discover(r, r, time);
      next[r] = graph.outStart[r];
      while (top > 0) {
        int v = stack[top - 1];
        if (next[v] < graph.outStart[v + 1]) {
          int w = graph.outTargets[next[v]++];
          if (disc[w] < 0) {
            parent[w] = v;
            time = discover(w, r, time);
            next[w] = graph.outStart[w];
            stack[top++] = w;
          } else if (w != parent[v]) {
            low[v] = Math.min(low[v], disc[w]);
          }
        } else {
          top--;
          int p = parent[v];
          if (p >= 0) {
            low[p] = Math.min(low[p], low[v]);
            size[p] += size[v];
          }
        }
      }
    }
  }

  private int discover(int v, int r, int time) {
    disc[v] = time;
    low[v] = time;
    size[v] = 1;
    preorder[time] = v;
    root[v] = r;
    return time + 1;
  }

  /** True when {@code c} is a child of {@code v} in the search forest. */
  boolean isChild(int v, int c) {
    return parent[c] == v;
  }

  /**
   * True when removing {@code v} cuts child {@code c}'s subtree off from the rest of the
   * component: always for a root's children, otherwise when no back edge from the subtree climbs
   * above {@code v}.
   */
  boolean separates(int v, int c) {
    return parent[v] < 0 || low[c] >= disc[v];
  }
}
