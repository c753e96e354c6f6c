package org.phasezero.evidence.rounds;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.phasezero.evidence.Code;
import org.phasezero.evidence.Codebook;
import org.phasezero.evidence.Coding;
import org.phasezero.evidence.Codings;
import org.phasezero.evidence.EvidenceSource;
import org.phasezero.evidence.ProjectMember;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.Sources;
import org.phasezero.evidence.internal.ProjectAccess;
import org.phasezero.security.CurrentUser;
import org.phasezero.security.Role;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.IncomingText;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Rows;
import org.phasezero.shared.SqlWhere;
import org.phasezero.shared.Unique;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blind coding rounds. The rules, all held here:
 * <ul>
 *   <li>a round follows its project ({@link ProjectAccess}); the coordinator or a researcher on the
 *       project sets one up and becomes its owner; its coders are the project's researchers and
 *       peer researchers, at least two;</li>
 *   <li>while it is open, a coder codes only the round's sources with the round's codes and reads
 *       only their own codings; nobody else reads them, the owner included, who sees progress
 *       (counts) only; a round's codings never appear among the project's own codings, matrices,
 *       search, exports or themes;</li>
 *   <li>once closed (by the owner or the coordinator, in {@link RoundResults}, which also keeps its
 *       agreement and decisions), every member of the project may read the codings side by side.</li>
 * </ul>
 */
@Service
public class CodingRounds {

  private static final SecureRandom SEEDS = new SecureRandom();

  private final JdbcClient db;
  private final ResearchProjects projects;
  private final Sources sources;
  private final Codebook codebook;
  private final Codings codings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CodingRounds(JdbcClient db, ResearchProjects projects, Sources sources, Codebook codebook, Codings codings,
      ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.projects = projects;
    this.sources = sources;
    this.codebook = codebook;
    this.codings = codings;
    this.events = events;
    this.clock = clock;
  }

  // ---- Reading rounds -------------------------------------------------------------------------

  /** The rounds of a project the user may open, newest first. */
  public List<CodingRound> ofProject(long projectId) {
    projects.get(projectId);
    return db.sql("select * from coding_round where project_id = ? order by created_at desc, id desc")
        .param(projectId).query(CodingRounds::map).list();
  }

  /** A round of a project the user may open (404 otherwise, the same whether it exists or not). */
  public CodingRound get(long id) {
    SqlWhere where = ProjectAccess.visibleOn(CurrentUser.require(), "r.project_id").and("r.id = ?", id);
    return db.sql("select r.* from coding_round r" + where.sql()).params(where.params())
        .query(CodingRounds::map).optional().orElseThrow(() -> new NotFound("coding round", id));
  }

  public RoundSetup setup(long id) {
    get(id);
    List<RoundSetup.Item> inSources = db.sql("""
            select s.id, s.name from coding_round_source x join evidence_source s on s.id = x.source_id
            where x.round_id = ? order by lower(s.name), s.id""")
        .param(id).query((rs, i) -> new RoundSetup.Item(rs.getLong("id"), rs.getString("name"))).list();
    List<RoundSetup.Item> inCodes = db.sql("""
            select c.id, c.name from coding_round_code x join evidence_code c on c.id = x.code_id
            where x.round_id = ? order by lower(c.name), c.id""")
        .param(id).query((rs, i) -> new RoundSetup.Item(rs.getLong("id"), rs.getString("name"))).list();
    List<RoundSetup.Coder> coders = db.sql("""
            select x.username, a.display_name from coding_round_coder x join account a on a.username = x.username
            where x.round_id = ? order by x.username""")
        .param(id).query((rs, i) -> new RoundSetup.Coder(rs.getString("username"), rs.getString("display_name")))
        .list();
    return new RoundSetup(inSources, inCodes, coders);
  }

  public boolean isCoder(CodingRound r, String username) {
    return db.sql("select count(*) from coding_round_coder where round_id = ? and username = ?")
        .params(r.id(), username).query(Long.class).single() > 0;
  }

  /** The owner and the coordinator run a round: they close it and settle its disagreements. */
  public boolean mayRun(CodingRound r) {
    CurrentUser u = CurrentUser.require();
    return u.isCoordinator() || u.username().equals(r.owner());
  }

  /** Whether the user may set up rounds in a project: the coordinator, or a researcher on it. */
  public boolean maySetUp(long projectId) {
    return projects.mayManageMembers(projects.get(projectId));
  }

  /**
   * Progress per coder. The owner and the coordinator see every coder's; a coder sees their own;
   * anyone else sees none. Counts only: nobody reads another coder's codings of an open round.
   */
  public List<CoderProgress> progress(long id) {
    CodingRound r = get(id);
    String me = CurrentUser.require().username();
    boolean all = mayRun(r) || !r.open();
    int total = setup(id).sources().size();
    return db.sql("""
            select x.username, a.display_name,
              (select count(*) from coding_round_finished f where f.round_id = x.round_id and f.username = x.username) done,
              (select count(*) from coding g where g.round_id = x.round_id and g.coder = x.username and g.voided_at is null) n
            from coding_round_coder x join account a on a.username = x.username where x.round_id = ? order by x.username""")
        .param(id).query((rs, i) -> new CoderProgress(rs.getString("username"), rs.getString("display_name"),
            rs.getInt("done"), total, rs.getInt("n"))).list().stream()
        .filter(p -> all || p.username().equals(me)).toList();
  }

