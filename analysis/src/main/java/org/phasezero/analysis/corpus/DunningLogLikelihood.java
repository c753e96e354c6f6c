package org.phasezero.analysis.corpus;

/**
 * The four-term log-likelihood ratio G² of Dunning (1993, "Accurate methods for the statistics of
 * surprise and coincidence") over a 2×2 table of observed counts:
 *
 * <pre>G² = 2 Σ_ij Oij · ln(Oij / Eij),   Eij = (row i total)(column j total) / N</pre>
 *
 * <p>Terms with Oij = 0 contribute 0 (the limit of x ln x). For keyness the table is
 * [[a, b], [c − a, d − b]] with a, b the word's frequencies and c, d the corpus sizes; it differs
 * from the two-term {@link RaysonLogLikelihood} by the terms of the "other words" row. Always ≥ 0.
 * O(1).
 */
public final class DunningLogLikelihood {

  private DunningLogLikelihood() {}

  /** G² of the table [[o11, o12], [o21, o22]]. */
  public static double g2(double o11, double o12, double o21, double o22) {
    if (o11 < 0 || o12 < 0 || o21 < 0 || o22 < 0) {
      throw new IllegalArgumentException("contingency counts must not be negative");
    }
    double n = o11 + o12 + o21 + o22;
    double r1 = o11 + o12;
    double r2 = o21 + o22;
    double c1 = o11 + o21;
    double c2 = o12 + o22;
    double sum = term(o11, r1 * c1 / n) + term(o12, r1 * c2 / n) + term(o21, r2 * c1 / n)
        + term(o22, r2 * c2 / n);
    // Rounding can leave a tiny negative value when O = E everywhere; G² is never negative.
    return Math.max(0, 2 * sum);
  }

  /** G² for keyness: frequency a in a corpus of c tokens against b in a corpus of d tokens. */
  public static double keyness(long a, long c, long b, long d) {
    RaysonLogLikelihood.check(a, c, b, d);
    return g2(a, b, c - a, d - b);
  }

  private static double term(double observed, double expected) {
    return observed == 0 ? 0 : observed * Math.log(observed / expected);
  }
}
