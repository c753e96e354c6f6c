package org.phasezero.partnerships;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/** One recorded move of a partnership between phases: who, when, from, to and why. Moves are never undone, only followed by another move. */
public record PhaseMove(long id, long partnershipId, Phase from, Phase to, String reason, LocalDate movedOn,
    String movedBy, Instant recordedAt) {

  @JsonProperty
  public boolean backwards() {
    return to.ordinal() < from.ordinal();
  }
}
