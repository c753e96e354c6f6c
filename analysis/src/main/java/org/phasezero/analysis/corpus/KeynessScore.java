package org.phasezero.analysis.corpus;

/**
 * The keyness of one word: frequency {@code a} in a target of {@code c} tokens against {@code b}
 * in a reference of {@code d} tokens, with the two-term log-likelihood (Rayson &amp; Garside
 * 2000, the default ranking), the four-term G² (Dunning 1993), log ratio (Hardie 2014) and %DIFF
 * (Gabrielatos &amp; Marchi 2012). {@code overused} says whether the relative frequency is higher
 * in the target. The log-likelihood critical values for one degree of freedom are 3.84 (p &lt;
 * 0.05), 6.63 (p &lt; 0.01), 10.83 (p &lt; 0.001) and 15.13 (p &lt; 0.0001), as printed by the
 * UCREL calculator.
 */
public record KeynessScore(String word, long a, long c, long b, long d, double logLikelihood,
    double g2, double logRatio, double percentDiff, boolean overused) {

  private static final double[] CRITICAL = {15.13, 10.83, 6.63, 3.84};
  private static final String[] LEVEL = {"p < 0.0001", "p < 0.001", "p < 0.01", "p < 0.05"};

  /** All four scores for one word. */
  public static KeynessScore of(String word, long a, long c, long b, long d) {
    return new KeynessScore(word, a, c, b, d, RaysonLogLikelihood.of(a, c, b, d),
        DunningLogLikelihood.keyness(a, c, b, d), LogRatio.of(a, c, b, d),
        PercentDiff.of(a, c, b, d), (double) a * d > (double) b * c);
  }

  /** The strongest significance level the two-term log-likelihood reaches, or "not significant". */
  public String significance() {
    for (int i = 0; i < CRITICAL.length; i++) {
      if (logLikelihood >= CRITICAL[i]) {
        return LEVEL[i];
      }
    }
    return "not significant";
  }
}
