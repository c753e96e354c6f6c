package org.phasezero.payments;

import org.phasezero.shared.Rows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.phasezero.payments.internal.PaymentAccess;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claims finance needs for a period: every live claim approved (or since paid) whose activity
 * fell in it, with expenses by category. Only coordinators export, and every export is audited.
 * Two queries whatever the period's size: the claims, then their expenses summed by category.
 */
@Service
public class ClaimExports {

  private final JdbcClient db;
  private final ApplicationEventPublisher events;

  ClaimExports(JdbcClient db, ApplicationEventPublisher events) {
    this.db = db;
    this.events = events;
  }

  @Transactional
  public List<ExportRow> approved(LocalDate from, LocalDate to, String format) {
    PaymentAccess.requireCoordinator(CurrentUser.require(), "export claims for finance");
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("Give a period with 'from' on or before 'to' (dates as 2025-04-01).");
    }
    var period = List.<Object>of(Rows.sqlDate(from), Rows.sqlDate(to));
    String where = " from payment_claim c where c.activity_date >= ? and c.activity_date <= ? and c.voided_at is null"
        + " and c.status in ('APPROVED', 'PAID')";
    Map<Long, Map<ExpenseCategory, BigDecimal>> expenses = new HashMap<>();
    db.sql("select e.claim_id, e.category, sum(e.amount) amount from payment_expense e where e.claim_id in (select c.id"
            + where + ") group by e.claim_id, e.category").params(period)
        .query((rs, i) -> expenses.computeIfAbsent(rs.getLong("claim_id"), k -> new EnumMap<>(ExpenseCategory.class))
            .put(ExpenseCategory.valueOf(rs.getString("category")), rs.getBigDecimal("amount").setScale(2)))
        .list();
    List<ExportRow> rows = db.sql("select c.*, p.display_name person_name, m.title meeting_title,"
            + " o.name funder_name, x.name partnership_name " + where.replace(" from payment_claim c", """
             from payment_claim c join person p on p.id = c.person_id left join meeting m on m.id = c.meeting_id
              left join payment_budget b on b.id = c.budget_id left join organisation o on o.id = b.funder_id
              left join partnership x on x.id = b.partnership_id""") + " order by c.activity_date, c.id")
        .params(period)
        .query((rs, i) -> new ExportRow(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_name"),
            rs.getLong("meeting_id"), rs.getString("meeting_title"), Rows.date(rs, "activity_date"),
            Activity.valueOf(rs.getString("activity")),
            RateUnit.valueOf(rs.getString("unit")), rs.getBigDecimal("quantity"), rs.getBigDecimal("rate_amount"),
            rs.getBigDecimal("fee"), expenses.getOrDefault(rs.getLong("id"), Map.of()), rs.getBigDecimal("expenses_total"),
            rs.getBigDecimal("total"), ClaimStatus.valueOf(rs.getString("status")),
            rs.getTimestamp("approved_at").toInstant().atOffset(ZoneOffset.UTC).toLocalDate(),
            Rows.date(rs, "paid_on"), Rows.enumOrNull(rs, "payment_method", PaymentMethod.class),
            rs.getString("payment_reference"), Rows.longOrNull(rs, "budget_id"), rs.getString("funder_name") == null ? null
                : rs.getString("funder_name") + " for " + rs.getString("partnership_name")))
        .list();
    events.publishEvent(new AuditedAction("EXPORT", "payment_claim", from + ".." + to, rows.size()
        + " approved claims from " + from + " to " + to + " exported as " + format, null, null));
    return rows;
  }
}
