package org.phasezero.evidence.rounds;

import java.time.Instant;

/**
 * A blind coding round of a project: its owner set it up and alone may close it; {@code seed} makes
 * the bootstrap interval reproducible.
 */
public record CodingRound(long id, long projectId, String name, String instructions, String owner, Status status,
    Instant createdAt, Instant closedAt, String closedBy, long seed, int version) {

  /** Open: coders code, blind to each other. Closed: codings are fixed and agreement is computed. */
  public enum Status { OPEN, CLOSED }

  public boolean open() {
    return status == Status.OPEN;
  }
}
