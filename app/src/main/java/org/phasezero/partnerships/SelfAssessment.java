package org.phasezero.partnerships;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A 4Pi self-assessment of a partnership (NSUN's 4Pi National Involvement Standards: principles,
 * purpose, presence, process, and impact), each rated 1 (not yet) to 4 (fully), with notes.
 * Repeated over time, so that a partnership sees how its involvement practice changes.
 */
public record SelfAssessment(long id, long partnershipId, LocalDate assessedOn, int principles, int purpose,
    int presence, int process, int impact, String notes, String recordedBy, Instant createdAt) {

  /** The five ratings in the standard's order: principles, purpose, presence, process, impact. */
  @JsonProperty
  public List<Integer> ratings() {
    return List.of(principles, purpose, presence, process, impact);
  }
}
