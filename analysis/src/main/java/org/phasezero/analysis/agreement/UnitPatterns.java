package org.phasezero.analysis.agreement;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The pairable units of reliability data grouped by pattern: how many of a unit's values fall in
 * each category. A unit's contribution to the coincidence matrix depends on its pattern only, so a
 * bootstrap replicate needs only how often each pattern was drawn. Used where patterns are few
 * relative to units; {@link #of} answers null otherwise.
 */
final class UnitPatterns {

  private final int categories;
  private final int[] patternOf;
  private final double[][] contributions;

  private UnitPatterns(int categories, int[] patternOf, double[][] contributions) {
    this.categories = categories;
    this.patternOf = patternOf;
    this.contributions = contributions;
  }

  /**
   * The patterns of the given pairable units, or null when they are too many for grouping to pay
   * (more than one pattern per K² units, K categories).
   */
  static UnitPatterns of(ReliabilityData data, int[] pairable) {
    int k = data.categories();
    int[] present = new int[data.coders()];
    Map<String, Integer> index = new HashMap<>();
    int[] patternOf = new int[pairable.length];
    double[][] found = new double[Math.max(1, Math.min(pairable.length, 1 << 12))][];
    int[] counts = new int[k];
    for (int i = 0; i < pairable.length; i++) {
      int values = data.presentCodes(pairable[i], present);
      Arrays.fill(counts, 0);
      for (int v = 0; v < values; v++) {
        counts[present[v]]++;
      }
      String key = Arrays.toString(counts);
      Integer at = index.get(key);
      if (at == null) {
        at = index.size();
        if (at >= found.length || (long) (at + 1) * k * k > pairable.length) {
          return null;
        }
        index.put(key, at);
        found[at] = contribution(present, values, k);
      }
      patternOf[i] = at;
    }
    return new UnitPatterns(k, patternOf, Arrays.copyOf(found, index.size()));
  }

  /** One unit's coincidences: each ordered pair of its values weighted 1/(m_u − 1). */
  private static double[] contribution(int[] present, int values, int k) {
    double[] c = new double[k * k];
    double weight = 1.0 / (values - 1);
    for (int a = 0; a < values; a++) {
      for (int b = a + 1; b < values; b++) {
        c[present[a] * k + present[b]] += weight;
        c[present[b] * k + present[a]] += weight;
      }
    }
    return c;
  }

  int count() {
    return contributions.length;
  }

  /** The pattern of the i-th pairable unit. */
  int of(int i) {
    return patternOf[i];
  }

  /** The coincidence matrix of a resample in which pattern p was drawn {@code drawn[p]} times. */
  CoincidenceMatrix coincidences(long[] drawn, int units) {
    double[] sum = new double[categories * categories];
    for (int p = 0; p < drawn.length; p++) {
      if (drawn[p] == 0) {
        continue;
      }
      double times = drawn[p];
      double[] c = contributions[p];
      for (int j = 0; j < sum.length; j++) {
        sum[j] += times * c[j];
      }
    }
    return new CoincidenceMatrix(categories, sum, units);
  }
}
