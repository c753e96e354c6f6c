package org.phasezero.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoCalendarTest {

  private static DemoCalendar loadedOn(String day) {
    return new DemoCalendar(Clock.fixed(LocalDate.parse(day).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
  }

  /** Every day of one week, and days before and long after the story was written. */
  @ParameterizedTest
  @ValueSource(strings = {"2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05",
      "2026-12-06", "2024-07-17", "2031-02-28"})
  void theStorysTodayBecomesTheLoadWeeksMondayAndWeekdaysStay(String day) {
    DemoCalendar calendar = loadedOn(day);
    LocalDate today = LocalDate.parse(day);
    LocalDate storyToday = calendar.shift(DemoCalendar.WRITTEN_TODAY);
    assertThat(storyToday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(storyToday).isAfterOrEqualTo(today.minusDays(6)).isBeforeOrEqualTo(today);
    // A date written a week later (the Tamil group's next meeting is on the Sunday after) stays within the coming week.
    assertThat(calendar.on(2026, 2, 15)).isAfterOrEqualTo(today).isBeforeOrEqualTo(today.plusDays(7));
    assertThat(calendar.on(2025, 4, 1).getDayOfWeek()).isEqualTo(LocalDate.of(2025, 4, 1).getDayOfWeek());
  }
}
