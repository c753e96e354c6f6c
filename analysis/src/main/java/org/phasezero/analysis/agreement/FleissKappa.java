package org.phasezero.analysis.agreement;

/**
 * Fleiss' kappa for many raters, each subject rated by the same number of raters.
 *
 * <p>Definition (Fleiss, J. L. 1971, "Measuring nominal scale agreement among many raters",
 * Psychological Bulletin 76:378–382): for N subjects, n ratings per subject and n<sub>ij</sub> the
 * raters who put subject i in category j, P<sub>i</sub> = (Σ<sub>j</sub> n<sub>ij</sub>² − n)/(n(n −
 * 1)), P̄ = mean of P<sub>i</sub>, p<sub>j</sub> = Σ<sub>i</sub> n<sub>ij</sub>/(Nn), P̄<sub>e</sub> =
 * Σ p<sub>j</sub>² and κ = (P̄ − P̄<sub>e</sub>)/(1 − P̄<sub>e</sub>). The raters need not be the
 * same people for each subject, but their number must be constant (Fleiss' assumption), which is
 * checked.
 *
 * <p>Conventions: κ is undefined (NaN) when P̄<sub>e</sub> = 1 (every rating in one category).
 * Complexity: O(N × K) time from counts, O(N × n) from raw ratings.
 */
public final class FleissKappa {

  private FleissKappa() {}

  /**
   * Kappa and its parts.
   *
   * @param meanAgreement P̄
   * @param chanceAgreement P̄<sub>e</sub>
   * @param raters ratings per subject (n)
   */
  public record Result(double kappa, double meanAgreement, double chanceAgreement, int subjects,
      long raters, int categories) {}

  /** Kappa from counts, {@code counts[subject][category]}; every row must have the same sum. */
  public static Result ofCounts(long[][] counts) {
    int subjects = counts.length;
    if (subjects == 0) {
      throw new IllegalArgumentException("no subjects");
    }
    int k = counts[0].length;
    long n = -1;
    long[] categoryTotals = new long[k];
    double sumP = 0;
    for (int i = 0; i < subjects; i++) {
      if (counts[i].length != k) {
        throw new IllegalArgumentException("subject " + (i + 1) + " has " + counts[i].length
            + " categories, expected " + k);
      }
      long rowSum = 0;
      double squares = 0;
      for (int j = 0; j < k; j++) {
        long c = counts[i][j];
        if (c < 0) {
          throw new IllegalArgumentException("subject " + (i + 1) + ": negative count " + c);
        }
        rowSum += c;
        squares += (double) c * c;
        categoryTotals[j] += c;
      }
      if (n < 0) {
        n = rowSum;
        if (n < 2) {
          throw new IllegalArgumentException("each subject needs at least two ratings, found " + n);
        }
      } else if (rowSum != n) {
        throw new IllegalArgumentException("subject " + (i + 1) + " has " + rowSum
            + " ratings, expected " + n + " like the first subject (Fleiss' kappa needs the same"
            + " number of ratings per subject)");
      }
      sumP += (squares - n) / ((double) n * (n - 1));
    }
    double meanAgreement = sumP / subjects;
    double all = (double) subjects * n;
    double chance = 0;
    for (long total : categoryTotals) {
      double p = total / all;
      chance += p * p;
    }
    double kappa = chance == 1 ? Double.NaN : (meanAgreement - chance) / (1 - chance);
    return new Result(kappa, meanAgreement, chance, subjects, n, k);
  }

  /**
   * Kappa from raw ratings, {@code ratings[subject][rater]} holding category indices in [0,
   * categories); no rating may be missing.
   */
  public static Result ofRatings(int[][] ratings, int categories) {
    long[][] counts = new long[ratings.length][categories];
    for (int i = 0; i < ratings.length; i++) {
      for (int r = 0; r < ratings[i].length; r++) {
        int category = ratings[i][r];
        if (category < 0 || category >= categories) {
          throw new IllegalArgumentException("subject " + (i + 1) + ", rater " + (r + 1)
              + ": missing or unknown category");
        }
        counts[i][category]++;
      }
    }
    return ofCounts(counts);
  }
}
