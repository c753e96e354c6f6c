package org.phasezero.evidence.internal;

import org.phasezero.security.CurrentUser;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.SqlWhere;

/**
 * Who sees which research project. The coordinator runs the hub and sees every project; anyone
 * else sees a project only while they are one of its members, whatever their role; a statutory
 * partner never sees sources at all (aggregates only), so is refused outright rather than shown an
 * empty list. Everything inside a project (sources, codes, codings, memos, cases) follows its
 * project: one rule, applied as SQL on any project-id column.
 */
public final class ProjectAccess {

  private ProjectAccess() {}

  /** Conditions on a project-id column limiting rows to the projects the user may open. */
  public static SqlWhere visibleOn(CurrentUser u, String projectIdColumn) {
    requireResearchRole(u);
    SqlWhere where = new SqlWhere();
    if (u.isCoordinator()) {
      return where;
    }
    return where.and("exists (select 1 from project_member pm where pm.project_id = " + projectIdColumn
        + " and pm.username = ? and pm.voided_at is null)", u.username());
  }

  /** Refuses roles that never see research sources (statutory partners: aggregates only). */
  public static void requireResearchRole(CurrentUser u) {
    if (u.seesAggregatesOnly()) {
      throw new Forbidden("Your role sees aggregate figures only, not research sources.");
    }
  }

  /** Who may start a project: the coordinator and researchers (who become its first member). */
  public static boolean mayCreateProjects(CurrentUser u) {
    return u.isCoordinator() || u.is(org.phasezero.security.Role.RESEARCHER);
  }

  /** Who may choose a project's members: the coordinator, and researchers who are members of it. */
  public static boolean mayManageMembers(CurrentUser u, boolean isMember) {
    return u.isCoordinator() || (u.is(org.phasezero.security.Role.RESEARCHER) && isMember);
  }

  /**
   * Who may take a project's de-identified research export out of the platform: the coordinator and
   * researchers (members of the project, which {@code visibleOn} already requires). Peer researchers
   * and site leads analyse inside the platform.
   */
  public static boolean mayTakeResearchExport(CurrentUser u) {
    return u.isCoordinator() || u.is(org.phasezero.security.Role.RESEARCHER);
  }

  public static void requireResearchExporter(CurrentUser u) {
    if (!mayTakeResearchExport(u)) {
      throw new Forbidden("Only the coordinator or a researcher can take the research export.");
    }
  }

  /** The pseudonym key (which real name each pseudonym stands for) is the coordinator's only. */
  public static void requireKeyHolder(CurrentUser u) {
    if (!u.isCoordinator()) {
      throw new Forbidden("Only the coordinator can see the pseudonym key.");
    }
  }
}
