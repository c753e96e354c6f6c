package org.phasezero.value.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.phasezero.shared.Rows;
import org.phasezero.value.AccountInputs;
import org.phasezero.value.AccountInputs.Line;
import org.phasezero.value.AccountInputs.Source;
import org.phasezero.value.OtherInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads an account's inputs and outputs from the ledger: funding, paid involvement claims and
 * resources given (see {@link AccountInputs} for what is counted once). Totals and records of
 * organisations only; no person is read. The caller has checked that the user may see the account.
 */
@Component
public class Ledger {

  private final JdbcClient db;

  Ledger(JdbcClient db) {
    this.db = db;
  }

  /** The lines and outputs of a partnership (or the network, when null) over from…to inclusive. */
  public AccountInputs read(Long partnershipId, LocalDate from, LocalDate to, BigDecimal hourRate,
      List<OtherInput> others) {
    List<Line> lines = new ArrayList<>();
    Set<Long> fundersCounted = new HashSet<>();
    funding(partnershipId, from, to, lines, fundersCounted);
    payments(partnershipId, from, to, lines, fundersCounted);
    resources(partnershipId, from, to, hourRate, lines, fundersCounted);
    for (OtherInput o : others) {
      lines.add(new Line(Source.OTHER, 1, o.description(), null, o.amount(), null, null, true, null));
    }
    BigDecimal total = lines.stream().filter(Line::counted).map(Line::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new AccountInputs(List.copyOf(lines), total, outputs(partnershipId, from, to));
  }

  private void funding(Long partnershipId, LocalDate from, LocalDate to, List<Line> lines,
      Set<Long> fundersCounted) {
    db.sql("""
            select f.id, f.funder_id, o.name funder, f.amount, f.term_from, f.term_to
            from funding f join organisation o on o.id = f.funder_id
            where f.voided_at is null and f.term_from <= ? and f.term_to >= ?"""
            + (partnershipId == null ? "" : " and f.partnership_id = " + partnershipId)
            + " order by f.term_from, f.id")
        .params(Rows.sqlDate(to), Rows.sqlDate(from))
        .query((rs, i) -> {
          LocalDate termFrom = Rows.date(rs, "term_from");
          LocalDate termTo = Rows.date(rs, "term_to");
          BigDecimal whole = rs.getBigDecimal("amount");
          BigDecimal counted = proRata(whole, termFrom, termTo, from, to);
          fundersCounted.add(rs.getLong("funder_id"));
          return new Line(Source.FUNDING, 1, rs.getString("funder"), termFrom, counted,
              counted.compareTo(whole) == 0 ? null : whole, null, true, "/payments/funding");
        }).list().forEach(lines::add);
  }

  /**
   * The share of a grant that falls in the period, by days: amount × days of overlap ÷ days of the
   * term, both counted inclusively, rounded half up to the penny.
   */
  static BigDecimal proRata(BigDecimal amount, LocalDate termFrom, LocalDate termTo, LocalDate from,
      LocalDate to) {
    LocalDate start = termFrom.isAfter(from) ? termFrom : from;
    LocalDate end = termTo.isBefore(to) ? termTo : to;
    long overlap = ChronoUnit.DAYS.between(start, end) + 1;
    long term = ChronoUnit.DAYS.between(termFrom, termTo) + 1;
    if (overlap >= term) {
      return amount.setScale(2, RoundingMode.HALF_UP);
    }
    return amount.multiply(BigDecimal.valueOf(overlap))
        .divide(BigDecimal.valueOf(term), 2, RoundingMode.HALF_UP);
  }

  private void payments(Long partnershipId, LocalDate from, LocalDate to, List<Line> lines,
      Set<Long> fundersCounted) {
    long[] counts = new long[2];
    BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO};
    db.sql("""
            select c.total, b.funder_id from payment_claim c
            left join payment_budget b on b.id = c.budget_id
            where c.voided_at is null and c.status = 'PAID' and c.activity_date between ? and ?"""
            + (partnershipId == null ? "" : " and c.partnership_id = " + partnershipId))
        .params(Rows.sqlDate(from), Rows.sqlDate(to))
        .query((rs, i) -> {
          Long funder = Rows.longOrNull(rs, "funder_id");
          int inside = funder != null && fundersCounted.contains(funder) ? 1 : 0;
          counts[inside]++;
          sums[inside] = sums[inside].add(rs.getBigDecimal("total"));
          return null;
        }).list();
    String href = "/payments?status=PAID&from=" + from + "&to=" + to;
    if (counts[0] > 0) {
      lines.add(new Line(Source.INVOLVEMENT_PAYMENTS, counts[0], null, null, sums[0], null, null,
          true, href));
    }
    if (counts[1] > 0) {
      lines.add(new Line(Source.INVOLVEMENT_PAYMENTS, counts[1], null, null, sums[1], null, null,
          false, href));
    }
  }

