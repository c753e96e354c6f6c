package org.phasezero.evidence;

import java.time.Instant;

/** A code in a project's codebook; {@code depth} is 0 for a top-level code (set when read as a tree). */
public record Code(long id, long projectId, String guid, Long parentId, String name, String description, String color,
    boolean codable, int depth, int codings, int version, Instant voidedAt, String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }
}
