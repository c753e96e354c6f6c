package org.phasezero.value.game;

import java.time.Instant;

/** A round of placing; at most one is open at a time. */
public record GameRound(long id, int number, Instant openedAt, Instant closedAt) {

  public boolean open() {
    return closedAt == null;
  }
}
