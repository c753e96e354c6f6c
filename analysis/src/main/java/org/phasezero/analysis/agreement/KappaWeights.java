package org.phasezero.analysis.agreement;

/**
 * Disagreement weights for {@link CohenKappa} between categories i and j of K ordered categories
 * (Cohen, J. 1968, "Weighted kappa", Psychological Bulletin 70:213–220): unweighted 0 on the
 * diagonal and 1 elsewhere; linear |i − j|/(K − 1); quadratic (i − j)²/(K − 1)². Weights use the
 * categories' positions in their order, not their numeric values (as scikit-learn's
 * cohen_kappa_score does).
 */
public enum KappaWeights {
  UNWEIGHTED, LINEAR, QUADRATIC;

  /** The disagreement weight of categories i and j out of k, in [0, 1]. */
  public double weight(int i, int j, int k) {
    if (i == j) {
      return 0;
    }
    double distance = Math.abs(i - j) / (double) (k - 1);
    return switch (this) {
      case UNWEIGHTED -> 1;
      case LINEAR -> distance;
      case QUADRATIC -> distance * distance;
    };
  }

  /** The lower-case name used on the command line and in JSON. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
