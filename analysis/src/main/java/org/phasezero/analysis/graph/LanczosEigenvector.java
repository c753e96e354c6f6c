package org.phasezero.analysis.graph;

import java.util.Arrays;

/**
 * The leading eigenvector of the adjacency matrix of an undirected graph by explicitly restarted
 * Lanczos iteration with full reorthogonalisation (Lanczos 1950; Golub &amp; Van Loan, Matrix
 * Computations, 4th ed., §10.1 and §10.3): used by {@link EigenvectorCentrality} when plain power
 * iteration converges too slowly, as on long chains whose two top eigenvalues almost coincide
 * (a path of n nodes has a gap of about 3π²/n², so power iteration needs O(n²) steps; Lanczos
 * needs O(n) per digit).
 *
 * <p>Each cycle builds a Krylov basis of up to {@value #KRYLOV} vectors from the current estimate,
 * finds the largest eigenvalue of the small tridiagonal matrix by Sturm-sequence bisection and its
 * eigenvector by inverse iteration (tridiagonal LU with partial pivoting), and restarts from the
 * Ritz vector, until the residual {@code ‖Ax − θx‖ ≤ 1e-10 · θ}. Cost per cycle O(k·m + k²·n),
 * memory O(k·n).
 */
final class LanczosEigenvector {

  static final int KRYLOV = 200;
  private static final int MAX_CYCLES = 200;
  private static final double RESIDUAL = 1e-10;

  private LanczosEigenvector() {}

  /** The leading eigenvector (unit length), or null when the restarts do not converge. */
  static double[] of(Graph g, double[] start) {
    int n = g.nodeCount();
    double[] x = start.clone();
    double[] ax = new double[n];
    for (int cycle = 0; cycle < MAX_CYCLES; cycle++) {
      x = cycle(g, x, Math.min(n, KRYLOV));
      multiply(g, x, ax);
      double theta = dot(x, ax);
      double residual = 0;
      for (int v = 0; v < n; v++) {
        double r = ax[v] - theta * x[v];
        residual += r * r;
      }
      if (Math.sqrt(residual) <= RESIDUAL * Math.abs(theta)) {
        return x;
      }
    }
    return null;
  }

