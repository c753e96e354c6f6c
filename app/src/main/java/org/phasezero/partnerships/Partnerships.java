package org.phasezero.partnerships;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.phasezero.network.Organisation;
import org.phasezero.network.Organisations;
import org.phasezero.security.CurrentUser;
import org.phasezero.security.Role;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Page;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partnerships, seen within the user's scope: a site lead sees the partnerships their organisation
 * belongs to; every other role sees all of them (a partnership is not personal data).
 * A new partnership always starts in phase zero.
 */
@Service
public class Partnerships {

  private static final String SCOPE = " and exists (select 1 from partnership_organisation po"
      + " where po.partnership_id = p.id and po.organisation_id = ?)";

  private final JdbcClient db;
  private final Organisations organisations;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Partnerships(JdbcClient db, Organisations organisations, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.organisations = organisations;
    this.events = events;
    this.clock = clock;
  }

  public Page<Partnership> search(String text, Phase phase, boolean includeVoided, Page.Request page) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    List<Object> params = new java.util.ArrayList<>();
    scope(where, params);
    if (text != null && !text.isBlank()) {
      where.append(" and (lower(p.name) like ? or lower(p.focus) like ?)");
      String like = "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%";
      params.add(like);
      params.add(like);
    }
    if (phase != null) {
      where.append(" and p.phase = ?");
      params.add(phase.name());
    }
    if (!includeVoided) {
      where.append(" and p.voided_at is null");
    }
    long total = db.sql("select count(*) from partnership p" + where).params(params).query(Long.class).single();
    List<Object> paged = new java.util.ArrayList<>(params);
    paged.add(page.size());
    paged.add(page.offset());
    List<Partnership> items = db.sql("select p.* from partnership p" + where + " order by lower(p.name), p.id limit ? offset ?")
        .params(paged).query(Partnerships::map).list();
    return new Page<>(withMembers(items), page.page(), page.size(), total);
  }

  /** Every live partnership the user may see, for choosing in forms and for the board. */
  public List<Partnership> all() {
    return search(null, null, false, new Page.Request(0, Page.MAX_SIZE)).items();
  }

  public Partnership get(long id) {
    StringBuilder where = new StringBuilder(" where p.id = ?");
    List<Object> params = new java.util.ArrayList<>(List.of(id));
    scope(where, params);
    Partnership p = db.sql("select p.* from partnership p" + where).params(params).query(Partnerships::map)
        .optional().orElseThrow(() -> new NotFound("partnership", id));
    return withMembers(List.of(p)).get(0);
  }

  /** Whether the user may change this partnership's records (coordinators; site leads of a member). */
  public boolean mayContribute(Partnership p) {
    CurrentUser u = CurrentUser.require();
    return !p.voided() && (u.is(Role.COORDINATOR)
        || (u.is(Role.SITE_LEAD) && p.members().stream().anyMatch(m -> m.organisationId() == u.organisationId())));
  }

  @Transactional
  public Partnership create(PartnershipForm f) {
    if (!CurrentUser.require().is(Role.COORDINATOR)) {
      throw new Forbidden("Only a coordinator can start a partnership.");
    }
    List<Organisation> members = f.getOrganisationIds().stream().distinct().map(organisations::get).toList();
    var now = java.sql.Timestamp.from(clock.instant());
    db.sql("""
            insert into partnership (name, focus, phase, started_on, created_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, 0)""")
        .params(f.getName().strip(), f.getFocus().strip(), Phase.PHASE_0_SCOPING.name(),
            java.sql.Date.valueOf(f.getStartedOn()), now, now)
        .update();
    long id = db.sql("select max(id) from partnership").query(Long.class).single();
    for (Organisation o : members) {
      db.sql("insert into partnership_organisation (partnership_id, organisation_id, joined_on) values (?, ?, ?)")
          .params(id, o.id(), java.sql.Date.valueOf(f.getStartedOn())).update();
    }
    Partnership created = get(id);
    events.publishEvent(AuditedAction.created("partnership", id, "Partnership '" + created.name() + "' started", created));
    return created;
  }

  private void scope(StringBuilder where, List<Object> params) {
    CurrentUser u = CurrentUser.require();
    if (u.is(Role.SITE_LEAD)) {
      where.append(SCOPE);
      params.add(u.organisationId());
    }
  }

  private List<Partnership> withMembers(List<Partnership> ps) {
    if (ps.isEmpty()) {
      return ps;
    }
    String ids = ps.stream().map(p -> String.valueOf(p.id())).collect(Collectors.joining(","));
    Map<Long, List<Partnership.Member>> byPartnership = db.sql("""
            select po.partnership_id, po.organisation_id, po.joined_on, o.name, o.side
            from partnership_organisation po join organisation o on o.id = po.organisation_id
            where po.partnership_id in (""" + ids + ") order by o.name_key")
        .query((rs, i) -> Map.entry(rs.getLong("partnership_id"), new Partnership.Member(rs.getLong("organisation_id"),
            rs.getString("name"), rs.getString("side"), rs.getDate("joined_on").toLocalDate())))
        .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
            Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    return ps.stream().map(p -> p.withMembers(byPartnership.getOrDefault(p.id(), List.of()))).toList();
  }

  static Partnership map(ResultSet rs, int row) throws SQLException {
    java.sql.Date agreed = rs.getDate("purpose_agreed_on");
    java.sql.Timestamp voided = rs.getTimestamp("voided_at");
    return new Partnership(rs.getLong("id"), rs.getString("name"), rs.getString("focus"),
        Phase.valueOf(rs.getString("phase")), rs.getBoolean("co_commissioning"), rs.getBoolean("co_design"),
        rs.getBoolean("co_delivery"), rs.getBoolean("co_assessment"), rs.getString("purpose"),
        agreed == null ? null : agreed.toLocalDate(), rs.getDate("started_on").toLocalDate(), List.of(),
        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"),
        voided == null ? null : voided.toInstant(), rs.getString("void_reason"));
  }
}
