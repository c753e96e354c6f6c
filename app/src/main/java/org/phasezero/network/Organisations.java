package org.phasezero.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.phasezero.network.internal.NetworkAccess;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
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

/** The organisations of the network: find, create, change and void, within the user's scope. */
@Service
public class Organisations {

  private final JdbcClient db;
  private final ApplicationEventPublisher events;
  private final java.time.Clock clock;

  Organisations(JdbcClient db, ApplicationEventPublisher events, java.time.Clock clock) {
    this.db = db;
    this.events = events;
    this.clock = clock;
  }

  public record Query(String text, Side side, OrganisationType type, boolean includeVoided) {
    public static Query all() {
      return new Query(null, null, null, false);
    }
  }

  /** The organisations list's columns, by name unless asked otherwise. */
  public static final Sorting SORTING = Sorting.of("id", "name", false, "name", "name_key", "type", "type",
      "side", "side");

  public Page<Organisation> search(Query q, Page.Request page) {
    return search(q, SORTING.defaultSort(), page);
  }

  public Page<Organisation> search(Query q, Sorting.Sort sort, Page.Request page) {
    SqlWhere where = scoped(CurrentUser.require())
        .contains("name_key", q.text())
        .andIf(q.side(), "side = ?")
        .andIf(q.type(), "type = ?")
        .notVoided("", q.includeVoided());
    long total = db.sql("select count(*) from organisation" + where.sql()).params(where.params())
        .query(Long.class).single();
    List<Organisation> items = db.sql("select * from organisation" + where.sql()
            + SORTING.orderBy(sort) + " limit ? offset ?")
        .params(where.paramsWith(page.size(), page.offset())).query(Organisations::map).list();
    return new Page<>(items, page.page(), page.size(), total);
  }

  /** Every organisation the user may see and that is not voided, for choosing in forms. */
  public List<Organisation> choices() {
    SqlWhere where = scoped(CurrentUser.require()).notVoided("", false);
    return db.sql("select * from organisation" + where.sql() + " order by name_key")
        .params(where.params()).query(Organisations::map).list();
  }

  public Organisation get(long id) {
    SqlWhere where = scoped(CurrentUser.require()).and("id = ?", id);
    return db.sql("select * from organisation" + where.sql()).params(where.params())
        .query(Organisations::map).optional().orElseThrow(() -> new NotFound("organisation", id));
  }

  /** Whether the user may open the organisation's page: links to one they may not are shown as plain names. */
  public boolean mayOpen(long id) {
    Long scope = NetworkAccess.organisationScope(CurrentUser.require());
    return scope == null || scope == id;
  }

  public boolean mayEdit(Organisation o) {
    return !o.voided() && NetworkAccess.mayEditOrganisation(CurrentUser.require(), o.id());
  }

  /** Whether the user may set side and type (otherwise an edit must keep them as they are). */
  public boolean mayClassify() {
    return NetworkAccess.mayClassifyOrganisations(CurrentUser.require());
  }

  /** Refuses (403) a user who may not add organisations, before they fill in a form. */
  public void requireMayCreate() {
    NetworkAccess.requireCoordinator(CurrentUser.require(), "add an organisation");
  }

