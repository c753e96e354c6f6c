package org.phasezero.spaces;

import org.phasezero.partnerships.LadderStep;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.phasezero.network.Side;

/**
 * A meeting of a shared space: when and where, its agenda, who attended (by side), and the rung of
 * the ladder of co-production it stood on with the Co's it served.
 */
public record Meeting(
    long id, long spaceId, String spaceName, long partnershipId, LocalDate date, String title, Long siteId,
    String siteName, String agenda, LadderStep ladderStep, boolean coCommissioning, boolean coDesign,
    boolean coDelivery, boolean coAssessment, List<Attendee> attendees, Instant createdAt, Instant updatedAt,
    int version, Instant voidedAt, String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }

  public boolean attended(long personId) {
    return attendees.stream().anyMatch(a -> a.personId() == personId);
  }

  /** How audit summaries name a meeting: its title and date, never its number. */
  public String label() {
    return summary().label();
  }

  public MeetingSummary summary() {
    return new MeetingSummary(id, spaceId, partnershipId, date, title);
  }

  /** Someone recorded as attending, with the side they stood on at the meeting. */
  public record Attendee(long personId, String name, Side side) {}

  Meeting withAttendees(List<Attendee> a) {
    return new Meeting(id, spaceId, spaceName, partnershipId, date, title, siteId, siteName, agenda, ladderStep,
        coCommissioning, coDesign, coDelivery, coAssessment, a, createdAt, updatedAt, version, voidedAt, voidReason);
  }
}
