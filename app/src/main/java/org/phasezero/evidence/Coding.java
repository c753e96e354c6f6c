package org.phasezero.evidence;

import java.time.Instant;

/**
 * A code applied by one coder to the range [start, end) of a source's text, or to a region of a
 * picture ({@code region} as "left,top,width,height" in percent of the picture; its range is then
 * the picture's whole description).
 */
public record Coding(long id, long projectId, long sourceId, long codeId, String codeName, String codeColor, int start,
    int end, String coder, Instant createdAt, Instant voidedAt, String voidReason, String region) {

  /** The region's four numbers (left, top, width, height in percent), or none for a text coding. */
  public int[] box() {
    if (region == null || region.isEmpty()) {
      return new int[0];
    }
    return java.util.Arrays.stream(region.split(",")).mapToInt(Integer::parseInt).toArray();
  }

  /**
   * A coding's REFI-QDA GUID: its own when it was imported with one, else one derived from the
   * project's GUID and its id, so that every export of a coding made in PhaseZero names it the same.
   */
  public static String guid(String own, String projectGuid, long id) {
    return own != null ? own : java.util.UUID.nameUUIDFromBytes(("phasezero-coding:" + projectGuid + "/" + id)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
  }

  public boolean voided() {
    return voidedAt != null;
  }
}
