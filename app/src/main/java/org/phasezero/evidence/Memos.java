package org.phasezero.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.phasezero.evidence.internal.ProjectAccess;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.IncomingText;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Rows;
import org.phasezero.shared.SqlWhere;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Memos on projects, sources, codes and codings; each names its author and follows its project's access. */
@Service
public class Memos {

  private final JdbcClient db;
  private final ResearchProjects projects;
  private final Sources sources;
  private final Codebook codebook;
  private final Codings codings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Memos(JdbcClient db, ResearchProjects projects, Sources sources, Codebook codebook, Codings codings,
      ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.projects = projects;
    this.sources = sources;
    this.codebook = codebook;
    this.codings = codings;
    this.events = events;
    this.clock = clock;
  }

  /** The live memos on one thing, oldest first. */
  public List<Memo> on(MemoTarget target, long targetId) {
    projectOf(target, targetId);
    return db.sql("select * from memo where target_kind = ? and target_id = ? and voided_at is null order by created_at, id")
        .params(target.name(), targetId).query(Memos::map).list();
  }

  /** Every live memo of a project (for export). */
  public List<Memo> ofProject(long projectId) {
    projects.get(projectId);
    return db.sql("select * from memo where project_id = ? and voided_at is null order by id").param(projectId)
        .query(Memos::map).list();
  }

  public Memo get(long id) {
    SqlWhere where = ProjectAccess.visibleOn(CurrentUser.require(), "m.project_id").and("m.id = ?", id);
    return db.sql("select m.* from memo m" + where.sql()).params(where.params()).query(Memos::map).optional()
        .orElseThrow(() -> new NotFound("memo", id));
  }

  @Transactional
  public Memo write(MemoTarget target, long targetId, String title, String body) {
    return write(target, targetId, title, body, null, null);
  }

  /** Writes a memo; an import gives the memo's own id and author. */
  @Transactional
  public Memo write(MemoTarget target, long targetId, String title, String body, String guid, String author) {
    long projectId = projectOf(target, targetId);
    projects.requireWorkable(projectId);
    String text = body == null ? "" : IncomingText.clean(body).strip();
    if (text.isEmpty()) {
      throw new Conflict("body", "Write the memo before saving it.");
    }
    var now = Rows.ts(clock.instant());
    long id = Keys.insert(db.sql("""
            insert into memo (project_id, guid, target_kind, target_id, title, body, author, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(projectId, guid == null ? UUID.randomUUID().toString() : guid, target.name(), targetId,
            Rows.blankToNull(title), text, author == null ? CurrentUser.require().username() : author, now, now));
    Memo created = get(id);
    events.publishEvent(AuditedAction.created("memo", id, "Memo written on a " + target.name().toLowerCase(), created));
    return created;
  }

  @Transactional
  public void remove(long id, String reason) {
    Memo before = get(id);
    projects.requireWorkable(before.projectId());
    db.sql("update memo set voided_at = ?, void_reason = ? where id = ?").params(Rows.ts(clock.instant()), reason, id)
        .update();
    events.publishEvent(AuditedAction.voided("memo", id, "Memo removed: " + reason, before, null));
  }

  /** The project a memo's target belongs to, checking the user may see it. */
  private long projectOf(MemoTarget target, long targetId) {
    return switch (target) {
      case PROJECT -> projects.get(targetId).id();
      case SOURCE -> sources.get(targetId).projectId();
      case CODE -> codebook.get(targetId).projectId();
      case CODING -> codings.get(targetId).projectId();
      case DECISION -> {
        SqlWhere where = ProjectAccess.visibleOn(CurrentUser.require(), "r.project_id").and("d.id = ?", targetId);
        yield db.sql("select r.project_id from coding_round_decision d join coding_round r on r.id = d.round_id"
            + where.sql()).params(where.params()).query(Long.class).optional()
            .orElseThrow(() -> new NotFound("decision", targetId));
      }
    };
  }

  static Memo map(ResultSet rs, int row) throws SQLException {
    return new Memo(rs.getLong("id"), rs.getLong("project_id"), rs.getString("guid"),
        MemoTarget.valueOf(rs.getString("target_kind")), rs.getLong("target_id"), rs.getString("title"),
        rs.getString("body"), rs.getString("author"), Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"),
        rs.getInt("version"));
  }
}
