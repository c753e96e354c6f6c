package org.phasezero.spaces;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.phasezero.network.Side;
import org.phasezero.shared.SmallNumbers.Withheld;
import org.phasezero.shared.SmallNumbers;

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
 *
 * <p>Statutory partners see them through {@link #withSmallNumbersWithheld}: a count, and a share
 * made from it, is then null where {@link SmallNumbers} withholds it, and {@code withheld} names each
 * such figure with the reason (empty for everyone else).
 */
public record MeetingMeasures(
    Integer attendees, Map<Side, Integer> attendanceBySide, Integer contributions,
    Map<Side, Integer> contributionsBySide, Integer invitedContributions, Integer distinctSpeakers, Integer decisions,
    Integer communityDecisions, Map<Side, OnTime> actionsOnTime, Map<String, Withheld> withheld) {

  /** Actions of one side: how many are settled (done or past due), and how many of those were done on time. */
  public record OnTime(Integer settled, Integer onTime) {
    @JsonProperty
    public Double share() {
      return MeetingMeasures.share(onTime, settled);
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
        (int) decisions.stream().filter(d -> d.proposedSide() == Side.COMMUNITY).count(), onTime, Map.of());
  }

  /**
   * The measures as a statutory partner may see them. Attendance and contributions by side are rows
   * with their totals ({@link SmallNumbers#row}: the total must not give a small side back); the
   * other counts have no shown complement, so only small ones are withheld. A share is withheld when
   * a count it is made from is.
   */
  public MeetingMeasures withSmallNumbersWithheld(SmallNumbers rule) {
    if (!rule.withholds()) {
      return this;
    }
    Map<String, Withheld> why = new TreeMap<>();
    SmallNumbers.Row attendance = bySideRow(rule, attendanceBySide, attendees);
    SmallNumbers.Row spoken = bySideRow(rule, contributionsBySide, contributions);
    Map<Side, OnTime> actions = new EnumMap<>(Side.class);
    actionsOnTime.forEach((side, a) -> actions.put(side, new OnTime(
        single(rule, a.settled(), "actionsOnTime." + side + ".settled", why),
        single(rule, a.onTime(), "actionsOnTime." + side + ".onTime", why))));
    MeetingMeasures shown = new MeetingMeasures(total(attendance, "attendees", why),
        cells(attendance, "attendanceBySide", why), total(spoken, "contributions", why),
        cells(spoken, "contributionsBySide", why),
        single(rule, invitedContributions, "invitedContributions", why),
        single(rule, distinctSpeakers, "distinctSpeakers", why), single(rule, decisions, "decisions", why),
        single(rule, communityDecisions, "communityDecisions", why), actions, why);
    derived("communityAttendanceShare", communityAttendanceShare(), shown.communityAttendanceShare(), why);
    derived("communityContributionShare", communityContributionShare(), shown.communityContributionShare(), why);
    derived("participationRatio", participationRatio(), shown.participationRatio(), why);
    derived("invitedShare", invitedShare(), shown.invitedShare(), why);
    derived("communityDecisionShare", communityDecisionShare(), shown.communityDecisionShare(), why);
    actionsOnTime.forEach((side, a) -> derived("actionsOnTime." + side + ".share", a.share(), actions.get(side).share(), why));
    return shown;
  }

  /** Counts by side with their total, as one row for {@link SmallNumbers#row} (cells in {@link Side} order). */
  public static SmallNumbers.Row bySideRow(SmallNumbers rule, Map<Side, Integer> bySide, long total) {
    return rule.row(java.util.Arrays.stream(Side.values()).map(s -> (long) bySide.getOrDefault(s, 0)).toList(), total);
  }

  /** Why a figure is not shown (null when it is): for the pages, which say "fewer than 5" or "not shown". */
  public Withheld withheld(String figure) {
    return withheld.get(figure);
  }

  private static Integer single(SmallNumbers rule, Integer n, String name, Map<String, Withheld> why) {
    Integer shown = rule.shown(n);
    if (shown == null) {
      why.put(name, Withheld.SMALL);
    }
    return shown;
  }

  private static Integer total(SmallNumbers.Row row, String name, Map<String, Withheld> why) {
    if (row.totalWithheld() != null) {
      why.put(name, row.totalWithheld());
    }
    return row.shownTotal() == null ? null : row.shownTotal().intValue();
  }

  private static Map<Side, Integer> cells(SmallNumbers.Row row, String name, Map<String, Withheld> why) {
    Map<Side, Integer> out = new EnumMap<>(Side.class);
    for (Side s : Side.values()) {
      Long n = row.shown(s.ordinal());
      out.put(s, n == null ? null : n.intValue());
      if (n == null) {
        why.put(name + "." + s, row.withheld().get(s.ordinal()));
      }
    }
    return out;
  }

  private static void derived(String name, Double exact, Double shown, Map<String, Withheld> why) {
    if (exact != null && shown == null) {
      why.put(name, Withheld.PROTECTS_SMALL);
    }
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

  private static Double share(Integer part, Integer whole) {
    return part == null || whole == null || whole == 0 ? null : (double) part / whole;
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
