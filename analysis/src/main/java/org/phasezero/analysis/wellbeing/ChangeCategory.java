package org.phasezero.analysis.wellbeing;

/**
 * Whether one person's change reaches the meaningful-change threshold.
 *
 * <p>Convention: a change of at least the threshold is {@link #IMPROVED}; at most minus the
 * threshold is {@link #WORSENED}; anything strictly between is {@link #NO_CHANGE}. Changes are
 * compared after rounding to 1e-9, so that a metric difference such as 16.36 − 15.32 counts as
 * exactly the 1.04 it is printed as, not as its binary approximation.
 */
public enum ChangeCategory {
  IMPROVED, NO_CHANGE, WORSENED;

  private static final double ROUNDING = 1e9;

  /** Classifies a change (post − pre) against a threshold {@code > 0}. */
  public static ChangeCategory of(double change, double threshold) {
    if (!(threshold > 0) || Double.isInfinite(threshold)) {
      throw new IllegalArgumentException("meaningful-change threshold must be positive, found "
          + threshold);
    }
    double c = Math.rint(change * ROUNDING) / ROUNDING;
    if (c >= threshold) {
      return IMPROVED;
    }
    if (c <= -threshold) {
      return WORSENED;
    }
    return NO_CHANGE;
  }
}
