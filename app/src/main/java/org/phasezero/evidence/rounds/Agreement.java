package org.phasezero.evidence.rounds;

/**
 * Agreement of a closed round, for one code or overall ({@code codeId} null). A figure that is
 * undefined is null: Cohen's kappa without exactly two coders, Fleiss' kappa without a unit every
 * coder saw, alpha and kappa where the values do not vary, unitised alpha without a source every
 * coder finished.
 *
 * @param units (unit, code) rows: units of the round's sources, times the codes for the overall row
 * @param pairableUnits rows seen by at least two coders, from which percent and alpha come
 * @param fleissUnits rows seen by every coder, from which Fleiss' kappa comes
 * @param alphaLow lower bound of the 95% bootstrap interval of alpha
 */
public record Agreement(Long codeId, String codeName, int units, int coders, int pairableUnits, Double percent,
    Double cohenKappa, Double fleissKappa, int fleissUnits, Double alpha, Double alphaLow, Double alphaHigh,
    Double unitisedAlpha) {

  public boolean overall() {
    return codeId == null;
  }
}
