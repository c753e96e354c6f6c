package org.phasezero.value;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.phasezero.partnerships.Partnership;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.IncomingText;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.OptimisticLock;
import org.phasezero.shared.Rows;
import org.phasezero.shared.Unique;
import org.phasezero.value.internal.ValueAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SROI accounts and their outcomes and hand-entered inputs. Who may do what is in
 * {@link ValueAccess}; a site lead's view is confined to the partnerships they see by
 * {@link Partnerships#scope}. Every change is audited.
 */
@Service
public class SroiAccounts {

  private static final String SELECT = "select a.*, p.name partnership_name from sroi_account a"
      + " left join partnership p on p.id = a.partnership_id";

  private final JdbcClient db;
  private final Partnerships partnerships;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SroiAccounts(JdbcClient db, Partnerships partnerships, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.partnerships = partnerships;
    this.events = events;
    this.clock = clock;
  }

  /** The accounts the user may see, of one partnership or all, newest period first. */
  public List<SroiAccount> list(Long partnershipId, boolean includeVoided) {
    ValueAccess.requireMayRead();
    StringBuilder where = new StringBuilder(" where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (partnershipId != null) {
      partnerships.get(partnershipId);
      where.append(" and a.partnership_id = ?");
      params.add(partnershipId);
    }
    if (!ValueAccess.mayReadNetwork()) {
      where.append(" and a.partnership_id is not null");
    }
    Partnerships.scope("a.partnership_id", where, params);
    if (!includeVoided) {
      where.append(" and a.voided_at is null");
    }
    return db.sql(SELECT + where + " order by a.period_to desc, a.title_key").params(params)
        .query(SroiAccounts::map).list();
  }

  public SroiAccount get(long id) {
    ValueAccess.requireMayRead();
    SroiAccount a = db.sql(SELECT + " where a.id = ?").param(id).query(SroiAccounts::map).optional()
        .orElseThrow(() -> new NotFound("SROI account", id));
    if (a.partnershipId() == null ? !ValueAccess.mayReadNetwork() : !partnerships.isVisible(a.partnershipId())) {
      throw new NotFound("SROI account", id);
    }
    return a;
  }

  public boolean mayEdit(SroiAccount a) {
    return !a.voided() && ValueAccess.mayBuild();
  }

  /** Refuses (403) a user who may not build accounts, before they fill in a form. */
  public void requireMayCreate() {
    ValueAccess.requireMayBuild("build an SROI account");
  }

  @Transactional
  public SroiAccount create(SroiAccountForm f) {
    requireMayCreate();
    check(f);
    Timestamp now = Timestamp.from(clock.instant());
    long id = Unique.orConflict("title", duplicateTitle(f), () -> Keys.insert(db.sql("""
            insert into sroi_account (partnership_id, title, title_key, period_from, period_to, hour_rate,
              discount_rate, discount_edition, discount_year_one, notes, created_by, created_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
        .params(f.getPartnershipId(), f.getTitle().strip(), IncomingText.key(f.getTitle()),
            Rows.sqlDate(f.getPeriodFrom()), Rows.sqlDate(f.getPeriodTo()), f.getHourRate(),
            discountRate(f), edition(f), f.isDiscountYearOne(), Rows.blankToNull(f.getNotes()),
            CurrentUser.require().username(), now, now)));
    SroiAccount created = get(id);
    events.publishEvent(AuditedAction.created("sroi-account", id,
        "SROI account '" + created.title() + "' started", created));
    return created;
  }

  @Transactional
  public SroiAccount update(long id, SroiAccountForm f) {
    SroiAccount before = editable(id, "change an SROI account");
    check(f);
    int n = Unique.orConflict("title", duplicateTitle(f), () -> db.sql("""
            update sroi_account set partnership_id = ?, title = ?, title_key = ?, period_from = ?, period_to = ?,
              hour_rate = ?, discount_rate = ?, discount_edition = ?, discount_year_one = ?, notes = ?,
              updated_at = ?, version = version + 1
            where id = ? and version = ? and voided_at is null""")
        .params(f.getPartnershipId(), f.getTitle().strip(), IncomingText.key(f.getTitle()),
            Rows.sqlDate(f.getPeriodFrom()), Rows.sqlDate(f.getPeriodTo()), f.getHourRate(),
            discountRate(f), edition(f), f.isDiscountYearOne(), Rows.blankToNull(f.getNotes()),
            Timestamp.from(clock.instant()), id, f.getVersion() == null ? before.version() : f.getVersion())
        .update());
    OptimisticLock.requireUpdated(n, "SROI account");
    SroiAccount after = get(id);
    events.publishEvent(AuditedAction.updated("sroi-account", id,
        "SROI account '" + after.title() + "' changed", before, after));
    return after;
  }

  @Transactional
  public SroiAccount voidRecord(long id, String reason) {
    SroiAccount before = editable(id, "void an SROI account");
    db.sql("update sroi_account set voided_at = ?, void_reason = ?, live_key = null, version = version + 1"
            + " where id = ? and voided_at is null")
        .params(Timestamp.from(clock.instant()), reason.strip(), id).update();
    SroiAccount after = get(id);
    events.publishEvent(AuditedAction.voided("sroi-account", id,
        "SROI account '" + after.title() + "' voided: " + reason.strip(), before, after));
    return after;
  }

  // Outcomes

  /** The account's outcomes, by stakeholder then outcome, in the order they were added. */
  public List<SroiOutcome> outcomes(long accountId) {
    get(accountId);
    return db.sql("select * from sroi_outcome where account_id = ? order by stakeholder_key, id")
        .param(accountId).query(SroiAccounts::mapOutcome).list();
  }

  public SroiOutcome outcome(long accountId, long outcomeId) {
    get(accountId);
    return db.sql("select * from sroi_outcome where account_id = ? and id = ?").params(accountId, outcomeId)
        .query(SroiAccounts::mapOutcome).optional().orElseThrow(() -> new NotFound("outcome", outcomeId));
  }

  @Transactional
  public SroiOutcome addOutcome(long accountId, SroiOutcomeForm f) {
    SroiAccount a = editable(accountId, "change an SROI account");
    checkMeasure(a, f);
    checkGameOutcome(a, f);
    Timestamp now = Timestamp.from(clock.instant());
    long id = Unique.orConflict("name", duplicateOutcome(f), () -> Keys.insert(db.sql("""
            insert into sroi_outcome (account_id, stakeholder, stakeholder_key, name, name_key, indicator, quantity,
              quantity_source, proxy_value, proxy_description, proxy_source, proxy_licence, proxy_year, uprating,
              proxy_origin, duration, deadweight, displacement, attribution, drop_off, measure_id, value_game_outcome_id,
              created_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
        .params(outcomeParams(accountId, f, now, true))));
    SroiOutcome created = outcome(accountId, id);
    touch(a);
    events.publishEvent(AuditedAction.created("sroi-outcome", id, "Outcome '" + created.name() + "' of "
        + created.stakeholder() + " added to SROI account '" + a.title() + "'", created));
    return created;
  }

  @Transactional
  public SroiOutcome updateOutcome(long accountId, long outcomeId, SroiOutcomeForm f) {
    SroiAccount a = editable(accountId, "change an SROI account");
    checkMeasure(a, f);
    checkGameOutcome(a, f);
    SroiOutcome before = outcome(accountId, outcomeId);
    List<Object> params = outcomeParams(accountId, f, Timestamp.from(clock.instant()), false);
    params.add(outcomeId);
    params.add(f.getVersion() == null ? before.version() : f.getVersion());
    int n = Unique.orConflict("name", duplicateOutcome(f), () -> db.sql("""
            update sroi_outcome set stakeholder = ?, stakeholder_key = ?, name = ?, name_key = ?, indicator = ?,
              quantity = ?, quantity_source = ?, proxy_value = ?, proxy_description = ?, proxy_source = ?,
              proxy_licence = ?, proxy_year = ?, uprating = ?, proxy_origin = ?, duration = ?, deadweight = ?,
              displacement = ?, attribution = ?, drop_off = ?, measure_id = ?, value_game_outcome_id = ?, updated_at = ?,
              version = version + 1
            where id = ? and version = ?""").params(params).update());
    OptimisticLock.requireUpdated(n, "outcome");
    SroiOutcome after = outcome(accountId, outcomeId);
    touch(a);
    events.publishEvent(AuditedAction.updated("sroi-outcome", outcomeId, "Outcome '" + after.name()
        + "' of SROI account '" + a.title() + "' changed", before, after));
    return after;
  }

  @Transactional
  public void removeOutcome(long accountId, long outcomeId) {
    SroiAccount a = editable(accountId, "change an SROI account");
    SroiOutcome before = outcome(accountId, outcomeId);
    db.sql("delete from sroi_outcome where id = ?").param(outcomeId).update();
    touch(a);
    events.publishEvent(AuditedAction.removed("sroi-outcome", outcomeId, "Outcome '" + before.name()
        + "' removed from SROI account '" + a.title() + "'", before));
  }

  // Inputs entered by hand

  public List<OtherInput> otherInputs(long accountId) {
    get(accountId);
    return db.sql("select * from sroi_input where account_id = ? order by id").param(accountId)
        .query(SroiAccounts::mapInput).list();
  }

  @Transactional
  public OtherInput addInput(long accountId, OtherInputForm f) {
    SroiAccount a = editable(accountId, "change an SROI account");
    long id = Keys.insert(db.sql("""
            insert into sroi_input (account_id, description, amount, source, created_by, created_at)
            values (?, ?, ?, ?, ?, ?)""")
        .params(accountId, f.getDescription().strip(), f.getAmount(), f.getSource().strip(),
            CurrentUser.require().username(), Timestamp.from(clock.instant())));
    OtherInput created = db.sql("select * from sroi_input where id = ?").param(id).query(SroiAccounts::mapInput)
        .single();
    touch(a);
    events.publishEvent(AuditedAction.created("sroi-input", id, "Input '" + created.description()
        + "' added to SROI account '" + a.title() + "'", created));
    return created;
  }

  @Transactional
  public void removeInput(long accountId, long inputId) {
    SroiAccount a = editable(accountId, "change an SROI account");
    OtherInput before = db.sql("select * from sroi_input where account_id = ? and id = ?")
        .params(accountId, inputId).query(SroiAccounts::mapInput).optional()
        .orElseThrow(() -> new NotFound("input", inputId));
    db.sql("delete from sroi_input where id = ?").param(inputId).update();
    touch(a);
    events.publishEvent(AuditedAction.removed("sroi-input", inputId, "Input '" + before.description()
        + "' removed from SROI account '" + a.title() + "'", before));
  }

  private SroiAccount editable(long id, String what) {
    SroiAccount a = get(id);
    ValueAccess.requireMayBuild(what);
    if (a.voided()) {
      throw new Conflict("This SROI account was voided and can no longer be changed.");
    }
    return a;
  }

  /** Marks the account changed, so an outcome changed meanwhile shows on its page and in its version. */
  private void touch(SroiAccount a) {
    db.sql("update sroi_account set updated_at = ?, version = version + 1 where id = ?")
        .params(Timestamp.from(clock.instant()), a.id()).update();
  }

  private void check(SroiAccountForm f) {
    if (f.getPartnershipId() != null) {
      Partnership p = partnerships.get(f.getPartnershipId());
      if (p.voided()) {
        throw new Conflict("partnershipId", "This partnership was voided; choose a live one.");
      }
    } else if (!ValueAccess.mayReadNetwork()) {
      throw new Conflict("partnershipId", "Choose a partnership.");
    }
    if (f.getPeriodTo().isBefore(f.getPeriodFrom())) {
      throw new Conflict("periodTo", "The period must end on or after the day it starts.");
    }
  }

  /** A measured outcome's measure must be a live one of the account's partnership. */
  private void checkMeasure(SroiAccount a, SroiOutcomeForm f) {
    if (f.getMeasureId() == null) {
      return;
    }
    Long partnership = db.sql("select partnership_id from wellbeing_measure where id = ? and voided_at is null")
        .param(f.getMeasureId()).query(Long.class).optional().orElse(null);
    if (partnership == null || !partnership.equals(a.partnershipId())) {
      throw new Conflict("measureId", "Choose a wellbeing measure of this account's partnership.");
    }
  }

  /**
   * A value from a value game must be flagged as stakeholder-derived and come from a live game of the
   * account's partnership (any partnership's, for an account of the network).
   */
  private void checkGameOutcome(SroiAccount a, SroiOutcomeForm f) {
    if (f.getValueGameOutcomeId() == null) {
      return;
    }
    if (f.getProxyOrigin() != ProxyOrigin.STAKEHOLDER_DERIVED) {
      throw new Conflict("proxyOrigin", "A value from a value game is stakeholder-derived; choose that origin.");
    }
    Long partnership = db.sql("""
        select g.partnership_id from value_game_outcome o join value_game g on g.id = o.game_id
        where o.id = ? and g.voided_at is null""").param(f.getValueGameOutcomeId()).query(Long.class).optional().orElse(null);
    if (partnership == null || (a.partnershipId() != null && !partnership.equals(a.partnershipId()))) {
      throw new Conflict("valueGameOutcomeId", "Choose an outcome of a value game of this account's partnership.");
    }
  }

  private static String duplicateTitle(SroiAccountForm f) {
    return "An SROI account called '" + f.getTitle().strip() + "' already exists. Choose another title.";
  }

  private static String duplicateOutcome(SroiOutcomeForm f) {
    return f.getStakeholder().strip() + " already have an outcome called '" + f.getName().strip()
        + "' in this account.";
  }

  private static BigDecimal discountRate(SroiAccountForm f) {
    return f.getDiscountRatePercent() == null ? null : f.getDiscountRatePercent().movePointLeft(2);
  }

  private static String edition(SroiAccountForm f) {
    return f.getDiscountRatePercent() == null ? SroiAccount.GREEN_BOOK
        : "Flat " + f.getDiscountRatePercent().stripTrailingZeros().toPlainString() + "% a year";
  }

  private static List<Object> outcomeParams(long accountId, SroiOutcomeForm f, Timestamp now, boolean insert) {
    List<Object> p = new ArrayList<>();
    if (insert) {
      p.add(accountId);
    }
    p.add(f.getStakeholder().strip());
    p.add(IncomingText.key(f.getStakeholder()));
    p.add(f.getName().strip());
    p.add(IncomingText.key(f.getName()));
    p.add(Rows.blankToNull(f.getIndicator()));
    p.add(f.getQuantity());
    p.add(f.getQuantitySource().strip());
    p.add(f.getProxyValue());
    p.add(Rows.blankToNull(f.getProxyDescription()));
    p.add(f.getProxySource().strip());
    p.add(Rows.blankToNull(f.getProxyLicence()));
    p.add(f.getProxyYear());
    p.add(f.getUprating() == null ? BigDecimal.ONE : f.getUprating());
    p.add(f.getProxyOrigin().name());
    p.add(f.getDuration());
    p.add(SroiOutcomeForm.fraction(f.getDeadweightPercent()));
    p.add(SroiOutcomeForm.fraction(f.getDisplacementPercent()));
    p.add(SroiOutcomeForm.fraction(f.getAttributionPercent()));
    p.add(SroiOutcomeForm.fraction(f.getDropOffPercent()));
    p.add(f.getMeasureId());
    p.add(f.getValueGameOutcomeId());
    p.add(now);
    if (insert) {
      p.add(now);
    }
    return p;
  }

  static SroiAccount map(ResultSet rs, int row) throws SQLException {
    return new SroiAccount(rs.getLong("id"), Rows.longOrNull(rs, "partnership_id"), rs.getString("partnership_name"),
        rs.getString("title"), Rows.date(rs, "period_from"), Rows.date(rs, "period_to"), rs.getBigDecimal("hour_rate"),
        rs.getBigDecimal("discount_rate"), rs.getString("discount_edition"), rs.getBoolean("discount_year_one"),
        rs.getString("notes"), rs.getString("created_by"), Rows.instant(rs, "created_at"),
        Rows.instant(rs, "updated_at"), rs.getInt("version"), Rows.instant(rs, "voided_at"),
        rs.getString("void_reason"));
  }

  static SroiOutcome mapOutcome(ResultSet rs, int row) throws SQLException {
    return new SroiOutcome(rs.getLong("id"), rs.getLong("account_id"), rs.getString("stakeholder"),
        rs.getString("name"), rs.getString("indicator"), rs.getBigDecimal("quantity"),
        rs.getString("quantity_source"), rs.getBigDecimal("proxy_value"), rs.getString("proxy_description"),
        rs.getString("proxy_source"), rs.getString("proxy_licence"), rs.getInt("proxy_year"),
        rs.getBigDecimal("uprating"), ProxyOrigin.valueOf(rs.getString("proxy_origin")), rs.getInt("duration"),
        rs.getBigDecimal("deadweight"), rs.getBigDecimal("displacement"), rs.getBigDecimal("attribution"),
        rs.getBigDecimal("drop_off"), Rows.longOrNull(rs, "measure_id"),
        Rows.longOrNull(rs, "value_game_outcome_id"), rs.getInt("version"));
  }

  static OtherInput mapInput(ResultSet rs, int row) throws SQLException {
    return new OtherInput(rs.getLong("id"), rs.getLong("account_id"), rs.getString("description"),
        rs.getBigDecimal("amount"), rs.getString("source"), rs.getString("created_by"),
        Rows.instant(rs, "created_at"));
  }
}
