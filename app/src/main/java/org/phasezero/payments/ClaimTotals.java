package org.phasezero.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.phasezero.payments.internal.PaymentAccess;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.ReportingPeriod;
import org.phasezero.shared.Rows;
import org.phasezero.shared.SmallNumbers.Withheld;
import org.phasezero.shared.SmallNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Claim totals by status, and for all claims, over a period: what statutory partners see instead of
 * claims. Site leads get the totals of their own people's claims; coordinators the exact network
 * totals, over any dates.
 *
 * <p>Statutory partners may ask for whole reporting periods only ({@link ReportingPeriod}), and see
 * each month's row through {@link SmallNumbers#row} (a small count withheld, and another cell or the
 * total with it so that the total cannot give it back) and a longer period through {@link
 * SmallNumbers#across} its months (so that a quarter minus two of its months cannot give back the
 * third). The money of a withheld count is withheld with it.
 */
@Service
public class ClaimTotals {

  private static final ClaimStatus[] STATUSES = ClaimStatus.values();

  private final JdbcClient db;
  private final SmallNumbers smallNumbers;

  ClaimTotals(JdbcClient db, SmallNumbers smallNumbers) {
    this.db = db;
    this.smallNumbers = smallNumbers;
  }

  /**
   * One status's total: {@code count} and {@code amount} are null when withheld, and {@code withheld}
   * says why ({@code SMALL}: fewer than the threshold; {@code PROTECTS_SMALL}: it would give a small
   * one away).
   */
  public record Line(ClaimStatus status, Long count, BigDecimal amount, boolean suppressed, Withheld withheld) {}

  /** Totals by status and for all claims; {@code period} is null when the dates are not a reporting period. */
  public record Totals(LocalDate from, LocalDate to, String period, int threshold, List<Line> lines, Line all) {}

  public Totals of(ReportingPeriod period) {
    return between(period.from(), period.to());
  }

  public Totals between(LocalDate from, LocalDate to) {
    CurrentUser u = CurrentUser.require();
    if (u.seesPseudonymsOnly()) {
      throw new Forbidden("Your role does not see payments.");
    }
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("Give a period with 'from' on or before 'to' (dates as 2025-04-01).");
    }
    ReportingPeriod period = ReportingPeriod.exactly(from, to).orElse(null);
    SmallNumbers rule = smallNumbers.appliedIf(u.seesAggregatesOnly());
    if (rule.withholds() && period == null) {
      throw new IllegalArgumentException(ReportingPeriod.ALLOWED);
    }
    PaymentAccess.Condition scope = u.seesAggregatesOnly() ? new PaymentAccess.Condition("", List.of())
        : PaymentAccess.claimScope(u);
    Map<YearMonth, Month> months = byMonth(from, to, scope);
    List<SmallNumbers.Row> countRows = new ArrayList<>();
    BigDecimal[] amounts = zeros();
    List<YearMonth> order = period == null ? List.copyOf(months.keySet())
        : period.months().stream().map(p -> YearMonth.from(p.from())).toList();
    for (YearMonth m : order) {
      Month month = months.getOrDefault(m, new Month());
      countRows.add(rule.row(Arrays.stream(month.counts).boxed().toList(), Arrays.stream(month.counts).sum()));
      for (int i = 0; i < STATUSES.length; i++) {
        amounts[i] = amounts[i].add(month.amounts[i]);
      }
    }
    SmallNumbers.Row row = countRows.size() == 1 ? countRows.get(0) : rule.across(countRows, STATUSES.length);
    List<Line> lines = new ArrayList<>();
    BigDecimal all = BigDecimal.ZERO.setScale(2);
    for (int i = 0; i < STATUSES.length; i++) {
      lines.add(line(STATUSES[i], row.exact().get(i), amounts[i], row.withheld().get(i)));
      all = all.add(amounts[i]);
    }
    return new Totals(from, to, period == null ? null : period.code(), rule.threshold(), lines,
        line(null, row.exactTotal(), all, row.totalWithheld()));
  }

  private static Line line(ClaimStatus status, long count, BigDecimal amount, Withheld withheld) {
    return withheld == null ? new Line(status, count, amount, false, null) : new Line(status, null, null, true, withheld);
  }

  /** Counts and amounts by calendar month and status; months without claims are absent. */
  private Map<YearMonth, Month> byMonth(LocalDate from, LocalDate to, PaymentAccess.Condition scope) {
    List<Object> params = new ArrayList<>(List.of(Rows.sqlDate(from), Rows.sqlDate(to)));
    params.addAll(scope.params());
    Map<YearMonth, Month> months = new HashMap<>();
    db.sql("select extract(year from c.activity_date) y, extract(month from c.activity_date) m, c.status,"
            + " count(*) n, sum(c.total) amount from payment_claim c where c.activity_date >= ?"
            + " and c.activity_date <= ? and c.voided_at is null" + scope.sql()
            + " group by extract(year from c.activity_date), extract(month from c.activity_date), c.status")
        .params(params)
        .query((rs, i) -> {
          Month month = months.computeIfAbsent(YearMonth.of(rs.getInt("y"), rs.getInt("m")), k -> new Month());
          int s = ClaimStatus.valueOf(rs.getString("status")).ordinal();
          month.counts[s] = rs.getLong("n");
          month.amounts[s] = rs.getBigDecimal("amount").setScale(2);
          return month;
        })
        .list();
    return new java.util.TreeMap<>(months);
  }

  private static BigDecimal[] zeros() {
    BigDecimal[] a = new BigDecimal[STATUSES.length];
    Arrays.fill(a, BigDecimal.ZERO.setScale(2));
    return a;
  }

  /** One month's counts and amounts by status (indexed by the status's ordinal). */
  private static final class Month {
    final long[] counts = new long[STATUSES.length];
    final BigDecimal[] amounts = zeros();
  }
}
