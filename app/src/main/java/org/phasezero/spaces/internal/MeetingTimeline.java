package org.phasezero.spaces.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.phasezero.network.Side;
import org.phasezero.partnerships.TimelineEntry;
import org.phasezero.partnerships.TimelineSource;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.SmallNumbers;
import org.phasezero.spaces.MeetingMeasures;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts the meetings of a partnership's shared spaces on its timeline, with how many attended. For a
 * statutory partner the number is the attendance total as the meeting's measures show it (the same
 * row of attendees by side, {@link MeetingMeasures#bySideRow}), so the timeline cannot give back
 * what the measures withhold.
 */
@Component
class MeetingTimeline implements TimelineSource {

  private final JdbcClient db;
  private final SmallNumbers smallNumbers;
  private final MessageSource messages;

  private final java.time.Clock clock;

  MeetingTimeline(JdbcClient db, SmallNumbers smallNumbers, MessageSource messages, java.time.Clock clock) {
    this.clock = clock;
    this.db = db;
    this.smallNumbers = smallNumbers;
    this.messages = messages;
  }

  @Override
  public List<TimelineEntry> entries(long partnershipId) {
    SmallNumbers rule = smallNumbers.appliedIf(CurrentUser.require().seesAggregatesOnly());
    // A meeting's page names who came: roles that see measures only get the entry without a link.
    boolean seesMeetings = SpaceAccess.seesPeople(CurrentUser.require());
    Map<Long, Map<Side, Integer>> attendance = new HashMap<>();
    db.sql("""
            select a.meeting_id, a.side, count(*) n from meeting_attendance a
            join meeting m on m.id = a.meeting_id join shared_space s on s.id = m.space_id
            where s.partnership_id = ? and a.voided_at is null group by a.meeting_id, a.side""")
        .param(partnershipId)
        .query((rs, i) -> attendance.computeIfAbsent(rs.getLong("meeting_id"), k -> new EnumMap<>(Side.class))
            .put(Side.valueOf(rs.getString("side")), rs.getInt("n")))
        .list();
    return db.sql("""
            select m.id, m.held_on, m.title, s.name space_name
            from meeting m join shared_space s on s.id = m.space_id
            where s.partnership_id = ? and m.voided_at is null and s.voided_at is null
            order by m.held_on, m.id""")
        .param(partnershipId)
        .query((rs, i) -> new TimelineEntry(rs.getDate("held_on").toLocalDate(), "meeting", rs.getString("title"),
            rs.getString("space_name") + ": " + (rs.getDate("held_on").toLocalDate().isAfter(java.time.LocalDate.now(clock))
                ? messages.getMessage("meetings.comingUp", null, LocaleContextHolder.getLocale())
                : attended(rule, attendance.getOrDefault(rs.getLong("id"), Map.of()))),
            seesMeetings ? "/meetings/" + rs.getLong("id") : null))
        .list();
  }

  private String attended(SmallNumbers rule, Map<Side, Integer> bySide) {
    int total = bySide.values().stream().mapToInt(Integer::intValue).sum();
    SmallNumbers.Row row = MeetingMeasures.bySideRow(rule, bySide, total);
    if (row.totalWithheld() == null) {
      return message("meetings.attendedCount", total);
    }
    return message("timeline.meeting.attended." + row.totalWithheld(), rule.threshold());
  }

  private String message(String key, Object arg) {
    return messages.getMessage(key, new Object[] {arg}, LocaleContextHolder.getLocale());
  }

  @Override
  public Map<Long, LocalDate> latest(LocalDate today) {
    Map<Long, LocalDate> latest = new HashMap<>();
    db.sql("""
            select s.partnership_id, max(m.held_on) latest from meeting m join shared_space s on s.id = m.space_id
            where m.voided_at is null and s.voided_at is null and m.held_on <= ? group by s.partnership_id""")
        .param(java.sql.Date.valueOf(today))
        .query((rs, i) -> latest.put(rs.getLong("partnership_id"), rs.getDate("latest").toLocalDate())).list();
    return latest;
  }
}
