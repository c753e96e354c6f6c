package org.phasezero.analysis.graph;

import java.util.Arrays;

/**
 * Single-source shortest paths with path counts, the first phase of Brandes' algorithm (Brandes
 * 2001, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2):163–177), and the
 * dependency accumulation that is its second phase.
 *
 * <p>After {@link #run(int)}: {@code distance[v]} is the shortest distance from the source
 * (+∞ when unreachable), {@code sigma[v]} the number of shortest paths, and {@code order[0 ..
 * reached)} the reached nodes in non-decreasing distance. Unweighted graphs use breadth-first
 * search, O(n + m); weighted graphs Dijkstra with a binary heap, O(m log n). Predecessors are not
 * stored: the accumulation re-derives them by walking arcs backwards and testing {@code d(v) +
 * w(v,w) = d(w)}, which saves memory and allocation on large graphs. Weighted distances are
 * compared with a relative tolerance of 1e-10 (as igraph does) so that decimal weights such as 0.1
 * + 0.2 and 0.3 count as equal-length routes.
 *
 * <p>One instance per thread: it reuses its arrays across sources and resets only what it reached.
 */
final class ShortestPathCounts {

  static final double TOLERANCE = 1e-10;

  private final Graph g;
  final double[] distance;
  final double[] sigma;
  final double[] delta;
  final int[] order;
  /** Position of a node in {@link #order} once settled (weighted only); MAX_VALUE before. */
  private final int[] rank;
  int reached;
  private final IndexedMinHeap heap;

  ShortestPathCounts(Graph g) {
    this.g = g;
    int n = g.nodeCount();
    distance = new double[n];
    sigma = new double[n];
    delta = new double[n];
    order = new int[n];
    Arrays.fill(distance, Double.POSITIVE_INFINITY);
    heap = g.isWeighted() ? new IndexedMinHeap(n) : null;
    rank = g.isWeighted() ? new int[n] : null;
    if (rank != null) {
      Arrays.fill(rank, Integer.MAX_VALUE);
    }
  }

  /** Computes distances and path counts from {@code source}, clearing the previous run. */
  void run(int source) {
    for (int i = 0; i < reached; i++) {
      int v = order[i];
      distance[v] = Double.POSITIVE_INFINITY;
      sigma[v] = 0;
      delta[v] = 0;
      if (rank != null) {
        rank[v] = Integer.MAX_VALUE;
      }
    }
    reached = 0;
    distance[source] = 0;
    sigma[source] = 1;
    if (heap == null) {
      breadthFirst(source);
    } else {
      dijkstra(source);
    }
  }

  private void breadthFirst(int source) {
    int[] start = g.outStart;
    int[] targets = g.outTargets;
    order[reached++] = source;
    for (int head = 0; head < reached; head++) {
      int v = order[head];
      double next = distance[v] + 1;
      double sv = sigma[v];
      for (int i = start[v], end = start[v + 1]; i < end; i++) {
        int w = targets[i];
        if (distance[w] == Double.POSITIVE_INFINITY) {
          distance[w] = next;
          order[reached++] = w;
        }
        if (distance[w] == next) {
          sigma[w] += sv;
        }
      }
    }
  }

  private void dijkstra(int source) {
    int[] start = g.outStart;
    int[] targets = g.outTargets;
    double[] weights = g.outWeights;
    heap.offer(source, 0);
    while (!heap.isEmpty()) {
      int v = heap.poll();
      rank[v] = reached;
      order[reached++] = v;
      double dv = distance[v];
      double sv = sigma[v];
      for (int i = start[v], end = start[v + 1]; i < end; i++) {
        int w = targets[i];
        if (rank[w] != Integer.MAX_VALUE) {
          continue; // settled: a route of (nearly) equal length found later must not count twice
        }
        double candidate = dv + weights[i];
        double current = distance[w];
        if (current == Double.POSITIVE_INFINITY || candidate < current - TOLERANCE * current) {
          distance[w] = candidate;
          sigma[w] = sv;
          heap.offer(w, candidate);
        } else if (Math.abs(candidate - current) <= TOLERANCE * current) {
          sigma[w] += sv;
        }
      }
    }
  }

  /**
   * True when arc {@code v → w} (at in-CSR index {@code i}) lies on a shortest path. Weighted: the
   * same test Dijkstra used to add {@code σ(v)} into {@code σ(w)} — {@code v} settled first and the
   * lengths equal within the tolerance — so counts and dependencies stay consistent.
   */
  private boolean onShortestPath(int v, int w, int i) {
    if (heap == null) {
      return distance[v] == distance[w] - 1;
    }
    return rank[v] < rank[w]
        && Math.abs(distance[v] + g.inWeights[i] - distance[w]) <= TOLERANCE * distance[w];
  }

  /**
   * Brandes' dependency accumulation, generalised to weighted targets: {@code delta[v] = Σ_{w : v
   * ∈ P(w)} σ(v)/σ(w) · (target[w] + delta[w])}. With every target weight 1 this is the pair
   * dependency summed over all targets (betweenness); with an indicator of a target set it counts
   * only paths ending in that set. {@code target == null} means all ones. Leaves {@code delta} for
   * every reached node; the source's own entry is meaningless.
   */
  void accumulate(double[] target) {
    int[] start = g.inStart;
    int[] sources = g.inSources;
    for (int k = reached - 1; k > 0; k--) {
      int w = order[k];
      double coefficient = ((target == null ? 1.0 : target[w]) + delta[w]) / sigma[w];
      for (int i = start[w], end = start[w + 1]; i < end; i++) {
        int v = sources[i];
        if (onShortestPath(v, w, i)) {
          delta[v] += sigma[v] * coefficient;
        }
      }
    }
  }
}
