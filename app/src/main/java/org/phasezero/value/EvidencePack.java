package org.phasezero.value;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A commissioner evidence pack of a partnership over a period: made in the background
 * ({@code GENERATING}, then {@code READY} or {@code FAILED}), published for statutory partners to
 * read, and never changed once made.
 *
 * @param auditPosition the audit trail's position when the records were read
 * @param contentHash the SHA-256 of the pack's content as JSON
 */
public record EvidencePack(long id, long partnershipId, String partnershipName, Long sroiAccountId,
    LocalDate periodFrom, LocalDate periodTo, String status, Long auditPosition, String contentHash, String failure,
    String createdBy, Instant createdAt, Instant readyAt, Instant publishedAt, String publishedBy, int format,
    Long thematicNetworkId) {

  public boolean ready() {
    return "READY".equals(status);
  }

  public boolean published() {
    return publishedAt != null;
  }
}
