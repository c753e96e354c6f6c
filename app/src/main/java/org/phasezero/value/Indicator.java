package org.phasezero.value;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An indicator's value for a period, with its source (e.g. 14 referrals from the community, from the service's records). */
public record Indicator(long id, long partnershipId, String partnershipName, String name, LocalDate periodFrom,
    LocalDate periodTo, BigDecimal amount, String unit, String source, String recordedBy, Instant createdAt,
    Instant voidedAt, String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }
}
