package org.phasezero.spaces;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.phasezero.network.Side;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The decisions of meetings: a decision always belongs to a meeting that has taken place. */
@Service
public class Decisions {

  private static final String SELECT = "select d.*, p.display_name from decision d"
      + " left join person p on p.id = d.proposed_by_person_id";

  private final JdbcClient db;
  private final Meetings meetings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Decisions(JdbcClient db, Meetings meetings, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.meetings = meetings;
    this.events = events;
    this.clock = clock;
  }

  public List<Decision> ofMeeting(long meetingId) {
    meetings.get(meetingId);
    return db.sql(SELECT + " where d.meeting_id = ? and d.voided_at is null order by d.id").param(meetingId)
        .query(Decisions::map).list();
  }

  @Transactional
  public Decision create(long meetingId, DecisionForm f) {
    Meeting m = meetings.requireWritable(meetingId);
    Side side = f.getProposedSide();
    if (f.getProposedByPersonId() != null) {
      side = m.attendees().stream().filter(a -> a.personId() == f.getProposedByPersonId()).findFirst()
          .orElseThrow(() -> new Conflict("proposedByPersonId", "Person " + f.getProposedByPersonId()
              + " is not recorded as attending this meeting, so cannot have proposed its decision."))
          .side();
    }
    if (side == null) {
      throw new Conflict("proposedSide", "Say who proposed the decision, or at least from which side.");
    }
    long id = Keys.insert(db.sql("""
            insert into decision (meeting_id, text, proposed_by_person_id, proposed_side, agreed_how, created_at)
            values (?, ?, ?, ?, ?, ?)""")
        .params(meetingId, f.getText().strip(), f.getProposedByPersonId(), side.name(), f.getAgreedHow().name(),
            Rows.ts(clock.instant())));
    Decision d = one(id);
    events.publishEvent(AuditedAction.created("decision", id, "Decision recorded at the meeting " + m.label(), d));
    return d;
  }

  @Transactional
  public Decision voidRecord(long meetingId, long id, String reason) {
    Decision before = db.sql(SELECT + " where d.id = ?").param(id).query(Decisions::map).optional()
        .filter(d -> d.meetingId() == meetingId).orElseThrow(() -> new NotFound("decision", id));
    try {
      meetings.requireWritable(before.meetingId());
    } catch (NotFound hidden) {
      throw new NotFound("decision", id);
    }
    if (before.voided()) {
      throw new Conflict("This decision was already voided.");
    }
    db.sql("update decision set voided_at = ?, void_reason = ? where id = ?")
        .params(Rows.ts(clock.instant()), reason.strip(), id).update();
    Decision after = one(id);
    events.publishEvent(AuditedAction.voided("decision", id, "Decision " + id + " voided: " + reason.strip(), before, after));
    return after;
  }

  private Decision one(long id) {
    return db.sql(SELECT + " where d.id = ?").param(id).query(Decisions::map).single();
  }

  static Decision map(ResultSet rs, int row) throws SQLException {
    return new Decision(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("text"),
        Rows.longOrNull(rs, "proposed_by_person_id"), rs.getString("display_name"),
        Side.valueOf(rs.getString("proposed_side")), AgreedHow.valueOf(rs.getString("agreed_how")),
        Rows.instant(rs, "created_at"), Rows.instant(rs, "voided_at"), rs.getString("void_reason"));
  }
}
