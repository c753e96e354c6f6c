package org.phasezero.analysis.value;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts of values in equal-width bins, for drawing a distribution (e.g. of simulated SROI ratios).
 *
 * <p><b>Definition.</b> With k bins over [min, max] of the values, width w = (max − min) / k; bin
 * i holds the values v with min + i·w ≤ v &lt; min + (i + 1)·w, and the last bin also holds max
 * itself (so every value is counted once and Σ counts = n). When every value is equal there is one
 * bin [v, v] holding them all.
 *
 * <p><b>Example.</b> Values 1, 2, 2, 3, 4 in 3 bins: w = 1, bins [1, 2) [2, 3) [3, 4] with counts
 * 1, 2, 2.
 *
 * <p><b>Complexity.</b> O(n + k).
 *
 * @param bins the bins in ascending order
 */
public record Histogram(List<Bin> bins) {

  /** One bin: its bounds and how many values fell in it. */
  public record Bin(double from, double to, int count) {}

  public Histogram {
    bins = List.copyOf(bins);
  }

  /** The values in {@code k} equal-width bins; k ≥ 1 and at least one value, none NaN. */
  public static Histogram of(double[] values, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("bins: must be at least 1, found " + k);
    }
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (Double.isNaN(v)) {
        throw new IllegalArgumentException("a value is not a number");
      }
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    if (min == max) {
      return new Histogram(List.of(new Bin(min, max, values.length)));
    }
    double width = (max - min) / k;
    int[] counts = new int[k];
    for (double v : values) {
      int i = (int) ((v - min) / width);
      counts[Math.min(k - 1, i)]++;
    }
    List<Bin> bins = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      bins.add(new Bin(min + i * width, i == k - 1 ? max : min + (i + 1) * width, counts[i]));
    }
    return new Histogram(bins);
  }

  /** The largest count in a bin. */
  public int tallest() {
    return bins.stream().mapToInt(Bin::count).max().orElse(0);
  }
}