  @Transactional
  public Organisation create(OrganisationForm f) {
    NetworkAccess.requireCoordinator(CurrentUser.require(), "add an organisation");
    requireUniqueName(f.getName(), null);
    var now = Rows.ts(clock.instant());
    long id = db.sql("""
            insert into organisation (name, name_key, type, side, communities, languages, email, phone,
              address, created_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
        .params(f.getName().strip(), key(f.getName()), f.getType().name(), f.getSide().name(),
            Rows.blankToNull(f.getCommunities()), Rows.blankToNull(f.getLanguages()),
            Rows.blankToNull(f.getEmail()), Rows.blankToNull(f.getPhone()), Rows.blankToNull(f.getAddress()),
            now, now)
        .update() == 1 ? idOf(f.getName()) : -1;
    Organisation created = get(id);
    events.publishEvent(AuditedAction.created("organisation", id, "Organisation '" + created.name() + "' added", created));
    return created;
  }

  @Transactional
  public Organisation update(long id, OrganisationForm f) {
    Organisation before = get(id);
    CurrentUser user = CurrentUser.require();
    if (!NetworkAccess.mayEditOrganisation(user, id)) {
      throw new org.phasezero.shared.Forbidden("You can change only your own organisation.");
    }
    requireChangeable(before, f.getVersion());
    if ((f.getSide() != before.side() || f.getType() != before.type())
        && !NetworkAccess.mayClassifyOrganisations(user)) {
      throw new org.phasezero.shared.Forbidden("Only the coordinator can change an organisation's side or type: "
          + "they are the hub's decision. Keep side " + before.side() + " and type " + before.type()
          + " to change the other details.");
    }
    requireUniqueName(f.getName(), id);
    int n = db.sql("""
            update organisation set name = ?, name_key = ?, type = ?, side = ?, communities = ?, languages = ?,
              email = ?, phone = ?, address = ?, updated_at = ?, version = version + 1
            where id = ? and version = ? and voided_at is null""")
        .params(f.getName().strip(), key(f.getName()), f.getType().name(), f.getSide().name(),
            Rows.blankToNull(f.getCommunities()), Rows.blankToNull(f.getLanguages()),
            Rows.blankToNull(f.getEmail()), Rows.blankToNull(f.getPhone()), Rows.blankToNull(f.getAddress()),
            Rows.ts(clock.instant()), id, before.version())
        .update();
    OptimisticLock.requireUpdated(n, "organisation");
    Organisation after = get(id);
    events.publishEvent(AuditedAction.updated("organisation", id, "Organisation '" + after.name() + "' changed", before, after));
    return after;
  }

  /** Refuses (403) a user who may not void organisations (the coordinator's decision), before the form. */
  public void requireMayVoid() {
    NetworkAccess.requireCoordinator(CurrentUser.require(), "void an organisation");
  }

  @Transactional
  public Organisation voidRecord(long id, String reason) {
    Organisation before = get(id);
    requireMayVoid();
    requireChangeable(before, null);
    db.sql("update organisation set voided_at = ?, void_reason = ?, version = version + 1 where id = ? and voided_at is null")
        .params(Rows.ts(clock.instant()), reason.strip(), id).update();
    Organisation after = get(id);
    events.publishEvent(AuditedAction.voided("organisation", id,
        "Organisation '" + after.name() + "' voided: " + reason.strip(), before, after));
    return after;
  }

  /** Live organisations by side, within the user's scope. */
  public Map<Side, Long> countBySide() {
    SqlWhere where = scoped(CurrentUser.require()).notVoided("", false);
    Map<Side, Long> counts = new EnumMap<>(Side.class);
    for (Side s : Side.values()) {
      counts.put(s, 0L);
    }
    db.sql("select side, count(*) n from organisation" + where.sql() + " group by side").params(where.params())
        .query((rs, i) -> counts.put(Side.valueOf(rs.getString("side")), rs.getLong("n"))).list();
    return counts;
  }

  static void requireChangeable(Organisation o, Integer version) {
    if (o.voided()) {
      throw new Conflict("This organisation was voided and can no longer be changed.");
    }
    OptimisticLock.requireVersion(version, o.version(), "organisation");
  }

  private void requireUniqueName(String name, Long exceptId) {
    Long other = db.sql("select id from organisation where name_key = ?").param(key(name))
        .query(Long.class).optional().orElse(null);
    if (other != null && !other.equals(exceptId)) {
      throw new Conflict("name", "An organisation called '" + name.strip() + "' already exists.");
    }
  }

  private long idOf(String name) {
    return db.sql("select id from organisation where name_key = ?").param(key(name)).query(Long.class).single();
  }

  private static SqlWhere scoped(CurrentUser u) {
    Long scope = NetworkAccess.organisationScope(u);
    SqlWhere where = new SqlWhere();
    return scope == null ? where : where.and("id = ?", scope);
  }

  static String key(String name) {
    return org.phasezero.shared.IncomingText.key(name);
  }

  static Organisation map(ResultSet rs, int row) throws SQLException {
    return new Organisation(rs.getLong("id"), rs.getString("name"), OrganisationType.valueOf(rs.getString("type")),
        Side.valueOf(rs.getString("side")), rs.getString("communities"), rs.getString("languages"),
        rs.getString("email"), rs.getString("phone"), rs.getString("address"),
        Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"), rs.getInt("version"),
        Rows.instant(rs, "voided_at"), rs.getString("void_reason"));
  }
}
