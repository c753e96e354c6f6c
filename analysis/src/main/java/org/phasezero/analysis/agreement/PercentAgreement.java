package org.phasezero.analysis.agreement;

/**
 * Pairwise percent agreement for any number of coders with missing values.
 *
 * <p>Definition: for each pairable unit u (m<sub>u</sub> ≥ 2 values), the proportion of its
 * m<sub>u</sub>(m<sub>u</sub> − 1)/2 pairs of coders that assigned the same category,
 * Σ<sub>c</sub> n<sub>uc</sub>(n<sub>uc</sub> − 1) / (m<sub>u</sub>(m<sub>u</sub> − 1)); the agreement is
 * the mean of these proportions over the pairable units. Each unit weighs the same whatever its
 * number of coders. With two coders this is the familiar share of units on which they agree; with
 * complete data it is Fleiss' (1971) P̄. Source: Fleiss, J. L. (1971) "Measuring nominal scale
 * agreement among many raters", Psychological Bulletin 76:378–382 (P<sub>i</sub> and P̄).
 * Categories are compared for identity (nominal); no chance correction.
 *
 * <p>Complexity: O(Σ<sub>u</sub> m<sub>u</sub>²) time, O(coders) extra memory.
 */
public final class PercentAgreement {

  private PercentAgreement() {}

  /**
   * The agreement and the counts behind it.
   *
   * @param agreement mean per-unit proportion of agreeing pairs, in [0, 1]
   * @param pairableUnits units with at least two values
   * @param pairs pairs of values from different coders within units
   * @param agreeingPairs those pairs with the same category
   */
  public record Result(double agreement, int units, int coders, int pairableUnits, long pairs,
      long agreeingPairs) {}

  public static Result of(ReliabilityData data) {
    int m = data.coders();
    if (m < 2) {
      throw new IllegalArgumentException("agreement needs at least two coders, found " + m);
    }
    int[] present = new int[m];
    double sum = 0;
    int pairable = 0;
    long pairs = 0;
    long agreeing = 0;
    for (int u = 0; u < data.units(); u++) {
      int values = data.presentCodes(u, present);
      if (values < 2) {
        continue;
      }
      long unitAgreeing = 0;
      for (int a = 0; a < values; a++) {
        for (int b = a + 1; b < values; b++) {
          if (present[a] == present[b]) {
            unitAgreeing++;
          }
        }
      }
      long unitPairs = (long) values * (values - 1) / 2;
      pairable++;
      pairs += unitPairs;
      agreeing += unitAgreeing;
      sum += (double) unitAgreeing / unitPairs;
    }
    if (pairable == 0) {
      throw new IllegalArgumentException(ReliabilityData.NO_PAIRABLE_VALUES);
    }
    return new Result(sum / pairable, data.units(), m, pairable, pairs, agreeing);
  }
}
