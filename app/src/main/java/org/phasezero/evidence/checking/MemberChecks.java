package org.phasezero.evidence.checking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.Sources;
import org.phasezero.evidence.internal.ProjectAccess;
import org.phasezero.evidence.themes.ThematicNetworks;
import org.phasezero.evidence.themes.Theme;
import org.phasezero.evidence.themes.Themes;
import org.phasezero.network.PersonReferences;
import org.phasezero.security.CurrentUser;
import org.phasezero.security.SystemActor;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.IncomingText;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Rows;
import org.phasezero.shared.SqlWhere;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Member checks. The rules, all here:
 * <ul>
 *   <li>the coordinator or a researcher on the project sends one to a person who consented to
 *       research use and spoke in the project's sources; it shows the themes of a thematic network
 *       (if one is chosen) and only the quotes taken from that person's own turns (passages the
 *       project coded, with the network's codes when one is chosen);</li>
 *   <li>the link's token is shown once and only its SHA-256 is kept; it expires, works for that
 *       check alone, and answers once; each opening is audited;</li>
 *   <li>a paper copy's answers are recorded by a researcher, in the same way, once;</li>
 *   <li>a withdrawn quote's codings leave the project's coding, with the reason, and any use of
 *       them in a report is flagged: the quote then appears in no export, pack or theme.</li>
 * </ul>
 */
@Service
public class MemberChecks {

  /** How long a link works unless the researcher says otherwise. */
  public static final int DEFAULT_DAYS = 30;
  private static final Set<String> THEME_ANSWERS = Set.of("AGREE", "DISAGREE", "UNSURE");
  private static final Set<String> QUOTE_ANSWERS = Set.of("KEEP", "WITHDRAW");

  private final JdbcClient db;
  private final ResearchProjects projects;
  private final Sources sources;
  private final ThematicNetworks networks;
  private final Themes themes;
  private final PersonReferences people;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  MemberChecks(JdbcClient db, ResearchProjects projects, Sources sources, ThematicNetworks networks, Themes themes,
      PersonReferences people, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.projects = projects;
    this.sources = sources;
    this.networks = networks;
    this.themes = themes;
    this.people = people;
    this.events = events;
    this.clock = clock;
  }

  /** A new check and its link's token, which is shown once and never stored. */
  public record Sent(MemberCheck check, String token) {}

  /** Someone who may be asked: a consented speaker of the project's sources, by research name. */
  public record Participant(long personId, String researchName, int turns) {}

  // ---- Researchers ----------------------------------------------------------------------------

  public List<MemberCheck> ofProject(long projectId) {
    projects.get(projectId);
    return db.sql("select * from member_check where project_id = ? order by created_at desc, id desc")
        .param(projectId).query(MemberChecks::unnamed).list().stream().map(this::named).toList();
  }

  /** A check of a project the user may open, with its themes, quotes and answers. */
  public MemberCheck get(long id) {
    SqlWhere where = ProjectAccess.visibleOn(CurrentUser.require(), "c.project_id").and("c.id = ?", id);
    MemberCheck bare = db.sql("select c.* from member_check c" + where.sql()).params(where.params())
        .query(MemberChecks::unnamed).optional().map(this::named).orElseThrow(() -> new NotFound("member check", id));
    return withItems(bare);
  }

  /** The people who may be asked in a project: consented, linked speakers, by research name. */
  public List<Participant> participants(long projectId) {
    projects.get(projectId);
    return db.sql("""
            select t.speaker_person_id p, count(*) n from source_segment t join evidence_source s on s.id = t.source_id
            where s.project_id = ? and s.voided_at is null and t.speaker_person_id is not null and t.withheld_reason is null
            group by t.speaker_person_id""")
        .param(projectId).query((rs, i) -> new long[] {rs.getLong("p"), rs.getLong("n")}).list().stream()
        .filter(x -> people.consentedToResearch(x[0]))
        .map(x -> new Participant(x[0], people.researchName(x[0]), (int) x[1]))
        .sorted(java.util.Comparator.comparing(Participant::researchName)).toList();
  }

