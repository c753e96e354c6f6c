package org.phasezero.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.phasezero.demo.DemoCalendar;
import org.phasezero.security.SystemActor;
import org.phasezero.support.OnDemoNetwork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's payments, as `serve --demo` loads them: claims for the community-side people who
 * attended the demo partnerships' real meetings, at the rate valid on each meeting's date, most
 * approved by the hub and paid, and the funding behind them.
 */
@OnDemoNetwork
class DemoPaymentsTest {

  @Autowired
  FundingRecords funding;

  @Autowired
  JdbcClient db;

  @Autowired
  DemoCalendar calendar;

  @Test
  void theDemoPaysCommunitySideAttendeesAndRecordsItsFunding() {
    // Seven rates for meetings, chairing, preparation, peer research and training, and one for analysis sessions.
    assertThat(db.sql("select count(*) from payment_rate").query(Long.class).single()).isEqualTo(8);
    assertThat(db.sql("select count(*) from payment_rate where activity = 'ANALYSIS_SESSION'").query(Long.class)
        .single()).isEqualTo(1);
    // Claims only from the community side: no claimant is a member of a statutory or independent organisation.
    assertThat(db.sql("""
            select count(*) from payment_claim c join membership m on m.person_id = c.person_id
            join organisation o on o.id = m.organisation_id where o.side <> 'COMMUNITY'""").query(Long.class).single())
        .isZero();
    assertThat(db.sql("select count(*) from payment_claim").query(Long.class).single()).isPositive();
    // Every claim is for a meeting its person is recorded as attending.
    assertThat(db.sql("""
            select count(*) from payment_claim c where not exists (select 1 from meeting_attendance a
              where a.meeting_id = c.meeting_id and a.person_id = c.person_id and a.voided_at is null)""")
        .query(Long.class).single()).isZero();
    // Meetings before the rate review (1 April 2025 as the story is written, moved to the load day) are
    // paid at £20 an hour, those after it at £25: the rate of the meeting's date.
    java.sql.Date review = java.sql.Date.valueOf(calendar.on(2025, 4, 1));
    assertThat(db.sql("""
            select distinct rate_amount from payment_claim where activity = 'MEETING' and unit = 'HOUR'
            and activity_date < ?""").param(review).query(BigDecimal.class).list())
        .singleElement().satisfies(r -> assertThat(r).isEqualByComparingTo("20.00"));
    assertThat(db.sql("""
            select distinct rate_amount from payment_claim where activity = 'MEETING' and unit = 'HOUR'
            and activity_date >= ?""").param(review).query(BigDecimal.class).list())
        .singleElement().satisfies(r -> assertThat(r).isEqualByComparingTo("25.00"));
    assertThat(db.sql("select count(*) from payment_claim where fee <> rate_amount * quantity").query(Long.class).single())
        .isZero();
    assertThat(db.sql("select count(*) from payment_claim where status = 'PAID'").query(Long.class).single()).isPositive();
    assertThat(db.sql("select count(*) from payment_claim where status = 'PAID' and created_by like 'system/demo%'")
        .query(Long.class).single()).as("the demo's paid claims, recorded as the demo's").isPositive();
    assertThat(db.sql("""
            select count(*) from payment_claim where status = 'PAID' and created_by like 'system/demo%'
              and (cast(approved_at as date) > paid_on or cast(approved_at as date) < activity_date)""")
        .query(Long.class).single()).as("approved after the meeting and before it was paid").isZero();
    assertThat(db.sql("select count(*) from payment_claim where status = 'PAID' and budget_id is null"
            // The demo's own claims: other tests pay claims of their own partnerships in this database.
            + " and created_by like 'system/demo%'")
        .query(Long.class).single()).as("every paid demo claim is charged to a budget").isZero();

    // Tamil: £45,000, all independent = 100%. Forum: £30,000 independent of £50,000 = 60%. Somali: none.
    Map<String, Integer> percent = SystemActor.call("tests", funding::independence).stream()
        .filter(f -> f.percent() != null)
        .collect(Collectors.toMap(FundingIndependence::partnershipName, FundingIndependence::percent));
    assertThat(percent).containsEntry("Tamil talking therapies", 100)
        .containsEntry("African and Caribbean mental health forum", 60)
        .doesNotContainKey("Somali women's wellbeing");
  }
}
