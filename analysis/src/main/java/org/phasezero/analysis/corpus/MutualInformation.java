package org.phasezero.analysis.corpus;

/**
 * (Pointwise) mutual information, MI = log2(O11 / E11), after Church &amp; Hanks (1990, "Word
 * association norms, mutual information, and lexicography") in the form of Evert (2008). For
 * bigrams it is the PMI log2(f(xy)·N / (f(x)·f(y))), the same as NLTK's {@code
 * BigramAssocMeasures.pmi}. Undefined (−∞) for O11 = 0; callers filter by a minimum frequency.
 * O(1).
 */
public final class MutualInformation implements AssociationMeasure {

  @Override
  public String name() {
    return "mi";
  }

  @Override
  public double score(Cooccurrence c) {
    return Log2.of(c.o11() / c.expected());
  }
}
