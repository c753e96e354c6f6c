package org.phasezero.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.phasezero.network.Side.COMMUNITY;
import static org.phasezero.network.Side.INDEPENDENT;
import static org.phasezero.network.Side.STATUTORY;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phasezero.network.Side;

/** Known answers for the participation measures of meetings built by hand. */
class MeetingMeasuresTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  static Meeting.Attendee attendee(long id, Side side) {
    return new Meeting.Attendee(id, "Person " + id, side);
  }

  static Contribution said(long personId, Side side, boolean invited) {
    return new Contribution(0, 1, personId, null, side, invited, null, null, null);
  }

  static Decision proposed(Side side) {
    return new Decision(0, 1, "text", null, null, side, AgreedHow.CONSENSUS, null, null, null);
  }

  static ActionItem action(Side side, String due, String done) {
    return new ActionItem(0, 1, "text", 9, null, side, LocalDate.parse(due), done == null ? null : LocalDate.parse(done),
        0, null, null, null);
  }

  /**
   * Ten attended: six community (1-6), three statutory (7-9), one independent funder (10).
   * Twenty contributions: statutory 7, 8, 9 five times each (15); community 1 three times (one
   * invited), 2 once (invited), 3 once (invited). Community contributions 5 of 20 = 1/4; community
   * attendance 6 of 10 = 3/5; ratio (1/4)/(3/5) = 5/12. Invited 3 of 20 = 3/20. Speakers 1, 2, 3,
   * 7, 8, 9 = 6. Decisions: community, statutory, statutory, independent: 1 of 4 = 1/4.
   */
  @Test
  void aMeetingDominatedByProfessionalsGivesTheCommunitySideAQuarterOfTheFloor() {
    List<Meeting.Attendee> attendees = List.of(attendee(1, COMMUNITY), attendee(2, COMMUNITY), attendee(3, COMMUNITY),
        attendee(4, COMMUNITY), attendee(5, COMMUNITY), attendee(6, COMMUNITY), attendee(7, STATUTORY),
        attendee(8, STATUTORY), attendee(9, STATUTORY), attendee(10, INDEPENDENT));
    List<Contribution> log = new java.util.ArrayList<>();
    for (long p = 7; p <= 9; p++) {
      for (int i = 0; i < 5; i++) {
        log.add(said(p, STATUTORY, false));
      }
    }
    log.add(said(1, COMMUNITY, true));
    log.add(said(1, COMMUNITY, false));
    log.add(said(1, COMMUNITY, false));
    log.add(said(2, COMMUNITY, true));
    log.add(said(3, COMMUNITY, true));
    MeetingMeasures m = MeetingMeasures.of(attendees, log,
        List.of(proposed(COMMUNITY), proposed(STATUTORY), proposed(STATUTORY), proposed(INDEPENDENT)), List.of(), TODAY);

    assertThat(m.attendees()).isEqualTo(10);
    assertThat(m.attendanceBySide()).containsEntry(COMMUNITY, 6).containsEntry(STATUTORY, 3).containsEntry(INDEPENDENT, 1);
    assertThat(m.contributions()).isEqualTo(20);
    assertThat(m.communityAttendanceShare()).isEqualTo(0.6);
    assertThat(m.communityContributionShare()).isEqualTo(0.25);
    assertThat(m.participationRatio()).isCloseTo(5.0 / 12, within(1e-12));
    assertThat(m.invitedContributions()).isEqualTo(3);
    assertThat(m.invitedShare()).isEqualTo(0.15);
    assertThat(m.distinctSpeakers()).isEqualTo(6);
    assertThat(m.communityDecisionShare()).isEqualTo(0.25);
  }

  /**
   * Actions on 1 March: community A due 10 Feb done 9 Feb (on time), B due 10 Feb done 12 Feb
   * (late), C due 20 Mar not done (not yet settled, left out): 1 of 2. Statutory D due 15 Feb not
   * done (overdue), E due 1 Mar done 1 Mar (on time, the due day counts): 1 of 2. Independent
   * none: no share.
   */
  @Test
  void actionsOnTimeCountOnlyThoseWhoseOutcomeIsKnown() {
    MeetingMeasures m = MeetingMeasures.of(List.of(), List.of(), List.of(), List.of(
        action(COMMUNITY, "2026-02-10", "2026-02-09"), action(COMMUNITY, "2026-02-10", "2026-02-12"),
        action(COMMUNITY, "2026-03-20", null), action(STATUTORY, "2026-02-15", null),
        action(STATUTORY, "2026-03-01", "2026-03-01")), TODAY);
    assertThat(m.actionsOnTime().get(COMMUNITY)).isEqualTo(new MeetingMeasures.OnTime(2, 1));
    assertThat(m.actionsOnTime().get(STATUTORY)).isEqualTo(new MeetingMeasures.OnTime(2, 1));
    assertThat(m.actionsOnTime().get(COMMUNITY).share()).isEqualTo(0.5);
    assertThat(m.actionsOnTime().get(INDEPENDENT).share()).isNull();
  }

  @Test
  void anEmptyMeetingHasNoSharesRatherThanZeroes() {
    MeetingMeasures m = MeetingMeasures.of(List.of(), List.of(), List.of(), List.of(), TODAY);
    assertThat(m.communityAttendanceShare()).isNull();
    assertThat(m.communityContributionShare()).isNull();
    assertThat(m.participationRatio()).isNull();
    assertThat(m.invitedShare()).isNull();
    assertThat(m.communityDecisionShare()).isNull();
    assertThat(m.distinctSpeakers()).isZero();
  }

  /** Only statutory people attended and spoke: the community shares are 0, and so is the ratio's numerator; no ratio. */
  @Test
  void withNoCommunityAttendeesThereIsNoParticipationRatio() {
    MeetingMeasures m = MeetingMeasures.of(List.of(attendee(7, STATUTORY)), List.of(said(7, STATUTORY, false)),
        List.of(), List.of(), TODAY);
    assertThat(m.communityAttendanceShare()).isEqualTo(0.0);
    assertThat(m.communityContributionShare()).isEqualTo(0.0);
    assertThat(m.participationRatio()).isNull();
  }
}
