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

  /**
   * Whether the figures need reading with care: coders agree on almost every unit (90% or more) yet
   * alpha is below 0.667, Krippendorff's lowest level for tentative conclusions, which is what a code
   * applied to few passages gives, each disagreement weighing heavily ("high agreement, low kappa",
   * Feinstein and Cicchetti 1990); or alpha's 95% interval is wider than 0.4.
   */
  public boolean readWithCare() {
    boolean paradox = percent != null && alpha != null && percent >= 0.9 && alpha < 0.667;
    boolean wide = alphaLow != null && alphaHigh != null && alphaHigh - alphaLow > 0.4;
    return paradox || wide;
  }
}
