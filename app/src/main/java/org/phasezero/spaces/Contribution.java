package org.phasezero.spaces;

import java.time.Instant;
import org.phasezero.network.Side;

/** One contribution in a meeting: who spoke, their side, and whether the chair invited it. */
public record Contribution(long id, long meetingId, long personId, String name, Side side, boolean invited,
    Instant recordedAt, Instant voidedAt, String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }
}
