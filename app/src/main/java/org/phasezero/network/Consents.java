package org.phasezero.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.phasezero.network.internal.NetworkAccess;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Rows;
import org.phasezero.shared.Unique;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent per person and purpose. Withdrawal is honoured at once: withdrawing consent to record
 * special-category data erases those fields from the person's record (the erasure is audited).
 */
@Service
public class Consents {

  private final JdbcClient db;
  private final PeopleScope scope;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Consents(JdbcClient db, PeopleScope scope, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.scope = scope;
    this.events = events;
    this.clock = clock;
  }

  public List<Consent> forPerson(long personId) {
    requireManager(personId);
    return db.sql("select * from consent where person_id = ? order by given_on desc, id desc")
        .param(personId).query(Consents::map).list();
  }

  /** One consent record; a role that does not see consents at all is refused (403), not told "not found". */
  public Consent get(long id) {
    CurrentUser u = CurrentUser.require();
    NetworkAccess.requireEditor(u, "see or record consent");
    Consent c = db.sql("select * from consent where id = ?").param(id).query(Consents::map).optional()
        .orElseThrow(() -> new NotFound("consent", id));
    if (!scope.managesPerson(u, c.personId())) {
      throw new NotFound("consent", id);
    }
    return c;
  }

  /** Whether the person's consent for this purpose currently stands. */
  public boolean stands(long personId, ConsentPurpose purpose) {
    return db.sql("""
            select count(*) from consent where person_id = ? and purpose = ?
            and withdrawn_on is null and voided_at is null""")
        .params(personId, purpose.name()).query(Long.class).single() > 0;
  }

  @Transactional
  public Consent record(long personId, ConsentForm f) {
    requireManager(personId);
    if (stands(personId, f.getPurpose())) {
      throw new Conflict("purpose", "This person's consent for this purpose is already recorded and stands.");
    }
    long id = Unique.orConflict("purpose", "This person's consent for this purpose is already recorded and stands.",
        () -> Keys.insert(db.sql("""
            insert into consent (person_id, purpose, given_on, method, recorded_by, notes, created_at)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(personId, f.getPurpose().name(), Rows.sqlDate(f.getGivenOn()), f.getMethod().name(),
            CurrentUser.require().username(), Rows.blankToNull(f.getNotes()), Rows.ts(clock.instant()))));
    Consent c = get(id);
    events.publishEvent(AuditedAction.created("consent", id,
        "Consent for " + f.getPurpose().name().toLowerCase() + " recorded for person " + personId, c));
    return c;
  }

  @Transactional
  public Consent withdraw(long id, LocalDate on, String note) {
    Consent before = get(id);
    if (!before.active()) {
      throw new Conflict("This consent has already been withdrawn or voided.");
    }
    LocalDate date = on == null ? LocalDate.now(clock) : on;
    if (date.isBefore(before.givenOn())) {
      throw new Conflict("withdrawnOn", "A consent cannot be withdrawn before the day it was given.");
    }
    db.sql("update consent set withdrawn_on = ?, withdrawal_note = ?, live_key = null where id = ?")
        .params(Rows.sqlDate(date), Rows.blankToNull(note), id).update();
    Consent after = get(id);
    events.publishEvent(new AuditedAction("WITHDRAW", "consent", String.valueOf(id),
        "Consent for " + before.purpose().name().toLowerCase() + " withdrawn by person " + before.personId(),
        before, after));
    if (before.purpose() == ConsentPurpose.SPECIAL_CATEGORY_DATA) {
      eraseSpecialCategoryData(before.personId());
    }
    if (before.purpose() == ConsentPurpose.RESEARCH_USE) {
      events.publishEvent(new ResearchConsentWithdrawn(before.personId(), id, date));
    }
    return after;
  }

  /** Records that the person confirmed today that a standing consent still holds. */
  @Transactional
  public Consent confirm(long id) {
    Consent before = get(id);
    if (!before.active()) {
      throw new Conflict("This consent has been withdrawn or voided; record a new consent instead.");
    }
    db.sql("update consent set confirmed_on = ? where id = ? and withdrawn_on is null and voided_at is null")
        .params(Rows.sqlDate(LocalDate.now(clock)), id).update();
    Consent after = get(id);
    events.publishEvent(new AuditedAction("CONFIRM", "consent", String.valueOf(id),
        "Consent for " + before.purpose().name().toLowerCase() + " confirmed as still standing by person "
            + before.personId(), before, after));
    return after;
  }

  private void eraseSpecialCategoryData(long personId) {
    int n = db.sql("""
            update person set ethnic_group = null, religion = null, lived_experience = null,
              version = version + 1, updated_at = ?
            where id = ? and (ethnic_group is not null or religion is not null or lived_experience is not null)""")
        .params(Rows.ts(clock.instant()), personId).update();
    // The values also leave the audit trail's snapshots of the person, even if no field held any now.
    events.publishEvent(org.phasezero.shared.PersonalDataErased.specialCategory(personId));
    if (n > 0) {
      events.publishEvent(new AuditedAction("ERASE", "person", String.valueOf(personId),
          "Special-category data erased after consent was withdrawn", null, null));
    }
  }

  /** Refuses a user who may not record this person's consent, before they fill in the form. */
  public void requireMayRecord(long personId) {
    requireManager(personId);
  }

  private void requireManager(long personId) {
    CurrentUser u = CurrentUser.require();
    NetworkAccess.requireEditor(u, "see or record consent");
    if (!scope.managesPerson(u, personId)) {
      throw new NotFound("person", personId);
    }
  }

  static Consent map(ResultSet rs, int row) throws SQLException {
    return new Consent(rs.getLong("id"), rs.getLong("person_id"), ConsentPurpose.valueOf(rs.getString("purpose")),
        Rows.date(rs, "given_on"), ConsentMethod.valueOf(rs.getString("method")), rs.getString("recorded_by"),
        rs.getString("notes"), Rows.date(rs, "withdrawn_on"), rs.getString("withdrawal_note"),
        Rows.instant(rs, "created_at"), Rows.instant(rs, "voided_at"), rs.getString("void_reason"),
        Rows.date(rs, "confirmed_on"));
  }
}
