package org.phasezero.network.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.Rows;
import org.phasezero.shared.TodayTasks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The network's part of the coordinator's home page: consents that stand but were given long ago
 * (by default two years, {@code phasezero.consent.refresh-after-months}). Consent is an ongoing
 * conversation, not a form signed once: the coordinator checks with the person that it still holds
 * and confirms it on their page (or records its withdrawal).
 */
@Component
class ConsentsToday implements TodayTasks {

  private final JdbcClient db;
  private final int refreshAfterMonths;

  ConsentsToday(JdbcClient db, @Value("${phasezero.consent.refresh-after-months:24}") int refreshAfterMonths) {
    this.db = db;
    this.refreshAfterMonths = refreshAfterMonths;
  }

  @Override
  public List<TaskList> today(LocalDate today) {
    if (!CurrentUser.require().isCoordinator()) {
      return List.of();
    }
    LocalDate due = today.minusMonths(refreshAfterMonths);
    List<Task> tasks = db.sql("""
            select c.person_id, c.purpose, coalesce(c.confirmed_on, c.given_on) since, p.display_name
            from consent c join person p on p.id = c.person_id
            where c.voided_at is null and c.withdrawn_on is null and p.voided_at is null
              and coalesce(c.confirmed_on, c.given_on) < ?
            order by since, p.search_key, c.id""")
        .param(Date.valueOf(due))
        .query((rs, i) -> new Task(rs.getString("display_name"), null, Rows.date(rs, "since"), false,
            "enum.ConsentPurpose." + rs.getString("purpose"), "/people/" + rs.getLong("person_id") + "#consents"))
        .list();
    return List.of(TaskList.of(60, "today.consents", null, tasks, null));
  }
}
