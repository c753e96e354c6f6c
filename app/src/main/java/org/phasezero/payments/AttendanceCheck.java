package org.phasezero.payments;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What payments need to know about meetings: whether a person attended one, and the meeting's
 * date, partnership and title. Meetings belong to the spaces capability; this interface keeps
 * payments independent of how they are stored.
 */
public interface AttendanceCheck {

  boolean attended(long personId, long meetingId);

  Optional<MeetingSummary> find(long meetingId);

  /** A meeting as payments see it. */
  record MeetingSummary(long id, long spaceId, long partnershipId, LocalDate date, String title) {}
}
