package org.phasezero.evidence;

import java.time.Instant;

/** A code applied by one coder to the range [start, end) of a source's text. */
public record Coding(long id, long projectId, long sourceId, long codeId, String codeName, String codeColor, int start,
    int end, String coder, Instant createdAt, Instant voidedAt, String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }
}
