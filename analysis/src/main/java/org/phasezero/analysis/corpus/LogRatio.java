package org.phasezero.analysis.corpus;

/**
 * Log ratio (Hardie 2014, "Log Ratio: an informal introduction", CASS): the binary log of the
 * ratio of relative frequencies, log2((a/c) / (b/d)). Each unit is a doubling. A zero frequency
 * is replaced by 0.5, Hardie's convention, so the score stays finite. O(1).
 */
public final class LogRatio {

  private LogRatio() {}

  public static double of(long a, long c, long b, long d) {
    RaysonLogLikelihood.check(a, c, b, d);
    double fa = a == 0 ? 0.5 : a;
    double fb = b == 0 ? 0.5 : b;
    return Log2.of((fa / c) / (fb / d));
  }
}
