package org.phasezero.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.phasezero.network.internal.NetworkAccess;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.OptimisticLock;
import org.phasezero.shared.Page;
import org.phasezero.shared.Rows;
import org.phasezero.shared.Sorting;
import org.phasezero.shared.SqlWhere;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ties between people and organisations; a site lead sees the ties touching their organisation. */
@Service
public class Ties {

  private static final String SELECT = """
      select t.*, fp.display_name from_person_name, fo.name from_org_name, tp.display_name to_person_name,
        tor.name to_org_name, bp.display_name broker_name
      from tie t
      left join person fp on fp.id = t.from_person_id left join organisation fo on fo.id = t.from_organisation_id
      left join person tp on tp.id = t.to_person_id left join organisation tor on tor.id = t.to_organisation_id
      left join person bp on bp.id = t.brokered_by_id""";

  private static final String TOUCHES_ORGANISATION = "(t.from_organisation_id = ? or t.to_organisation_id = ?"
      + " or exists (select 1 from membership m where m.voided_at is null and m.organisation_id = ?"
      + " and (m.person_id = t.from_person_id or m.person_id = t.to_person_id)))";

  private final JdbcClient db;
  private final People people;
  private final Organisations organisations;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Ties(JdbcClient db, People people, Organisations organisations, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.people = people;
    this.organisations = organisations;
    this.events = events;
    this.clock = clock;
  }

  /** The ties list's columns; the latest recorded first unless asked otherwise. */
  public static final Sorting SORTING = Sorting.of("t.id", "added", true, "added", "t.id",
      "between", "lower(coalesce(fp.display_name, fo.name))", "kind", "t.kind", "trust", "coalesce(t.trust, 0)",
      "lastContact", "coalesce(t.last_contact, t.since, date '1900-01-01')");

  public Page<Tie> search(TieKind kind, Long personId, boolean includeVoided, Page.Request page) {
    return search(kind, personId, includeVoided, SORTING.defaultSort(), page);
  }

  public Page<Tie> search(TieKind kind, Long personId, boolean includeVoided, Sorting.Sort sort, Page.Request page) {
    SqlWhere where = scoped().andIf(kind, "t.kind = ?").notVoided("t.", includeVoided);
    if (personId != null) {
      where.and("(t.from_person_id = ? or t.to_person_id = ?)", personId, personId);
    }
    long total = db.sql("select count(*) from tie t" + where.sql()).params(where.params()).query(Long.class).single();
    List<Tie> items = db.sql(SELECT + where.sql() + SORTING.orderBy(sort) + " limit ? offset ?")
        .params(where.paramsWith(page.size(), page.offset())).query(Ties::map).list();
    return new Page<>(items, page.page(), page.size(), total);
  }

  public Tie get(long id) {
    SqlWhere where = scoped().and("t.id = ?", id);
    return db.sql(SELECT + where.sql()).params(where.params()).query(Ties::map).optional()
        .orElseThrow(() -> new NotFound("tie", id));
  }

  public boolean mayEdit(Tie t) {
    CurrentUser u = CurrentUser.require();
    return !t.voided() && u.worksWithPeople();
  }

  /** Refuses (403) a user who may not add these records, before they fill in a form. */
  public void requireMayCreate() {
    NetworkAccess.requireEditor(CurrentUser.require(), "add records here");
  }

