package org.phasezero.network;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person's consent for one purpose: when and how it was given, when it was last confirmed with
 * them (null if never since), and its withdrawal if any.
 */
public record Consent(long id, long personId, ConsentPurpose purpose, LocalDate givenOn, ConsentMethod method,
    String recordedBy, String notes, LocalDate withdrawnOn, String withdrawalNote, Instant createdAt,
    Instant voidedAt, String voidReason, LocalDate confirmedOn) {

  public boolean active() {
    return withdrawnOn == null && voidedAt == null;
  }
}
