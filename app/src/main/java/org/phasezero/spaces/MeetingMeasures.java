package org.phasezero.spaces;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.phasezero.network.Side;

/**
 * How evenly a meeting shared the floor between the sides. Counts only, no one named, so every role
 * may see them.
 *
 * <ul>
 *   <li>community attendance share: community-side attendees ÷ all attendees;
 *   <li>community contribution share: contributions by community-side attendees ÷ all contributions;
 *   <li>participation ratio: contribution share ÷ attendance share (1 means the community side spoke
 *       in proportion to its presence; below 1, less);
 *   <li>invited share: contributions the chair invited ÷ all contributions;
 *   <li>distinct speakers: attendees who contributed at least once;
 *   <li>community decision share: decisions proposed from the community side ÷ all decisions;
 *   <li>actions on time, by the owner's side: actions done on or before their due date ÷ actions
 *       whose outcome is known on the day measured (done, or past due). Actions not yet due and not
 *       done are left out, so that a recent meeting is not marked down for work still in hand.
 * </ul>
 *
 * A share is null when its denominator is zero (no attendees, contributions, decisions or settled
 * actions): "none" is not 0%.
 */
public record MeetingMeasures(
    int attendees, Map<Side, Integer> attendanceBySide, int contributions, Map<Side, Integer> contributionsBySide,
    int invitedContributions, int distinctSpeakers, int decisions, int communityDecisions,
    Map<Side, OnTime> actionsOnTime) {

  /** Actions of one side: how many are settled (done or past due), and how many of those were done on time. */
  public record OnTime(int settled, int onTime) {
    @JsonProperty
    public Double share() {
      return settled == 0 ? null : (double) onTime / settled;
    }
  }

  public static MeetingMeasures of(Collection<Meeting.Attendee> attendees, Collection<Contribution> contributions,
      Collection<Decision> decisions, Collection<ActionItem> actions, LocalDate today) {
    Map<Side, OnTime> onTime = new EnumMap<>(Side.class);
    for (Side s : Side.values()) {
      var settled = actions.stream().filter(a -> a.ownerSide() == s)
          .filter(a -> a.doneOn() != null || a.dueOn().isBefore(today)).toList();
      onTime.put(s, new OnTime(settled.size(), (int) settled.stream().filter(ActionItem::doneOnTime).count()));
    }
    return new MeetingMeasures(attendees.size(), bySide(attendees, Meeting.Attendee::side), contributions.size(),
        bySide(contributions, Contribution::side), (int) contributions.stream().filter(Contribution::invited).count(),
        (int) contributions.stream().map(Contribution::personId).distinct().count(), decisions.size(),
        (int) decisions.stream().filter(d -> d.proposedSide() == Side.COMMUNITY).count(), onTime);
  }

  @JsonProperty
  public Double communityAttendanceShare() {
    return share(attendanceBySide.get(Side.COMMUNITY), attendees);
  }

  @JsonProperty
  public Double communityContributionShare() {
    return share(contributionsBySide.get(Side.COMMUNITY), contributions);
  }

  @JsonProperty
  public Double participationRatio() {
    Double attendance = communityAttendanceShare();
    Double spoken = communityContributionShare();
    return attendance == null || spoken == null || attendance == 0 ? null : spoken / attendance;
  }

  @JsonProperty
  public Double invitedShare() {
    return share(invitedContributions, contributions);
  }

  @JsonProperty
  public Double communityDecisionShare() {
    return share(communityDecisions, decisions);
  }

  /** The share of one side's settled actions done on time, by the side's name (for templates). */
  public Double onTimeShare(String side) {
    return actionsOnTime.get(Side.valueOf(side)).share();
  }

  private static Double share(int part, int whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  private static <T> Map<Side, Integer> bySide(Collection<T> items, Function<T, Side> side) {
    Map<Side, Integer> counts = new EnumMap<>(Side.class);
    for (Side s : Side.values()) {
      counts.put(s, 0);
    }
    items.stream().collect(Collectors.groupingBy(side, Collectors.counting()))
        .forEach((s, n) -> counts.put(s, n.intValue()));
    return counts;
  }
}
