package org.phasezero.analysis.agreement;

/**
 * The level of measurement of coded values, which fixes the squared difference function
 * δ²(c, k) used by {@link KrippendorffAlpha}.
 *
 * <p>Definitions follow Krippendorff, K. (2011) "Computing Krippendorff's Alpha-Reliability",
 * University of Pennsylvania, section E: nominal δ² = 0 if c = k else 1; ordinal
 * δ² = (Σ<sub>g=c..k</sub> n<sub>g</sub> − (n<sub>c</sub> + n<sub>k</sub>)/2)², where n<sub>g</sub> are
 * the marginal sums of the coincidence matrix (so the metric depends on the data, not on the
 * label values, only on their order); interval δ² = (c − k)²; ratio δ² = ((c − k)/(c + k))².
 */
public enum MeasurementLevel {
  NOMINAL, ORDINAL, INTERVAL, RATIO;

  /**
   * The K×K matrix of squared differences between categories, flattened row-major.
   *
   * @param values the numeric value of each category, ascending (only the order matters for
   *     nominal and ordinal)
   * @param marginals the coincidence-matrix marginal sums n<sub>c</sub> (used by ordinal only)
   */
  public double[] squaredDifferences(double[] values, double[] marginals) {
    int k = values.length;
    double[] delta = new double[k * k];
    double[] prefix = this == ORDINAL ? prefixSums(marginals) : null;
    for (int c = 0; c < k; c++) {
      for (int d = c + 1; d < k; d++) {
        double value = switch (this) {
          case NOMINAL -> 1.0;
          case ORDINAL -> {
            // Σ_{g=c..d} n_g − (n_c + n_d)/2, with prefix[i] = Σ_{g<i} n_g
            double between = prefix[d + 1] - prefix[c] - (marginals[c] + marginals[d]) / 2.0;
            yield between * between;
          }
          case INTERVAL -> {
            double diff = values[c] - values[d];
            yield diff * diff;
          }
          case RATIO -> {
            double sum = values[c] + values[d];
            // Both zero: identical values, no difference (avoids 0/0).
            double ratio = sum == 0.0 ? 0.0 : (values[c] - values[d]) / sum;
            yield ratio * ratio;
          }
        };
        delta[c * k + d] = value;
        delta[d * k + c] = value;
      }
    }
    return delta;
  }

  private static double[] prefixSums(double[] marginals) {
    double[] prefix = new double[marginals.length + 1];
    for (int i = 0; i < marginals.length; i++) {
      prefix[i + 1] = prefix[i] + marginals[i];
    }
    return prefix;
  }

  /** The lower-case name used on the command line and in JSON. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
