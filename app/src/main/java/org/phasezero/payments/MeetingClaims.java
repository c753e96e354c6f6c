package org.phasezero.payments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.phasezero.payments.AttendanceCheck.MeetingSummary;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Page;
import org.springframework.stereotype.Service;

/**
 * Claims for a meeting's community attendees in one step: everyone on the community side who is
 * recorded as attending, whom the user may claim for, and who has no claim for the meeting yet.
 * Each claim is created on its own, through {@link Claims#create}, so each obeys every rule (rate,
 * attendance, one claim per person and activity) and one refused claim does not stop the others.
 */
@Service
public class MeetingClaims {

  private final Claims claims;
  private final AttendanceCheck attendance;

  MeetingClaims(Claims claims, AttendanceCheck attendance) {
    this.claims = claims;
    this.attendance = attendance;
  }

  /** A community attendee, and whether they already have a live claim for the meeting. */
  public record Candidate(long personId, String name, boolean claimed) {}

  /** What happened to one person's claim: created (with its id) or refused (with the reason in words). */
  public record Outcome(long personId, String name, Long claimId, String refusal) {}

  public MeetingSummary meeting(long meetingId) {
    return claims.meeting(meetingId).orElseThrow(() -> new NotFound("meeting", meetingId));
  }

  public List<Candidate> candidates(long meetingId) {
    MeetingSummary meeting = meeting(meetingId);
    Set<Long> mayClaimFor = claims.claimants().stream().map(e -> e.getKey()).collect(Collectors.toSet());
    Set<Long> claimed = claims.search(new Claims.Query(null, null, meeting.date(), meeting.date(), false),
            new Page.Request(0, Page.MAX_SIZE)).items().stream()
        .filter(c -> c.meetingId() == meetingId && c.activity() == Activity.MEETING)
        .map(Claim::personId).collect(Collectors.toSet());
    return attendance.attendees(meetingId).stream()
        .filter(a -> "COMMUNITY".equals(a.side()) && mayClaimFor.contains(a.personId()))
        .map(a -> new Candidate(a.personId(), a.name(), claimed.contains(a.personId())))
        .toList();
  }

  /** Creates a meeting claim for each chosen person, for the given hours; returns what happened to each. */
  public List<Outcome> create(long meetingId, List<Long> personIds, RateUnit unit, BigDecimal quantity) {
    List<Candidate> open = candidates(meetingId);
    List<Outcome> outcomes = new ArrayList<>();
    for (long personId : personIds) {
      Candidate c = open.stream().filter(x -> x.personId() == personId).findFirst()
          .orElseThrow(() -> new Conflict("personIds", "Person " + personId
              + " is not a community attendee of this meeting whom you may claim for."));
      ClaimForm f = new ClaimForm();
      f.setPersonId(personId);
      f.setMeetingId(meetingId);
      f.setActivity(Activity.MEETING);
      f.setUnit(unit);
      f.setQuantity(quantity);
      try {
        outcomes.add(new Outcome(personId, c.name(), claims.create(f).id(), null));
      } catch (Conflict refused) {
        outcomes.add(new Outcome(personId, c.name(), null, refused.getMessage()));
      }
    }
    return outcomes;
  }
}
