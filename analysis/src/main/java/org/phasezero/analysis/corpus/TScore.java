package org.phasezero.analysis.corpus;

/**
 * t-score, t = (O11 − E11) / √O11 (Church et al. 1991, "Using statistics in lexical analysis";
 * Evert 2008, §4), the observed frequency standing in for the variance. O(1). Undefined for
 * O11 = 0, where it returns negative infinity (such pairs are filtered out anyway).
 */
public final class TScore implements AssociationMeasure {

  @Override
  public String name() {
    return "t";
  }

  @Override
  public double score(Cooccurrence c) {
    if (c.o11() == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    return (c.o11() - c.expected()) / Math.sqrt(c.o11());
  }
}
