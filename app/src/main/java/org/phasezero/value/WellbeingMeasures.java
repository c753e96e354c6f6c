package org.phasezero.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.phasezero.analysis.wellbeing.WellbeingScale;
import org.phasezero.analysis.wellbeing.WellbeingScore;
import org.phasezero.network.ConsentPurpose;
import org.phasezero.network.Consents;
import org.phasezero.network.PersonReferences;
import org.phasezero.partnerships.Partnership;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.security.CurrentUser;
import org.phasezero.security.SystemActor;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.IncomingText;
import org.phasezero.shared.Keys;
import org.phasezero.shared.LinkTokens;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Rows;
import org.phasezero.shared.Unique;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wellbeing measures, their answers and one-time links. The rules, all here:
 * <ul>
 *   <li>everyone signed in who sees the partnership sees its measures (statutory partners through
 *       suppressed aggregates only, see {@link WellbeingChanges});</li>
 *   <li>those who record the partnership's work (the coordinator; a site lead of a member
 *       organisation) set up measures, enter answers and make links, for people they may refer
 *       to;</li>
 *   <li>answers are health data: they are taken only while the person's consent to special
 *       category data stands, checked again when the answers arrive;</li>
 *   <li>a person answers a measure once at each time point (a database rule);</li>
 *   <li>a link's token is shown once and only its SHA-256 kept; it works for {@value #LINK_DAYS}
 *       days and for one set of answers; opening and answering are audited as the system acting
 *       for the person.</li>
 * </ul>
 */
@Service
public class WellbeingMeasures {

  public static final int LINK_DAYS = 14;
  private static final String SELECT = "select m.*, p.name partnership_name from wellbeing_measure m"
      + " join partnership p on p.id = m.partnership_id";

  private final JdbcClient db;
  private final Partnerships partnerships;
  private final PersonReferences people;
  private final Consents consents;
  private final WellbeingWordings wordings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  WellbeingMeasures(JdbcClient db, Partnerships partnerships, PersonReferences people, Consents consents,
      WellbeingWordings wordings, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.partnerships = partnerships;
    this.people = people;
    this.consents = consents;
    this.wordings = wordings;
    this.events = events;
    this.clock = clock;
  }

  /** The measures of the partnerships the user sees, of one partnership or all. */
  public List<WellbeingMeasure> list(Long partnershipId) {
    StringBuilder where = new StringBuilder(" where m.voided_at is null");
    List<Object> params = new ArrayList<>();
    if (partnershipId != null) {
      partnerships.get(partnershipId);
      where.append(" and m.partnership_id = ?");
      params.add(partnershipId);
    }
    Partnerships.scope("m.partnership_id", where, params);
    return db.sql(SELECT + where + " order by p.name, m.title_key").params(params)
        .query(WellbeingMeasures::map).list();
  }

  public WellbeingMeasure get(long id) {
    WellbeingMeasure m = db.sql(SELECT + " where m.id = ?").param(id).query(WellbeingMeasures::map).optional()
        .orElseThrow(() -> new NotFound("wellbeing measure", id));
    if (!partnerships.isVisible(m.partnershipId())) {
      throw new NotFound("wellbeing measure", id);
    }
    return m;
  }

  /** Whether the user may enter answers and make links for this measure. */
  public boolean mayRecord(WellbeingMeasure m) {
    return !m.voided() && partnerships.mayContribute(partnerships.get(m.partnershipId()));
  }

  /** Refuses (403) roles that never record people's answers, before they fill in a form. */
  public void requireMayCreate() {
    if (!CurrentUser.require().worksWithPeople()) {
      throw new Forbidden("Only a coordinator or a site lead can set up a wellbeing measure.");
    }
  }