  private void resources(Long partnershipId, LocalDate from, LocalDate to, BigDecimal hourRate,
      List<Line> lines, Set<Long> fundersCounted) {
    db.sql("""
            select r.id, r.sub_type, r.giver_organisation_id, r.description, r.hours, r.money, r.given_on
            from resource_contribution r
            where r.voided_at is null and r.given_on between ? and ?
              and (r.money > 0 or r.hours > 0)"""
            + (partnershipId == null ? "" : " and r.partnership_id = " + partnershipId)
            + " order by r.given_on, r.id")
        .params(Rows.sqlDate(from), Rows.sqlDate(to))
        .query((rs, i) -> {
          String href = "/resources/" + rs.getLong("id");
          String label = rs.getString("description");
          LocalDate given = Rows.date(rs, "given_on");
          BigDecimal money = rs.getBigDecimal("money");
          if (money != null && money.signum() > 0) {
            Long giver = Rows.longOrNull(rs, "giver_organisation_id");
            boolean sameAsFunding = "FUNDING".equals(rs.getString("sub_type")) && giver != null
                && fundersCounted.contains(giver);
            lines.add(new Line(Source.RESOURCE_MONEY, 1, label, given, money, null, null,
                !sameAsFunding, href));
          }
          BigDecimal hours = rs.getBigDecimal("hours");
          if (hours != null && hours.signum() > 0) {
            lines.add(new Line(Source.RESOURCE_HOURS, 1, label, given,
                hours.multiply(hourRate).setScale(2, RoundingMode.HALF_UP), null, hours, true, href));
          }
          return null;
        }).list();
  }

  private AccountInputs.Outputs outputs(Long partnershipId, LocalDate from, LocalDate to) {
    String scope = partnershipId == null ? "" : " and s.partnership_id = " + partnershipId;
    long meetings = db.sql("select count(*) from meeting m join shared_space s on s.id = m.space_id"
            + " where m.voided_at is null and m.held_on between ? and ?" + scope)
        .params(Rows.sqlDate(from), Rows.sqlDate(to)).query(Long.class).single();
    var attended = db.sql("""
            select count(*) attendances, count(distinct a.person_id) people from meeting_attendance a
            join meeting m on m.id = a.meeting_id join shared_space s on s.id = m.space_id
            where a.voided_at is null and m.voided_at is null and m.held_on between ? and ?""" + scope)
        .params(Rows.sqlDate(from), Rows.sqlDate(to))
        .query((rs, i) -> new long[] {rs.getLong("attendances"), rs.getLong("people")}).single();
    long paid = db.sql("select count(*) from payment_claim c where c.voided_at is null"
            + " and c.status = 'PAID' and c.activity_date between ? and ?"
            + (partnershipId == null ? "" : " and c.partnership_id = " + partnershipId))
        .params(Rows.sqlDate(from), Rows.sqlDate(to)).query(Long.class).single();
    return new AccountInputs.Outputs(meetings, attended[0], attended[1], paid);
  }
}
