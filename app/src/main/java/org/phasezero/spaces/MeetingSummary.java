package org.phasezero.spaces;

import java.time.LocalDate;
import org.phasezero.shared.Dates;

/** The few facts about a meeting that other capabilities (payments, partnerships) need. */
public record MeetingSummary(long id, long spaceId, long partnershipId, LocalDate date, String title) {

  /** How audit summaries name a meeting: "'February forum' of 12 February 2026", never its number. */
  public String label() {
    return "'" + title + "' of " + Dates.inWords(date);
  }
}