  @Transactional
  public Sent send(long projectId, long personId, Long networkId, String summary, Integer days) {
    ResearchProject p = projects.requireWorkable(projectId);
    if (!projects.mayManageMembers(p)) {
      throw new Forbidden("Only the coordinator or a researcher on this project can send a member check.");
    }
    String text = IncomingText.clean(summary) == null ? "" : IncomingText.clean(summary).strip();
    if (text.isEmpty()) {
      throw new Conflict("summary", "Write the summary the participant will read, in plain language.");
    }
    if (text.length() > 8000) {
      throw new Conflict("summary", "Keep the summary under 8,000 characters: a page or two.");
    }
    int valid = days == null ? DEFAULT_DAYS : days;
    if (valid < 1 || valid > 180) {
      throw new Conflict("days", "A link works for 1 to 180 days.");
    }
    if (participants(projectId).stream().noneMatch(x -> x.personId() == personId)) {
      throw new Conflict("personId", "Choose someone who spoke in this project's sources and consented to research use.");
    }
    List<Long> codes = null;
    List<Theme> shown = List.of();
    if (networkId != null) {
      var network = networks.get(networkId);
      if (network.projectId() != projectId || network.voided()) {
        throw new Conflict("networkId", "Choose a thematic network of this project.");
      }
      shown = themes.ofNetwork(networkId);
      codes = shown.stream().filter(t -> t.tier() == Theme.Tier.BASIC).flatMap(t -> themes.codesUnder(t).stream())
          .distinct().toList();
    }
    List<int[]> passages = passagesOf(projectId, personId, codes);
    if (passages.isEmpty()) {
      throw new Conflict("personId", "Nothing this person said has been coded" + (networkId == null ? "" : " with the "
          + "network's codes") + " yet, so there are no quotes to check.");
    }
    String token = newToken();
    Instant now = clock.instant();
    long id = Keys.insert(db.sql("""
            insert into member_check (project_id, person_id, network_id, summary, token_hash, expires_at, created_by,
              created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(projectId, personId, networkId, text, hash(token), Rows.ts(now.plus(Duration.ofDays(valid))),
            CurrentUser.require().username(), Rows.ts(now)));
    for (Theme t : shown) {
      db.sql("insert into member_check_theme (check_id, theme_id) values (?, ?)").params(id, t.id()).update();
    }
    for (int i = 0; i < passages.size(); i++) {
      int[] q = passages.get(i);
      db.sql("insert into member_check_quote (check_id, seq, source_id, start_offset, end_offset) values (?, ?, ?, ?, ?)")
          .params(id, i + 1, (long) q[0], q[1], q[2]).update();
    }
    MemberCheck created = get(id);
    events.publishEvent(AuditedAction.created("member_check", id, "Member check for " + created.participant()
        + " in '" + p.name() + "': " + shown.size() + " themes, " + passages.size() + " quotes, link valid " + valid
        + " days", null));
    return new Sent(created, token);
  }

  /** Stops a link working (it was sent to the wrong address, say), with a reason. */
  @Transactional
  public MemberCheck revoke(long id, String reason) {
    MemberCheck c = get(id);
    if (!projects.mayManageMembers(projects.get(c.projectId()))) {
      throw new Forbidden("Only the coordinator or a researcher on this project can stop a member check.");
    }
    int n = db.sql("update member_check set voided_at = ?, void_reason = ? where id = ? and voided_at is null")
        .params(Rows.ts(clock.instant()), reason, id).update();
    if (n == 0) {
      throw new Conflict("This member check was already stopped.");
    }
    events.publishEvent(AuditedAction.voided("member_check", id, "Member check for " + c.participant() + " stopped: "
        + reason, null, null));
    return get(id);
  }

  /** Records the answers given on a paper copy, once, as the researcher who typed them in. */
  @Transactional
  public MemberCheck recordPaper(long id, CheckAnswers answers) {
    MemberCheck c = get(id);
    if (!projects.mayManageMembers(projects.get(c.projectId()))) {
      throw new Forbidden("Only the coordinator or a researcher on this project can record a paper response.");
    }
    if (c.voided()) {
      throw new Conflict("This member check was stopped, so no response can be recorded.");
    }
    record(c, answers, "PAPER", CurrentUser.require().username());
    return get(id);
  }

  // ---- The participant, without an account ------------------------------------------------------

  /** What a link shows, or why it shows nothing: unknown (404), stopped or expired (410). */
  public record Opened(MemberCheck check, boolean expired) {}

  /** The check a link opens; the opening is audited, as the system acting for the participant. */
  public Opened open(String token) {
    MemberCheck c = byToken(token);
    boolean expired = c.voided() || c.expiredAt(clock.instant());
    SystemActor.run("member check link", () -> events.publishEvent(AuditedAction.viewed("member_check", c.id(),
        "Member check link opened by the participant" + (expired ? " (no longer valid)" : ""))));
    return new Opened(c, expired);
  }

  /** The participant's answers through the link: once, while it is valid. */
  @Transactional
  public MemberCheck answer(String token, CheckAnswers answers) {
    MemberCheck c = byToken(token);
    if (c.voided() || c.expiredAt(clock.instant())) {
      throw Conflict.said(null, "check.link.gone", "This link no longer works. Please ask the researcher for a new one.");
    }
    SystemActor.run("member check link", () -> record(c, answers, "LINK", "the participant"));
    return withItems(bareById(c.id()));
  }

  private MemberCheck byToken(String token) {
    if (!org.phasezero.shared.LinkTokens.wellFormed(token)) {
      throw new NotFound("member check", "link");
    }
    return db.sql("select * from member_check where token_hash = ?").param(hash(token)).query(MemberChecks::unnamed)
        .optional().map(this::named).map(this::withItems).orElseThrow(() -> new NotFound("member check", "link"));
  }

  // ---- Recording answers ------------------------------------------------------------------------

  private void record(MemberCheck c, CheckAnswers answers, String how, String by) {
    Instant now = clock.instant();
    String overall = IncomingText.clean(answers.overallComment());
    int n = db.sql("""
            update member_check set responded_at = ?, responded_how = ?, overall_comment = ?
            where id = ? and responded_at is null""")
        .params(Rows.ts(now), how, Rows.blankToNull(limit(overall, 4000)), c.id()).update();
    if (n == 0) {
      throw Conflict.said(null, "check.answered", "This member check has already been answered. Thank you.");
    }
    for (MemberCheck.ThemeItem t : c.themes()) {
      String a = answers.themes().get(t.themeId());
      db.sql("update member_check_theme set response = ?, comment = ? where check_id = ? and theme_id = ?")
          .params(a != null && THEME_ANSWERS.contains(a) ? a : null,
              Rows.blankToNull(limit(IncomingText.clean(answers.themeComments().get(t.themeId())), 2000)), c.id(),
              t.themeId()).update();
    }
    int withdrawn = 0;
    for (MemberCheck.Quote q : c.quotes()) {
      String a = answers.quotes().get(q.seq());
      String response = a != null && QUOTE_ANSWERS.contains(a) ? a : null;
      db.sql("update member_check_quote set response = ?, comment = ? where check_id = ? and seq = ?")
          .params(response, Rows.blankToNull(limit(IncomingText.clean(answers.quoteComments().get(q.seq())), 2000)),
              c.id(), q.seq()).update();
      if ("WITHDRAW".equals(response)) {
        withdrawn += withdraw(c, q, now);
      }
    }
    events.publishEvent(AuditedAction.updated("member_check", c.id(), "Member check for " + c.participant()
        + " answered (" + ("LINK".equals(how) ? "by link" : "on paper, recorded by " + by) + "): " + withdrawn
        + " codings of withdrawn quotes left the analysis", null, null));
  }

  /**
   * A withdrawn quote's codings leave the project's coding, and any use of them is flagged: every
   * coding that cuts any of the withdrawn words (the passage itself, or a longer one holding it),
   * since quoting that coding would quote them.
   */
  private int withdraw(MemberCheck c, MemberCheck.Quote q, Instant now) {
    String reason = "The speaker withdrew this quote in a member check on "
        + now.atZone(clock.getZone()).toLocalDate();
    db.sql("""
            update evidence_quote set flagged_at = ?, flag_reason = ? where flagged_at is null and coding_id in (
              select id from coding where source_id = ? and start_offset < ? and end_offset > ? and round_id is null)""")
        .params(Rows.ts(now), reason, q.sourceId(), q.end(), q.start()).update();
    return db.sql("""
            update coding set voided_at = ?, void_reason = ?, live_key = null where voided_at is null
            and round_id is null and project_id = ? and source_id = ? and start_offset < ? and end_offset > ?""")
        .params(Rows.ts(now), reason, c.projectId(), q.sourceId(), q.end(), q.start()).update();
  }

  // ---- Reading --------------------------------------------------------------------------------

  /** Distinct coded passages lying in the person's own turns: {source, start, end}, in text order. */
  private List<int[]> passagesOf(long projectId, long personId, List<Long> codes) {
    if (codes != null && codes.isEmpty()) {
      return List.of();
    }
    String byCode = codes == null ? "" : " and g.code_id in (:codes)";
    var spec = db.sql("""
            select distinct g.source_id, g.start_offset, g.end_offset from coding g
            join source_segment t on t.source_id = g.source_id and t.start_offset <= g.start_offset
              and g.end_offset <= t.end_offset
            where g.project_id = :project and g.round_id is null and g.voided_at is null and g.region = ''
              and t.speaker_person_id = :person and t.withheld_reason is null""" + byCode
            + " order by g.source_id, g.start_offset, g.end_offset")
        .param("project", projectId).param("person", personId);
    if (codes != null) {
      spec = spec.param("codes", codes);
    }
    return spec.query((rs, i) -> new int[] {(int) rs.getLong("source_id"), rs.getInt("start_offset"),
        rs.getInt("end_offset")}).list();
  }

  private MemberCheck bareById(long id) {
    return named(db.sql("select * from member_check where id = ?").param(id).query(MemberChecks::unnamed).single());
  }

  private MemberCheck withItems(MemberCheck c) {
    List<MemberCheck.ThemeItem> ts = db.sql("""
            select m.*, t.name, t.description, t.tier from member_check_theme m join theme t on t.id = m.theme_id
            where m.check_id = ? order by case t.tier when 'GLOBAL' then 0 when 'ORGANISING' then 1 else 2 end, lower(t.name)""")
        .param(c.id()).query((rs, i) -> new MemberCheck.ThemeItem(rs.getLong("theme_id"), rs.getString("name"),
            rs.getString("description"), rs.getString("tier"), rs.getString("response"), rs.getString("comment")))
        .list();
    Map<Long, String> names = new java.util.HashMap<>();
    List<MemberCheck.Quote> qs = new ArrayList<>(db.sql("select * from member_check_quote where check_id = ? order by seq")
        .param(c.id()).query((rs, i) -> new MemberCheck.Quote(rs.getInt("seq"), rs.getLong("source_id"), null,
            rs.getInt("start_offset"), rs.getInt("end_offset"), null, rs.getString("response"), rs.getString("comment")))
        .list());
    qs.replaceAll(q -> new MemberCheck.Quote(q.seq(), q.sourceId(), names.computeIfAbsent(q.sourceId(),
        s -> SystemActor.call("member check", () -> sources.get(s).name())), q.start(), q.end(),
        SystemActor.call("member check", () -> sources.text(q.sourceId(), q.start(), q.end())), q.response(),
        q.comment()));
    return new MemberCheck(c.id(), c.projectId(), c.personId(), c.participant(), c.networkId(), c.summary(),
        c.expiresAt(), c.createdBy(), c.createdAt(), c.respondedAt(), c.respondedHow(), c.overallComment(), c.voidedAt(),
        c.voidReason(), ts, qs);
  }

  /**
   * A row as read, without its participant's research name: a row mapper runs while its query holds
   * a connection, so asking another query there would take a second one from the pool, and under
   * load every connection can end up waiting for another. {@link #named} adds the name afterwards.
   */
  private static MemberCheck unnamed(ResultSet rs, int row) throws SQLException {
    long person = rs.getLong("person_id");
    return new MemberCheck(rs.getLong("id"), rs.getLong("project_id"), person, null,
        Rows.longOrNull(rs, "network_id"), rs.getString("summary"), Rows.instant(rs, "expires_at"),
        rs.getString("created_by"), Rows.instant(rs, "created_at"), Rows.instant(rs, "responded_at"),
        rs.getString("responded_how"), rs.getString("overall_comment"), Rows.instant(rs, "voided_at"),
        rs.getString("void_reason"), List.of(), List.of());
  }

  private MemberCheck named(MemberCheck c) {
    return new MemberCheck(c.id(), c.projectId(), c.personId(), people.researchName(c.personId()), c.networkId(),
        c.summary(), c.expiresAt(), c.createdBy(), c.createdAt(), c.respondedAt(), c.respondedHow(),
        c.overallComment(), c.voidedAt(), c.voidReason(), c.themes(), c.quotes());
  }

  private static String limit(String s, int max) {
    return s == null ? null : s.strip().length() > max ? s.strip().substring(0, max) : s.strip();
  }

  private static String newToken() {
    return org.phasezero.shared.LinkTokens.newToken();
  }

  static String hash(String token) {
    return org.phasezero.shared.LinkTokens.hash(token);
  }
}
