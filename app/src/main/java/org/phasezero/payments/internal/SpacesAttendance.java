package org.phasezero.payments.internal;

import java.util.Optional;
import org.phasezero.payments.AttendanceCheck;
import org.springframework.stereotype.Component;

/**
 * Payments' view of meetings and attendance, answered by the spaces capability. Until spaces is
 * part of this build it knows no meeting, so every claim is refused as "no such meeting" rather
 * than paid without evidence of attendance. When spaces is merged, this delegates to
 * {@code org.phasezero.spaces.Meetings#attended} and {@code Meetings#find}.
 */
@Component
class SpacesAttendance implements AttendanceCheck {

  @Override
  public boolean attended(long personId, long meetingId) {
    return false;
  }

  @Override
  public Optional<MeetingSummary> find(long meetingId) {
    return Optional.empty();
  }
}
