package org.phasezero.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.phasezero.demo.DemoNetwork;
import org.phasezero.security.SystemActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's payments, loaded with two meetings standing in for the spaces capability's: one of
 * the Tamil partnership (the first the demo creates) in March 2024 and one of the African and
 * Caribbean forum (the second) in June 2025, everyone counted as attending.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties =
    "spring.datasource.url=jdbc:h2:mem:demopayments;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Import(TestAttendance.class)
class DemoPaymentsTest {

  @Autowired
  DemoNetwork demo;

  @Autowired
  TestAttendance.Meetings meetings;

  @Autowired
  FundingRecords funding;

  @Autowired
  JdbcClient db;

  @Test
  void theDemoPaysCommunitySideAttendeesAndRecordsItsFunding() {
    meetings.openToAll(1, 1, LocalDate.of(2024, 3, 4));
    meetings.openToAll(2, 2, LocalDate.of(2025, 6, 2));
    SystemActor.run("demo", () -> demo.load(1));

    assertThat(db.sql("select count(*) from payment_rate").query(Long.class).single()).isEqualTo(7);
    // Claims only from the community side: no claimant is a member of a statutory or independent organisation.
    assertThat(db.sql("""
            select count(*) from payment_claim c join membership m on m.person_id = c.person_id
            join organisation o on o.id = m.organisation_id where o.side <> 'COMMUNITY'""").query(Long.class).single())
        .isZero();
    Map<Long, Long> byMeeting = db.sql("select meeting_id, count(*) n from payment_claim group by meeting_id")
        .query((rs, i) -> Map.entry(rs.getLong("meeting_id"), rs.getLong("n"))).list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(byMeeting).containsOnlyKeys(1L, 2L);
    // March 2024 is paid at £20 an hour, June 2025 at £25: fee = rate × hours on every claim.
    List<BigDecimal> rates = db.sql("select distinct rate_amount from payment_claim where meeting_id = 1")
        .query(BigDecimal.class).list();
    assertThat(rates).singleElement().satisfies(r -> assertThat(r).isEqualByComparingTo("20.00"));
    assertThat(db.sql("select count(*) from payment_claim where fee <> rate_amount * quantity").query(Long.class).single())
        .isZero();
    assertThat(db.sql("select count(*) from payment_claim where status = 'PAID'").query(Long.class).single()).isPositive();
    assertThat(db.sql("select count(*) from payment_claim where status = 'PAID' and budget_id is null")
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
