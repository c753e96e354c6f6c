package org.phasezero.payments.internal;

import java.util.List;
import java.util.Optional;
import org.phasezero.payments.AttendanceCheck;
import org.phasezero.spaces.Meetings;
import org.springframework.stereotype.Component;

/**
 * Payments' view of meetings and attendance, answered by the spaces capability: a claim is paid
 * only for a meeting that exists and that the person attended.
 */
@Component
class SpacesAttendance implements AttendanceCheck {

  private final Meetings meetings;

  SpacesAttendance(Meetings meetings) {
    this.meetings = meetings;
  }

  @Override
  public boolean attended(long personId, long meetingId) {
    return meetings.attended(personId, meetingId);
  }

  @Override
  public Optional<MeetingSummary> find(long meetingId) {
    return meetings.find(meetingId)
        .map(s -> new MeetingSummary(s.id(), s.spaceId(), s.partnershipId(), s.date(), s.title()));
  }

  @Override
  public List<MeetingSummary> heldBetween(java.time.LocalDate from, java.time.LocalDate to, int limit) {
    return meetings.heldBetween(from, to, limit).stream()
        .map(s -> new MeetingSummary(s.id(), s.spaceId(), s.partnershipId(), s.date(), s.title())).toList();
  }

  @Override
  public List<Attendee> attendees(long meetingId) {
    return meetings.get(meetingId).attendees().stream()
        .map(a -> new Attendee(a.personId(), a.name(), a.side().name())).toList();
  }
}