  private static double[] cycle(Graph g, double[] start, int k) {
    int n = g.nodeCount();
    double[][] q = new double[k][];
    double[] alpha = new double[k];
    double[] beta = new double[k];
    double[] current = start.clone();
    scale(current, 1 / Math.sqrt(dot(current, current)));
    int m = 0;
    while (m < k) {
      q[m] = current;
      double[] w = new double[n];
      multiply(g, current, w);
      alpha[m] = dot(w, current);
      // Full reorthogonalisation, twice ("twice is enough"), against every basis vector so far.
      for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i <= m; i++) {
          double c = dot(w, q[i]);
          for (int v = 0; v < n; v++) {
            w[v] -= c * q[i][v];
          }
        }
      }
      double norm = Math.sqrt(dot(w, w));
      m++;
      if (m == k || norm <= 1e-12 * Math.max(1, Math.abs(alpha[m - 1]))) {
        break; // basis complete, or an invariant subspace was found
      }
      beta[m - 1] = norm;
      scale(w, 1 / norm);
      current = w;
    }
    double theta = largestEigenvalue(alpha, beta, m);
    double[] y = tridiagonalEigenvector(alpha, beta, m, theta);
    double[] x = new double[n];
    for (int i = 0; i < m; i++) {
      for (int v = 0; v < n; v++) {
        x[v] += y[i] * q[i][v];
      }
    }
    scale(x, 1 / Math.sqrt(dot(x, x)));
    return x;
  }

  /** Largest eigenvalue of the m×m tridiagonal (alpha, beta) by Sturm-sequence bisection. */
  static double largestEigenvalue(double[] alpha, double[] beta, int m) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < m; i++) {
      double r = (i > 0 ? Math.abs(beta[i - 1]) : 0) + (i < m - 1 ? Math.abs(beta[i]) : 0);
      lo = Math.min(lo, alpha[i] - r);
      hi = Math.max(hi, alpha[i] + r); // Gershgorin bounds
    }
    for (int step = 0; step < 200 && hi - lo > 1e-15 * Math.max(1, Math.abs(hi)); step++) {
      double mid = (lo + hi) / 2;
      if (countAbove(alpha, beta, m, mid) > 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  /** Eigenvalues greater than {@code x}: sign changes of the LDLᵀ pivots of T − xI. */
  private static int countAbove(double[] alpha, double[] beta, int m, double x) {
    int below = 0;
    double d = 1;
    for (int i = 0; i < m; i++) {
      double b2 = i > 0 ? beta[i - 1] * beta[i - 1] : 0;
      d = alpha[i] - x - (i > 0 ? b2 / d : 0);
      if (d == 0) {
        d = -1e-300;
      }
      if (d < 0) {
        below++;
      }
    }
    return m - below;
  }

  /** Eigenvector for {@code theta} by three steps of inverse iteration on T − θI. */
  private static double[] tridiagonalEigenvector(double[] alpha, double[] beta, int m,
      double theta) {
    double[] y = new double[m];
    Arrays.fill(y, 1);
    double shift = theta + 1e-13 * Math.max(1, Math.abs(theta));
    for (int iteration = 0; iteration < 3; iteration++) {
      y = solveShifted(alpha, beta, m, shift, y);
      scale(y, 1 / Math.sqrt(dot(y, y)));
    }
    return y;
  }

  /** Solves (T − sI) z = b by Gaussian elimination with partial pivoting (tridiagonal). */
  private static double[] solveShifted(double[] alpha, double[] beta, int m, double s,
      double[] b) {
    double[] diag = new double[m];
    double[] upper = new double[m];
    double[] upper2 = new double[m];
    double[] lower = new double[m];
    double[] rhs = b.clone();
    for (int i = 0; i < m; i++) {
      diag[i] = alpha[i] - s;
      upper[i] = i < m - 1 ? beta[i] : 0;
      lower[i] = i < m - 1 ? beta[i] : 0;
    }
    for (int i = 0; i < m - 1; i++) {
      if (Math.abs(lower[i]) > Math.abs(diag[i])) {
        // Swap rows i and i + 1; row i gains a second superdiagonal entry.
        double d = diag[i];
        double u = upper[i];
        double r = rhs[i];
        diag[i] = lower[i];
        upper[i] = diag[i + 1];
        upper2[i] = upper[i + 1];
        rhs[i] = rhs[i + 1];
        lower[i] = d;
        diag[i + 1] = u;
        upper[i + 1] = 0;
        rhs[i + 1] = r;
      }
      double f = diag[i] == 0 ? 0 : lower[i] / diag[i];
      diag[i + 1] -= f * upper[i];
      upper[i + 1] -= f * upper2[i];
      rhs[i + 1] -= f * rhs[i];
    }
    double[] z = new double[m];
    for (int i = m - 1; i >= 0; i--) {
      double t = rhs[i];
      if (i + 1 < m) {
        t -= upper[i] * z[i + 1];
      }
      if (i + 2 < m) {
        t -= upper2[i] * z[i + 2];
      }
      double d = diag[i] == 0 ? 1e-300 : diag[i];
      z[i] = t / d;
    }
    return z;
  }

  static void multiply(Graph g, double[] x, double[] into) {
    for (int v = 0; v < x.length; v++) {
      double s = 0;
      for (int i = g.inStart[v]; i < g.inStart[v + 1]; i++) {
        s += x[g.inSources[i]];
      }
      into[v] = s;
    }
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static void scale(double[] a, double factor) {
    for (int i = 0; i < a.length; i++) {
      a[i] *= factor;
    }
  }
}