  /** The sources the signed-in coder has finished in a round. */
  public Set<Long> finishedByMe(long id) {
    get(id);
    return new HashSet<>(db.sql("select source_id from coding_round_finished where round_id = ? and username = ?")
        .params(id, CurrentUser.require().username()).query(Long.class).list());
  }

  /**
   * The round's codings the user may read overlapping [start, end) of a source: their own while the
   * round is open, everyone's once it is closed.
   */
  public List<Coding> codings(long id, long sourceId, int start, int end) {
    CodingRound r = get(id);
    String me = CurrentUser.require().username();
    return db.sql("""
            select g.*, c.name code_name, c.color code_color from coding g join evidence_code c on c.id = g.code_id
            where g.round_id = ? and g.source_id = ? and g.voided_at is null
            and g.start_offset < ? and g.end_offset > ? and (? = 'CLOSED' or g.coder = ?)
            order by g.start_offset, g.end_offset, g.id""")
        .params(id, sourceId, end, start, r.status().name(), me).query(Codings::map).list();
  }

  // ---- Setting up and coding ------------------------------------------------------------------

  @Transactional
  public CodingRound create(long projectId, RoundForm form) {
    ResearchProject p = projects.requireWorkable(projectId);
    if (!projects.mayManageMembers(p)) {
      throw new Forbidden("Only the coordinator or a researcher on this project can set up a coding round.");
    }
    String name = IncomingText.clean(form.getName()) == null ? "" : IncomingText.clean(form.getName()).strip();
    if (name.isEmpty()) {
      throw new Conflict("name", "Give the round a name, such as 'Focus group, first pass'.");
    }
    Set<Long> sourceIds = new LinkedHashSet<>(form.getSourceIds());
    Set<Long> codeIds = new LinkedHashSet<>(form.getCodeIds());
    Set<String> coders = new LinkedHashSet<>(form.getCoders().stream().filter(c -> c != null && !c.isBlank())
        .map(String::strip).toList());
    if (sourceIds.isEmpty()) {
      throw new Conflict("sourceIds", "Choose at least one source to code.");
    }
    if (codeIds.isEmpty()) {
      throw new Conflict("codeIds", "Choose at least one code in play.");
    }
    if (coders.size() < 2) {
      throw new Conflict("coders", "Choose at least two coders: agreement needs two people coding the same sources.");
    }
    for (long s : sourceIds) {
      EvidenceSource source = sources.get(s);
      if (source.projectId() != projectId || source.voided()) {
        throw new Conflict("sourceIds", "The source '" + source.name() + "' is not a live source of this project.");
      }
    }
    for (long c : codeIds) {
      Code code = codebook.get(c);
      if (code.projectId() != projectId || code.voided()) {
        throw new Conflict("codeIds", "The code '" + code.name() + "' is not a live code of this project.");
      }
    }
    Map<String, ProjectMember> members = new HashMap<>();
    projects.members(projectId).forEach(m -> members.put(m.username(), m));
    for (String c : coders) {
      ProjectMember m = members.get(c);
      if (m == null) {
        throw new Conflict("coders", "'" + c + "' is not a member of this project; add them to the project first.");
      }
      if (m.role() != Role.RESEARCHER && m.role() != Role.PEER_RESEARCHER) {
        throw new Conflict("coders", m.displayName() + " is not a researcher or peer researcher, so cannot code in a round.");
      }
    }
    var now = Rows.ts(clock.instant());
    long id = Keys.insert(db.sql("""
            insert into coding_round (project_id, name, instructions, owner, status, created_at, updated_at, seed)
            values (?, ?, ?, ?, 'OPEN', ?, ?, ?)""")
        .params(projectId, name, Rows.blankToNull(IncomingText.clean(form.getInstructions())),
            CurrentUser.require().username(), now, now, SEEDS.nextLong()));
    sourceIds.forEach(s -> db.sql("insert into coding_round_source (round_id, source_id) values (?, ?)").params(id, s)
        .update());
    codeIds.forEach(c -> db.sql("insert into coding_round_code (round_id, code_id) values (?, ?)").params(id, c)
        .update());
    coders.forEach(c -> db.sql("insert into coding_round_coder (round_id, username) values (?, ?)").params(id, c)
        .update());
    CodingRound created = get(id);
    events.publishEvent(AuditedAction.created("coding_round", id, "Blind coding round '" + name + "' set up in '"
        + p.name() + "': " + sourceIds.size() + " sources, " + codeIds.size() + " codes, coders "
        + String.join(", ", coders), created));
    return created;
  }

