package org.phasezero.analysis.corpus;

/** Binary logarithm, which the information-theoretic scores are defined in. */
final class Log2 {

  private static final double LN2 = Math.log(2);

  private Log2() {}

  static double of(double x) {
    return Math.log(x) / LN2;
  }
}
