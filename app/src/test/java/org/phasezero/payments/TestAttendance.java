package org.phasezero.payments;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Meetings and attendance held in memory for payments tests, in place of the spaces capability. */
@TestConfiguration(proxyBeanMethods = false)
public class TestAttendance {

  @Bean
  @Primary
  Meetings testMeetings() {
    return new Meetings();
  }

  /** Meetings made up by a test, and who attended them. */
  public static class Meetings implements AttendanceCheck {
    private final AtomicLong ids = new AtomicLong(1000);
    private final Map<Long, MeetingSummary> meetings = new ConcurrentHashMap<>();
    private final Set<String> attended = ConcurrentHashMap.newKeySet();
    private final Set<Long> openToAll = ConcurrentHashMap.newKeySet();

    public long meeting(long partnershipId, LocalDate date, long... attendees) {
      long id = ids.incrementAndGet();
      meetings.put(id, new MeetingSummary(id, 1, partnershipId, date, "Forum " + date));
      for (long person : attendees) {
        attended.add(person + "@" + id);
      }
      return id;
    }

    /** A meeting with a chosen number that everyone is taken to have attended (for loading the demo). */
    public void openToAll(long id, long partnershipId, LocalDate date) {
      meetings.put(id, new MeetingSummary(id, 1, partnershipId, date, "Open forum " + date));
      openToAll.add(id);
    }

    @Override
    public boolean attended(long personId, long meetingId) {
      return openToAll.contains(meetingId) || attended.contains(personId + "@" + meetingId);
    }

    @Override
    public Optional<MeetingSummary> find(long meetingId) {
      return Optional.ofNullable(meetings.get(meetingId));
    }
  }
}
