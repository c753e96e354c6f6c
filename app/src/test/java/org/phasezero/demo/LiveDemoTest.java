package org.phasezero.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phasezero.support.OnDemoNetwork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo is alive on the day it is loaded: every everyday journey has something to do, whatever
 * the date. (The demo here is loaded by the test context today; {@link DemoCalendarTest} shows the
 * same holds on any other day of the week.)
 */
@OnDemoNetwork
class LiveDemoTest {

  @Autowired
  JdbcClient db;

  @Autowired
  DemoCalendar calendar;

  @Test
  void thereAreMeetingsInTheComingWeekAndNoneRecordedInTheFuture() {
    LocalDate today = calendar.today();
    assertThat(count("select count(*) from meeting where held_on >= ? and held_on <= ?", today, today.plusDays(7)))
        .as("meetings in the coming week").isPositive();
    assertThat(count("""
            select count(*) from meeting m join meeting_attendance a on a.meeting_id = m.id
            where m.held_on > ?""", today)).as("attendance recorded at a meeting that has not happened").isZero();
    assertThat(count("select count(*) from meeting where held_on > ? and held_on < ?", today.minusDays(14), today))
        .as("a meeting held in the last fortnight").isPositive();
  }

  @Test
  void claimsAwaitApprovalAndNoneIsDatedInTheFuture() {
    LocalDate today = calendar.today();
    assertThat(count("select count(*) from payment_claim where status = 'SUBMITTED' and voided_at is null"))
        .as("claims awaiting approval").isPositive();
    assertThat(count("select count(*) from payment_claim where activity_date > ?", today)).isZero();
    assertThat(count("select count(*) from payment_claim where paid_on > ?", today)).isZero();
  }

  @Test
  void anActionIsOverdueAndABudgetIsAboutToEnd() {
    LocalDate today = calendar.today();
    assertThat(count("""
            select count(*) from meeting_action where done_on is null and voided_at is null and due_on < ?""", today))
        .as("overdue actions").isPositive();
    assertThat(count("select count(*) from meeting_action where done_on > ?", today)).isZero();
    assertThat(count("""
            select count(*) from payment_budget where voided_at is null and period_to >= ? and period_to <= ?""",
        today, today.plusWeeks(8))).as("budgets ending in the next eight weeks").isPositive();
  }

  @Test
  void onePartnershipHasBeenQuietForMoreThanNinetyDaysAndNoHistoryIsInTheFuture() {
    LocalDate today = calendar.today();
    assertThat(count("select count(*) from engagement where held_on > ?", today)).isZero();
    assertThat(count("select count(*) from phase_move where moved_on > ?", today)).isZero();
    // Other tests add their own partnerships to this database: only the demo's are counted.
    List<String> quiet = db.sql("""
            select p.name from partnership p where p.started_on < ? and not exists (
              select 1 from engagement e where e.partnership_id = p.id and e.held_on >= ?)""")
        .params(Date.valueOf(today.minusDays(90)), Date.valueOf(today.minusDays(90))).query(String.class).list();
    assertThat(quiet).filteredOn(DemoPartnerships.NAMES::contains).as("partnerships with no engagement for 90 days")
        .containsExactly("Elders' memory and mood");
  }

  private long count(String sql, LocalDate... dates) {
    var spec = db.sql(sql);
    for (LocalDate d : dates) {
      spec = spec.param(Date.valueOf(d));
    }
    return spec.query(Long.class).single();
  }
}
