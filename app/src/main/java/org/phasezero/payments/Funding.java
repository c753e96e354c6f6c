package org.phasezero.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A grant or contract: who funds, how much, for which term, whether it is restricted to a purpose,
 * and whether the funder is independent of the statutory bodies. {@code partnershipId} is null for
 * the network's core funding.
 */
public record Funding(
    long id, long funderId, String funderName, Long partnershipId, String partnershipName, BigDecimal amount,
    LocalDate termFrom, LocalDate termTo, boolean restricted, boolean independent, String description,
    Instant createdAt, int version, Instant voidedAt, String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }
}
