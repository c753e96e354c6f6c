package org.phasezero.value.game;

import java.time.Instant;
import java.time.LocalDate;

/** A value game session of a partnership, with the code a room joins by. */
public record ValueGame(long id, long partnershipId, String partnershipName, String title, LocalDate playedOn,
    String place, Valuation valuation, String joinCode, String createdBy, Instant createdAt, Instant voidedAt,
    String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }

  /** The code as shown to the room: two groups of four. */
  public String joinCodeShown() {
    return joinCode.substring(0, 4) + "-" + joinCode.substring(4);
  }
}
