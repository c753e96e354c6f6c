package org.phasezero.evidence.themes;

import java.time.Instant;

/** A thematic network of a research project: its name and what it sets out to summarise. */
public record ThematicNetwork(long id, long projectId, String name, String description, String createdBy,
    Instant createdAt, int version, Instant voidedAt, String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }
}
