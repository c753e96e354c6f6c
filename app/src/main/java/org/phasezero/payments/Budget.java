package org.phasezero.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Money a funder set aside for a partnership over a period, with what approved and paid claims
 * charged to it have spent.
 */
public record Budget(
    long id, long partnershipId, String partnershipName, long funderId, String funderName, BigDecimal amount,
    LocalDate periodFrom, LocalDate periodTo, String description, BigDecimal spent, BigDecimal remaining,
    Instant createdAt, int version, Instant voidedAt, String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }
}
