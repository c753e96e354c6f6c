package org.phasezero.network;

import java.time.Instant;

/** A community group, faith organisation, statutory body, funder or other member of the network. */
public record Organisation(
    long id, String name, OrganisationType type, Side side, String communities, String languages,
    String email, String phone, String address, Instant createdAt, Instant updatedAt, int version,
    Instant voidedAt, String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }
}
