package org.phasezero.payments;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.phasezero.PhaseZeroApplication;
import org.phasezero.support.TestNetwork;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark runner, not a test: times the finance export of a year's approved claims to XLSX (and
 * CSV) at demo scale, ~10,000 claims, on an in-memory H2 database. Run by
 * {@code bench/run-payments-export.sh}; the target is under 2 s for the XLSX. The claims are
 * written with batched SQL (the export is what is measured, not claim entry); a third have two
 * expenses. Each format runs 2 warm-up rounds then 5 timed ones; the median and slowest are printed.
 * Cost grows linearly with the number of claims (two queries, one pass to write).
 */
public final class ExportTiming {

  private ExportTiming() {}

  public static void main(String[] args) throws Exception {
    int claims = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(PhaseZeroApplication.class)
        .web(WebApplicationType.NONE)
        // As arguments, so that they win over application.properties (whose database is a file under ./data).
        .run("--spring.datasource.url=jdbc:h2:mem:exporttiming;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "--phasezero.demo.enabled=false")) {
      TestNetwork net = new TestNetwork(ctx);
      RateForm rate = new RateForm();
      rate.setActivity(Activity.MEETING);
      rate.setUnit(RateUnit.HOUR);
      rate.setAmount(new BigDecimal("25.00"));
      rate.setValidFrom(LocalDate.of(2024, 1, 1));
      rate.setSource("benchmark");
      long rateId = ctx.getBean(Rates.class).create(rate).id();
      insertClaims(ctx.getBean(JdbcTemplate.class), claims, rateId,
          new long[] {net.ownPerson, net.otherPerson, net.ownResearchPerson, net.otherResearchPerson});
      ClaimExports exports = ctx.getBean(ClaimExports.class);
      LocalDate from = LocalDate.of(2025, 1, 1);
      LocalDate to = LocalDate.of(2025, 12, 31);
      System.out.println("claims in the year: " + claims);
      for (String format : List.of("XLSX", "CSV")) {
        long[] ms = new long[7];
        int bytes = 0;
        int exported = 0;
        for (int run = 0; run < ms.length; run++) {
          long start = System.nanoTime();
          List<ExportRow> rows = exports.approved(from, to, format);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          List<List<Object>> cells = rows.stream().map(ExportRow::cells).toList();
          if (format.equals("XLSX")) {
            org.phasezero.shared.Spreadsheets.xlsx("Approved claims", ExportRow.headings(), cells, out);
          } else {
            org.phasezero.shared.Spreadsheets.csv(ExportRow.headings(), cells, out);
          }
          ms[run] = (System.nanoTime() - start) / 1_000_000;
          bytes = out.size();
          exported = rows.size();
        }
        long[] timed = Arrays.copyOfRange(ms, 2, ms.length);
        Arrays.sort(timed);
        System.out.printf("%s export of %d claims: median %d ms, slowest %d ms over %d runs (after 2 warm-up); %d bytes%n",
            format, exported, timed[timed.length / 2], timed[timed.length - 1], timed.length, bytes);
      }
    }
  }

  private static void insertClaims(JdbcTemplate jdbc, int n, long rateId, long[] people) {
    Timestamp now = Timestamp.from(Instant.now());
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate date = LocalDate.of(2025, 1, 1).plusDays(i % 365);
      BigDecimal expenses = i % 3 == 0 ? new BigDecimal("16.80") : new BigDecimal("0.00");
      rows.add(new Object[] {people[i % people.length], 100_000L + i, Date.valueOf(date), rateId, expenses,
          new BigDecimal("62.50").add(expenses), now, now, now});
    }
    jdbc.batchUpdate("""
        insert into payment_claim (person_id, meeting_id, activity_date, activity, unit, quantity, rate_id, rate_amount,
          fee, expenses_total, total, status, approved_at, approved_by, created_by, created_at, updated_at, version)
        values (?, ?, ?, 'MEETING', 'HOUR', 2.5, ?, 25.00, 62.50, ?, ?, 'APPROVED', ?, 'bench', 'bench', ?, ?, 0)""", rows);
    jdbc.update("""
        insert into payment_expense (claim_id, category, amount, description)
        select id, 'TRAVEL', 4.80, 'bus' from payment_claim where mod(meeting_id, 3) = 1""");
    jdbc.update("""
        insert into payment_expense (claim_id, category, amount, description)
        select id, 'CHILDCARE_OR_CARER', 12.00, 'childminder' from payment_claim where mod(meeting_id, 3) = 1""");
  }
}
