package org.phasezero.partnerships.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.phasezero.partnerships.Partnership;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.partnerships.TimelineSource;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.TodayTasks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Partnerships' part of the coordinator's home page: partnerships with nothing on their timeline
 * (no phase move, engagement, resource, or anything another capability adds, such as a meeting) for
 * {@value #QUIET_DAYS} days. Relationships in phase zero fade when no one tends them.
 */
@Component
class PartnershipsToday implements TodayTasks {

  static final int QUIET_DAYS = 90;

  private final JdbcClient db;
  private final Partnerships partnerships;
  private final List<TimelineSource> sources;

  PartnershipsToday(JdbcClient db, Partnerships partnerships, List<TimelineSource> sources) {
    this.db = db;
    this.partnerships = partnerships;
    this.sources = sources;
  }

  @Override
  public List<TaskList> today(LocalDate today) {
    if (!CurrentUser.require().isCoordinator()) {
      return List.of();
    }
    Map<Long, LocalDate> latest = latest(today);
    LocalDate quietSince = today.minusDays(QUIET_DAYS);
    List<Task> quiet = partnerships.all().stream()
        .filter(p -> !p.startedOn().isAfter(quietSince))
        .filter(p -> latest.getOrDefault(p.id(), p.startedOn()).isBefore(quietSince))
        .sorted(Comparator.comparing((Partnership p) -> latest.getOrDefault(p.id(), p.startedOn())))
        .map(p -> new Task(p.name(), null, latest.getOrDefault(p.id(), p.startedOn()), false, "today.quiet.since",
            "/partnerships/" + p.id()))
        .toList();
    return List.of(TaskList.of(70, "today.quiet", null, quiet, "/partnerships"));
  }

  /** Each partnership's latest dated event on or before today, across its own records and other capabilities'. */
  private Map<Long, LocalDate> latest(LocalDate today) {
    Map<Long, LocalDate> latest = new HashMap<>();
    for (String sql : List.of(
        "select partnership_id, max(moved_on) d from phase_move where moved_on <= ? group by partnership_id",
        "select partnership_id, max(held_on) d from engagement where voided_at is null and held_on <= ? group by partnership_id",
        "select partnership_id, max(given_on) d from resource_contribution where voided_at is null and given_on <= ?"
            + " group by partnership_id")) {
      db.sql(sql).param(Date.valueOf(today))
          .query((rs, i) -> latest.merge(rs.getLong("partnership_id"), rs.getDate("d").toLocalDate(), PartnershipsToday::later))
          .list();
    }
    for (TimelineSource s : sources) {
      s.latest(today).forEach((id, d) -> latest.merge(id, d, PartnershipsToday::later));
    }
    return latest;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
