package org.phasezero.analysis.graph;

/**
 * The tie proportions of Burt's structural-hole measures on the tie graph ({@link Graph#ties()}):
 * {@code p_ij = w_ij / Σ_k w_ik}, the share of {@code i}'s network time and energy invested in
 * {@code j}, where {@code w_ij} is the mutual tie weight (the number of arcs between {@code i} and
 * {@code j}: 1, or 2 when reciprocated in a directed graph). {@code proportion[a]} belongs to the
 * CSR slot {@code a} of arc {@code i → targets[a]}; {@code strongest[j] = max_k w_jk}.
 */
final class TieProportions {

  final Graph ties;
  final double[] proportion;
  final double[] strongest;

  TieProportions(Graph g) {
    ties = g.ties();
    int n = ties.nodeCount();
    proportion = new double[ties.outTargets.length];
    strongest = new double[n];
    for (int i = 0; i < n; i++) {
      double total = 0;
      for (int a = ties.outStart[i]; a < ties.outStart[i + 1]; a++) {
        double w = weight(a);
        total += w;
        strongest[i] = Math.max(strongest[i], w);
      }
      for (int a = ties.outStart[i]; a < ties.outStart[i + 1]; a++) {
        proportion[a] = weight(a) / total;
      }
    }
  }

  double weight(int slot) {
    return ties.outWeights == null ? 1.0 : ties.outWeights[slot];
  }
}
