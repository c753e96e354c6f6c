package org.phasezero.spaces;

import java.time.LocalDate;
import java.util.List;

/**
 * A space's participation measures meeting by meeting, oldest first: how the floor was shared over
 * time. {@code threshold} is the small-number threshold the measures were shown under (1: exact).
 */
public record ParticipationTrend(long spaceId, String spaceName, List<Point> points, int threshold) {

  /** One meeting's measures. */
  public record Point(long meetingId, LocalDate date, String title, MeetingMeasures measures) {}
}
