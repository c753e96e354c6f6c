package org.phasezero.partnerships;

/**
 * A risk that a capability computes from the records rather than someone writing it down (the
 * network's key-person dependency, say): shown in the register beside recorded risks, never stored,
 * so it changes as soon as the records do.
 *
 * @param link where the evidence behind it is shown
 */
public record ComputedRisk(RiskCategory category, String title, String explanation, int likelihood, int impact,
    String link) {

  public int rating() {
    return likelihood * impact;
  }

  /** The same bands as recorded risks ({@link Risk#band()}). */
  public String band() {
    int r = rating();
    return r >= 15 ? "HIGH" : r >= 5 ? "MEDIUM" : "LOW";
  }
}
