package org.phasezero.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.phasezero.network.internal.NetworkAccess;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Forbidden;
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

/** Venues, each hosted by an organisation; a site lead sees and edits their organisation's sites. */
@Service
public class Sites {

  private static final String SELECT = "select s.*, o.name organisation_name from site s"
      + " join organisation o on o.id = s.organisation_id";

  private final JdbcClient db;
  private final Organisations organisations;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Sites(JdbcClient db, Organisations organisations, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.organisations = organisations;
    this.events = events;
    this.clock = clock;
  }

  /** The sites list's columns, by name unless asked otherwise. */
  public static final Sorting SORTING = Sorting.of("s.id", "name", false, "name", "lower(s.name)",
      "organisation", "lower(o.name)");

  public Page<Site> search(String text, Long organisationId, boolean includeVoided, Page.Request page) {
    return search(text, organisationId, includeVoided, SORTING.defaultSort(), page);
  }

  public Page<Site> search(String text, Long organisationId, boolean includeVoided, Sorting.Sort sort,
      Page.Request page) {
    SqlWhere where = scoped().contains("lower(s.name)", text).andIf(organisationId, "s.organisation_id = ?")
        .notVoided("s.", includeVoided);
    long total = db.sql("select count(*) from site s" + where.sql()).params(where.params()).query(Long.class).single();
    List<Site> items = db.sql(SELECT + where.sql() + SORTING.orderBy(sort) + " limit ? offset ?")
        .params(where.paramsWith(page.size(), page.offset())).query(Sites::map).list();
    return new Page<>(items, page.page(), page.size(), total);
  }

  public Site get(long id) {
    SqlWhere where = scoped().and("s.id = ?", id);
    return db.sql(SELECT + where.sql()).params(where.params()).query(Sites::map).optional()
        .orElseThrow(() -> new NotFound("site", id));
  }

  public boolean mayEdit(Site s) {
    return !s.voided() && NetworkAccess.mayEditOrganisation(CurrentUser.require(), s.organisationId());
  }

  /** Refuses (403) a user who may not add these records, before they fill in a form. */
  public void requireMayCreate() {
    NetworkAccess.requireEditor(CurrentUser.require(), "add records here");
  }

  @Transactional
  public Site create(SiteForm f) {
    requireEditorOf(f.getOrganisationId());
    var now = Rows.ts(clock.instant());
    long id = Keys.insert(db.sql("""
            insert into site (organisation_id, name, address, postcode, accessibility_notes, created_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, 0)""")
        .params(f.getOrganisationId(), f.getName().strip(), Rows.blankToNull(f.getAddress()),
            Rows.blankToNull(f.getPostcode()), Rows.blankToNull(f.getAccessibilityNotes()), now, now));
    Site created = get(id);
    events.publishEvent(AuditedAction.created("site", id, "Site '" + created.name() + "' added", created));
    return created;
  }

  @Transactional
  public Site update(long id, SiteForm f) {
    Site before = get(id);
    requireEditorOf(before.organisationId());
    requireEditorOf(f.getOrganisationId());
    if (before.voided()) {
      throw new Conflict("This site was voided and can no longer be changed.");
    }
    int n = db.sql("""
            update site set organisation_id = ?, name = ?, address = ?, postcode = ?, accessibility_notes = ?,
              updated_at = ?, version = version + 1
            where id = ? and version = ? and voided_at is null""")
        .params(f.getOrganisationId(), f.getName().strip(), Rows.blankToNull(f.getAddress()),
            Rows.blankToNull(f.getPostcode()), Rows.blankToNull(f.getAccessibilityNotes()),
            Rows.ts(clock.instant()), id, f.getVersion() == null ? before.version() : f.getVersion())
        .update();
    OptimisticLock.requireUpdated(n, "site");
    Site after = get(id);
    events.publishEvent(AuditedAction.updated("site", id, "Site '" + after.name() + "' changed", before, after));
    return after;
  }

  @Transactional
  public Site voidRecord(long id, String reason) {
    Site before = get(id);
    requireEditorOf(before.organisationId());
    if (before.voided()) {
      throw new Conflict("This site is already voided.");
    }
    db.sql("update site set voided_at = ?, void_reason = ?, version = version + 1 where id = ?")
        .params(Rows.ts(clock.instant()), reason.strip(), id).update();
    Site after = get(id);
    events.publishEvent(AuditedAction.voided("site", id, "Site '" + after.name() + "' voided: " + reason.strip(), before, after));
    return after;
  }

  private void requireEditorOf(Long organisationId) {
    Organisation o = organisations.get(organisationId);
    if (!NetworkAccess.mayEditOrganisation(CurrentUser.require(), o.id())) {
      throw new Forbidden("You can add and change only your own organisation's sites.");
    }
    if (o.voided()) {
      throw new Conflict("organisationId", "That organisation was voided.");
    }
  }

  private static SqlWhere scoped() {
    Long scope = NetworkAccess.organisationScope(CurrentUser.require());
    SqlWhere where = new SqlWhere();
    return scope == null ? where : where.and("s.organisation_id = ?", scope);
  }

  static Site map(ResultSet rs, int row) throws SQLException {
    return new Site(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
        rs.getString("name"), rs.getString("address"), rs.getString("postcode"), rs.getString("accessibility_notes"),
        Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"), rs.getInt("version"),
        Rows.instant(rs, "voided_at"), rs.getString("void_reason"));
  }
}
