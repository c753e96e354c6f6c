package org.phasezero.analysis.wellbeing;

/**
 * Whether one person's change reaches the meaningful-change threshold.
 *
 * <p>Convention: a change of at least the threshold is {@link #IMPROVED}; at most minus the
 * threshold is {@link #WORSENED}; anything strictly between is {@link #NO_CHANGE}. A change within
 * {@value #TOLERANCE} of the threshold counts as reaching it, so that a metric difference such as
 * 15.32 − 14.32 counts as the 1.00 it is printed as, not as its binary approximation
 * 0.99999999999999982 (metric scores have two decimals, so no real change lies that close).
 */
public enum ChangeCategory {
  IMPROVED, NO_CHANGE, WORSENED;

  /** How close to the threshold a change counts as reaching it. */
  public static final double TOLERANCE = 1e-9;

  /** Classifies a change (post − pre) against a threshold {@code > 0}. */
  public static ChangeCategory of(double change, double threshold) {
    requireThreshold(threshold);
    if (change >= threshold - TOLERANCE) {
      return IMPROVED;
    }
    if (change <= -threshold + TOLERANCE) {
      return WORSENED;
    }
    return NO_CHANGE;
  }

  /** Rejects a threshold that is not a positive finite number. */
  static void requireThreshold(double threshold) {
    if (!(threshold > 0) || Double.isInfinite(threshold)) {
      throw new IllegalArgumentException("meaningful-change threshold must be positive, found "
          + threshold);
    }
  }
}
