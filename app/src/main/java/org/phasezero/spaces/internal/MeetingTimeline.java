package org.phasezero.spaces.internal;

import java.util.List;
import org.phasezero.partnerships.TimelineEntry;
import org.phasezero.partnerships.TimelineSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Puts the meetings of a partnership's shared spaces on its timeline, with how many attended. */
@Component
class MeetingTimeline implements TimelineSource {

  private final JdbcClient db;

  MeetingTimeline(JdbcClient db) {
    this.db = db;
  }

  @Override
  public List<TimelineEntry> entries(long partnershipId) {
    return db.sql("""
            select m.id, m.held_on, m.title, s.name space_name,
              (select count(*) from meeting_attendance a where a.meeting_id = m.id and a.voided_at is null) attended
            from meeting m join shared_space s on s.id = m.space_id
            where s.partnership_id = ? and m.voided_at is null and s.voided_at is null
            order by m.held_on, m.id""")
        .param(partnershipId)
        .query((rs, i) -> new TimelineEntry(rs.getDate("held_on").toLocalDate(), "meeting", rs.getString("title"),
            rs.getString("space_name") + ": " + rs.getLong("attended") + " attended", "/meetings/" + rs.getLong("id")))
        .list();
  }
}
