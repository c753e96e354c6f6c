package org.phasezero.spaces;

import java.time.Instant;
import java.time.LocalDate;
import org.phasezero.network.Side;

/** An action a meeting agreed: what, who owns it (and their side), when it is due and when it was done. */
public record ActionItem(long id, long meetingId, String text, long ownerPersonId, String ownerName, Side ownerSide,
    LocalDate dueOn, LocalDate doneOn, int version, Instant createdAt, Instant voidedAt, String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }

  public boolean doneOnTime() {
    return doneOn != null && !doneOn.isAfter(dueOn);
  }
}
