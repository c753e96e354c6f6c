package org.phasezero.value.game;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a round of a value game says: for each outcome, the value each cohort gives it (the median of
 * its players' placements) and how far the community and statutory sides diverge; and, for each
 * outcome, everyone's median in every round played, to show whether the room converged.
 */
public record GameResult(ValueGame game, int round, List<Integer> roundsPlayed, int players, List<OutcomeValues> outcomes) {

  public record OutcomeValues(GameOutcome outcome, List<CohortValue> values, Divergence divergence,
      List<BigDecimal> everyoneByRound) {

    public CohortValue of(Cohort c) {
      return values.stream().filter(v -> v.cohort() == c).findFirst().orElseThrow();
    }
  }

  /**
   * A cohort's value: the median of its {@code n} placements (null when none), their range, and how
   * many were open-ended (below every good, so nothing, or above every good, so a floor).
   */
  public record CohortValue(Cohort cohort, int n, BigDecimal median, BigDecimal min, BigDecimal max, int openEnded) {}

  /**
   * The community side's median against the statutory side's: {@code ratio} is community ÷ statutory
   * (null unless both sides placed it and the statutory median is above nothing); {@code goodsApart}
   * is how many places on the board the two medians' positions lie apart, halved to count goods.
   */
  public record Divergence(BigDecimal community, BigDecimal statutory, BigDecimal ratio, BigDecimal goodsApart) {

    public boolean measurable() {
      return community != null && statutory != null;
    }
  }
}
