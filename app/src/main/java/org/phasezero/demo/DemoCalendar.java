package org.phasezero.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.springframework.stereotype.Component;

/**
 * The demo's dates, relative to the day it is loaded. The story is written as if "today" were
 * {@link #WRITTEN_TODAY}; every date in it is moved forward (or back) by the same whole number of
 * weeks, so that day becomes this week's Monday. Weekdays and the gaps between events stay as
 * written, and whenever the demo is loaded there are meetings next week, claims awaiting approval,
 * an overdue action and a budget about to end.
 */
@Component
public class DemoCalendar {

  /** The Monday the demo's story treats as today. */
  static final LocalDate WRITTEN_TODAY = LocalDate.of(2026, 2, 9);

  private final Clock clock;

  public DemoCalendar(Clock clock) {
    this.clock = clock;
  }

  /** A date of the story, as written, moved to the load day. */
  public LocalDate on(int year, int month, int day) {
    return shift(LocalDate.of(year, month, day));
  }

  /** A date of the story, as written, moved to the load day. */
  public LocalDate shift(LocalDate written) {
    return written.plusWeeks(weeks());
  }

  /** The real day the demo is loaded (its story's "today" is this week's Monday). */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private long weeks() {
    LocalDate monday = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return ChronoUnit.WEEKS.between(WRITTEN_TODAY, monday);
  }
}
