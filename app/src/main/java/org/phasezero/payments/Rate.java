package org.phasezero.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A rate card entry: £{@code amount} per {@code unit} of an activity, from {@code validFrom}, with its source. */
public record Rate(
    long id, Activity activity, RateUnit unit, BigDecimal amount, LocalDate validFrom, String source,
    Instant createdAt, int version, Instant voidedAt, String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }
}
