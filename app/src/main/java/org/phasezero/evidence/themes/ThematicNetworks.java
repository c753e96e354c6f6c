package org.phasezero.evidence.themes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.internal.ProjectAccess;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.IncomingText;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.OptimisticLock;
import org.phasezero.shared.Rows;
import org.phasezero.shared.SqlWhere;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's thematic networks. A network follows its project: seen by whoever may open the
 * project ({@link ProjectAccess}), changed only while the project is open, each change audited and
 * made from the version the researcher read.
 */
@Service
public class ThematicNetworks {

  private final JdbcClient db;
  private final ResearchProjects projects;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ThematicNetworks(JdbcClient db, ResearchProjects projects, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.projects = projects;
    this.events = events;
    this.clock = clock;
  }

  /** The live networks of a project the user may open, by name. */
  public List<ThematicNetwork> ofProject(long projectId) {
    projects.get(projectId);
    return db.sql("select * from thematic_network where project_id = ? and voided_at is null order by lower(name), id")
        .param(projectId).query(ThematicNetworks::map).list();
  }

  /** A network of a project the user may open (404 otherwise, the same whether it exists or not). */
  public ThematicNetwork get(long id) {
    SqlWhere where = ProjectAccess.visibleOn(CurrentUser.require(), "n.project_id").and("n.id = ?", id);
    return db.sql("select n.* from thematic_network n" + where.sql()).params(where.params())
        .query(ThematicNetworks::map).optional().orElseThrow(() -> new NotFound("thematic network", id));
  }

  /** A live network of an open project, which may be changed. */
  public ThematicNetwork requireLive(long id) {
    ThematicNetwork n = get(id);
    projects.requireWorkable(n.projectId());
    if (n.voided()) {
      throw new Conflict("This thematic network was removed and can no longer be changed.");
    }
    return n;
  }

  @Transactional
  public ThematicNetwork create(long projectId, NetworkForm form) {
    ResearchProject p = projects.requireWorkable(projectId);
    var now = Rows.ts(clock.instant());
    long id = Keys.insert(db.sql("""
            insert into thematic_network (project_id, name, description, created_by, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?)""")
        .params(projectId, IncomingText.clean(form.getName()).strip(),
            Rows.blankToNull(IncomingText.clean(form.getDescription())), CurrentUser.require().username(), now, now));
    ThematicNetwork created = get(id);
    events.publishEvent(AuditedAction.created("thematic_network", id, "Thematic network '" + created.name()
        + "' started in '" + p.name() + "'", created));
    return created;
  }

  /** Renames or describes a network, from the version the researcher read. */
  @Transactional
  public ThematicNetwork update(long id, NetworkForm form) {
    ThematicNetwork before = requireLive(id);
    int n = db.sql("""
            update thematic_network set name = ?, description = ?, updated_at = ?, version = version + 1
            where id = ? and version = ? and voided_at is null""")
        .params(IncomingText.clean(form.getName()).strip(), Rows.blankToNull(IncomingText.clean(form.getDescription())),
            Rows.ts(clock.instant()), id, form.getVersion()).update();
    OptimisticLock.requireUpdated(n, "thematic network");
    ThematicNetwork after = get(id);
    events.publishEvent(AuditedAction.updated("thematic_network", id, "Thematic network '" + after.name() + "' changed",
        before, after));
    return after;
  }

  static ThematicNetwork map(ResultSet rs, int row) throws SQLException {
    return new ThematicNetwork(rs.getLong("id"), rs.getLong("project_id"), rs.getString("name"),
        rs.getString("description"), rs.getString("created_by"), Rows.instant(rs, "created_at"), rs.getInt("version"),
        Rows.instant(rs, "voided_at"), rs.getString("void_reason"));
  }
}
