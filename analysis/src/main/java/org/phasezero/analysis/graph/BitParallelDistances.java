package org.phasezero.analysis.graph;

import java.util.Arrays;

/**
 * Distance sums from up to 64 sources at once by multi-source breadth-first search (Then et al.
 * 2014, "The more the merrier: efficient multi-source graph traversal", PVLDB 8(4):449–460): each
 * node keeps a 64-bit word of the sources that have reached it, and one sweep per level ORs the
 * frontier words along every arc, so 64 searches share each arc scan. Unweighted graphs only.
 *
 * <p>For each source {@code j} of the batch it yields the number of nodes reached (not counting
 * itself), the sum of their distances and the sum of inverse distances — what closeness and
 * harmonic closeness need. Cost per batch O(D · (n + m)) for eccentricity D, against 64 · (n + m)
 * for separate searches; plus O(total reached) to credit each newly reached (node, source) pair.
 * One instance per thread.
 */
final class BitParallelDistances {

  private final Graph g;
  private final long[] seen;
  private final long[] frontier;
  private final long[] next;
  final long[] reached = new long[64];
  final double[] distanceSum = new double[64];
  final double[] inverseSum = new double[64];

  BitParallelDistances(Graph g) {
    this.g = g;
    int n = g.nodeCount();
    seen = new long[n];
    frontier = new long[n];
    next = new long[n];
  }

  /** Searches from {@code sources[from .. from + count)}, count ≤ 64; results by position j. */
  void run(int[] sources, int from, int count) {
    Arrays.fill(seen, 0);
    Arrays.fill(frontier, 0);
    Arrays.fill(reached, 0);
    Arrays.fill(distanceSum, 0);
    Arrays.fill(inverseSum, 0);
    for (int j = 0; j < count; j++) {
      long bit = 1L << j;
      seen[sources[from + j]] |= bit;
      frontier[sources[from + j]] |= bit;
    }
    int n = seen.length;
    int[] start = g.outStart;
    int[] targets = g.outTargets;
    for (int level = 1; ; level++) {
      for (int v = 0; v < n; v++) {
        long f = frontier[v];
        if (f != 0) {
          for (int i = start[v], end = start[v + 1]; i < end; i++) {
            next[targets[i]] |= f;
          }
        }
      }
      boolean grew = false;
      double inverse = 1.0 / level;
      for (int w = 0; w < n; w++) {
        long fresh = next[w] & ~seen[w];
        next[w] = 0;
        frontier[w] = fresh;
        if (fresh != 0) {
          grew = true;
          seen[w] |= fresh;
          while (fresh != 0) {
            int j = Long.numberOfTrailingZeros(fresh);
            fresh &= fresh - 1;
            reached[j]++;
            distanceSum[j] += level;
            inverseSum[j] += inverse;
          }
        }
      }
      if (!grew) {
        return;
      }
    }
  }
}
