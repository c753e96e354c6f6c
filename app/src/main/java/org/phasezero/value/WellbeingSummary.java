package org.phasezero.value;

import java.util.List;
import org.phasezero.analysis.wellbeing.ChangeCategory;

/**
 * A measure's change between its baseline and one follow-up, as the viewer may see it.
 *
 * @param answered how many answered at each time point; a count is null where it is withheld
 * @param followUp the follow-up compared with the baseline (0 when there is none yet)
 * @param overall everyone with both answers
 * @param bySide the same, by the side of the network each person belongs to
 * @param people each person's change, for those who may see people (by name or research code)
 * @param aggregatesOnly whether small numbers are withheld (statutory partners)
 */
public record WellbeingSummary(WellbeingMeasure measure, List<Answered> answered, int followUp, Group overall,
    List<Group> bySide, List<PersonRow> people, boolean aggregatesOnly) {

  public record Answered(int timePoint, Integer count) {}

  /** Everyone first, then each side. */
  public List<Group> groups() {
    List<Group> all = new java.util.ArrayList<>();
    all.add(overall);
    all.addAll(bySide);
    return all;
  }

  /**
   * A group's change: mean change with its 95% interval (null below two people), and how many
   * improved, did not change or worsened by the measure's threshold. Everything but the label is
   * null when the group is too small to show.
   */
  public record Group(String label, Integer n, Double meanChange, Double ciLow, Double ciHigh, Integer improved,
      Integer noChange, Integer worsened, boolean withheld) {}

  /** One person's change: {@code who} is a name or a research code. */
  public record PersonRow(String who, String side, double pre, double post, double change, ChangeCategory category) {}
}
