package org.phasezero.payments;

import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.phasezero.network.Organisation;
import org.phasezero.network.Organisations;
import org.phasezero.partnerships.Partnership;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.payments.internal.PaymentAccess;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.SqlWhere;
import org.phasezero.shared.Sorting;
import org.phasezero.shared.Page;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budgets per partnership and funder, and what has been spent against each: the totals of approved
 * and paid claims charged to it (a claim is charged when it is approved). Site leads see the
 * budgets of their own partnerships; researchers none.
 */
@Service
public class Budgets {

  private static final String SELECT = """
      select b.*, p.name partnership_name, o.name funder_name,
        (select coalesce(sum(c.total), 0) from payment_claim c where c.budget_id = b.id and c.voided_at is null
           and c.status in ('APPROVED', 'PAID')) spent
      from payment_budget b join partnership p on p.id = b.partnership_id join organisation o on o.id = b.funder_id""";

  private final JdbcClient db;
  private final Partnerships partnerships;
  private final Organisations organisations;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Budgets(JdbcClient db, Partnerships partnerships, Organisations organisations, ApplicationEventPublisher events,
      Clock clock) {
    this.db = db;
    this.partnerships = partnerships;
    this.organisations = organisations;
    this.events = events;
    this.clock = clock;
  }

  /** Live budgets the user may see, optionally of one partnership. */
  public List<Budget> list(Long partnershipId) {
    PaymentAccess.requireFundingAccess(CurrentUser.require());
    List<Budget> all = partnershipId == null
        ? db.sql(SELECT + " where b.voided_at is null order by p.name, b.period_from, b.id").query(Budgets::map).list()
        : db.sql(SELECT + " where b.voided_at is null and b.partnership_id = ? order by b.period_from, b.id")
            .param(partnershipId).query(Budgets::map).list();
    return visible(all);
  }

  /** The budgets list's columns, by partnership unless asked otherwise. */
  public static final Sorting SORTING = Sorting.of("b.id", "partnership", false, "partnership", "lower(p.name)",
      "funder", "lower(o.name)", "period", "b.period_from", "amount", "b.amount", "ends", "b.period_to");

  /**
   * A page of the live budgets the user may see, by partnership and funder. Which budgets a site
   * lead sees is decided per partnership after the query, so the page is cut from the visible ones.
   */
  public Page<Budget> search(Long partnershipId, Long funderId, Sorting.Sort sort, Page.Request page) {
    PaymentAccess.requireFundingAccess(CurrentUser.require());
    SqlWhere where = new SqlWhere().and("b.voided_at is null").andIf(partnershipId, "b.partnership_id = ?")
        .andIf(funderId, "b.funder_id = ?");
    List<Budget> all = visible(db.sql(SELECT + where.sql() + SORTING.orderBy(sort)).params(where.params())
        .query(Budgets::map).list());
    int from = (int) Math.min(page.offset(), all.size());
    return new Page<>(all.subList(from, Math.min(all.size(), from + page.size())), page.page(), page.size(),
        all.size());
  }

  public Budget get(long id) {
    PaymentAccess.requireFundingAccess(CurrentUser.require());
    Budget b = db.sql(SELECT + " where b.id = ?").param(id).query(Budgets::map).optional()
        .orElseThrow(() -> new NotFound("budget", id));
    partnerships.get(b.partnershipId());
    return b;
  }

  /** The live budget of the partnership whose period covers the date (the earliest starting, if several). */
  public Optional<Long> chargeable(long partnershipId, LocalDate date) {
    return db.sql("""
            select id from payment_budget where partnership_id = ? and period_from <= ? and period_to >= ?
            and voided_at is null order by period_from, id limit 1""")
        .params(partnershipId, Rows.sqlDate(date), Rows.sqlDate(date)).query(Long.class).optional();
  }

  @Transactional
  public Budget create(BudgetForm f) {
    PaymentAccess.requireCoordinator(CurrentUser.require(), "set a budget");
    Partnership partnership = partnerships.get(f.getPartnershipId());
    Organisation funder = organisations.get(f.getFunderId());
    if (f.getPeriodTo().isBefore(f.getPeriodFrom())) {
      throw new Conflict("periodTo", "The end of the period must be on or after its start.");
    }
    if (f.getAmount().signum() < 0) {
      throw new Conflict("amount", "A budget cannot be negative.");
    }
    Timestamp now = Timestamp.from(clock.instant());
    long id = Keys.insert(db.sql("""
            insert into payment_budget (partnership_id, funder_id, amount, period_from, period_to, description,
              created_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
        .params(partnership.id(), funder.id(), f.getAmount().setScale(2, RoundingMode.HALF_UP),
            Rows.sqlDate(f.getPeriodFrom()), Rows.sqlDate(f.getPeriodTo()), Rows.blankToNull(f.getDescription()),
            now, now));
    Budget created = get(id);
    events.publishEvent(AuditedAction.created("payment_budget", id, "Budget of £" + created.amount() + " for '"
        + partnership.name() + "' from " + funder.name() + " added", created));
    return created;
  }

  @Transactional
  public Budget voidRecord(long id, String reason) {
    PaymentAccess.requireCoordinator(CurrentUser.require(), "void a budget");
    Budget before = get(id);
    if (before.voided()) {
      throw new Conflict("This budget was already voided.");
    }
    db.sql("update payment_budget set voided_at = ?, void_reason = ?, version = version + 1 where id = ? and voided_at is null")
        .params(Timestamp.from(clock.instant()), reason.strip(), id).update();
    Budget after = get(id);
    events.publishEvent(AuditedAction.voided("payment_budget", id, "Budget " + id + " voided: " + reason.strip(), before, after));
    return after;
  }

  private List<Budget> visible(List<Budget> all) {
    if (!CurrentUser.require().isSiteLead()) {
      return all;
    }
    Set<Long> mine = partnerships.all().stream().map(Partnership::id).collect(Collectors.toSet());
    return all.stream().filter(b -> mine.contains(b.partnershipId())).toList();
  }

  static Budget map(ResultSet rs, int row) throws SQLException {
    var amount = rs.getBigDecimal("amount");
    var spent = rs.getBigDecimal("spent").setScale(2, RoundingMode.HALF_UP);
    return new Budget(rs.getLong("id"), rs.getLong("partnership_id"), rs.getString("partnership_name"),
        rs.getLong("funder_id"), rs.getString("funder_name"), amount, Rows.date(rs, "period_from"),
        Rows.date(rs, "period_to"), rs.getString("description"), spent, amount.subtract(spent),
        Rows.instant(rs, "created_at"), rs.getInt("version"), Rows.instant(rs, "voided_at"),
        rs.getString("void_reason"));
  }
}
