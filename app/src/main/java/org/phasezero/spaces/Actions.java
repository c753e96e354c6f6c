package org.phasezero.spaces;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.phasezero.network.Side;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Rows;
import org.phasezero.spaces.internal.PersonSides;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Actions agreed at meetings, their owners and whether they were done on time. */
@Service
public class Actions {

  private static final String SELECT = "select a.*, p.display_name from meeting_action a join person p on p.id = a.owner_person_id";

  private final JdbcClient db;
  private final Meetings meetings;
  private final PersonSides sides;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Actions(JdbcClient db, Meetings meetings, PersonSides sides, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.meetings = meetings;
    this.sides = sides;
    this.events = events;
    this.clock = clock;
  }

  public List<ActionItem> ofMeeting(long meetingId) {
    meetings.get(meetingId);
    return db.sql(SELECT + " where a.meeting_id = ? and a.voided_at is null order by a.due_on, a.id").param(meetingId)
        .query(Actions::map).list();
  }

  @Transactional
  public ActionItem create(long meetingId, ActionForm f) {
    Meeting m = meetings.requireWritable(meetingId);
    if (f.getDueOn().isBefore(m.date())) {
      throw new Conflict("dueOn", "An action cannot be due before the meeting that agreed it (" + m.date() + ").");
    }
    Side side = m.attendees().stream().filter(a -> a.personId() == f.getOwnerPersonId()).map(Meeting.Attendee::side)
        .findFirst().orElseGet(() -> sides.sideOf(f.getOwnerPersonId(), m.partnershipId(), false));
    var now = Rows.ts(clock.instant());
    long id = Keys.insert(db.sql("""
            insert into meeting_action (meeting_id, text, owner_person_id, owner_side, due_on, created_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, 0)""")
        .params(meetingId, f.getText().strip(), f.getOwnerPersonId(), side.name(), Rows.sqlDate(f.getDueOn()), now, now));
    ActionItem a = one(id);
    events.publishEvent(AuditedAction.created("meeting_action", id, "Action agreed at the meeting " + m.label(), a));
    return a;
  }

  /** Marks an action done on a date: not in the future, and not before the meeting that agreed it. */
  @Transactional
  public ActionItem complete(long meetingId, long id, LocalDate doneOn) {
    ActionItem before = visible(meetingId, id);
    Meeting m = meetings.requireWritable(before.meetingId());
    if (doneOn == null) {
      throw new Conflict("doneOn", "Enter the date the action was done.");
    }
    if (doneOn.isAfter(LocalDate.now(clock)) || doneOn.isBefore(m.date())) {
      throw new Conflict("doneOn", "The date done must lie between the meeting (" + m.date() + ") and today.");
    }
    if (before.voided()) {
      throw new Conflict("This action was voided and can no longer be changed.");
    }
    db.sql("update meeting_action set done_on = ?, updated_at = ?, version = version + 1 where id = ?")
        .params(Rows.sqlDate(doneOn), Rows.ts(clock.instant()), id).update();
    ActionItem after = one(id);
    events.publishEvent(AuditedAction.updated("meeting_action", id, "Action " + id + " done on " + doneOn, before, after));
    return after;
  }

  @Transactional
  public ActionItem voidRecord(long meetingId, long id, String reason) {
    ActionItem before = visible(meetingId, id);
    meetings.requireWritable(before.meetingId());
    if (before.voided()) {
      throw new Conflict("This action was already voided.");
    }
    db.sql("update meeting_action set voided_at = ?, void_reason = ?, version = version + 1 where id = ?")
        .params(Rows.ts(clock.instant()), reason.strip(), id).update();
    ActionItem after = one(id);
    events.publishEvent(AuditedAction.voided("meeting_action", id, "Action " + id + " voided: " + reason.strip(), before, after));
    return after;
  }

  /** The action of that meeting, if the user may see the meeting; otherwise 404. */
  private ActionItem visible(long meetingId, long id) {
    ActionItem a = db.sql(SELECT + " where a.id = ?").param(id).query(Actions::map).optional()
        .filter(x -> x.meetingId() == meetingId)
        .orElseThrow(() -> new NotFound("action", id));
    try {
      meetings.get(a.meetingId());
    } catch (NotFound hidden) {
      throw new NotFound("action", id);
    }
    return a;
  }

  private ActionItem one(long id) {
    return db.sql(SELECT + " where a.id = ?").param(id).query(Actions::map).single();
  }

  static ActionItem map(ResultSet rs, int row) throws SQLException {
    return new ActionItem(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("text"), rs.getLong("owner_person_id"),
        rs.getString("display_name"), Side.valueOf(rs.getString("owner_side")), Rows.date(rs, "due_on"),
        Rows.date(rs, "done_on"), rs.getInt("version"), Rows.instant(rs, "created_at"),
        Rows.instant(rs, "voided_at"), rs.getString("void_reason"));
  }
}
