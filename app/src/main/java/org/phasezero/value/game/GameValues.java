package org.phasezero.value.game;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Derives stakeholder-anchored values from placements. The median, not the mean, because a few
 * placements above every good would otherwise carry the value; an even count takes the mean of the
 * two middle values, to the penny.
 */
public final class GameValues {

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private GameValues() {}

  /** One placement: who, what, where, in which round. */
  public record Placed(int round, long playerId, long outcomeId, int position) {}

  public static GameResult result(ValueGame game, GameBoard board, List<GameOutcome> outcomes,
      List<GamePlayer> players, List<Placed> placements, int round) {
    Map<Long, StakeholderGroup> groups = players.stream().filter(p -> !p.removed())
        .collect(Collectors.toMap(GamePlayer::id, GamePlayer::group));
    List<Placed> counted = placements.stream().filter(p -> groups.containsKey(p.playerId())).toList();
    List<Integer> rounds = counted.stream().map(Placed::round).distinct().sorted().toList();
    List<Placed> inRound = counted.stream().filter(p -> p.round() == round).toList();
    List<GameResult.OutcomeValues> values = new ArrayList<>();
    for (GameOutcome o : outcomes) {
      List<Placed> mine = inRound.stream().filter(p -> p.outcomeId() == o.id()).toList();
      List<GameResult.CohortValue> cohorts = new ArrayList<>();
      for (Cohort c : Cohort.values()) {
        List<Placed> theirs = mine.stream().filter(p -> c.includes(groups.get(p.playerId()))).toList();
        cohorts.add(cohortValue(c, theirs, board, game.valuation()));
      }
      List<BigDecimal> history = rounds.stream().map(r -> median(counted.stream()
          .filter(p -> p.round() == r && p.outcomeId() == o.id()).map(p -> board.value(p.position(), game.valuation()))
          .toList())).toList();
      values.add(new GameResult.OutcomeValues(o, cohorts, divergence(mine, groups, board, game.valuation()), history));
    }
    int playing = (int) inRound.stream().map(Placed::playerId).distinct().count();
    return new GameResult(game, round, rounds, playing, values);
  }

  static GameResult.CohortValue cohortValue(Cohort c, List<Placed> placed, GameBoard board, Valuation valuation) {
    List<BigDecimal> v = placed.stream().map(p -> board.value(p.position(), valuation)).sorted().toList();
    int open = (int) placed.stream().filter(p -> board.slot(p.position()).openEnded()).count();
    return new GameResult.CohortValue(c, v.size(), median(v), v.isEmpty() ? null : v.get(0),
        v.isEmpty() ? null : v.get(v.size() - 1), open);
  }

  private static GameResult.Divergence divergence(List<Placed> placed, Map<Long, StakeholderGroup> groups,
      GameBoard board, Valuation valuation) {
    Function<Cohort, List<Placed>> of = c -> placed.stream().filter(p -> c.includes(groups.get(p.playerId()))).toList();
    List<Placed> community = of.apply(Cohort.COMMUNITY_SIDE);
    List<Placed> statutory = of.apply(Cohort.STATUTORY_SIDE);
    BigDecimal c = median(community.stream().map(p -> board.value(p.position(), valuation)).toList());
    BigDecimal s = median(statutory.stream().map(p -> board.value(p.position(), valuation)).toList());
    BigDecimal ratio = c != null && s != null && s.signum() > 0 ? c.divide(s, 2, RoundingMode.HALF_UP) : null;
    BigDecimal apart = community.isEmpty() || statutory.isEmpty() ? null
        : medianPosition(community).subtract(medianPosition(statutory)).divide(TWO, 2, RoundingMode.UNNECESSARY);
    return new GameResult.Divergence(c, s, ratio, apart);
  }

  private static BigDecimal medianPosition(List<Placed> placed) {
    return median(placed.stream().map(p -> BigDecimal.valueOf(p.position())).toList());
  }

  /** The median to the penny; null for no values. */
  public static BigDecimal median(List<BigDecimal> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<BigDecimal> v = values.stream().sorted(Comparator.naturalOrder()).toList();
    int n = v.size();
    BigDecimal m = n % 2 == 1 ? v.get(n / 2) : v.get(n / 2 - 1).add(v.get(n / 2)).divide(TWO);
    return m.setScale(2, RoundingMode.HALF_UP);
  }
}
