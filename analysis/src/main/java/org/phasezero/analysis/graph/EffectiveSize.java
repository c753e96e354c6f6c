package org.phasezero.analysis.graph;

/**
 * Burt's effective size: the number of a node's contacts less their redundancy, {@code ES_i =
 * Σ_{j ∈ N(i)} (1 − Σ_{q ∈ N(i), q ≠ j} p_iq m_jq)}, with {@code p} the tie proportions of {@link
 * TieProportions} and {@code m_jq = w_jq / max_k w_jk} (Burt 1992, Structural Holes, Harvard UP,
 * ch. 2). For an unweighted undirected graph this reduces to Borgatti's form {@code ES_i = n_i −
 * 2t_i / n_i}, with {@code n_i} the degree and {@code t_i} the number of ties among the neighbours
 * (Borgatti 1997, "Structural holes: unpacking Burt's redundancy measures", Connections
 * 20(1):35–38); networkx {@code effective_size} computes the same.
 *
 * <p>Conventions: ties are taken regardless of direction, a reciprocated pair in a directed graph
 * weighing twice a one-way arc; edge weights (distances) are ignored. An isolated node: NaN. Range
 * [1, degree] for non-isolated nodes. Time O(Σ_v deg(v)²).
 */
public final class EffectiveSize {

  private EffectiveSize() {}

  public static double[] of(Graph g) {
    TieProportions t = new TieProportions(g);
    Graph ties = t.ties;
    int n = ties.nodeCount();
    double[] result = new double[n];
    int[] mark = new int[n];
    java.util.Arrays.fill(mark, -1);
    double[] redundancy = new double[n];
    for (int i = 0; i < n; i++) {
      int from = ties.outStart[i];
      int to = ties.outStart[i + 1];
      if (from == to) {
        result[i] = Double.NaN;
        continue;
      }
      for (int a = from; a < to; a++) {
        int j = ties.outTargets[a];
        mark[j] = i;
        redundancy[j] = 0;
      }
      // Σ over q ∈ N(i) and j ∈ N(q) ∩ N(i) of p_iq · w_qj / max_k w_jk.
      for (int a = from; a < to; a++) {
        int q = ties.outTargets[a];
        double piq = t.proportion[a];
        for (int b = ties.outStart[q]; b < ties.outStart[q + 1]; b++) {
          int j = ties.outTargets[b];
          if (mark[j] == i) {
            redundancy[j] += piq * t.weight(b) / t.strongest[j];
          }
        }
      }
      double es = 0;
      for (int a = from; a < to; a++) {
        es += 1 - redundancy[ties.outTargets[a]];
      }
      result[i] = es;
    }
    return result;
  }
}
