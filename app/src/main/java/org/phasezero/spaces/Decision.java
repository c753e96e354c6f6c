package org.phasezero.spaces;

import java.time.Instant;
import org.phasezero.network.Side;

/** A decision a meeting took: what, who proposed it and from which side, and how it was agreed. */
public record Decision(long id, long meetingId, String text, Long proposedByPersonId, String proposedByName,
    Side proposedSide, AgreedHow agreedHow, Instant createdAt, Instant voidedAt, String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }
}
