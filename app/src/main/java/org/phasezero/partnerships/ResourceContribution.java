package org.phasezero.partnerships;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.phasezero.network.Side;

/**
 * A resource given to a partnership by an organisation or a person: what kind, what, the hours and
 * money (£) it represents, and when. The giver's side is fixed when it is recorded (the
 * organisation's side, or for a person the side of the organisation they belong to), so that
 * "who carried phase zero" does not change when someone later moves organisation.
 */
public record ResourceContribution(long id, long partnershipId, Long giverOrganisationId, Long giverPersonId,
    String giverName, Side giverSide, ResourceKind kind, ResourceType type, String description, BigDecimal hours,
    BigDecimal money, LocalDate givenOn, String recordedBy, Instant createdAt, int version, Instant voidedAt,
    String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }
}
