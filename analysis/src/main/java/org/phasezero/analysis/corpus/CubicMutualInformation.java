package org.phasezero.analysis.corpus;

/**
 * MI³ = log2(O11³ / E11) (Daille 1994; Evert 2008, §4), which lessens plain MI's bias towards
 * rare pairs. O(1).
 */
public final class CubicMutualInformation implements AssociationMeasure {

  @Override
  public String name() {
    return "mi3";
  }

  @Override
  public double score(Cooccurrence c) {
    return 3 * Log2.of(c.o11()) - Log2.of(c.expected());
  }
}
