package org.phasezero.network;

import java.time.Instant;

/** A venue: a church hall, temple, mosque, community centre or clinic where the network meets. */
public record Site(long id, long organisationId, String organisationName, String name, String address,
    String postcode, String accessibilityNotes, Instant createdAt, Instant updatedAt, int version,
    Instant voidedAt, String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }
}
