package org.phasezero.partnerships;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.phasezero.network.PersonReferences;
import org.phasezero.network.Side;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Page;
import org.phasezero.shared.Sorting;
import org.phasezero.shared.SqlWhere;
import org.phasezero.shared.Rows;
import org.phasezero.shared.SmallNumbers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Phase-zero conversations, seen and recorded within the partnerships the user may see. */
@Service
public class Engagements {

  private final JdbcClient db;
  private final Partnerships partnerships;
  private final PersonReferences references;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final SmallNumbers smallNumbers;

  Engagements(JdbcClient db, Partnerships partnerships, PersonReferences references, ApplicationEventPublisher events, Clock clock,
      SmallNumbers smallNumbers) {
    this.db = db;
    this.partnerships = partnerships;
    this.references = references;
    this.events = events;
    this.clock = clock;
    this.smallNumbers = smallNumbers;
  }

  /** Engagements, newest first, optionally of one partnership. */
  public Page<Engagement> search(Long partnershipId, boolean includeVoided, Page.Request page) {
    return search(partnershipId, null, includeVoided, SORTING.defaultSort(), page);
  }

  /** The engagements list's columns: newest first unless asked otherwise. */
  public static final Sorting SORTING = Sorting.of("e.id", "date", true, "date", "e.held_on",
      "partnership", "(select lower(pp.name) from partnership pp where pp.id = e.partnership_id)", "purpose", "lower(e.purpose)");

  /** Engagements of a partnership (or all the user sees), {@code text} matching every word of the purpose. */
  public Page<Engagement> search(Long partnershipId, String text, boolean includeVoided, Sorting.Sort sort,
      Page.Request page) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    List<Object> params = new ArrayList<>();
    Partnerships.scope("e.partnership_id", where, params);
    if (partnershipId != null) {
      partnerships.get(partnershipId);
      where.append(" and e.partnership_id = ?");
      params.add(partnershipId);
    }
    if (!includeVoided) {
      where.append(" and e.voided_at is null");
    }
    SqlWhere words = new SqlWhere().contains("lower(e.purpose)", text);
    where.append(words.conditions());
    params.addAll(words.params());
    long total = db.sql("select count(*) from engagement e" + where).params(params).query(Long.class).single();
    List<Object> paged = new ArrayList<>(params);
    paged.add(page.size());
    paged.add(page.offset());
    List<Engagement> items = db.sql("select e.* from engagement e" + where
            + SORTING.orderBy(sort) + " limit ? offset ?")
        .params(paged).query(Engagements::map).list();
    return new Page<>(withPeople(items), page.page(), page.size(), total);
  }

  /** Every live engagement of a partnership, newest first (for the timeline and readiness). */
  public List<Engagement> of(long partnershipId) {
    return search(partnershipId, false, new Page.Request(0, Page.MAX_SIZE)).items();
  }

  public Engagement get(long id) {
    Engagement e = db.sql("select * from engagement where id = ?").param(id).query(Engagements::map).optional()
        .orElseThrow(() -> new NotFound("engagement", id));
    try {
      partnerships.get(e.partnershipId());
    } catch (NotFound hidden) {
      throw new NotFound("engagement", id);
    }
    return withPeople(List.of(e)).get(0);
  }

  public boolean mayRecord(Partnership p) {
    return partnerships.mayContribute(p);
  }

  @Transactional
  public Engagement create(EngagementForm f) {
    Partnership p = partnerships.forRecording(f.getPartnershipId(), "record an engagement");
    if (f.getHeldOn() != null && f.getHeldOn().isAfter(LocalDate.now(clock))) {
      throw new Conflict("heldOn", "An engagement is recorded after it took place: the date cannot be in the future.");
    }
    List<Long> personIds = f.getPersonIds().stream().distinct().toList();
    for (Long personId : personIds) {
      references.requireReferable(personId, "personIds");
    }
    long id = Keys.insert(db.sql("""
            insert into engagement (partnership_id, held_on, sides, purpose, mutual_gains, barriers, next_steps,
              power_notes, community_trust, statutory_trust, recorded_by, created_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
        .params(p.id(), java.sql.Date.valueOf(f.getHeldOn()), sides(f.getSides()), f.getPurpose().strip(),
            Rows.blankToNull(f.getMutualGains()), Rows.blankToNull(f.getBarriers()),
            Rows.blankToNull(f.getNextSteps()), Rows.blankToNull(f.getPowerNotes()), f.getCommunityTrust(),
            f.getStatutoryTrust(), CurrentUser.require().username(), Timestamp.from(clock.instant())));
    for (Long personId : personIds) {
      db.sql("insert into engagement_person (engagement_id, person_id) values (?, ?)").params(id, personId).update();
    }
    Engagement created = get(id);
    events.publishEvent(AuditedAction.created("engagement", id,
        "Engagement on " + created.heldOn() + " recorded for partnership '" + p.name() + "'", created));
    return created;
  }

  @Transactional
  public Engagement voidRecord(long id, String reason) {
    Engagement before = get(id);
    partnerships.forRecording(before.partnershipId(), "void an engagement");
    if (before.voided()) {
      throw new Conflict("This engagement was already voided.");
    }
    db.sql("update engagement set voided_at = ?, void_reason = ?, version = version + 1 where id = ? and voided_at is null")
        .params(Timestamp.from(clock.instant()), reason.strip(), id).update();
    Engagement after = get(id);
    events.publishEvent(AuditedAction.voided("engagement", id, "Engagement " + id + " voided: " + reason.strip(),
        before, after));
    return after;
  }

  private List<Engagement> withPeople(List<Engagement> es) {
    if (es.isEmpty()) {
      return es;
    }
    String ids = es.stream().map(e -> String.valueOf(e.id())).collect(Collectors.joining(","));
    Map<Long, List<Long>> byEngagement = db.sql("select engagement_id, person_id from engagement_person"
            + " where engagement_id in (" + ids + ") order by person_id")
        .query((rs, i) -> Map.entry(rs.getLong("engagement_id"), rs.getLong("person_id"))).list().stream()
        .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    CurrentUser u = CurrentUser.require();
    SmallNumbers rule = smallNumbers.appliedIf(u.seesAggregatesOnly());
    return es.stream().map(e -> {
      List<Long> tookPart = byEngagement.getOrDefault(e.id(), List.of());
      return e.withPeople(u.worksWithPeople() ? tookPart : List.of(), rule.shown(tookPart.size()),
          u.seesPseudonymsOnly() ? references.researchCodes(tookPart) : List.of());
    }).toList();
  }

  private static String sides(Set<Side> sides) {
    return sides.stream().sorted().map(Side::name).collect(Collectors.joining(","));
  }

  static Engagement map(ResultSet rs, int row) throws SQLException {
    Set<Side> sides = EnumSet.noneOf(Side.class);
    Arrays.stream(rs.getString("sides").split(",")).map(Side::valueOf).forEach(sides::add);
    return new Engagement(rs.getLong("id"), rs.getLong("partnership_id"), rs.getDate("held_on").toLocalDate(), sides,
        List.of(), 0, List.of(), rs.getString("purpose"), rs.getString("mutual_gains"), rs.getString("barriers"),
        rs.getString("next_steps"), rs.getString("power_notes"), Rows.intOrNull(rs, "community_trust"),
        Rows.intOrNull(rs, "statutory_trust"), rs.getString("recorded_by"), Rows.instant(rs, "created_at"),
        rs.getInt("version"), Rows.instant(rs, "voided_at"), rs.getString("void_reason"));
  }
}
