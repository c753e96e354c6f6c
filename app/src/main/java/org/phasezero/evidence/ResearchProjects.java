package org.phasezero.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.phasezero.evidence.internal.ProjectAccess;
import org.phasezero.security.Accounts;
import org.phasezero.security.CurrentUser;
import org.phasezero.security.Role;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.IncomingText;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.OptimisticLock;
import org.phasezero.shared.Rows;
import org.phasezero.shared.SqlWhere;
import org.phasezero.shared.Unique;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Research projects and their members. Everything in a project follows the project's access (see
 * {@link ProjectAccess}); a project someone may not open answers "not found", so ids cannot be probed.
 */
@Service
public class ResearchProjects {

  private static final String SELECT = "select r.* from research_project r";
  private static final String NAME_TAKEN = "There is already a project with this name.";

  private final JdbcClient db;
  private final Accounts accounts;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ResearchProjects(JdbcClient db, Accounts accounts, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.accounts = accounts;
    this.events = events;
    this.clock = clock;
  }

  /** The live projects the user may open, by name. */
  public List<ResearchProject> visible() {
    SqlWhere where = ProjectAccess.visibleOn(CurrentUser.require(), "r.id").and("r.voided_at is null");
    return db.sql(SELECT + where.sql() + " order by lower(r.name), r.id").params(where.params())
        .query(ResearchProjects::map).list();
  }

  /** A project the user may open (404 otherwise, the same whether it exists or not). */
  public ResearchProject get(long id) {
    SqlWhere where = ProjectAccess.visibleOn(CurrentUser.require(), "r.id").and("r.id = ?", id);
    return db.sql(SELECT + where.sql()).params(where.params()).query(ResearchProjects::map).optional()
        .orElseThrow(() -> new NotFound("research project", id));
  }

  /** The live project the user may work in: open, not voided. */
  public ResearchProject requireWorkable(long id) {
    ResearchProject p = get(id);
    if (p.voided()) {
      throw new Conflict("This project was closed and can no longer be changed.");
    }
    return p;
  }

  public ResearchProject byName(String name) {
    return visible().stream().filter(p -> p.name().equalsIgnoreCase(name.strip())).findFirst()
        .orElseThrow(() -> NotFound.named("research project", name));
  }

  public boolean mayCreate() {
    return ProjectAccess.mayCreateProjects(CurrentUser.require());
  }

  public boolean mayManageMembers(ResearchProject p) {
    CurrentUser u = CurrentUser.require();
    return !p.voided() && ProjectAccess.mayManageMembers(u, isMember(p.id(), u.username()));
  }

  @Transactional
  public ResearchProject create(ProjectForm f) {
    return create(f, null, null);
  }

