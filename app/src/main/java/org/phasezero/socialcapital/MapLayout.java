package org.phasezero.socialcapital;

import java.util.List;
import java.util.Random;

/**
 * Where each node of the map is drawn: Fruchterman and Reingold's force-directed layout (1991,
 * "Graph drawing by force-directed placement", Software: Practice and Experience 21:1129–1164),
 * with tied nodes pulled together and every pair pushed apart, cooling over a fixed number of rounds.
 * Deterministic (seeded from the node count), so the map of the same network looks the same on
 * every visit and in the server-drawn picture and the interactive one. Coordinates fall in a square
 * of {@link #SIZE}; time O(rounds · (n² + m)), which is why the map draws at most a few hundred nodes.
 */
final class MapLayout {

  static final int SIZE = 1000;
  private static final int ROUNDS = 120;
  private static final int MARGIN = 30;

  private MapLayout() {}

  /** Positions {@code [x, y]} of {@code n} nodes tied by {@code edges} (pairs of indexes). */
  static double[][] of(int n, List<int[]> edges) {
    double[][] p = new double[n][2];
    if (n == 0) {
      return p;
    }
    Random random = new Random(n * 7919L);
    for (int v = 0; v < n; v++) {
      p[v][0] = random.nextDouble() * SIZE;
      p[v][1] = random.nextDouble() * SIZE;
    }
    double k = Math.sqrt((double) SIZE * SIZE / n);
    double temperature = SIZE / 10.0;
    double[][] d = new double[n][2];
    for (int round = 0; round < ROUNDS; round++) {
      for (double[] row : d) {
        row[0] = 0;
        row[1] = 0;
      }
      for (int v = 0; v < n; v++) {
        for (int u = v + 1; u < n; u++) {
          double dx = p[v][0] - p[u][0];
          double dy = p[v][1] - p[u][1];
          double dist2 = Math.max(dx * dx + dy * dy, 0.01);
          double f = k * k / dist2; // repulsion k²/d, applied along (dx, dy)/d
          d[v][0] += dx * f;
          d[v][1] += dy * f;
          d[u][0] -= dx * f;
          d[u][1] -= dy * f;
        }
      }
      for (int[] e : edges) {
        double dx = p[e[0]][0] - p[e[1]][0];
        double dy = p[e[0]][1] - p[e[1]][1];
        double dist = Math.max(Math.sqrt(dx * dx + dy * dy), 0.01);
        double f = dist / k; // attraction d²/k, applied along (dx, dy)/d
        d[e[0]][0] -= dx * f;
        d[e[0]][1] -= dy * f;
        d[e[1]][0] += dx * f;
        d[e[1]][1] += dy * f;
      }
      for (int v = 0; v < n; v++) {
        double len = Math.max(Math.sqrt(d[v][0] * d[v][0] + d[v][1] * d[v][1]), 0.01);
        double step = Math.min(len, temperature);
        p[v][0] += d[v][0] / len * step;
        p[v][1] += d[v][1] / len * step;
      }
      temperature *= 0.96;
    }
    fit(p);
    return p;
  }

  /** Scales the positions into the square, keeping the aspect ratio. */
  private static void fit(double[][] p) {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (double[] q : p) {
      minX = Math.min(minX, q[0]);
      maxX = Math.max(maxX, q[0]);
      minY = Math.min(minY, q[1]);
      maxY = Math.max(maxY, q[1]);
    }
    double span = Math.max(Math.max(maxX - minX, maxY - minY), 1e-9);
    double scale = (SIZE - 2.0 * MARGIN) / span;
    for (double[] q : p) {
      q[0] = MARGIN + (q[0] - minX) * scale;
      q[1] = MARGIN + (q[1] - minY) * scale;
    }
  }
}
