package org.phasezero.evidence.themes;

import java.time.Instant;
import java.util.List;

/**
 * A theme of a thematic network, in one of three tiers: the global theme at the centre (no parent),
 * an organising theme under it, or a basic theme under an organising theme. Only a basic theme
 * groups codes ({@code codeIds}, live codes only).
 */
public record Theme(long id, long networkId, Tier tier, Long parentId, String name, String description,
    List<Long> codeIds, int version, Instant voidedAt, String voidReason) {

  /** The three tiers of Attride-Stirling's networks, from the centre outwards. */
  public enum Tier {
    GLOBAL, ORGANISING, BASIC;

    /** The tier a theme of this tier sits under; null for the global theme. */
    public Tier parentTier() {
      return this == GLOBAL ? null : values()[ordinal() - 1];
    }
  }

  public boolean voided() {
    return voidedAt != null;
  }
}
