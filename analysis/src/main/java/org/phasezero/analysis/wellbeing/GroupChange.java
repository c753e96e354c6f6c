package org.phasezero.analysis.wellbeing;

/**
 * A group's mean change with its 95% confidence interval, and how many people improved, did not
 * change or worsened by at least the meaningful-change threshold.
 *
 * <p><b>Definition.</b> For changes d₁…dₙ: mean d̄ = Σdᵢ/n; sample standard deviation
 * s = √(Σ(dᵢ − d̄)²/(n − 1)); standard error s/√n; confidence interval
 * d̄ ± t<sub>1−α/2, n−1</sub> · s/√n with the Student t quantile from {@link StudentT} (the
 * paired-samples t interval; e.g. Altman DG, <i>Practical Statistics for Medical Research</i>,
 * 1991, §9.6). With n = 1 the standard deviation and interval are undefined and reported as NaN.
 *
 * <p>The sum of squares is taken about the mean in a second pass (not the one-pass
 * Σd² − n·d̄² form, which cancels catastrophically when the spread is small next to the mean).
 *
 * <p><b>Complexity.</b> O(n) time, O(1) extra space.
 *
 * @param n number of people with both scores
 * @param meanChange mean of the changes
 * @param sd sample standard deviation (n − 1 denominator)
 * @param ciLow lower end of the confidence interval
 * @param ciHigh upper end of the confidence interval
 * @param confidence the interval's confidence level, e.g. 0.95
 * @param threshold the meaningful-change threshold used for the counts
 * @param improved how many changed by at least +threshold
 * @param noChange how many changed by less than the threshold either way
 * @param worsened how many changed by at least −threshold
 */
public record GroupChange(int n, double meanChange, double sd, double ciLow, double ciHigh,
    double confidence, double threshold, int improved, int noChange, int worsened) {

  /** The conventional confidence level. */
  public static final double CONFIDENCE_95 = 0.95;

  /** Summarises changes (post − pre per person) with a 95% interval. */
  public static GroupChange of(double[] changes, double threshold) {
    return of(changes, threshold, CONFIDENCE_95);
  }

  /** Summarises changes with the given confidence level (0 &lt; confidence &lt; 1). */
  public static GroupChange of(double[] changes, double threshold, double confidence) {
    int n = changes.length;
    if (n == 0) {
      throw new IllegalArgumentException("no one has both a pre and a post score");
    }
    ChangeCategory.requireThreshold(threshold);
    // The same rule as ChangeCategory.of, inlined without branches: this loop runs over whole
    // programmes' data.
    double up = threshold - ChangeCategory.TOLERANCE;
    double down = -threshold + ChangeCategory.TOLERANCE;
    int improved = 0;
    int worsened = 0;
    double sum = 0;
    for (double d : changes) {
      sum += d;
      improved += d >= up ? 1 : 0;
      worsened += d <= down ? 1 : 0;
    }
    double mean = sum / n;
    double squares = 0;
    for (double d : changes) {
      squares += (d - mean) * (d - mean);
    }
    double sd = Double.NaN;
    double low = Double.NaN;
    double high = Double.NaN;
    if (n > 1) {
      sd = Math.sqrt(squares / (n - 1));
      double halfWidth = StudentT.criticalValue(confidence, n - 1) * sd / Math.sqrt(n);
      low = mean - halfWidth;
      high = mean + halfWidth;
    }
    return new GroupChange(n, mean, sd, low, high, confidence, threshold, improved,
        n - improved - worsened, worsened);
  }
}
