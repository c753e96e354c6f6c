package org.phasezero.analysis.agreement;

/**
 * Krippendorff's alpha reliability coefficient for any number of coders, missing values and the
 * nominal, ordinal, interval and ratio levels of measurement.
 *
 * <p>Definition (Krippendorff, K. 2011, "Computing Krippendorff's Alpha-Reliability", Univ. of
 * Pennsylvania, repository.upenn.edu/asc_papers/43): α = 1 − D<sub>o</sub>/D<sub>e</sub> with
 * D<sub>o</sub> = (1/n) Σ<sub>c</sub>Σ<sub>k</sub> o<sub>ck</sub> δ²<sub>ck</sub> and D<sub>e</sub> =
 * (1/(n(n−1))) Σ<sub>c</sub>Σ<sub>k</sub> n<sub>c</sub>n<sub>k</sub> δ²<sub>ck</sub>, where o is the
 * {@link CoincidenceMatrix}, n<sub>c</sub> its marginals, n the number of pairable values and
 * δ² the {@link MeasurementLevel}'s difference function. Units with fewer than two values are not
 * pairable and are left out, as the paper prescribes.
 *
 * <p>Complexity: nominal, ordinal and ratio build the coincidence matrix in one pass,
 * O(Σ<sub>u</sub> m<sub>u</sub>² + K²) time and O(K²) memory. The interval level needs no matrix:
 * since Σ<sub>i≠j</sub>(x<sub>i</sub> − x<sub>j</sub>)² = 2m Σ(x<sub>i</sub> − x̄)² within a unit and
 * over all pairable values, D<sub>o</sub> = (2/n) Σ<sub>u</sub> m<sub>u</sub>SS<sub>u</sub>/(m<sub>u</sub>−1)
 * and D<sub>e</sub> = 2 SS/(n−1) with SS the sums of squared deviations from the means, which is
 * one pass, O(values) time, O(coders) extra memory, independent of the number of distinct values;
 * the sums are merged unit by unit about their means (Chan, T. F., Golub, G. H. and LeVeque, R.
 * J. 1983, "Algorithms for computing the sample variance", The American Statistician 37:242–247)
 * so that large offsets do not cancel digits.
 *
 * <p>Conventions: when the pairable values do not vary, D<sub>e</sub> = 0 and alpha is undefined
 * (returned as NaN); data with no pairable unit are rejected. The ordinal level needs ordered
 * categories; interval and ratio need numeric values, and ratio needs values ≥ 0.
 */
public final class KrippendorffAlpha {

  private KrippendorffAlpha() {}

  /** Alpha of the whole reliability data matrix. */
  public static AlphaEstimate estimate(ReliabilityData data, MeasurementLevel level) {
    check(data, level);
    AlphaEstimate result = estimate(data, level, null);
    if (result.pairableValues() == 0) {
      throw new IllegalArgumentException(ReliabilityData.NO_PAIRABLE_VALUES);
    }
    return result;
  }

  /** Checks that the data can be measured at the level; the bootstrap checks once, not per draw. */
  static void check(ReliabilityData data, MeasurementLevel level) {
    if (data.coders() < 2) {
      throw new IllegalArgumentException("alpha needs at least two coders, found " + data.coders());
    }
    if (level == MeasurementLevel.ORDINAL && !data.ordered()) {
      throw new IllegalArgumentException(
          "the ordinal level needs numeric labels or an explicit order of the labels");
    }
    if ((level == MeasurementLevel.INTERVAL || level == MeasurementLevel.RATIO) && !data.numeric()) {
      throw new IllegalArgumentException("the " + level.label() + " level needs numeric values");
    }
    if (level == MeasurementLevel.RATIO && data.categories() > 0 && data.value(0) < 0) {
      throw new IllegalArgumentException("the ratio level needs values >= 0, found "
          + data.value(0));
    }
  }

  /** Alpha of the given units (repeats allowed), or of all units when {@code units} is null. */
  static AlphaEstimate estimate(ReliabilityData data, MeasurementLevel level, int[] units) {
    return level == MeasurementLevel.INTERVAL
        ? interval(data, units)
        : fromCoincidences(data, level, CoincidenceMatrix.of(data, units));
  }

  static AlphaEstimate fromCoincidences(ReliabilityData data, MeasurementLevel level,
      CoincidenceMatrix o) {
    int k = o.categories();
    double[] counts = o.countsView();
    double[] marginals = o.marginalsView();
    double[] delta = level.squaredDifferences(data.valuesView(), marginals);
    double observed = 0;
    double expected = 0;
    for (int c = 0; c < k; c++) {
      double observedRow = 0;
      double expectedRow = 0;
      for (int d = 0; d < k; d++) {
        double dd = delta[c * k + d];
        observedRow += counts[c * k + d] * dd;
        expectedRow += marginals[d] * dd;
      }
      observed += observedRow;
      expected += marginals[c] * expectedRow;
    }
    double n = o.total();
    long values = Math.round(n);
    double dObserved = observed / n;
    double dExpected = expected / (n * (n - 1));
    return result(data, level, o.pairableUnits(), values, dObserved, dExpected);
  }

  private static AlphaEstimate interval(ReliabilityData data, int[] units) {
    double[] values = data.valuesView();
    int[] codes = new int[data.coders()];
    int count = units == null ? data.units() : units.length;
    // One pass. Each unit's SS_u is taken about its own mean, and the units are merged into the
    // running mean and total SS with Chan, Golub and LeVeque's pairwise update, so no sum of
    // squares is ever formed far from its mean (no cancellation, whatever the offsets).
    long n = 0;
    double mean = 0;
    double total = 0;
    double within = 0;
    int pairable = 0;
    for (int i = 0; i < count; i++) {
      int present = data.presentCodes(units == null ? i : units[i], codes);
      if (present < 2) {
        continue;
      }
      double sum = 0;
      for (int v = 0; v < present; v++) {
        sum += values[codes[v]];
      }
      double unitMean = sum / present;
      double ssUnit = 0;
      for (int v = 0; v < present; v++) {
        double d = values[codes[v]] - unitMean;
        ssUnit += d * d;
      }
      within += present * ssUnit / (present - 1);
      long merged = n + present;
      double delta = unitMean - mean;
      mean += delta * present / merged;
      total += ssUnit + delta * delta * ((double) n * present / merged);
      n = merged;
      pairable++;
    }
    double dObserved = 2 * within / n;
    double dExpected = 2 * total / (n - 1);
    return result(data, MeasurementLevel.INTERVAL, pairable, n, dObserved, dExpected);
  }

  private static AlphaEstimate result(ReliabilityData data, MeasurementLevel level, int pairable,
      long values, double dObserved, double dExpected) {
    double alpha = dExpected == 0 || values < 2 ? Double.NaN : 1 - dObserved / dExpected;
    return new AlphaEstimate(alpha, level, data.units(), data.coders(), pairable, values,
        values == 0 ? Double.NaN : dObserved, values < 2 ? Double.NaN : dExpected);
  }
}
