package org.phasezero.spaces.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.Rows;
import org.phasezero.shared.TodayTasks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Shared spaces' part of the home page, for people who run meetings (the coordinator, and a site
 * lead for their organisation's partnerships): the next meetings, meetings held without an
 * attendance register, and actions past their due date. A statutory partner is shown each space's
 * participation chart instead, which carries no names.
 */
@Component
class SpacesToday implements TodayTasks {

  /** How far ahead "next meetings" looks. */
  static final int AHEAD_DAYS = 14;
  /** How far back a meeting without a register is still worth a reminder. */
  static final int REGISTER_WITHIN_DAYS = 30;

  private final JdbcClient db;

  SpacesToday(JdbcClient db) {
    this.db = db;
  }

  @Override
  public List<TaskList> today(LocalDate today) {
    CurrentUser u = CurrentUser.require();
    if (u.seesAggregatesOnly()) {
      return List.of(TaskList.toRead(65, "today.participation", participationCharts(), "/spaces"));
    }
    if (!u.worksWithPeople()) {
      return List.of();
    }
    String scopeKey = u.isSiteLead() ? "today.scope.partnerships" : null;
    return List.of(
        TaskList.of(15, "today.registers", scopeKey, meetings(" and m.held_on >= ? and m.held_on <= ?"
            + " and not exists (select 1 from meeting_attendance a where a.meeting_id = m.id and a.voided_at is null)",
            " order by m.held_on desc, m.id", today.minusDays(REGISTER_WITHIN_DAYS), today), null),
        TaskList.of(30, "today.meetings", scopeKey, meetings(" and m.held_on > ? and m.held_on <= ?",
            " order by m.held_on, m.id", today, today.plusDays(AHEAD_DAYS)), "/spaces"),
        TaskList.of(40, "today.actions", scopeKey, overdueActions(today), null));
  }

  private List<Task> meetings(String condition, String order, LocalDate from, LocalDate to) {
    StringBuilder where = new StringBuilder(" where m.voided_at is null and s.voided_at is null" + condition);
    List<Object> params = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
    Partnerships.scope("s.partnership_id", where, params);
    return db.sql("select m.id, m.title, m.held_on, s.name space_name from meeting m"
            + " join shared_space s on s.id = m.space_id" + where + order)
        .params(params)
        .query((rs, i) -> new Task(rs.getString("title"), rs.getString("space_name"), Rows.date(rs, "held_on"), false,
            null, "/meetings/" + rs.getLong("id")))
        .list();
  }

  private List<Task> overdueActions(LocalDate today) {
    StringBuilder where = new StringBuilder(" " + """
         where a.voided_at is null and a.done_on is null and a.due_on < ? and m.voided_at is null
           and s.voided_at is null""");
    List<Object> params = new ArrayList<>(List.of(Date.valueOf(today)));
    Partnerships.scope("s.partnership_id", where, params);
    return db.sql("""
            select a.text, a.due_on, a.meeting_id, p.display_name owner, m.title from meeting_action a
            join meeting m on m.id = a.meeting_id join shared_space s on s.id = m.space_id
            join person p on p.id = a.owner_person_id""" + where + " order by a.due_on, a.id")
        .params(params)
        .query((rs, i) -> new Task(rs.getString("text"), rs.getString("owner") + " · " + rs.getString("title"),
            Rows.date(rs, "due_on"), true, "today.actions.overdue", "/meetings/" + rs.getLong("meeting_id") + "#actions"))
        .list();
  }

  private List<Task> participationCharts() {
    StringBuilder where = new StringBuilder(" where s.voided_at is null");
    List<Object> params = new ArrayList<>();
    Partnerships.scope("s.partnership_id", where, params);
    return db.sql("select s.id, s.name, p.name partnership_name from shared_space s"
            + " join partnership p on p.id = s.partnership_id" + where + " order by s.name, s.id")
        .params(params)
        .query((rs, i) -> new Task(rs.getString("name"), rs.getString("partnership_name"), null, false, null,
            "/spaces/" + rs.getLong("id") + "#participation"))
        .list();
  }
}
