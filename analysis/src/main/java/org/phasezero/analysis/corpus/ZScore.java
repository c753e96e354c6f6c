package org.phasezero.analysis.corpus;

/**
 * z-score, z = (O11 − E11) / √E11 (Dennis 1965; Evert 2008, §4): the normal approximation to the
 * binomial with the expected frequency as variance. O(1).
 */
public final class ZScore implements AssociationMeasure {

  @Override
  public String name() {
    return "z";
  }

  @Override
  public double score(Cooccurrence c) {
    return (c.o11() - c.expected()) / Math.sqrt(c.expected());
  }
}
