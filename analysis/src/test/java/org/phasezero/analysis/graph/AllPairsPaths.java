package org.phasezero.analysis.graph;

import java.util.Arrays;

/**
 * A deliberately naive oracle for the tests: all-pairs shortest distances (Floyd–Warshall) and
 * shortest-path counts, and betweenness straight from Freeman's definition, {@code σ_st(v) = σ_sv ·
 * σ_vt} when {@code d(s,v) + d(v,t) = d(s,t)}. O(n³) and O(n²) memory; exact comparisons, so use
 * integer weights.
 */
final class AllPairsPaths {

  final int n;
  final double[][] d;
  final double[][] sigma;

  AllPairsPaths(Graph g) {
    n = g.nodeCount();
    d = new double[n][n];
    for (double[] row : d) {
      Arrays.fill(row, Double.POSITIVE_INFINITY);
    }
    for (int u = 0; u < n; u++) {
      d[u][u] = 0;
      for (int v = 0; v < n; v++) {
        if (g.hasArc(u, v)) {
          d[u][v] = g.isWeighted() ? g.weight(u, v) : 1;
        }
      }
    }
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          d[i][j] = Math.min(d[i][j], d[i][k] + d[k][j]);
        }
      }
    }
    // σ(s, t) = Σ over last steps u → t on a shortest path of σ(s, u), nodes taken by distance.
    sigma = new double[n][n];
    for (int s = 0; s < n; s++) {
      Integer[] byDistance = new Integer[n];
      for (int v = 0; v < n; v++) {
        byDistance[v] = v;
      }
      double[] ds = d[s];
      Arrays.sort(byDistance, (x, y) -> Double.compare(ds[x], ds[y]));
      sigma[s][s] = 1;
      for (int t : byDistance) {
        if (t == s || ds[t] == Double.POSITIVE_INFINITY) {
          continue;
        }
        for (int u = 0; u < n; u++) {
          if (g.hasArc(u, t) && ds[u] + (g.isWeighted() ? g.weight(u, t) : 1) == ds[t]) {
            sigma[s][t] += sigma[s][u];
          }
        }
      }
    }
  }

  /** {@code σ_st(v) / σ_st}: the fraction of shortest s–t paths through {@code v}. */
  double through(int s, int v, int t) {
    if (v == s || v == t || sigma[s][t] == 0 || d[s][v] + d[v][t] != d[s][t]) {
      return 0;
    }
    return sigma[s][v] * sigma[v][t] / sigma[s][t];
  }

  /** Betweenness by definition: ordered pairs, halved when undirected. */
  double[] betweenness(boolean directed) {
    double[] b = new double[n];
    for (int s = 0; s < n; s++) {
      for (int t = 0; t < n; t++) {
        if (s != t) {
          for (int v = 0; v < n; v++) {
            b[v] += through(s, v, t);
          }
        }
      }
    }
    if (!directed) {
      for (int v = 0; v < n; v++) {
        b[v] /= 2;
      }
    }
    return b;
  }
}
