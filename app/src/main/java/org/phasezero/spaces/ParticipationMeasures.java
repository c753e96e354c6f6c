package org.phasezero.spaces;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.phasezero.network.Side;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.SmallNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Participation measures of a meeting and of a space over time. Open to every role that may see the
 * partnership (they are aggregates), scoped for site leads like the records themselves; statutory
 * partners get them with small numbers withheld ({@link MeetingMeasures#withSmallNumbersWithheld}).
 */
@Service
public class ParticipationMeasures {

  private final JdbcClient db;
  private final Meetings meetings;
  private final SharedSpaces spaces;
  private final Clock clock;
  private final SmallNumbers smallNumbers;

  ParticipationMeasures(JdbcClient db, Meetings meetings, SharedSpaces spaces, Clock clock, SmallNumbers smallNumbers) {
    this.db = db;
    this.meetings = meetings;
    this.spaces = spaces;
    this.clock = clock;
    this.smallNumbers = smallNumbers;
  }

  public MeetingMeasures ofMeeting(long meetingId) {
    Meeting m = meetings.visibleRow(meetingId);
    return measure(List.of(m.id()), " = ?").getOrDefault(m.id(),
        MeetingMeasures.of(List.of(), List.of(), List.of(), List.of(), LocalDate.now(clock)))
        .withSmallNumbersWithheld(rule());
  }

  /** The small-number rule for the current user: statutory partners only. */
  private SmallNumbers rule() {
    return smallNumbers.appliedIf(CurrentUser.require().seesAggregatesOnly());
  }

  /** Every live meeting of the space that has taken place, oldest first, with its measures. */
  public ParticipationTrend trend(long spaceId) {
    SpaceOverview space = spaces.overview(spaceId);
    List<Meeting> held = db.sql("select m.*, s.name space_name, s.partnership_id, null site_name from meeting m"
            + " join shared_space s on s.id = m.space_id"
            + " where m.space_id = ? and m.voided_at is null and m.held_on <= ? order by m.held_on, m.id")
        .params(spaceId, java.sql.Date.valueOf(LocalDate.now(clock))).query(Meetings::map).list();
    Map<Long, MeetingMeasures> measures = measure(held.stream().map(Meeting::id).toList(),
        " in (select id from meeting where space_id = ?)", spaceId);
    LocalDate today = LocalDate.now(clock);
    SmallNumbers rule = rule();
    return new ParticipationTrend(space.id(), space.name(), held.stream()
        .map(m -> new ParticipationTrend.Point(m.id(), m.date(), m.title(), measures.getOrDefault(m.id(),
            MeetingMeasures.of(List.of(), List.of(), List.of(), List.of(), today)).withSmallNumbersWithheld(rule)))
        .toList(), rule.threshold());
  }

  /**
   * Measures of the given meetings in four queries (attendance, contributions, decisions, actions),
   * whatever the number of meetings. {@code condition} selects meeting ids; with one id it is {@code = ?}.
   */
  private Map<Long, MeetingMeasures> measure(List<Long> meetingIds, String condition, Object... params) {
    Object[] args = params.length == 0 ? meetingIds.toArray() : params;
    Map<Long, List<Meeting.Attendee>> attendance = db.sql(
            "select meeting_id, person_id, side from meeting_attendance where voided_at is null and meeting_id" + condition)
        .params(args).query((rs, i) -> Map.entry(rs.getLong("meeting_id"),
            new Meeting.Attendee(rs.getLong("person_id"), null, Side.valueOf(rs.getString("side")))))
        .list().stream().collect(grouped());
    Map<Long, List<Contribution>> contributions = db.sql(
            "select c.*, null display_name from contribution c where c.voided_at is null and c.meeting_id" + condition)
        .params(args).query((rs, i) -> Map.entry(rs.getLong("meeting_id"), ContributionLog.map(rs, i)))
        .list().stream().collect(grouped());
    Map<Long, List<Decision>> decisions = db.sql(
            "select d.*, null display_name from decision d where d.voided_at is null and d.meeting_id" + condition)
        .params(args).query((rs, i) -> Map.entry(rs.getLong("meeting_id"), Decisions.map(rs, i)))
        .list().stream().collect(grouped());
    Map<Long, List<ActionItem>> actions = db.sql(
            "select a.*, null display_name from meeting_action a where a.voided_at is null and a.meeting_id" + condition)
        .params(args).query((rs, i) -> Map.entry(rs.getLong("meeting_id"), Actions.map(rs, i)))
        .list().stream().collect(grouped());
    LocalDate today = LocalDate.now(clock);
    return meetingIds.stream().collect(Collectors.toMap(id -> id, id -> MeetingMeasures.of(
        attendance.getOrDefault(id, List.of()), contributions.getOrDefault(id, List.of()),
        decisions.getOrDefault(id, List.of()), actions.getOrDefault(id, List.of()), today)));
  }

  private static <T> java.util.stream.Collector<Map.Entry<Long, T>, ?, Map<Long, List<T>>> grouped() {
    return Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList()));
  }
}
