package org.phasezero.spaces;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.phasezero.network.Side;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Keys;
import org.phasezero.shared.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contribution log a note-taker keeps during a meeting: one entry per contribution, by an
 * attendee, marked when the chair invited it. A mistaken tap is undone by voiding the last entry
 * with the reason "undone", so the log keeps every tap.
 */
@Service
public class ContributionLog {

  static final String UNDONE = "undone";
  private static final String SELECT = "select c.*, p.display_name from contribution c join person p on p.id = c.person_id";

  private final JdbcClient db;
  private final Meetings meetings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ContributionLog(JdbcClient db, Meetings meetings, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.meetings = meetings;
    this.events = events;
    this.clock = clock;
  }

  /** The live entries of a meeting's log, oldest first. */
  public List<Contribution> entries(long meetingId) {
    meetings.get(meetingId);
    return db.sql(SELECT + " where c.meeting_id = ? and c.voided_at is null order by c.recorded_at, c.id")
        .param(meetingId).query(ContributionLog::map).list();
  }

  @Transactional
  public Contribution record(long meetingId, long personId, boolean invited) {
    Meeting m = meetings.requireWritable(meetingId);
    Meeting.Attendee speaker = m.attendees().stream().filter(a -> a.personId() == personId).findFirst()
        .orElseThrow(() -> new Conflict("personId", "Person " + personId
            + " is not recorded as attending this meeting. Record their attendance first."));
    long id = Keys.insert(db.sql("insert into contribution (meeting_id, person_id, side, invited, recorded_at) values (?, ?, ?, ?, ?)")
        .params(meetingId, personId, speaker.side().name(), invited, Rows.ts(clock.instant())));
    Contribution c = one(id);
    events.publishEvent(AuditedAction.created("contribution", id, (invited ? "Invited contribution" : "Contribution")
        + " by " + speaker.name() + " logged at the meeting " + m.label(), c));
    return c;
  }

  /** Voids the latest live entry of the meeting's log with the reason "undone". */
  @Transactional
  public Contribution undoLast(long meetingId) {
    Meeting m = meetings.requireWritable(meetingId);
    Contribution last = db.sql(SELECT + " where c.meeting_id = ? and c.voided_at is null order by c.recorded_at desc, c.id desc")
        .param(meetingId).query(ContributionLog::map).list().stream().findFirst()
        .orElseThrow(() -> new Conflict("There is no contribution to undo."));
    db.sql("update contribution set voided_at = ?, void_reason = ? where id = ? and voided_at is null")
        .params(Rows.ts(clock.instant()), UNDONE, last.id()).update();
    Contribution after = one(last.id());
    String who = m.attendees().stream().filter(a -> a.personId() == last.personId()).map(Meeting.Attendee::name)
        .findFirst().orElse("an attendee no longer recorded");
    events.publishEvent(AuditedAction.voided("contribution", last.id(),
        "Contribution by " + who + " at the meeting " + m.label() + " undone", last, after));
    return after;
  }

  private Contribution one(long id) {
    return db.sql(SELECT + " where c.id = ?").param(id).query(ContributionLog::map).single();
  }

  static Contribution map(ResultSet rs, int row) throws SQLException {
    return new Contribution(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("person_id"),
        rs.getString("display_name"), Side.valueOf(rs.getString("side")), rs.getBoolean("invited"),
        Rows.instant(rs, "recorded_at"), Rows.instant(rs, "voided_at"), rs.getString("void_reason"));
  }
}
