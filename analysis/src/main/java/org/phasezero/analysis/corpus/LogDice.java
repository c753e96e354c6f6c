package org.phasezero.analysis.corpus;

/**
 * logDice = 14 + log2(2·f(x,y) / (f(x) + f(y))) (Rychlý 2008, "A lexicographer-friendly
 * association score"), where f(x,y) = O11, f(x) the node's frequency and f(y) the collocate's.
 * Its maximum is 14 and it does not depend on the corpus size. O(1).
 */
public final class LogDice implements AssociationMeasure {

  @Override
  public String name() {
    return "logdice";
  }

  @Override
  public double score(Cooccurrence c) {
    return 14 + Log2.of(2.0 * c.o11() / (c.nodeFrequency() + c.c1()));
  }
}
