package org.phasezero.analysis.corpus;

/**
 * Log-likelihood association: Dunning's G² over the whole 2×2 contingency table of a
 * {@link Cooccurrence} (Dunning 1993; Evert 2008, §4), G² = 2 Σ Oij ln(Oij/Eij). Two-sided and
 * unsigned (≥ 0), as in most concordancers: a pair seen much less often than expected also scores
 * high, so read it with the observed and expected frequencies. O(1).
 */
public final class LogLikelihoodAssociation implements AssociationMeasure {

  @Override
  public String name() {
    return "ll";
  }

  @Override
  public double score(Cooccurrence c) {
    return DunningLogLikelihood.g2(c.o11(), c.o12(), c.o21(), c.o22());
  }
}
