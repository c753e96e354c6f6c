package org.phasezero.evidence;

import java.time.Instant;

/** A research project (an evaluation, a cycle of participatory action research) and its evidence. */
public record ResearchProject(long id, String guid, String name, String description, String origin,
    String createdBy, Instant createdAt, int version, Instant voidedAt, String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }
}