  @Transactional
  public Tie create(TieForm f) {
    NetworkAccess.requireEditor(CurrentUser.require(), "record a tie");
    requireVisibleEnds(f);
    var now = Rows.ts(clock.instant());
    long id = Keys.insert(db.sql("""
            insert into tie (from_person_id, from_organisation_id, to_person_id, to_organisation_id, kind, trust,
              since, last_contact, brokered_by_id, notes, created_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
        .params(f.getFromPersonId(), f.getFromOrganisationId(), f.getToPersonId(), f.getToOrganisationId(),
            f.getKind().name(), f.getTrust(), Rows.sqlDate(f.getSince()), Rows.sqlDate(f.getLastContact()),
            f.getBrokeredById(), Rows.blankToNull(f.getNotes()), now, now));
    Tie created = get(id);
    events.publishEvent(AuditedAction.created("tie", id, "Tie recorded between " + created.from().name()
        + " and " + created.to().name(), created));
    return created;
  }

  @Transactional
  public Tie update(long id, TieForm f) {
    Tie before = get(id);
    NetworkAccess.requireEditor(CurrentUser.require(), "change a tie");
    if (before.voided()) {
      throw new Conflict("This tie was voided and can no longer be changed.");
    }
    requireVisibleEnds(f);
    int n = db.sql("""
            update tie set from_person_id = ?, from_organisation_id = ?, to_person_id = ?, to_organisation_id = ?,
              kind = ?, trust = ?, since = ?, last_contact = ?, brokered_by_id = ?, notes = ?, updated_at = ?,
              version = version + 1
            where id = ? and version = ? and voided_at is null""")
        .params(f.getFromPersonId(), f.getFromOrganisationId(), f.getToPersonId(), f.getToOrganisationId(),
            f.getKind().name(), f.getTrust(), Rows.sqlDate(f.getSince()), Rows.sqlDate(f.getLastContact()),
            f.getBrokeredById(), Rows.blankToNull(f.getNotes()), Rows.ts(clock.instant()), id,
            f.getVersion() == null ? before.version() : f.getVersion())
        .update();
    OptimisticLock.requireUpdated(n, "tie");
    Tie after = get(id);
    events.publishEvent(AuditedAction.updated("tie", id, "Tie " + id + " changed", before, after));
    return after;
  }

  @Transactional
  public Tie voidRecord(long id, String reason) {
    Tie before = get(id);
    NetworkAccess.requireEditor(CurrentUser.require(), "void a tie");
    if (before.voided()) {
      throw new Conflict("This tie is already voided.");
    }
    db.sql("update tie set voided_at = ?, void_reason = ?, version = version + 1 where id = ?")
        .params(Rows.ts(clock.instant()), reason.strip(), id).update();
    Tie after = get(id);
    events.publishEvent(AuditedAction.voided("tie", id, "Tie " + id + " voided: " + reason.strip(), before, after));
    return after;
  }

  /** Each end and the broker must exist and be visible to the user (else 404, as for any record). */
  private void requireVisibleEnds(TieForm f) {
    for (Long p : new Long[] {f.getFromPersonId(), f.getToPersonId(), f.getBrokeredById()}) {
      if (p != null) {
        people.get(p);
      }
    }
    for (Long o : new Long[] {f.getFromOrganisationId(), f.getToOrganisationId()}) {
      if (o != null) {
        organisations.get(o);
      }
    }
  }

  private static SqlWhere scoped() {
    CurrentUser u = CurrentUser.require();
    if (!u.worksWithPeople()) {
      throw new org.phasezero.shared.Forbidden("Your role does not see individual ties.");
    }
    SqlWhere where = new SqlWhere();
    Long org = NetworkAccess.organisationScope(u);
    return org == null ? where : where.and(TOUCHES_ORGANISATION, org, org, org);
  }

  static Tie map(ResultSet rs, int row) throws SQLException {
    Tie.End from = new Tie.End(Rows.longOrNull(rs, "from_person_id"), Rows.longOrNull(rs, "from_organisation_id"),
        rs.getString("from_person_name") != null ? rs.getString("from_person_name") : rs.getString("from_org_name"));
    Tie.End to = new Tie.End(Rows.longOrNull(rs, "to_person_id"), Rows.longOrNull(rs, "to_organisation_id"),
        rs.getString("to_person_name") != null ? rs.getString("to_person_name") : rs.getString("to_org_name"));
    return new Tie(rs.getLong("id"), from, to, TieKind.valueOf(rs.getString("kind")), Rows.intOrNull(rs, "trust"),
        Rows.date(rs, "since"), Rows.date(rs, "last_contact"), Rows.longOrNull(rs, "brokered_by_id"),
        rs.getString("broker_name"), rs.getString("notes"), Rows.instant(rs, "created_at"),
        Rows.instant(rs, "updated_at"), rs.getInt("version"), Rows.instant(rs, "voided_at"),
        rs.getString("void_reason"));
  }
}
