package org.phasezero.value;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.phasezero.partnerships.Partnership;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.IncomingText;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Rows;
import org.phasezero.shared.Unique;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Other outcome indicators, recorded per period with their source. Everyone who sees a partnership
 * reads them (they are counts, not people); those who record its work (the coordinator, a site
 * lead of a member) record and void them; one live value of an indicator per period (a database
 * rule).
 */
@Service
public class Indicators {

  private static final String SELECT = "select i.*, p.name partnership_name from indicator_value i"
      + " join partnership p on p.id = i.partnership_id";

  private final JdbcClient db;
  private final Partnerships partnerships;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Indicators(JdbcClient db, Partnerships partnerships, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.partnerships = partnerships;
    this.events = events;
    this.clock = clock;
  }

  /** Live values of the partnerships the user sees (of one, when given), newest period first. */
  public List<Indicator> list(Long partnershipId) {
    StringBuilder where = new StringBuilder(" where i.voided_at is null");
    List<Object> params = new ArrayList<>();
    if (partnershipId != null) {
      partnerships.get(partnershipId);
      where.append(" and i.partnership_id = ?");
      params.add(partnershipId);
    }
    Partnerships.scope("i.partnership_id", where, params);
    return db.sql(SELECT + where + " order by i.period_to desc, i.name_key").params(params)
        .query(Indicators::map).list();
  }

  /** The values of a partnership whose period lies within from…to. */
  public List<Indicator> within(long partnershipId, LocalDate from, LocalDate to) {
    return list(partnershipId).stream().filter(i -> !i.periodFrom().isBefore(from) && !i.periodTo().isAfter(to))
        .toList();
  }

  public Indicator get(long id) {
    Indicator i = db.sql(SELECT + " where i.id = ?").param(id).query(Indicators::map).optional()
        .orElseThrow(() -> new NotFound("indicator", id));
    if (!partnerships.isVisible(i.partnershipId())) {
      throw new NotFound("indicator", id);
    }
    return i;
  }

  public boolean mayRecord() {
    return CurrentUser.require().worksWithPeople();
  }

  public boolean mayEdit(Indicator i) {
    return !i.voided() && partnerships.mayContribute(partnerships.get(i.partnershipId()));
  }

  public void requireMayRecord() {
    if (!mayRecord()) {
      throw new Forbidden("Only a coordinator or a site lead can record an indicator.");
    }
  }

  @Transactional
  public Indicator record(IndicatorForm f) {
    requireMayRecord();
    Partnership p = partnerships.get(f.getPartnershipId());
    if (!partnerships.mayContribute(p)) {
      throw new Forbidden("Only the coordinator or a site lead of a member organisation can record an indicator here.");
    }
    if (f.getPeriodTo().isBefore(f.getPeriodFrom())) {
      throw new Conflict("periodTo", "The period must end on or after the day it starts.");
    }
    long id = Unique.orConflict("name", "'" + f.getName().strip() + "' already has a value for this period; void it"
        + " to record another.", () -> Keys.insert(db.sql("""
            insert into indicator_value (partnership_id, name, name_key, period_from, period_to, amount, unit, source,
              recorded_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(p.id(), f.getName().strip(), IncomingText.key(f.getName()), Rows.sqlDate(f.getPeriodFrom()),
            Rows.sqlDate(f.getPeriodTo()), f.getAmount(), f.getUnit().strip(), f.getSource().strip(),
            CurrentUser.require().username(), Timestamp.from(clock.instant()))));
    Indicator created = get(id);
    events.publishEvent(AuditedAction.created("indicator", id, "Indicator '" + created.name() + "' recorded for "
        + p.name(), created));
    return created;
  }

  @Transactional
  public Indicator voidRecord(long id, String reason) {
    Indicator before = get(id);
    if (!mayEdit(before)) {
      throw before.voided() ? new Conflict("This value was already voided.")
          : new Forbidden("Only the coordinator or a site lead of a member organisation can void this value.");
    }
    db.sql("update indicator_value set voided_at = ?, void_reason = ?, live_key = null where id = ? and voided_at is null")
        .params(Timestamp.from(clock.instant()), reason.strip(), id).update();
    Indicator after = get(id);
    events.publishEvent(AuditedAction.voided("indicator", id, "Indicator '" + after.name() + "' voided: "
        + reason.strip(), before, after));
    return after;
  }

  static Indicator map(ResultSet rs, int row) throws SQLException {
    return new Indicator(rs.getLong("id"), rs.getLong("partnership_id"), rs.getString("partnership_name"),
        rs.getString("name"), Rows.date(rs, "period_from"), Rows.date(rs, "period_to"), rs.getBigDecimal("amount"),
        rs.getString("unit"), rs.getString("source"), rs.getString("recorded_by"), Rows.instant(rs, "created_at"),
        Rows.instant(rs, "voided_at"), rs.getString("void_reason"));
  }
}
