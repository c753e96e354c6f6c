package org.phasezero.analysis.graph;

/**
 * Burt's constraint: how much a node's ties lead back into one another, so that the node has no
 * structural holes to broker. {@code c_i = Σ_{j ∈ N(i)} (p_ij + Σ_{q ∈ N(i), q ≠ j} p_iq p_qj)²}
 * with {@code p} the tie proportions of {@link TieProportions} (Burt 1992, Structural Holes: The
 * Social Structure of Competition, Harvard UP, ch. 2; as in networkx {@code
 * constraint}).
 *
 * <p>Conventions: ties are taken regardless of direction; in a directed graph a reciprocated pair
 * weighs twice a one-way arc. Edge weights are ignored (they are distances here, not tie
 * strengths). An isolated node has no defined constraint: NaN. Examples: a node with one tie has
 * constraint 1, each node of a triangle {@code 2 · (1/2 + 1/4)² = 9/8}, the hub of a star with
 * {@code k} unconnected leaves {@code 1/k}.
 *
 * <p>Time O(Σ_v deg(v)²): for each node, each neighbour's neighbour list is scanned once against a
 * marker array.
 */
public final class BurtConstraint {

  private BurtConstraint() {}

  public static double[] of(Graph g) {
    TieProportions t = new TieProportions(g);
    Graph ties = t.ties;
    int n = ties.nodeCount();
    double[] result = new double[n];
    int[] mark = new int[n];
    java.util.Arrays.fill(mark, -1);
    double[] direct = new double[n];
    double[] indirect = new double[n];
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
        direct[j] = t.proportion[a];
        indirect[j] = 0;
      }
      for (int a = from; a < to; a++) {
        int q = ties.outTargets[a];
        double piq = t.proportion[a];
        for (int b = ties.outStart[q]; b < ties.outStart[q + 1]; b++) {
          int j = ties.outTargets[b];
          if (mark[j] == i) {
            indirect[j] += piq * t.proportion[b];
          }
        }
      }
      double c = 0;
      for (int a = from; a < to; a++) {
        int j = ties.outTargets[a];
        double local = direct[j] + indirect[j];
        c += local * local;
      }
      result[i] = c;
    }
    return result;
  }
}