  /** Applies one of the round's codes to [start, end) of one of its sources, as the signed-in coder. */
  @Transactional
  public long code(long id, long sourceId, long codeId, int start, int end) {
    requireCoding(id, sourceId, codeId);
    return codings.applyInRound(id, sourceId, codeId, start, end);
  }

  /** Codes whole turns in the round; a turn this coder already coded with the code is left as it is. */
  @Transactional
  public int codeTurns(long id, long sourceId, List<Long> segmentIds, long codeId) {
    requireCoding(id, sourceId, codeId);
    return codings.applyToSegments(sourceId, segmentIds, codeId, id);
  }

  /** Removes one of the signed-in coder's own codings of an open round, with a reason. */
  @Transactional
  public void removeCoding(long id, long codingId, String reason) {
    CodingRound r = requireOpenCoder(id);
    RoundCoding g = db.sql("select * from coding where id = ? and round_id = ? and coder = ? and voided_at is null")
        .params(codingId, r.id(), CurrentUser.require().username()).query(CodingRounds::mapCoding).optional()
        .orElseThrow(() -> new NotFound("coding", codingId));
    db.sql("update coding set voided_at = ?, void_reason = ?, live_key = null where id = ?")
        .params(Rows.ts(clock.instant()), reason, codingId).update();
    events.publishEvent(AuditedAction.voided("coding", codingId, "A coding removed by its coder in the blind coding "
        + "round '" + r.name() + "': " + reason, g, null));
  }

  /** The signed-in coder says they have finished a source: its units count as seen by them. */
  @Transactional
  public void finish(long id, long sourceId) {
    CodingRound r = requireOpenCoder(id);
    requireRoundSource(r, sourceId);
    String me = CurrentUser.require().username();
    boolean already = db.sql("select count(*) from coding_round_finished where round_id = ? and username = ? and source_id = ?")
        .params(id, me, sourceId).query(Long.class).single() > 0;
    if (already) {
      return;
    }
    Unique.orConflict("sourceId", "You have already finished this source.", () -> db.sql("""
            insert into coding_round_finished (round_id, username, source_id, finished_at) values (?, ?, ?, ?)""")
        .params(id, me, sourceId, Rows.ts(clock.instant())).update());
    events.publishEvent(AuditedAction.created("coding_round_finished", id, me + " finished '"
        + sources.get(sourceId).name() + "' in the blind coding round '" + r.name() + "'", null));
  }

  /** Takes back "finished" for a source, while the round is open. */
  @Transactional
  public void unfinish(long id, long sourceId) {
    CodingRound r = requireOpenCoder(id);
    requireRoundSource(r, sourceId);
    String me = CurrentUser.require().username();
    int n = db.sql("delete from coding_round_finished where round_id = ? and username = ? and source_id = ?")
        .params(id, me, sourceId).update();
    if (n > 0) {
      events.publishEvent(AuditedAction.voided("coding_round_finished", id, me + " reopened '"
          + sources.get(sourceId).name() + "' in the blind coding round '" + r.name() + "'", null, null));
    }
  }

  private void requireCoding(long id, long sourceId, long codeId) {
    CodingRound r = requireOpenCoder(id);
    requireRoundSource(r, sourceId);
    boolean codeIn = db.sql("select count(*) from coding_round_code where round_id = ? and code_id = ?")
        .params(id, codeId).query(Long.class).single() > 0;
    if (!codeIn) {
      throw new Conflict("codeId", "That code is not in play in this round.");
    }
  }

  private void requireRoundSource(CodingRound r, long sourceId) {
    boolean in = db.sql("select count(*) from coding_round_source where round_id = ? and source_id = ?")
        .params(r.id(), sourceId).query(Long.class).single() > 0;
    if (!in) {
      throw new NotFound("source of this round", sourceId);
    }
  }

  /** A round the signed-in user codes in, still open. */
  public CodingRound requireOpenCoder(long id) {
    CodingRound r = get(id);
    if (!isCoder(r, CurrentUser.require().username())) {
      throw new Forbidden("Only the round's coders code in it.");
    }
    if (!r.open()) {
      throw new Conflict("This round is closed: its codings are fixed. See its agreement instead.");
    }
    projects.requireWorkable(r.projectId());
    return r;
  }

  // ---- Mapping ----------------------------------------------------------------------------------

  static CodingRound map(ResultSet rs, int row) throws SQLException {
    return new CodingRound(rs.getLong("id"), rs.getLong("project_id"), rs.getString("name"),
        rs.getString("instructions"), rs.getString("owner"), CodingRound.Status.valueOf(rs.getString("status")),
        Rows.instant(rs, "created_at"), Rows.instant(rs, "closed_at"), rs.getString("closed_by"), rs.getLong("seed"),
        rs.getInt("version"));
  }

  static RoundCoding mapCoding(ResultSet rs, int row) throws SQLException {
    String region = rs.getString("region");
    return new RoundCoding(rs.getLong("id"), rs.getString("coder"), rs.getLong("code_id"), rs.getLong("source_id"),
        rs.getInt("start_offset"), rs.getInt("end_offset"), region != null && !region.isEmpty());
  }
}
