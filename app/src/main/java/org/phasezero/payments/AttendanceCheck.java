package org.phasezero.payments;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What payments need to know about meetings: whether a person attended one, and the meeting's
 * date, partnership and title. Meetings belong to the spaces capability; this interface keeps
 * payments independent of how they are stored.
 */
public interface AttendanceCheck {

  boolean attended(long personId, long meetingId);

  Optional<MeetingSummary> find(long meetingId);

  /** Live meetings held between two dates, newest first, at most {@code limit} (not scoped: callers filter). */
  List<MeetingSummary> heldBetween(LocalDate from, LocalDate to, int limit);

  /** Who is recorded as attending, for a user who may see people (otherwise refused). */
  List<Attendee> attendees(long meetingId);

  /** A meeting as payments see it. */
  record MeetingSummary(long id, long spaceId, long partnershipId, LocalDate date, String title) {}

  /** An attendee and their side at the meeting ({@code COMMUNITY}, {@code STATUTORY}, {@code INDEPENDENT}). */
  record Attendee(long personId, String name, String side) {}
}
