package org.phasezero.analysis.graph;

import java.util.Arrays;

/**
 * Single-source shortest paths with path counts, the first phase of Brandes' algorithm (Brandes
 * 2001, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2):163–177), and the
 * dependency accumulation that is its second phase.
 *
 * <p>After {@link #run(int)}: {@link #distance(int)} is the shortest distance from the source
 * (+∞ when unreachable), {@code sigma[v]} the number of shortest paths, and {@code order[0 ..
 * reached)} the reached nodes in non-decreasing distance. Unweighted graphs use breadth-first
 * search on int levels, O(n + m); weighted graphs Dijkstra with a binary heap, O(m log n).
 *
 * <p>The accumulation "pulls" each node's dependency from its successors in the shortest-path
 * DAG, {@code δ(v) = σ(v) Σ_{w ∈ succ(v)} (t(w) + δ(w)) / σ(w)}, so every node's entry is written
 * once, with no scattered updates. Breadth-first search records the DAG successors in one flat
 * array as it meets them (reused across sources, no per-node lists); Dijkstra's DAG is re-derived
 * by testing each arc {@code v → w} for {@code d(v) + w(v,w) = d(w)}.
 *
 * <p>Weighted distances are compared with a relative tolerance of 1e-10 (as igraph does) so that
 * decimal weights such as 0.1 + 0.2 and 0.3 count as equal-length routes; a node already settled
 * is never counted again, so path counts and dependencies use the same DAG.
 *
 * <p>One instance per thread: it reuses its arrays across sources and resets only what it reached.
 */
final class ShortestPathCounts {

  static final double TOLERANCE = 1e-10;
  private static final int UNSEEN = Integer.MAX_VALUE;

  private final Graph g;
  /** Breadth-first level (unweighted) or settle rank (weighted); UNSEEN when not reached. */
  private final int[] level;
  private final double[] dist;
  final double[] sigma;
  final double[] delta;
  private final double[] pull;
  final int[] order;
  int reached;
  private final IndexedMinHeap heap;
  /**
   * Breadth-first search only: the successors of {@code order[k]} in the shortest-path DAG are
   * {@code successors[successorStart[k] .. successorStart[k + 1])}, recorded as the search meets
   * them so the accumulation visits DAG arcs only instead of re-testing every arc.
   */
  private final int[] successors;
  private final int[] successorStart;

  ShortestPathCounts(Graph g) {
    this.g = g;
    int n = g.nodeCount();
    level = new int[n];
    Arrays.fill(level, UNSEEN);
    sigma = new double[n];
    delta = new double[n];
    pull = new double[n];
    order = new int[n];
    heap = g.isWeighted() ? new IndexedMinHeap(n) : null;
    dist = g.isWeighted() ? new double[n] : null;
    successors = g.isWeighted() ? null : new int[g.outTargets.length];
    successorStart = g.isWeighted() ? null : new int[n + 1];
    if (dist != null) {
      Arrays.fill(dist, Double.POSITIVE_INFINITY);
    }
  }

  /** Shortest distance from the last source; +∞ when unreachable. */
  double distance(int v) {
    if (dist != null) {
      return dist[v];
    }
    return level[v] == UNSEEN ? Double.POSITIVE_INFINITY : level[v];
  }

  /** Computes distances and path counts from {@code source}, clearing the previous run. */
  void run(int source) {
    for (int i = 0; i < reached; i++) {
      int v = order[i];
      level[v] = UNSEEN;
      sigma[v] = 0;
      if (dist != null) {
        dist[v] = Double.POSITIVE_INFINITY;
      }
    }
    reached = 0;
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
    int[] lv = level;
    double[] sg = sigma;
    int[] ord = order;
    int[] succ = successors;
    lv[source] = 0;
    ord[0] = source;
    int tail = 1;
    int p = 0;
    for (int head = 0; head < tail; head++) {
      int v = ord[head];
      successorStart[head] = p;
      int next = lv[v] + 1;
      double sv = sg[v];
      for (int i = start[v], end = start[v + 1]; i < end; i++) {
        int w = targets[i];
        int lw = lv[w];
        if (lw == UNSEEN) {
          lv[w] = next;
          ord[tail++] = w;
          sg[w] = sv;
          succ[p++] = w;
        } else if (lw == next) {
          sg[w] += sv;
          succ[p++] = w;
        }
      }
    }
    successorStart[tail] = p;
    reached = tail;
  }

  private void dijkstra(int source) {
    int[] start = g.outStart;
    int[] targets = g.outTargets;
    double[] weights = g.outWeights;
    dist[source] = 0;
    heap.offer(source, 0);
    while (!heap.isEmpty()) {
      int v = heap.poll();
      level[v] = reached;
      order[reached++] = v;
      double dv = dist[v];
      double sv = sigma[v];
      for (int i = start[v], end = start[v + 1]; i < end; i++) {
        int w = targets[i];
        if (level[w] != UNSEEN) {
          continue; // settled: a route of (nearly) equal length found later must not count twice
        }
        double candidate = dv + weights[i];
        double current = dist[w];
        if (current == Double.POSITIVE_INFINITY || candidate < current - TOLERANCE * current) {
          dist[w] = candidate;
          sigma[w] = sv;
          heap.offer(w, candidate);
        } else if (Math.abs(candidate - current) <= TOLERANCE * current) {
          sigma[w] += sv;
        }
      }
    }
  }

  /**
   * Brandes' dependency accumulation, generalised to weighted targets: {@code delta[v] = Σ_{w : v
   * ∈ P(w)} σ(v)/σ(w) · (target[w] + delta[w])}. With every target weight 1 this is the pair
   * dependency summed over all targets (betweenness); with an indicator of a target set it counts
   * only paths ending in that set. {@code target == null} means all ones. Sets {@code delta} for
   * every reached node; the source's own entry is meaningless.
   */
  void accumulate(double[] target) {
    for (int k = reached - 1; k >= 0; k--) {
      int v = order[k];
      double s = 0;
      if (heap == null) {
        for (int i = successorStart[k], end = successorStart[k + 1]; i < end; i++) {
          s += pull[successors[i]];
        }
      } else {
        s = weightedPull(v);
      }
      double d = sigma[v] * s;
      delta[v] = d;
      pull[v] = ((target == null ? 1.0 : target[v]) + d) / sigma[v];
    }
  }

  /** Σ pull(w) over arcs v → w on a shortest path: w settled later and lengths equal. */
  private double weightedPull(int v) {
    int[] start = g.outStart;
    int[] targets = g.outTargets;
    double[] weights = g.outWeights;
    int rank = level[v];
    double dv = dist[v];
    double s = 0;
    for (int i = start[v], end = start[v + 1]; i < end; i++) {
      int w = targets[i];
      int rw = level[w];
      if (rw != UNSEEN && rw > rank
          && Math.abs(dv + weights[i] - dist[w]) <= TOLERANCE * dist[w]) {
        s += pull[w];
      }
    }
    return s;
  }
}
