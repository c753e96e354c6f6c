package org.phasezero.analysis.value;

import java.util.Arrays;

/**
 * Mean and 5th, 50th and 95th percentiles (type 7, see {@link Percentiles}) of simulated values.
 *
 * @param mean arithmetic mean
 * @param p5 5th percentile
 * @param p50 median
 * @param p95 95th percentile
 */
public record DistributionSummary(double mean, double p5, double p50, double p95) {

  /** Summarises the values; sorts a copy, so O(n log n). */
  public static DistributionSummary of(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (double v : sorted) {
      sum += v;
    }
    return new DistributionSummary(sum / sorted.length, Percentiles.ofSorted(sorted, 0.05),
        Percentiles.ofSorted(sorted, 0.50), Percentiles.ofSorted(sorted, 0.95));
  }
}
