package org.phasezero.analysis.agreement;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A seeded percentile bootstrap confidence interval for {@link KrippendorffAlpha}.
 *
 * <p>Method: the units are the sampling elements. Each replicate draws as many pairable units as
 * the data have, uniformly with replacement, recomputes alpha from the resampled units (so the
 * coincidences, and for the ordinal level the marginals, are rebuilt), and the interval is the
 * (1 − confidence)/2 and (1 + confidence)/2 quantiles of the replicates (type 7 linear
 * interpolation). This is the cluster (unit) bootstrap, a documented alternative to Hayes, A. F. and
 * Krippendorff, K. (2007) "Answering the call for a standard reliability measure for coding data",
 * Communication Methods and Measures 1:77–89, who resample pairs of pairable values: resampling whole
 * units keeps each unit's values together, which respects the dependence between the values of a
 * unit, and lets every level reuse the exact alpha computation. Replicates whose alpha is undefined
 * (no variation in the resample) are dropped and counted.
 *
 * <p>Complexity: O(B × (values + K²)) time for B replicates, O(units) extra memory. Where the
 * pairable units fall into few distinct patterns (a unit's coincidences depend only on how many of
 * its values fall in each category, so binary data with m coders has at most (m + 1)(m + 2)/2),
 * a replicate costs O(N + P × K²) for N pairable units and P patterns instead, with the same draws
 * and so the same interval (sums may differ in the last bits). The same data,
 * level, replicate count and seed always give the same interval ({@link SplittableRandom} is
 * deterministic for a seed).
 */
public final class AlphaBootstrap {

  private AlphaBootstrap() {}

  /**
   * The bootstrap interval.
   *
   * @param replicates number of resamples, at least 1
   * @param seed random seed
   * @param confidence coverage in (0, 1), e.g. 0.95
   */
  public static BootstrapInterval interval(ReliabilityData data, MeasurementLevel level,
      int replicates, long seed, double confidence) {
    if (replicates < 1) {
      throw new IllegalArgumentException("bootstrap replicates must be at least 1, found "
          + replicates);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must lie between 0 and 1, found "
          + confidence);
    }
    KrippendorffAlpha.check(data, level);
    int[] pairable = pairableUnits(data);
    if (pairable.length == 0) {
      throw new IllegalArgumentException(ReliabilityData.NO_PAIRABLE_VALUES);
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] alphas = new double[replicates];
    int used = 0;
    UnitPatterns patterns = level == MeasurementLevel.INTERVAL ? null : UnitPatterns.of(data, pairable);
    if (patterns != null) {
      // Few distinct units (binary codes, say): a replicate counts how often each pattern was drawn
      // and adds up the patterns' coincidences; the draws, hence the interval, are the same.
      long[] drawn = new long[patterns.count()];
      for (int r = 0; r < replicates; r++) {
        Arrays.fill(drawn, 0);
        for (int i = 0; i < pairable.length; i++) {
          drawn[patterns.of(random.nextInt(pairable.length))]++;
        }
        double alpha = KrippendorffAlpha.fromCoincidences(data, level, patterns.coincidences(drawn,
            pairable.length)).alpha();
        if (!Double.isNaN(alpha)) {
          alphas[used++] = alpha;
        }
      }
    } else {
      int[] sample = new int[pairable.length];
      for (int r = 0; r < replicates; r++) {
        for (int i = 0; i < sample.length; i++) {
          sample[i] = pairable[random.nextInt(pairable.length)];
        }
        double alpha = KrippendorffAlpha.estimate(data, level, sample).alpha();
        if (!Double.isNaN(alpha)) {
          alphas[used++] = alpha;
        }
      }
    }
    if (used == 0) {
      return new BootstrapInterval(Double.NaN, Double.NaN, confidence, replicates, 0, seed);
    }
    double[] sorted = Arrays.copyOf(alphas, used);
    Arrays.sort(sorted);
    return new BootstrapInterval(quantile(sorted, (1 - confidence) / 2),
        quantile(sorted, (1 + confidence) / 2), confidence, replicates, used, seed);
  }

  /** Type 7 quantile (linear interpolation between order statistics) of sorted values. */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  private static int[] pairableUnits(ReliabilityData data) {
    int[] units = new int[data.units()];
    int[] buffer = new int[data.coders()];
    int count = 0;
    for (int u = 0; u < data.units(); u++) {
      if (data.presentCodes(u, buffer) >= 2) {
        units[count++] = u;
      }
    }
    return Arrays.copyOf(units, count);
  }
}
