package org.phasezero.spaces.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.phasezero.network.PersonActivity;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The meetings a person attended, for their page: only meetings of partnerships the viewer may see. */
@Component
class MeetingsAttended implements PersonActivity {

  private final JdbcClient db;

  MeetingsAttended(JdbcClient db) {
    this.db = db;
  }

  @Override
  public Optional<Section> about(long personId) {
    if (!CurrentUser.require().worksWithPeople()) {
      return Optional.empty();
    }
    StringBuilder where = new StringBuilder(" where a.person_id = ? and a.voided_at is null and m.voided_at is null"
        + " and s.voided_at is null");
    List<Object> params = new ArrayList<>(List.of(personId));
    Partnerships.scope("s.partnership_id", where, params);
    List<Item> meetings = db.sql("""
            select m.id, m.title, m.held_on, s.name space_name from meeting_attendance a
            join meeting m on m.id = a.meeting_id join shared_space s on s.id = m.space_id""" + where
            + " order by m.held_on desc, m.id desc limit 10")
        .params(params)
        .query((rs, i) -> new Item(rs.getString("title") + " (" + rs.getString("space_name") + ")", null,
            Rows.date(rs, "held_on"), null, "/meetings/" + rs.getLong("id")))
        .list();
    return Optional.of(new Section(20, "person.activity.meetings", meetings, null, null));
  }
}
