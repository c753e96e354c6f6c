package org.phasezero.network;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A tie between two people, two organisations, or a person and an organisation: bonding, bridging
 * or linking, with a trust rating (1 low to 5 high), since when, the last contact and who
 * brokered it. Each end is either a person or an organisation.
 */
public record Tie(long id, End from, End to, TieKind kind, Integer trust, LocalDate since, LocalDate lastContact,
    Long brokeredById, String brokeredByName, String notes, Instant createdAt, Instant updatedAt, int version,
    Instant voidedAt, String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }

  /** One end of a tie: a person or an organisation, with a display name. */
  public record End(Long personId, Long organisationId, String name) {
    public boolean isPerson() {
      return personId != null;
    }
  }
}
