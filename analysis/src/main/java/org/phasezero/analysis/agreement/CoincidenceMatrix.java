package org.phasezero.analysis.agreement;

/**
 * The coincidence matrix of a reliability data matrix (Krippendorff 2011, section B): o<sub>ck</sub>
 * = Σ<sub>u</sub> (number of ordered pairs of values (c, k) from different coders in unit u) /
 * (m<sub>u</sub> − 1), over the pairable units (m<sub>u</sub> ≥ 2 values). Its marginals
 * n<sub>c</sub> = Σ<sub>k</sub> o<sub>ck</sub> count the pairable values of each category and
 * n = Σ n<sub>c</sub> is the number of pairable values.
 *
 * <p>Built in one pass over the cells: O(Σ<sub>u</sub> m<sub>u</sub>²) time (at most coders × values)
 * and O(K²) memory for K categories, so it suits coded data with up to a few thousand categories.
 */
public final class CoincidenceMatrix {

  private final int categories;
  private final double[] counts;
  private final double[] marginals;
  private final double total;
  private final int pairableUnits;

  CoincidenceMatrix(int categories, double[] counts, int pairableUnits) {
    this.categories = categories;
    this.counts = counts;
    this.pairableUnits = pairableUnits;
    this.marginals = new double[categories];
    double sum = 0;
    for (int c = 0; c < categories; c++) {
      double row = 0;
      for (int k = 0; k < categories; k++) {
        row += counts[c * categories + k];
      }
      marginals[c] = row;
      sum += row;
    }
    this.total = sum;
  }

  /** The coincidence matrix of all units. */
  public static CoincidenceMatrix of(ReliabilityData data) {
    return of(data, null);
  }

  /**
   * The coincidence matrix of the given units (repeats allowed, as in a bootstrap resample), or of
   * all units when {@code units} is null.
   */
  static CoincidenceMatrix of(ReliabilityData data, int[] units) {
    int k = data.categories();
    if ((long) k * k > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many categories for a coincidence matrix: " + k);
    }
    double[] counts = new double[k * k];
    // Reused buffer of the unit's present values: no allocation per unit.
    int[] present = new int[data.coders()];
    int pairable = 0;
    int n = units == null ? data.units() : units.length;
    for (int i = 0; i < n; i++) {
      int values = data.presentCodes(units == null ? i : units[i], present);
      if (values < 2) {
        continue;
      }
      pairable++;
      double weight = 1.0 / (values - 1);
      for (int a = 0; a < values; a++) {
        int row = present[a] * k;
        for (int b = a + 1; b < values; b++) {
          counts[row + present[b]] += weight;
          counts[present[b] * k + present[a]] += weight;
        }
      }
    }
    return new CoincidenceMatrix(k, counts, pairable);
  }

  public int categories() {
    return categories;
  }

  /** o<sub>ck</sub>. */
  public double count(int c, int k) {
    return counts[c * categories + k];
  }

  /** n<sub>c</sub>, the pairable values of category c. */
  public double marginal(int c) {
    return marginals[c];
  }

  /** n, the number of pairable values. */
  public double total() {
    return total;
  }

  /** Units with at least two values. */
  public int pairableUnits() {
    return pairableUnits;
  }

  double[] countsView() {
    return counts;
  }

  double[] marginalsView() {
    return marginals;
  }
}