  @Transactional
  public WellbeingMeasure create(WellbeingMeasureForm f) {
    requireMayCreate();
    Partnership p = partnerships.get(f.getPartnershipId());
    if (!partnerships.mayContribute(p)) {
      throw new Forbidden("Only the coordinator or a site lead of a member organisation can set up a measure here.");
    }
    WellbeingScale scale = f.getScale();
    BigDecimal threshold = f.getThreshold() != null ? f.getThreshold()
        : BigDecimal.valueOf(scale.defaultMeaningfulChange()).setScale(2, RoundingMode.HALF_UP);
    String source = f.getThresholdSource() != null && !f.getThresholdSource().isBlank() ? f.getThresholdSource().strip()
        : f.getThreshold() == null ? defaultSource(scale) : "Set by " + CurrentUser.require().displayName();
    Timestamp now = Timestamp.from(clock.instant());
    long id = Unique.orConflict("title", "This partnership already has a measure called '" + f.getTitle().strip()
        + "'.", () -> Keys.insert(db.sql("""
            insert into wellbeing_measure (partnership_id, title, title_key, scale, threshold, threshold_source,
              created_by, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
        .params(p.id(), f.getTitle().strip(), IncomingText.key(f.getTitle()), scale.name(), threshold, source,
            CurrentUser.require().username(), now, now)));
    WellbeingMeasure created = get(id);
    events.publishEvent(AuditedAction.created("wellbeing-measure", id, "Wellbeing measure '" + created.title()
        + "' (" + scale + ") set up for " + p.name(), created));
    return created;
  }

  private static String defaultSource(WellbeingScale scale) {
    return scale == WellbeingScale.WEMWBS
        ? "Lower end of the 3–8 points in Warwick's guidance (Maheswaran et al. 2012)"
        : "Lower end of the 1–3 metric points in Warwick's guidance (Shah et al. 2018)";
  }

  @Transactional
  public WellbeingMeasure voidRecord(long id, String reason) {
    WellbeingMeasure before = get(id);
    if (!mayRecord(before)) {
      throw before.voided() ? new Conflict("This measure was already voided.")
          : new Forbidden("Only the coordinator or a site lead of a member organisation can void this measure.");
    }
    db.sql("update wellbeing_measure set voided_at = ?, void_reason = ?, live_key = null, version = version + 1"
            + " where id = ? and voided_at is null").params(Timestamp.from(clock.instant()), reason.strip(), id).update();
    WellbeingMeasure after = get(id);
    events.publishEvent(AuditedAction.voided("wellbeing-measure", id, "Wellbeing measure '" + after.title()
        + "' voided: " + reason.strip(), before, after));
    return after;
  }

  // Answers

  /** Every live answer of a measure, for the summaries; callers decide what each viewer is shown. */
  List<WellbeingResponse> allResponses(long measureId) {
    return db.sql("select * from wellbeing_response where measure_id = ? and voided_at is null order by person_id,"
        + " time_point").param(measureId).query(WellbeingMeasures::mapResponse).list();
  }

  /** The answers the user may see with who gave them: those who record people's answers only. */
  public List<WellbeingResponse> responses(long measureId) {
    get(measureId);
    if (!CurrentUser.require().worksWithPeople()) {
      throw new Forbidden("Only a coordinator or a site lead sees who answered what.");
    }
    return allResponses(measureId).stream().filter(r -> people.mayReferTo(r.personId())).toList();
  }

  /** Answers entered by a signed-in facilitator, with the person or from paper. */
  @Transactional
  public WellbeingResponse record(long measureId, WellbeingAnswersForm f) {
    WellbeingMeasure m = get(measureId);
    requireMayRecord(m);
    if (f.getPersonId() == null) {
      throw new Conflict("personId", "Choose who answered.");
    }
    people.requireReferable(f.getPersonId(), "personId");
    ResponseMode mode = f.getMode() == null || f.getMode() == ResponseMode.SELF_LINK ? ResponseMode.FACILITATED
        : f.getMode();
    LocalDate on = f.getCompletedOn() == null ? LocalDate.now(clock) : f.getCompletedOn();
    if (on.isAfter(LocalDate.now(clock))) {
      throw new Conflict("completedOn", "The date answered cannot be in the future.");
    }
    return insert(m, f.getPersonId(), f.getTimePoint(), on, mode, language(f.getLanguage()), f.getItems(),
        CurrentUser.require().username());
  }

  private WellbeingResponse insert(WellbeingMeasure m, long personId, int timePoint, LocalDate on, ResponseMode mode,
      String language, List<Integer> items, String recordedBy) {
    if (!consents.stands(personId, ConsentPurpose.SPECIAL_CATEGORY_DATA)) {
      throw new Conflict("personId", "This person's consent to the use of health information does not stand, so"
          + " their answers cannot be taken. Record their consent first.");
    }
    WellbeingScore score = score(m.scale(), items);
    BigDecimal metric = BigDecimal.valueOf(score.metric()).setScale(2, RoundingMode.HALF_UP);
    long id = Unique.orConflict("timePoint", "This person has already answered " + timePointName(timePoint)
        + " of this measure.", () -> Keys.insert(db.sql("""
            insert into wellbeing_response (measure_id, person_id, time_point, completed_on, mode, language, items,
              raw, metric, recorded_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(m.id(), personId, timePoint, Rows.sqlDate(on), mode.name(), language,
            items.stream().map(String::valueOf).collect(Collectors.joining(",")), score.raw(), metric, recordedBy,
            Timestamp.from(clock.instant()))));
    WellbeingResponse created = db.sql("select * from wellbeing_response where id = ?").param(id)
        .query(WellbeingMeasures::mapResponse).single();
    events.publishEvent(AuditedAction.created("wellbeing-response", id, m.scale() + " answers at "
        + timePointName(timePoint) + " of '" + m.title() + "' recorded (" + mode + ")", created));
    return created;
  }

  /** The scale's score of the answers, or a conflict naming what is missing or out of range. */
  static WellbeingScore score(WellbeingScale scale, List<Integer> items) {
    if (items == null || items.size() != scale.items() || items.stream().anyMatch(i -> i == null)) {
      long given = items == null ? 0 : items.stream().filter(i -> i != null).count();
      throw new Conflict("items", "Answer every statement: " + given + " of " + scale.items() + " were answered.");
    }
    try {
      return scale.score(items.stream().mapToInt(Integer::intValue).toArray());
    } catch (IllegalArgumentException e) {
      throw new Conflict("items", "Each answer is from 1 to 5: " + e.getMessage());
    }
  }

  private void requireMayRecord(WellbeingMeasure m) {
    if (m.voided()) {
      throw new Conflict("This measure was voided; no more answers can be taken.");
    }
    if (!mayRecord(m)) {
      throw new Forbidden("Only the coordinator or a site lead of a member organisation can record answers.");
    }
  }

  /** "the baseline", "follow-up 2". */
  public static String timePointName(int timePoint) {
    return timePoint == 0 ? "the baseline" : "follow-up " + timePoint;
  }

  private static String language(String tag) {
    return tag != null && WellbeingWordings.LANGUAGES.contains(tag) ? tag : "en";
  }

  // One-time links

  /** A link made: the token is in the address and is not kept. */
  public record Link(String path, Instant expiresAt) {}

  @Transactional
  public Link makeLink(long measureId, long personId, int timePoint, String language) {
    WellbeingMeasure m = get(measureId);
    requireMayRecord(m);
    people.requireReferable(personId, "personId");
    if (timePoint < 0 || timePoint > 9) {
      throw new Conflict("timePoint", "The time point is 0 (the baseline) or a follow-up from 1 to 9.");
    }
    if (!consents.stands(personId, ConsentPurpose.SPECIAL_CATEGORY_DATA)) {
      throw new Conflict("personId", "This person's consent to the use of health information does not stand."
          + " Record their consent before sending a link.");
    }
    if (wordings.forQuestionnaire(m.scale(), language(language)).isEmpty()) {
      throw new Conflict("The " + m.scale() + " wording has not been entered yet. A coordinator enters it once,"
          + " under the hub's registration, on the questionnaire wording page.");
    }
    String token = LinkTokens.newToken();
    Instant expires = clock.instant().plus(Duration.ofDays(LINK_DAYS));
    long id = Keys.insert(db.sql("""
            insert into wellbeing_link (measure_id, person_id, time_point, language, token_hash, expires_at,
              created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(m.id(), personId, timePoint, language(language), LinkTokens.hash(token), Timestamp.from(expires),
            CurrentUser.require().username(), Timestamp.from(clock.instant())));
    events.publishEvent(AuditedAction.created("wellbeing-link", id, "Link to answer " + timePointName(timePoint)
        + " of '" + m.title() + "' made", java.util.Map.of("measureId", m.id(), "personId", personId,
            "timePoint", timePoint, "expiresAt", expires.toString())));
    return new Link("/wellbeing/" + token, expires);
  }

  /** What a link opens: the questionnaire in the person's language, or why it is closed. */
  public record Questionnaire(String title, WellbeingScale scale, int timePoint, WellbeingWording wording,
      boolean answered, boolean expired) {}

  public Questionnaire open(String token) {
    LinkRow link = link(token);
    SystemActor.run("wellbeing link", () -> events.publishEvent(AuditedAction.viewed("wellbeing-link", link.id(),
        "Wellbeing questionnaire link opened by the person")));
    WellbeingMeasure m = SystemActor.call("wellbeing link", () -> get(link.measureId()));
    WellbeingWording wording = wordings.forQuestionnaire(m.scale(), link.language()).orElseThrow(
        () -> new NotFound("questionnaire", "link"));
    return new Questionnaire(m.title(), m.scale(), link.timePoint(), wording, link.usedAt() != null,
        m.voided() || !clock.instant().isBefore(link.expiresAt()));
  }

  /** The person's own answers through their link: once, while it works. */
  @Transactional
  public WellbeingResponse answer(String token, List<Integer> items) {
    LinkRow link = link(token);
    return SystemActor.call("wellbeing link", () -> {
      WellbeingMeasure m = get(link.measureId());
      if (m.voided() || !clock.instant().isBefore(link.expiresAt())) {
        throw Conflict.said(null, "wellbeing.link.gone", "This link no longer works. Please ask whoever sent it for a new one.");
      }
      int used = db.sql("update wellbeing_link set used_at = ? where id = ? and used_at is null")
          .params(Timestamp.from(clock.instant()), link.id()).update();
      if (used == 0) {
        throw Conflict.said(null, "wellbeing.answered", "These answers have already been sent. Thank you.");
      }
      return insert(m, link.personId(), link.timePoint(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
          ResponseMode.SELF_LINK, link.language(), items, "the person, through a link");
    });
  }

  private record LinkRow(long id, long measureId, long personId, int timePoint, String language, Instant expiresAt,
      Instant usedAt) {}

  private LinkRow link(String token) {
    if (!LinkTokens.wellFormed(token)) {
      throw new NotFound("questionnaire", "link");
    }
    return db.sql("select * from wellbeing_link where token_hash = ?").param(LinkTokens.hash(token))
        .query((rs, i) -> new LinkRow(rs.getLong("id"), rs.getLong("measure_id"), rs.getLong("person_id"),
            rs.getInt("time_point"), rs.getString("language"), Rows.instant(rs, "expires_at"),
            Rows.instant(rs, "used_at")))
        .optional().orElseThrow(() -> new NotFound("questionnaire", "link"));
  }

  static WellbeingMeasure map(ResultSet rs, int row) throws SQLException {
    return new WellbeingMeasure(rs.getLong("id"), rs.getLong("partnership_id"), rs.getString("partnership_name"),
        rs.getString("title"), WellbeingScale.valueOf(rs.getString("scale")), rs.getBigDecimal("threshold"),
        rs.getString("threshold_source"), rs.getString("created_by"), Rows.instant(rs, "created_at"),
        rs.getInt("version"), Rows.instant(rs, "voided_at"), rs.getString("void_reason"));
  }

  static WellbeingResponse mapResponse(ResultSet rs, int row) throws SQLException {
    return new WellbeingResponse(rs.getLong("id"), rs.getLong("measure_id"), rs.getLong("person_id"),
        rs.getInt("time_point"), Rows.date(rs, "completed_on"), ResponseMode.valueOf(rs.getString("mode")),
        rs.getString("language"), Arrays.stream(rs.getString("items").split(",")).map(Integer::valueOf).toList(),
        rs.getInt("raw"), rs.getBigDecimal("metric"), rs.getString("recorded_by"), Rows.instant(rs, "created_at"));
  }
}
