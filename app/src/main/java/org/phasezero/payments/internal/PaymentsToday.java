package org.phasezero.payments.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.phasezero.payments.Budget;
import org.phasezero.payments.Budgets;
import org.phasezero.payments.ClaimTotals;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.Money;
import org.phasezero.shared.ReportingPeriod;
import org.phasezero.shared.Rows;
import org.phasezero.shared.TodayTasks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Payments' part of the home page: for the coordinator, claims awaiting approval and budgets
 * overspent or about to end; for a site lead, their organisation's people who attended a recent
 * meeting and have no claim for it yet, and their claims awaiting approval; for a statutory partner,
 * the latest whole period's payments, with small numbers withheld as on the totals page.
 */
@Component
class PaymentsToday implements TodayTasks {

  /** How long after a meeting a missing claim is still worth a reminder. */
  static final int CLAIM_WITHIN_DAYS = 60;
  /** A budget whose period ends within this many weeks is flagged. */
  static final int BUDGET_ENDING_WEEKS = 8;

  private static final java.time.format.DateTimeFormatter DATES =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

  private final JdbcClient db;
  private final Budgets budgets;
  private final ClaimTotals totals;
  private final org.phasezero.payments.ClaimDecisions decisions;

  PaymentsToday(JdbcClient db, Budgets budgets, ClaimTotals totals, org.phasezero.payments.ClaimDecisions decisions) {
    this.db = db;
    this.decisions = decisions;
    this.budgets = budgets;
    this.totals = totals;
  }

  @Override
  public List<TaskList> today(LocalDate today) {
    CurrentUser u = CurrentUser.require();
    List<TaskList> lists = new ArrayList<>();
    if (u.seesAggregatesOnly()) {
      lists.add(latestPayments(today));
      return lists;
    }
    if (!u.worksWithPeople()) {
      return lists;
    }
    String scopeKey = u.isSiteLead() ? "today.scope.organisation" : null;
    if (u.isSiteLead()) {
      lists.add(TaskList.of(10, "today.claimsToSubmit", scopeKey, claimsToSubmit(u, today),
          "/payments/claims/new"));
    }
    lists.add(TaskList.of(20, "today.claimsAwaiting", scopeKey, awaitingApproval(u), "/payments?status=SUBMITTED"));
    if (u.isCoordinator()) {
      lists.add(TaskList.of(50, "today.budgets", null, budgetsNeedingAttention(today), "/payments/budgets"));
    }
    return lists;
  }

  private List<Task> awaitingApproval(CurrentUser u) {
    PaymentAccess.Condition scope = PaymentAccess.claimScope(u);
    return db.sql("""
            select c.id, c.total, c.activity_date, c.created_by, p.display_name, m.title from payment_claim c
            join person p on p.id = c.person_id left join meeting m on m.id = c.meeting_id
            where c.status = 'SUBMITTED' and c.voided_at is null""" + scope.sql()
            + " order by c.activity_date, c.id")
        .params(scope.params())
        .query((rs, i) -> new Task(rs.getString("display_name"),
            Money.format(rs.getBigDecimal("total")) + " · " + rs.getString("title"), Rows.date(rs, "activity_date"),
            false, anotherApproves(u, rs.getString("created_by")) ? "today.claims.anotherApproves" : null,
            "/payments/claims/" + rs.getLong("id")))
        .list();
  }

  /** A claim this coordinator submitted waits for another coordinator: said beside it, so that it is not mistaken for theirs to approve. */
  private boolean anotherApproves(CurrentUser u, String createdBy) {
    return u.isCoordinator() && decisions.separatesDuties() && u.username().equals(createdBy);
  }

  /** Community-side attendees of recent meetings, of the user's people, with no live claim for that meeting. */
  private List<Task> claimsToSubmit(CurrentUser u, LocalDate today) {
    PaymentAccess.Condition scope = PaymentAccess.personScope(u);
    List<Object> params = new ArrayList<>(List.of(Date.valueOf(today.minusDays(CLAIM_WITHIN_DAYS)), Date.valueOf(today)));
    params.addAll(scope.params());
    return db.sql("""
            select m.id meeting_id, m.title, m.held_on, p.id person_id, p.display_name
            from meeting_attendance a join meeting m on m.id = a.meeting_id join person p on p.id = a.person_id
            where a.voided_at is null and m.voided_at is null and a.side = 'COMMUNITY'
              and m.held_on >= ? and m.held_on <= ? and p.voided_at is null""" + scope.sql() + " " + """
              and not exists (select 1 from payment_claim c where c.person_id = a.person_id
                and c.meeting_id = a.meeting_id and c.voided_at is null)
            order by m.held_on desc, p.search_key, p.id""")
        .params(params)
        .query((rs, i) -> new Task(rs.getString("display_name"), rs.getString("title"), Rows.date(rs, "held_on"),
            false, null, "/payments/claims/new?meetingId=" + rs.getLong("meeting_id") + "&personId="
                + rs.getLong("person_id")))
        .list();
  }

  private List<Task> budgetsNeedingAttention(LocalDate today) {
    LocalDate soon = today.plusWeeks(BUDGET_ENDING_WEEKS);
    return budgets.list(null).stream()
        .filter(b -> !b.periodTo().isBefore(today))
        .filter(b -> b.remaining().signum() < 0 || !b.periodTo().isAfter(soon))
        .sorted(java.util.Comparator.comparing((Budget b) -> b.remaining().signum() >= 0).thenComparing(Budget::periodTo))
        .map(b -> new Task(b.funderName() + " for " + b.partnershipName(),
            Money.format(b.remaining()) + " left of " + Money.format(b.amount()), b.periodTo(),
            b.remaining().signum() < 0, b.remaining().signum() < 0 ? "today.budgets.overspent" : "today.budgets.ending",
            "/payments/budgets"))
        .toList();
  }

  /** The latest whole reporting period, as the totals page shows it to the user's role. */
  private TaskList latestPayments(LocalDate today) {
    ReportingPeriod period = ReportingPeriod.offered(today, 2).stream()
        .filter(r -> r.kind() == ReportingPeriod.Kind.QUARTER && r.to().isBefore(today)).findFirst().orElseThrow();
    ClaimTotals.Totals t = totals.of(period);
    ClaimTotals.Line all = t.all();
    String detail = all.suppressed() || all.amount() == null ? null
        : Money.format(all.amount()) + " in " + all.count() + " claims";
    return TaskList.toRead(60, "today.payments",
        List.of(new Task(DATES.format(period.from()) + " to " + DATES.format(period.to()), detail, null, false, all.suppressed() ? "today.withheld" : null,
            "/payments/totals?period=" + period.code())), "/payments/totals");
  }

}
