package org.phasezero.spaces;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.phasezero.network.Side;
import org.phasezero.partnerships.LadderStep;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.OptimisticLock;
import org.phasezero.shared.Rows;
import org.phasezero.shared.Unique;
import org.phasezero.spaces.internal.PersonSides;
import org.phasezero.spaces.internal.SpaceAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meetings of shared spaces and who attended them, within the user's scope (see {@code SpaceAccess}). */
@Service
public class Meetings {

  private static final String SELECT = """
      select m.*, s.name space_name, s.partnership_id, st.name site_name from meeting m
      join shared_space s on s.id = m.space_id left join site st on st.id = m.site_id""";

  private final JdbcClient db;
  private final SharedSpaces spaces;
  private final SpaceAccess access;
  private final PersonSides sides;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Meetings(JdbcClient db, SharedSpaces spaces, SpaceAccess access, PersonSides sides,
      ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.spaces = spaces;
    this.access = access;
    this.sides = sides;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Whether the person is recorded as attending the meeting (attendance not voided, meeting not
   * voided). A plain fact for other capabilities, such as refusing a payment claim for someone who
   * was not there; false when the meeting does not exist.
   */
  public boolean attended(long personId, long meetingId) {
    return db.sql("""
            select count(*) from meeting_attendance a join meeting m on m.id = a.meeting_id
            where a.meeting_id = ? and a.person_id = ? and a.voided_at is null and m.voided_at is null""")
        .params(meetingId, personId).query(Long.class).single() > 0;
  }

  /**
   * The date, title and owners of a live meeting, for other capabilities. Not scoped to the user: it
   * names no one, and the caller applies its own access rules to what it shows.
   */
  public Optional<MeetingSummary> find(long meetingId) {
    return db.sql(SELECT + " where m.id = ? and m.voided_at is null").param(meetingId).query(Meetings::map)
        .optional().map(Meeting::summary);
  }

  /**
   * The live meetings held between two dates, newest first, at most {@code limit}: date, title and
   * owners only, for other capabilities to offer as choices after applying their own access rules.
   */
  public List<MeetingSummary> heldBetween(java.time.LocalDate from, java.time.LocalDate to, int limit) {
    return db.sql(SELECT + " where m.held_on between ? and ? and m.voided_at is null order by m.held_on desc, m.id desc"
            + " limit ?").params(from, to, limit).query(Meetings::map).list().stream().map(Meeting::summary).toList();
  }

  /** The live meetings of a space, newest first, with their attendance. */
  public List<Meeting> ofSpace(long spaceId) {
    spaces.get(spaceId);
    return db.sql(SELECT + " where m.space_id = ? and m.voided_at is null order by m.held_on desc, m.id desc")
        .param(spaceId).query(Meetings::map).list().stream().map(this::withAttendees).toList();
  }

  public Meeting get(long id) {
    SpaceAccess.requirePeopleView();
    return withAttendees(visibleRow(id));
  }

  public boolean mayEdit(Meeting m) {
    return !m.voided() && access.mayContribute(m.partnershipId());
  }

  @Transactional
  public Meeting create(MeetingForm f) {
    SharedSpace space = spaces.get(f.getSpaceId());
    access.requireContributor(space.partnershipId());
    SharedSpaces.requireChangeable(space, null);
    requireSite(f.getSiteId());
    var now = Rows.ts(clock.instant());
    long id = Keys.insert(db.sql("""
            insert into meeting (space_id, held_on, title, site_id, agenda, ladder_step, co_commissioning, co_design,
              co_delivery, co_assessment, created_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
        .params(space.id(), Rows.sqlDate(f.getDate()), f.getTitle().strip(), f.getSiteId(),
            Rows.blankToNull(f.getAgenda()), f.getLadderStep() == null ? null : f.getLadderStep().name(),
            f.isCoCommissioning(), f.isCoDesign(), f.isCoDelivery(), f.isCoAssessment(), now, now));
    Meeting created = get(id);
    events.publishEvent(AuditedAction.created("meeting", id,
        "Meeting '" + created.title() + "' of " + space.name() + " on " + created.date() + " added", created));
    return created;
  }

  @Transactional
  public Meeting update(long id, MeetingForm f) {
    Meeting before = get(id);
    access.requireContributor(before.partnershipId());
    requireChangeable(before, f.getVersion());
    if (f.getSpaceId() != null && f.getSpaceId() != before.spaceId()) {
      throw new Conflict("spaceId", "A meeting cannot move to another space.");
    }
    if (!before.attendees().isEmpty() && f.getDate().isAfter(LocalDate.now(clock))) {
      throw new Conflict("date", "This meeting has attendance recorded, so its date cannot be in the future.");
    }
    requireSite(f.getSiteId());
    int n = db.sql("""
            update meeting set held_on = ?, title = ?, site_id = ?, agenda = ?, ladder_step = ?, co_commissioning = ?,
              co_design = ?, co_delivery = ?, co_assessment = ?, updated_at = ?, version = version + 1
            where id = ? and version = ? and voided_at is null""")
        .params(Rows.sqlDate(f.getDate()), f.getTitle().strip(), f.getSiteId(), Rows.blankToNull(f.getAgenda()),
            f.getLadderStep() == null ? null : f.getLadderStep().name(), f.isCoCommissioning(), f.isCoDesign(),
            f.isCoDelivery(), f.isCoAssessment(), Rows.ts(clock.instant()), id, before.version())
        .update();
    OptimisticLock.requireUpdated(n, "meeting");
    Meeting after = get(id);
    events.publishEvent(AuditedAction.updated("meeting", id, "Meeting '" + after.title() + "' changed", before, after));
    return after;
  }

  @Transactional
  public Meeting voidRecord(long id, String reason) {
    Meeting before = get(id);
    access.requireContributor(before.partnershipId());
    requireChangeable(before, null);
    db.sql("update meeting set voided_at = ?, void_reason = ?, version = version + 1 where id = ? and voided_at is null")
        .params(Rows.ts(clock.instant()), reason.strip(), id).update();
    Meeting after = get(id);
    events.publishEvent(AuditedAction.voided("meeting", id,
        "Meeting '" + after.title() + "' voided: " + reason.strip(), before, after));
    return after;
  }

  /** Records that a person attended; only once the meeting has taken place. */
  @Transactional
  public Meeting recordAttendance(long meetingId, long personId) {
    Meeting before = requireWritable(meetingId);
    if (before.attended(personId)) {
      throw new Conflict("personId", "This person is already recorded as attending.");
    }
    boolean member = db.sql("select count(*) from space_member where space_id = ? and person_id = ? and voided_at is null")
        .params(before.spaceId(), personId).query(Long.class).single() > 0;
    Side side = sides.sideOf(personId, before.partnershipId(), member);
    Unique.orConflict("personId", "This person is already recorded as attending.", () ->
        db.sql("insert into meeting_attendance (meeting_id, person_id, side, created_at) values (?, ?, ?, ?)")
            .params(meetingId, personId, side.name(), Rows.ts(clock.instant())).update());
    Meeting after = get(meetingId);
    events.publishEvent(AuditedAction.updated("meeting", meetingId,
        "Person " + personId + " recorded as attending '" + after.title() + "'", before, after));
    return after;
  }

  /** Withdraws an attendance recorded in error (voided with a reason, with the person's contributions kept). */
  @Transactional
  public Meeting withdrawAttendance(long meetingId, long personId, String reason) {
    Meeting before = requireWritable(meetingId);
    int n = db.sql("update meeting_attendance set voided_at = ?, void_reason = ?, live_key = null where meeting_id = ? and person_id = ?"
            + " and voided_at is null")
        .params(Rows.ts(clock.instant()), reason.strip(), meetingId, personId).update();
    if (n == 0) {
      throw new NotFound("attendance of person", personId);
    }
    Meeting after = get(meetingId);
    String who = before.attendees().stream().filter(a -> a.personId() == personId).map(Meeting.Attendee::name)
        .findFirst().orElse("an attendee");
    events.publishEvent(AuditedAction.updated("meeting", meetingId,
        "Attendance of " + who + " at '" + after.title() + "' withdrawn: " + reason.strip(), before, after));
    return after;
  }

  /**
   * A live meeting the user may change and that has taken place: attendance, contributions,
   * decisions and actions are records of what happened, so a meeting dated ahead refuses them.
   */
  Meeting requireWritable(long meetingId) {
    Meeting m = get(meetingId);
    access.requireContributor(m.partnershipId());
    requireChangeable(m, null);
    if (m.date().isAfter(LocalDate.now(clock))) {
      throw new Conflict("date", "This meeting is dated " + m.date()
          + ", in the future: what happened at it can be recorded once it has taken place.");
    }
    return m;
  }

  /** The meeting row if it exists and its partnership is visible to the user; otherwise 404. */
  Meeting visibleRow(long id) {
    Meeting m = db.sql(SELECT + " where m.id = ?").param(id).query(Meetings::map).optional()
        .orElseThrow(() -> new NotFound("meeting", id));
    try {
      access.visible(m.partnershipId());
    } catch (NotFound hidden) {
      throw new NotFound("meeting", id);
    }
    return m;
  }

  static void requireChangeable(Meeting m, Integer version) {
    if (m.voided()) {
      throw new Conflict("This meeting was voided and can no longer be changed.");
    }
    OptimisticLock.requireVersion(version, m.version(), "meeting");
  }

  private void requireSite(Long siteId) {
    if (siteId != null && db.sql("select count(*) from site where id = ? and voided_at is null").param(siteId)
        .query(Long.class).single() == 0) {
      throw new Conflict("siteId", "There is no site " + siteId + " to meet at.");
    }
  }

  Meeting withAttendees(Meeting m) {
    return m.withAttendees(db.sql("""
            select a.person_id, a.side, p.display_name from meeting_attendance a join person p on p.id = a.person_id
            where a.meeting_id = ? and a.voided_at is null order by p.search_key, a.id""")
        .param(m.id())
        .query((rs, i) -> new Meeting.Attendee(rs.getLong("person_id"), rs.getString("display_name"),
            Side.valueOf(rs.getString("side"))))
        .list());
  }

  static Meeting map(ResultSet rs, int row) throws SQLException {
    String step = rs.getString("ladder_step");
    return new Meeting(rs.getLong("id"), rs.getLong("space_id"), rs.getString("space_name"),
        rs.getLong("partnership_id"), Rows.date(rs, "held_on"), rs.getString("title"),
        Rows.longOrNull(rs, "site_id"), rs.getString("site_name"), rs.getString("agenda"),
        step == null ? null : LadderStep.valueOf(step), rs.getBoolean("co_commissioning"), rs.getBoolean("co_design"),
        rs.getBoolean("co_delivery"), rs.getBoolean("co_assessment"), List.of(), Rows.instant(rs, "created_at"),
        Rows.instant(rs, "updated_at"), rs.getInt("version"), Rows.instant(rs, "voided_at"),
        rs.getString("void_reason"));
  }
}
