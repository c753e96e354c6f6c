package org.phasezero.payments;

import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.phasezero.payments.internal.PaymentAccess;
import org.phasezero.security.CurrentUser;
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
 * The rate card, maintained by the coordinator. No rate is built into the code: a rate changes by
 * adding a new one from a later date (a mistaken one is voided), so that every claim keeps the
 * rate that was valid on its activity's date. Everyone signed in may read the rate card.
 */
@Service
public class Rates {

  private final JdbcClient db;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Rates(JdbcClient db, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.events = events;
    this.clock = clock;
  }

  /** Every rate, newest first within each activity and unit. */
  public List<Rate> all(boolean includeVoided) {
    return db.sql("select * from payment_rate" + (includeVoided ? "" : " where voided_at is null")
        + " order by activity, unit, valid_from desc, id desc").query(Rates::map).list();
  }

  public Rate get(long id) {
    return db.sql("select * from payment_rate where id = ?").param(id).query(Rates::map).optional()
        .orElseThrow(() -> new NotFound("rate", id));
  }

  /** The live rate for this activity and unit valid on the date: the one with the latest start on or before it. */
  public Optional<Rate> validOn(Activity activity, RateUnit unit, LocalDate date) {
    return db.sql("""
            select * from payment_rate where activity = ? and unit = ? and valid_from <= ? and voided_at is null
            order by valid_from desc, id desc limit 1""")
        .params(activity.name(), unit.name(), Rows.sqlDate(date)).query(Rates::map).optional();
  }

  /** Whether any live rate is in force on the date: the network has a payment policy. */
  public boolean anyValidOn(LocalDate date) {
    return db.sql("select count(*) from payment_rate where valid_from <= ? and voided_at is null")
        .param(Rows.sqlDate(date)).query(Long.class).single() > 0;
  }

  @Transactional
  public Rate create(RateForm f) {
    PaymentAccess.requireCoordinator(CurrentUser.require(), "set payment rates");
    if (f.getAmount().signum() < 0) {
      throw new Conflict("amount", "A rate cannot be negative.");
    }
    Timestamp now = Timestamp.from(clock.instant());
    long id = Keys.insert(db.sql("""
            insert into payment_rate (activity, unit, amount, valid_from, source, created_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, 0)""")
        .params(f.getActivity().name(), f.getUnit().name(), f.getAmount().setScale(2, RoundingMode.HALF_UP),
            Rows.sqlDate(f.getValidFrom()), f.getSource().strip(), now, now));
    Rate created = get(id);
    events.publishEvent(AuditedAction.created("payment_rate", id, "Rate £" + created.amount() + " per "
        + created.unit().name().toLowerCase() + " for " + created.activity() + " from " + created.validFrom() + " added",
        created));
    return created;
  }

  @Transactional
  public Rate voidRecord(long id, String reason) {
    PaymentAccess.requireCoordinator(CurrentUser.require(), "void a rate");
    Rate before = get(id);
    if (before.voided()) {
      throw new Conflict("This rate was already voided.");
    }
    db.sql("update payment_rate set voided_at = ?, void_reason = ?, version = version + 1 where id = ? and voided_at is null")
        .params(Timestamp.from(clock.instant()), reason.strip(), id).update();
    Rate after = get(id);
    events.publishEvent(AuditedAction.voided("payment_rate", id, "Rate " + id + " voided: " + reason.strip(), before, after));
    return after;
  }

  static Rate map(ResultSet rs, int row) throws SQLException {
    return new Rate(rs.getLong("id"), Activity.valueOf(rs.getString("activity")), RateUnit.valueOf(rs.getString("unit")),
        rs.getBigDecimal("amount"), Rows.date(rs, "valid_from"), rs.getString("source"),
        Rows.instant(rs, "created_at"), rs.getInt("version"), Rows.instant(rs, "voided_at"),
        rs.getString("void_reason"));
  }
}
