package org.phasezero.analysis.corpus;

/**
 * %DIFF (Gabrielatos &amp; Marchi 2012, "Keyness: appropriate metrics and practical issues"): the
 * percentage by which the normalised frequency in the target exceeds that in the reference,
 * 100·(NF_target − NF_reference)/NF_reference with NF = frequency/size. When the reference
 * frequency is 0, the reference's normalised frequency is taken as 1e-18, the authors' convention,
 * so the value is very large but finite. O(1).
 */
public final class PercentDiff {

  private static final double ZERO_REFERENCE = 1e-18;

  private PercentDiff() {}

  public static double of(long a, long c, long b, long d) {
    RaysonLogLikelihood.check(a, c, b, d);
    double target = (double) a / c;
    double reference = b == 0 ? ZERO_REFERENCE : (double) b / d;
    return 100 * (target - reference) / reference;
  }
}
