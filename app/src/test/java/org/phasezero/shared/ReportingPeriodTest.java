package org.phasezero.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.phasezero.shared.ReportingPeriod.Kind;

class ReportingPeriodTest {

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void monthsQuartersAndFinancialYearsAreReadFromTheirCodes() {
    assertThat(ReportingPeriod.parse("2025-04")).isEqualTo(new ReportingPeriod(Kind.MONTH, d("2025-04-01"), d("2025-04-30")));
    assertThat(ReportingPeriod.parse("2024-02").to()).isEqualTo(d("2024-02-29"));
    assertThat(ReportingPeriod.parse("2025-Q2")).isEqualTo(new ReportingPeriod(Kind.QUARTER, d("2025-04-01"), d("2025-06-30")));
    assertThat(ReportingPeriod.parse("2025-q4").to()).isEqualTo(d("2025-12-31"));
    assertThat(ReportingPeriod.parse("FY2025-26"))
        .isEqualTo(new ReportingPeriod(Kind.FINANCIAL_YEAR, d("2025-04-01"), d("2026-03-31")));
    assertThat(ReportingPeriod.parse("FY1999-00").to()).isEqualTo(d("2000-03-31"));
    for (String code : new String[] {"2025-04", "2025-Q2", "FY2025-26"}) {
      assertThat(ReportingPeriod.parse(code).code()).isEqualTo(code);
    }
  }

  @Test
  void anythingElseIsRefusedWithWhatIsAllowed() {
    for (String bad : new String[] {"2025-13", "2025-00", "2025-Q5", "FY2025-27", "2025", "", "2025-04-01", "FY25-26"}) {
      assertThatThrownBy(() -> ReportingPeriod.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("period=FY2025-26");
    }
    assertThatThrownBy(() -> ReportingPeriod.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void datesAreAReportingPeriodOnlyWhenTheyRunExactlyFromItsFirstDayToItsLast() {
    assertThat(ReportingPeriod.exactly(d("2025-04-01"), d("2025-04-30")).orElseThrow().kind()).isEqualTo(Kind.MONTH);
    assertThat(ReportingPeriod.exactly(d("2025-04-01"), d("2025-06-30")).orElseThrow().kind()).isEqualTo(Kind.QUARTER);
    assertThat(ReportingPeriod.exactly(d("2025-04-01"), d("2026-03-31")).orElseThrow().kind())
        .isEqualTo(Kind.FINANCIAL_YEAR);
    // A day apart (the differencing attack), a calendar year, a quarter not on the calendar, a half month.
    assertThat(ReportingPeriod.exactly(d("2024-09-01"), d("2024-09-29"))).isEmpty();
    assertThat(ReportingPeriod.exactly(d("2024-09-02"), d("2024-09-30"))).isEmpty();
    assertThat(ReportingPeriod.exactly(d("2025-01-01"), d("2025-12-31"))).isEmpty();
    assertThat(ReportingPeriod.exactly(d("2025-02-01"), d("2025-04-30"))).isEmpty();
    assertThat(ReportingPeriod.exactly(d("2025-05-01"), d("2026-04-30"))).isEmpty();
  }

  @Test
  void aPeriodIsMadeOfItsCalendarMonths() {
    assertThat(ReportingPeriod.parse("FY2025-26").months()).hasSize(12).first()
        .isEqualTo(ReportingPeriod.parse("2025-04"));
    assertThat(ReportingPeriod.parse("2025-Q1").months()).extracting(ReportingPeriod::code)
        .containsExactly("2025-01", "2025-02", "2025-03");
  }

  @Test
  void theFormOffersPeriodsThatHaveStartedNewestFirst() {
    var offered = ReportingPeriod.offered(d("2025-05-10"), 2);
    assertThat(offered).extracting(ReportingPeriod::code).startsWith("FY2025-26", "FY2024-25", "2025-Q2", "2025-Q1",
        "2024-Q4", "2024-Q3", "2024-Q2", "2025-05", "2025-04", "2025-03");
    assertThat(offered).extracting(ReportingPeriod::code).endsWith("2024-04").doesNotContain("2024-03", "2025-Q3");
  }
}
