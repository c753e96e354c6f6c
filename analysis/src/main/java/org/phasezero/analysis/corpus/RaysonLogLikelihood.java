package org.phasezero.analysis.corpus;

/**
 * The two-term log-likelihood of Rayson &amp; Garside (2000, "Comparing corpora using frequency
 * profiling"), as in the Lancaster UCREL log-likelihood calculator: for a word with frequency a in
 * a corpus of c tokens and b in a corpus of d tokens,
 *
 * <pre>E1 = c(a + b)/(c + d),  E2 = d(a + b)/(c + d),  LL = 2 (a ln(a/E1) + b ln(b/E2))</pre>
 *
 * <p>with 0·ln 0 = 0. It keeps only the word's own row of the 2×2 table; the four-term G² of
 * Dunning (1993) is {@link DunningLogLikelihood#keyness}. This two-term form is PhaseZero's
 * default for keyness because it is what the widely used Lancaster calculator and Wmatrix report.
 * Always ≥ 0. O(1).
 */
public final class RaysonLogLikelihood {

  private RaysonLogLikelihood() {}

  public static double of(long a, long c, long b, long d) {
    check(a, c, b, d);
    double e1 = c * (double) (a + b) / ((double) c + d);
    double e2 = d * (double) (a + b) / ((double) c + d);
    double ll = 2 * (term(a, e1) + term(b, e2));
    return Math.max(0, ll);
  }

  /** Frequencies and sizes must be non-negative, a frequency at most its corpus size. */
  static void check(long a, long c, long b, long d) {
    if (a < 0 || b < 0 || c < 0 || d < 0) {
      throw new IllegalArgumentException("frequencies and corpus sizes must not be negative");
    }
    if (a > c || b > d) {
      throw new IllegalArgumentException("a frequency cannot exceed its corpus size");
    }
    if (c == 0 || d == 0) {
      throw new IllegalArgumentException("corpus sizes must be positive");
    }
  }

  private static double term(long observed, double expected) {
    return observed == 0 ? 0 : observed * Math.log(observed / expected);
  }
}
