package org.phasezero.value.game;

import java.time.Instant;

/** A player: a label of their choosing and their stakeholder group, in the room or on paper. */
public record GamePlayer(long id, String label, StakeholderGroup group, JoinedBy joinedBy, Instant joinedAt,
    Instant removedAt) {

  public enum JoinedBy { ROOM, PAPER }

  public boolean removed() {
    return removedAt != null;
  }
}
