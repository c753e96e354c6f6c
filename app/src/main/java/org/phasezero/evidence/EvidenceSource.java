package org.phasezero.evidence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A source in a project: a transcript, field notes, a workshop output or a document. Its text is
 * the concatenation of its segments; {@code charCount} is its length, so a selection can be checked
 * without reading it. {@code keptXml} holds what an import carried that PhaseZero does not show yet.
 */
public record EvidenceSource(long id, long projectId, String guid, SourceKind kind, SourceMedia media, String name,
    String description, LocalDate observedOn, Long meetingId, Long siteId, String fileName, String mediaType,
    int charCount, int segmentCount, boolean hasKeptXml, String createdBy, Instant createdAt, int version,
    Instant voidedAt, String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }
}