  /** Starts a project; a researcher who starts one becomes its first member. */
  @Transactional
  public ResearchProject create(ProjectForm f, String guid, String origin) {
    CurrentUser u = CurrentUser.require();
    ProjectAccess.requireResearchRole(u);
    if (!ProjectAccess.mayCreateProjects(u)) {
      throw new Forbidden("Only the coordinator or a researcher can start a research project.");
    }
    String name = IncomingText.clean(f.getName()).strip();
    var now = Rows.ts(clock.instant());
    long id = Unique.orConflict("name", NAME_TAKEN, () -> Keys.insert(db.sql("""
            insert into research_project (guid, name, name_key, description, origin, created_by, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(guid == null ? UUID.randomUUID().toString() : guid, name, IncomingText.key(name),
            Rows.blankToNull(f.getDescription()), origin, u.username(), now, now)));
    if (!u.isCoordinator()) {
      insertMember(id, u.username(), u.username());
    }
    ResearchProject created = get(id);
    events.publishEvent(AuditedAction.created("research_project", id, "Research project '" + name + "' started", created));
    return created;
  }

  @Transactional
  public ResearchProject update(long id, ProjectForm f) {
    ResearchProject before = requireWorkable(id);
    requireManager(before);
    String name = IncomingText.clean(f.getName()).strip();
    int n = Unique.orConflict("name", NAME_TAKEN, () -> db.sql("""
            update research_project set name = ?, name_key = ?, description = ?, updated_at = ?, version = version + 1
            where id = ? and version = ? and voided_at is null""")
        .params(name, IncomingText.key(name), Rows.blankToNull(f.getDescription()), Rows.ts(clock.instant()), id,
            f.getVersion())
        .update());
    OptimisticLock.requireUpdated(n, "project");
    ResearchProject after = get(id);
    events.publishEvent(AuditedAction.updated("research_project", id, "Research project '" + name + "' changed", before, after));
    return after;
  }

  /** Closes a project with a reason; its evidence stays for the record but can no longer change. */
  @Transactional
  public ResearchProject close(long id, String reason) {
    ResearchProject before = requireWorkable(id);
    requireManager(before);
    db.sql("update research_project set voided_at = ?, void_reason = ?, live_key = null where id = ?")
        .params(Rows.ts(clock.instant()), reason, id).update();
    ResearchProject after = get(id);
    events.publishEvent(AuditedAction.voided("research_project", id, "Research project '" + before.name() + "' closed: " + reason, before, after));
    return after;
  }

  public List<ProjectMember> members(long projectId) {
    get(projectId);
    return db.sql("""
            select m.id, m.username, a.display_name, a.role, m.added_by, m.added_at from project_member m
            join account a on a.username = m.username where m.project_id = ? and m.voided_at is null
            order by lower(a.display_name), m.id""")
        .param(projectId).query((rs, i) -> new ProjectMember(rs.getLong("id"), rs.getString("username"),
            rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getString("added_by"),
            Rows.instant(rs, "added_at")))
        .list();
  }

  /** Adds an account to the project; statutory partners cannot be members (they never see sources). */
  @Transactional
  public ProjectMember addMember(long projectId, String username) {
    ResearchProject p = requireWorkable(projectId);
    requireManager(p);
    var account = accounts.find(username == null ? "" : username.strip())
        .orElseThrow(() -> new Conflict("username", "There is no account called '" + username + "'."));
    if (account.role() == Role.STATUTORY_PARTNER) {
      throw new Conflict("username", "Statutory partners see aggregate figures only and cannot join a research project.");
    }
    if (isMember(projectId, account.username())) {
      throw new Conflict("username", account.displayName() + " is already a member of this project.");
    }
    Unique.orConflict("username", account.displayName() + " is already a member of this project.",
        () -> insertMember(projectId, account.username(), CurrentUser.require().username()));
    ProjectMember added = members(projectId).stream().filter(m -> m.username().equals(account.username()))
        .findFirst().orElseThrow();
    events.publishEvent(AuditedAction.created("project_member", added.id(),
        account.displayName() + " added to research project '" + p.name() + "'", added));
    return added;
  }

  @Transactional
  public void removeMember(long projectId, long memberId, String reason) {
    ResearchProject p = requireWorkable(projectId);
    requireManager(p);
    ProjectMember before = members(projectId).stream().filter(m -> m.id() == memberId).findFirst()
        .orElseThrow(() -> new NotFound("project member", memberId));
    db.sql("update project_member set voided_at = ?, void_reason = ?, live_key = null where id = ?")
        .params(Rows.ts(clock.instant()), reason, memberId).update();
    events.publishEvent(new AuditedAction("VOID", "project_member", String.valueOf(memberId),
        before.displayName() + " removed from research project '" + p.name() + "': " + reason, before, null));
  }

  public boolean isMember(long projectId, String username) {
    return db.sql("select count(*) from project_member where project_id = ? and username = ? and voided_at is null")
        .params(projectId, username).query(Long.class).single() > 0;
  }

  private void requireManager(ResearchProject p) {
    if (!mayManageMembers(p)) {
      throw new Forbidden("Only the coordinator or a researcher on this project can change it.");
    }
  }

  private void insertMember(long projectId, String username, String addedBy) {
    db.sql("insert into project_member (project_id, username, added_by, added_at) values (?, ?, ?, ?)")
        .params(projectId, username, addedBy, Rows.ts(clock.instant())).update();
  }

  static ResearchProject map(ResultSet rs, int row) throws SQLException {
    return new ResearchProject(rs.getLong("id"), rs.getString("guid"), rs.getString("name"),
        rs.getString("description"), rs.getString("origin"), rs.getString("created_by"),
        Rows.instant(rs, "created_at"), rs.getInt("version"), Rows.instant(rs, "voided_at"),
        rs.getString("void_reason"));
  }
}
