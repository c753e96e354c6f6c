package org.phasezero.evidence.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.TodayTasks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Research's part of the home page, for researchers and peer researchers (the coordinator's day is
 * the network's): the blind coding rounds in which they still have sources to finish, and their
 * projects.
 */
@Component
class ResearchToday implements TodayTasks {

  private final JdbcClient db;
  private final ResearchProjects projects;

  ResearchToday(JdbcClient db, ResearchProjects projects) {
    this.db = db;
    this.projects = projects;
  }

  @Override
  public List<TaskList> today(LocalDate today) {
    CurrentUser u = CurrentUser.require();
    List<TaskList> lists = new ArrayList<>();
    if (u.seesAggregatesOnly() || u.worksWithPeople()) {
      return lists;
    }
    lists.add(TaskList.of(5, "today.rounds", null, roundsToFinish(u), null));
    List<Task> mine = projects.visible().stream().map(ResearchToday::project).toList();
    lists.add(TaskList.toRead(60, "today.projects", mine, "/research"));
    return lists;
  }

  /** Open rounds the user codes in with sources they have not said they finished, oldest first. */
  private List<Task> roundsToFinish(CurrentUser u) {
    record Round(long id, String name, String project, long sources, long finished) {}
    return db.sql("""
            select r.id, r.name, p.name project,
              (select count(*) from coding_round_source s where s.round_id = r.id) sources,
              (select count(*) from coding_round_finished f where f.round_id = r.id and f.username = c.username) finished
            from coding_round r join coding_round_coder c on c.round_id = r.id
            join research_project p on p.id = r.project_id
            where c.username = ? and r.status = 'OPEN' and p.voided_at is null
            order by r.created_at, r.id""")
        .param(u.username())
        .query((rs, i) -> new Round(rs.getLong("id"), rs.getString("name"), rs.getString("project"),
            rs.getLong("sources"), rs.getLong("finished")))
        .list().stream().filter(r -> r.finished() < r.sources())
        .map(r -> new Task(r.name(), r.project() + " · " + r.finished() + " of " + r.sources() + " sources finished", null, false, null,
            "/research/rounds/" + r.id()))
        .toList();
  }

  private static Task project(ResearchProject p) {
    return new Task(p.name(), p.description(), null, false, null, "/research/" + p.id());
  }
}
