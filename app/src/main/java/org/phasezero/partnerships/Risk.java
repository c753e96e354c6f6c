package org.phasezero.partnerships;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A risk in the register: of the whole network (no partnership) or of one partnership. Rated as
 * likelihood × impact, each 1 to 5, so the rating runs from 1 to 25.
 */
public record Risk(long id, Long partnershipId, RiskCategory category, String title, Long ownerPersonId,
    String ownerName, int likelihood, int impact, String mitigation, LocalDate reviewOn, Instant createdAt,
    Instant updatedAt, int version, Instant voidedAt, String voidReason) {

  @JsonProperty
  public int rating() {
    return likelihood * impact;
  }

  /** Rating bands as used in common 5 × 5 risk matrices: 1–4 low, 5–12 medium, 15–25 high. */
  @JsonProperty
  public String band() {
    int r = rating();
    return r >= 15 ? "HIGH" : r >= 5 ? "MEDIUM" : "LOW";
  }

  /** The same risk with the owner shown otherwise (see who may see whom in {@code Risks}). */
  Risk withOwner(Long personId, String name) {
    return new Risk(id, partnershipId, category, title, personId, name, likelihood, impact, mitigation, reviewOn,
        createdAt, updatedAt, version, voidedAt, voidReason);
  }

  public boolean voided() {
    return voidedAt != null;
  }
}
