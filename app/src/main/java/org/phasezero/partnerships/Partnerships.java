package org.phasezero.partnerships;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.phasezero.network.Organisation;
import org.phasezero.network.Organisations;
import org.phasezero.partnerships.internal.Access;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.SqlWhere;
import org.phasezero.shared.Sorting;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.OptimisticLock;
import org.phasezero.shared.Page;
import org.phasezero.shared.Rows;
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
      + " where po.partnership_id = p.id and po.organisation_id = ? and po.left_on is null)";

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

  /** The partnerships' columns, by name unless asked otherwise. */
  public static final Sorting SORTING = Sorting.of("p.id", "name", false, "name", "lower(p.name)", "phase", "p.phase",
      "started", "p.started_on");

  public Page<Partnership> search(String text, Phase phase, boolean includeVoided, Page.Request page) {
    return search(text, phase, includeVoided, SORTING.defaultSort(), page);
  }

  /** Partnerships the user sees; every word of {@code text} must be in the name or the focus. */
  public Page<Partnership> search(String text, Phase phase, boolean includeVoided, Sorting.Sort sort,
      Page.Request page) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    List<Object> params = new java.util.ArrayList<>();
    scope(where, params);
    SqlWhere words = new SqlWhere().containsInAny(text, "lower(p.name)", "lower(p.focus)");
    where.append(words.conditions());
    params.addAll(words.params());
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
    List<Partnership> items = db.sql("select p.* from partnership p" + where + SORTING.orderBy(sort) + " limit ? offset ?")
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

  /** Whether the user may see the partnership (and so refer to its meetings and records); nothing is read. */
  public boolean isVisible(long id) {
    StringBuilder where = new StringBuilder(" where p.id = ?");
    List<Object> params = new java.util.ArrayList<>(List.of(id));
    scope(where, params);
    return db.sql("select count(*) from partnership p" + where).params(params).query(Long.class).single() > 0;
  }

  /** Whether the user may change this partnership's records (coordinators; site leads of a member). */
  public boolean mayContribute(Partnership p) {
    CurrentUser u = CurrentUser.require();
    return !p.voided() && (u.isCoordinator()
        || (u.isSiteLead() && p.members().stream().anyMatch(m -> m.organisationId() == u.organisationId())));
  }

  /**
   * Whether the user may manage the partnership itself (its details, members, phase, voiding it):
   * coordinators, while it is live. The services check again when the change is made.
   */
  public boolean mayManage(Partnership p) {
    return !p.voided() && CurrentUser.require().isCoordinator();
  }

  /** Refuses (403) anyone but a coordinator, before they fill in the form. */
  public void requireMayStart() {
    if (!CurrentUser.require().isCoordinator()) {
      throw new Forbidden("Only a coordinator can start a partnership.");
    }
  }

  @Transactional
  public Partnership create(PartnershipForm f) {
    requireMayStart();
    List<Organisation> members = f.getOrganisationIds().stream().distinct().map(organisations::get).toList();
    var now = java.sql.Timestamp.from(clock.instant());
    long id = Keys.insert(db.sql("""
            insert into partnership (name, focus, phase, started_on, created_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, 0)""")
        .params(f.getName().strip(), f.getFocus().strip(), Phase.PHASE_0_SCOPING.name(),
            java.sql.Date.valueOf(f.getStartedOn()), now, now));
    for (Organisation o : members) {
      db.sql("insert into partnership_organisation (partnership_id, organisation_id, joined_on) values (?, ?, ?)")
          .params(id, o.id(), java.sql.Date.valueOf(f.getStartedOn())).update();
    }
    Partnership created = get(id);
    events.publishEvent(AuditedAction.created("partnership", id, "Partnership '" + created.name() + "' started", created));
    return created;
  }

  /** Moves a partnership to another phase today; see {@link #moveTo(long, PhaseMoveForm)}. */
  public Partnership moveTo(long id, Phase phase, String reason) {
    PhaseMoveForm f = new PhaseMoveForm();
    f.setPhase(phase);
    f.setReason(reason);
    return moveTo(id, f);
  }

  /**
   * Moves a partnership to another phase, forwards or back, recording who, when, from, to and why.
   * A reason is required; readiness is advisory and never blocks a move; there are no deadlines.
   */
  @Transactional
  public Partnership moveTo(long id, PhaseMoveForm f) {
    Partnership before = get(id);
    Access.requireCoordinator("move a partnership between phases");
    if (f.getPhase() == null) {
      throw new IllegalArgumentException("phase: choose the phase to move to");
    }
    if (f.getReason() == null || f.getReason().isBlank()) {
      throw new Conflict("reason", "Say why the partnership is moving: every move is recorded with its reason.");
    }
    requireLive(before);
    if (f.getPhase() == before.phase()) {
      throw new Conflict("phase", "The partnership is already in this phase.");
    }
    java.time.LocalDate on = f.getMovedOn() == null ? java.time.LocalDate.now(clock) : f.getMovedOn();
    if (on.isAfter(java.time.LocalDate.now(clock)) || on.isBefore(before.startedOn())) {
      throw new Conflict("movedOn", "The date of the move must lie between the partnership's start and today.");
    }
    var now = java.sql.Timestamp.from(clock.instant());
    // Guarded by the phase read above, so two coordinators moving at once cannot record a move from a stale phase.
    int n = db.sql("update partnership set phase = ?, updated_at = ?, version = version + 1 where id = ? and phase = ?")
        .params(f.getPhase().name(), now, id, before.phase().name()).update();
    if (n != 1) {
      throw new Conflict("Someone else moved this partnership meanwhile. Reload and try again.");
    }
    db.sql("""
            insert into phase_move (partnership_id, from_phase, to_phase, reason, moved_on, moved_by, recorded_at)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(id, before.phase().name(), f.getPhase().name(), f.getReason().strip(), java.sql.Date.valueOf(on),
            CurrentUser.require().username(), now)
        .update();
    Partnership after = get(id);
    events.publishEvent(AuditedAction.updated("partnership", id, "Partnership '" + after.name() + "' moved from "
        + before.phase().title() + " to " + after.phase().title() + ": " + f.getReason().strip(), before, after));
    events.publishEvent(new PartnershipMoved(id, before.phase(), after.phase(), f.getReason().strip()));
    return after;
  }

  /** Every move of a partnership, newest first. */
  public List<PhaseMove> moves(long id) {
    get(id);
    return db.sql("select * from phase_move where partnership_id = ? order by moved_on desc, id desc").param(id)
        .query((rs, i) -> new PhaseMove(rs.getLong("id"), rs.getLong("partnership_id"),
            Phase.valueOf(rs.getString("from_phase")), Phase.valueOf(rs.getString("to_phase")), rs.getString("reason"),
            rs.getDate("moved_on").toLocalDate(), rs.getString("moved_by"), rs.getTimestamp("recorded_at").toInstant()))
        .list();
  }

  /** Changes the focus, the agreed purpose and the four Co's; the Co's can be switched on only in phase 2 or later. */
  @Transactional
  public Partnership changeDetails(long id, PartnershipDetailsForm f) {
    Partnership before = get(id);
    Access.requireCoordinator("change a partnership");
    requireLive(before);
    if (f.getVersion() != null && f.getVersion() != before.version()) {
      throw new Conflict("Someone else changed this partnership while you were editing it. Reload and try again.");
    }
    String newCo = newlySetCo(before, f);
    if (newCo != null && before.phase().ordinal() < Phase.PHASE_2_CO_PRODUCTION.ordinal()) {
      throw new Conflict(newCo, "The four Co's are set in phase 2 (co-production). Move the partnership to phase 2 first.");
    }
    String purpose = Rows.blankToNull(f.getPurpose());
    if (purpose == null && f.getPurposeAgreedOn() != null) {
      throw new Conflict("purpose", "Enter the purpose that was agreed on that date.");
    }
    int n = db.sql("""
            update partnership set focus = ?, purpose = ?, purpose_agreed_on = ?, co_commissioning = ?, co_design = ?,
              co_delivery = ?, co_assessment = ?, updated_at = ?, version = version + 1
            where id = ? and version = ? and voided_at is null""")
        .params(f.getFocus().strip(), purpose, f.getPurposeAgreedOn() == null ? null : java.sql.Date.valueOf(f.getPurposeAgreedOn()),
            f.isCoCommissioning(), f.isCoDesign(), f.isCoDelivery(), f.isCoAssessment(),
            java.sql.Timestamp.from(clock.instant()), id, before.version())
        .update();
    OptimisticLock.requireUpdated(n, "partnership");
    Partnership after = get(id);
    events.publishEvent(AuditedAction.updated("partnership", id, "Partnership '" + after.name() + "' changed", before, after));
    return after;
  }

  @Transactional
  public Partnership voidRecord(long id, String reason) {
    Partnership before = get(id);
    Access.requireCoordinator("void a partnership");
    requireLive(before);
    db.sql("update partnership set voided_at = ?, void_reason = ?, version = version + 1 where id = ? and voided_at is null")
        .params(java.sql.Timestamp.from(clock.instant()), reason.strip(), id).update();
    Partnership after = get(id);
    events.publishEvent(AuditedAction.voided("partnership", id,
        "Partnership '" + after.name() + "' voided: " + reason.strip(), before, after));
    return after;
  }

  /**
   * The partnership that work (an engagement, a resource) is being recorded for: refuses (403)
   * read-only roles, hides (404) partnerships outside a site lead's scope, refuses voided ones.
   */
  Partnership forRecording(Long id, String what) {
    Access.requireRecorder(what);
    if (id == null) {
      throw new Conflict("partnershipId", "Choose the partnership.");
    }
    Partnership p = get(id);
    requireLive(p);
    return p;
  }

  static void requireLive(Partnership p) {
    if (p.voided()) {
      throw new Conflict("This partnership was voided and can no longer be changed.");
    }
  }

  private static String newlySetCo(Partnership p, PartnershipDetailsForm f) {
    if (f.isCoCommissioning() && !p.coCommissioning()) {
      return "coCommissioning";
    }
    if (f.isCoDesign() && !p.coDesign()) {
      return "coDesign";
    }
    if (f.isCoDelivery() && !p.coDelivery()) {
      return "coDelivery";
    }
    return f.isCoAssessment() && !p.coAssessment() ? "coAssessment" : null;
  }

  private void scope(StringBuilder where, List<Object> params) {
    scope("p.id", where, params);
  }

  /** The organisations currently in the partnership, by id (for other modules' rules, not for display). */
  public java.util.Set<Long> memberOrganisationIds(long partnershipId) {
    return db.sql("select organisation_id from partnership_organisation where partnership_id = ? and left_on is null")
        .param(partnershipId).query(Long.class).set();
  }

  /**
   * Confines a query on partnership work (engagements, resources, risks, and the spaces and
   * meetings of other capabilities) to the partnerships the user may see: for a site lead, those
   * their organisation is a current member of (an organisation that left sees them no more). The
   * one copy of this rule: other modules call it rather than write it in their SQL.
   */
  public static void scope(String partnershipIdColumn, StringBuilder where, List<Object> params) {
    CurrentUser u = CurrentUser.require();
    if (u.isSiteLead()) {
      where.append(SCOPE.replace("p.id", partnershipIdColumn));
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
            where po.left_on is null and po.partnership_id in (""" + ids + ") order by o.name_key")
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
