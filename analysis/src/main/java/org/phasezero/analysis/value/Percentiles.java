package org.phasezero.analysis.value;

/**
 * Sample percentiles by linear interpolation between order statistics.
 *
 * <p><b>Definition.</b> For sorted x₀ ≤ … ≤ x<sub>n−1</sub> and q in [0, 1], h = (n − 1)q and
 * Q(q) = x<sub>⌊h⌋</sub> + (h − ⌊h⌋)(x<sub>⌊h⌋+1</sub> − x<sub>⌊h⌋</sub>): type 7 of Hyndman
 * &amp; Fan (1996), "Sample quantiles in statistical packages", <i>The American Statistician</i>
 * 50(4), the default of R and numpy, so figures can be checked against either.
 *
 * <p><b>Complexity.</b> O(1) on sorted data.
 */
public final class Percentiles {

  private Percentiles() {}

  /** The q-quantile (0 ≤ q ≤ 1) of values already sorted ascending; n ≥ 1. */
  public static double ofSorted(double[] sorted, double q) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("quantile must be between 0 and 1, found " + q);
    }
    double h = (sorted.length - 1) * q;
    int i = (int) Math.floor(h);
    if (i >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    return sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]);
  }
}
