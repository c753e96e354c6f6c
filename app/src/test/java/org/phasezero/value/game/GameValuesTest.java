package org.phasezero.value.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phasezero.value.game.GameValues.Placed;

/**
 * The board's places and values, and the values a round gives, worked by hand. Goods at £10, £100
 * and £1,000 give seven places: below £10, about £10, between £10 and £100, about £100, between
 * £100 and £1,000, about £1,000, above £1,000.
 */
class GameValuesTest {

  static final GameBoard BOARD = new GameBoard(List.of(new GameGood(3, "A holiday", new BigDecimal("1000.00")),
      new GameGood(1, "A cinema ticket", new BigDecimal("10.00")), new GameGood(2, "A meal out", new BigDecimal("100.00"))));

  @Test
  void theBoardHasTwoPlacesPerGoodAndOneMore() {
    assertThat(BOARD.positions()).isEqualTo(7);
    assertThat(BOARD.goods()).extracting(GameGood::name).containsExactly("A cinema ticket", "A meal out", "A holiday");
    assertThat(BOARD.slots()).extracting(GameBoard.Slot::kind).containsExactly(GameBoard.Slot.Kind.BELOW,
        GameBoard.Slot.Kind.SAME, GameBoard.Slot.Kind.BETWEEN, GameBoard.Slot.Kind.SAME, GameBoard.Slot.Kind.BETWEEN,
        GameBoard.Slot.Kind.SAME, GameBoard.Slot.Kind.ABOVE);
    assertThat(BOARD.valid(-1)).isFalse();
    assertThat(BOARD.valid(7)).isFalse();
    assertThatThrownBy(() -> BOARD.slot(7)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void placesAreValuedCautiouslyOrAtTheGeometricMiddle() {
    String[] lower = {"0.00", "10.00", "10.00", "100.00", "100.00", "1000.00", "1000.00"};
    // √(10 × 100) = 31.6227…, √(100 × 1000) = 316.2277…
    String[] middle = {"0.00", "10.00", "31.62", "100.00", "316.23", "1000.00", "1000.00"};
    for (int p = 0; p < 7; p++) {
      assertThat(BOARD.value(p, Valuation.LOWER_BOUND)).as("lower, position " + p).isEqualTo(lower[p]);
      assertThat(BOARD.value(p, Valuation.GEOMETRIC_MIDPOINT)).as("middle, position " + p).isEqualTo(middle[p]);
    }
  }

  static ValueGame game(Valuation valuation) {
    return new ValueGame(1, 1, "P", "Game", LocalDate.of(2026, 5, 1), null, valuation, "ABCDEFGH", "x",
        Instant.EPOCH, null, null);
  }

  static final GameOutcome X = new GameOutcome(10, "X", null);
  static final GameOutcome Y = new GameOutcome(11, "Y", null);
  static final GameOutcome Z = new GameOutcome(12, "Z", null);

  /** A community member, community staff, statutory staff, a commissioner, and a removed community member. */
  static final List<GamePlayer> PLAYERS = List.of(
      new GamePlayer(1, "A", StakeholderGroup.COMMUNITY_MEMBER, GamePlayer.JoinedBy.ROOM, Instant.EPOCH, null),
      new GamePlayer(2, "B", StakeholderGroup.COMMUNITY_STAFF, GamePlayer.JoinedBy.PAPER, Instant.EPOCH, null),
      new GamePlayer(3, "C", StakeholderGroup.STATUTORY_STAFF, GamePlayer.JoinedBy.ROOM, Instant.EPOCH, null),
      new GamePlayer(4, "D", StakeholderGroup.COMMISSIONER, GamePlayer.JoinedBy.ROOM, Instant.EPOCH, null),
      new GamePlayer(5, "E", StakeholderGroup.COMMUNITY_MEMBER, GamePlayer.JoinedBy.ROOM, Instant.EPOCH,
          Instant.EPOCH));

  static final List<Placed> PLACED = List.of(
      // X in round 1: A £100, B £10, C £10, D £100; E's £1,000 does not count (removed).
      new Placed(1, 1, 10, 4), new Placed(1, 2, 10, 2), new Placed(1, 3, 10, 1), new Placed(1, 4, 10, 3),
      new Placed(1, 5, 10, 6),
      // Y in round 1: A about £1,000, B between £100 and £1,000; C about £10, D between £10 and £100.
      new Placed(1, 1, 11, 5), new Placed(1, 2, 11, 4), new Placed(1, 3, 11, 1), new Placed(1, 4, 11, 2),
      // Z in round 1: A below everything, C above everything.
      new Placed(1, 1, 12, 0), new Placed(1, 3, 12, 6),
      // Round 2: only A places X, about £100.
      new Placed(2, 1, 10, 3));

  @Test
  void aRoundGivesEachCohortTheMedianOfItsPlacements() {
    GameResult r = GameValues.result(game(Valuation.LOWER_BOUND), BOARD, List.of(X, Y, Z), PLAYERS, PLACED, 1);
    assertThat(r.round()).isEqualTo(1);
    assertThat(r.roundsPlayed()).containsExactly(1, 2);
    assertThat(r.players()).isEqualTo(4);
    GameResult.OutcomeValues x = r.outcomes().get(0);
    // Community side £100 and £10: median £55; statutory £10 and £100: £55; everyone the same.
    assertThat(x.of(Cohort.COMMUNITY_SIDE).median()).isEqualTo("55.00");
    assertThat(x.of(Cohort.STATUTORY_SIDE).median()).isEqualTo("55.00");
    assertThat(x.of(Cohort.EVERYONE).n()).isEqualTo(4);
    assertThat(x.of(Cohort.EVERYONE).median()).isEqualTo("55.00");
    assertThat(x.of(Cohort.EVERYONE).min()).isEqualTo("10.00");
    assertThat(x.of(Cohort.EVERYONE).max()).isEqualTo("100.00");
    assertThat(x.of(Cohort.COMMUNITY_MEMBERS).median()).isEqualTo("100.00");
    assertThat(x.of(Cohort.COMMISSIONERS).n()).isEqualTo(1);
    // Positions: community 4 and 2 (median 3), statutory 1 and 3 (median 2): half a good apart, ratio 1.
    assertThat(x.divergence().goodsApart()).isEqualTo("0.50");
    assertThat(x.divergence().ratio()).isEqualTo("1.00");
    // Everyone's median by round: £55 in round 1, £100 (A alone) in round 2.
    assertThat(x.everyoneByRound()).containsExactly(new BigDecimal("55.00"), new BigDecimal("100.00"));

    GameResult.OutcomeValues y = r.outcomes().get(1);
    // Community £1,000 and £100: £550; statutory £10 and £10: £10; ratio 55; positions 5,4 vs 1,2: 1.5 goods.
    assertThat(y.divergence().community()).isEqualTo("550.00");
    assertThat(y.divergence().statutory()).isEqualTo("10.00");
    assertThat(y.divergence().ratio()).isEqualTo("55.00");
    assertThat(y.divergence().goodsApart()).isEqualTo("1.50");

    GameResult.OutcomeValues z = r.outcomes().get(2);
    assertThat(z.of(Cohort.COMMUNITY_SIDE).median()).isEqualTo("0.00");
    assertThat(z.of(Cohort.COMMUNITY_SIDE).openEnded()).isEqualTo(1);
    assertThat(z.of(Cohort.STATUTORY_SIDE).median()).isEqualTo("1000.00");
    assertThat(z.divergence().ratio()).isEqualTo("0.00");
    assertThat(z.divergence().goodsApart()).isEqualTo("-3.00");
    assertThat(z.of(Cohort.COMMUNITY_STAFF).median()).isNull();
  }

  @Test
  void theGeometricMiddleChangesOnlyPlacesBetweenGoods() {
    GameResult r = GameValues.result(game(Valuation.GEOMETRIC_MIDPOINT), BOARD, List.of(X, Y, Z), PLAYERS, PLACED, 1);
    GameResult.OutcomeValues y = r.outcomes().get(1);
    // Community £1,000 and √(100 × 1000) = £316.23: £658.115 → £658.12; statutory £10 and £31.62: £20.81.
    assertThat(y.divergence().community()).isEqualTo("658.12");
    assertThat(y.divergence().statutory()).isEqualTo("20.81");
    // 658.12 ÷ 20.81 = 31.625…
    assertThat(y.divergence().ratio()).isEqualTo("31.63");
  }

  @Test
  void aSideThatDidNotPlaceAnOutcomeLeavesNoDivergence() {
    GameResult r = GameValues.result(game(Valuation.LOWER_BOUND), BOARD, List.of(X), PLAYERS, PLACED, 2);
    GameResult.OutcomeValues x = r.outcomes().get(0);
    assertThat(x.divergence().statutory()).isNull();
    assertThat(x.divergence().ratio()).isNull();
    assertThat(x.divergence().goodsApart()).isNull();
    assertThat(r.players()).isEqualTo(1);
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwoToThePenny() {
    assertThat(GameValues.median(List.of())).isNull();
    assertThat(GameValues.median(List.of(new BigDecimal("3.50")))).isEqualTo("3.50");
    assertThat(GameValues.median(List.of(new BigDecimal("0.01"), new BigDecimal("0.02")))).isEqualTo("0.02");
    assertThat(GameValues.median(List.of(new BigDecimal("12.00"), new BigDecimal("3.50"), new BigDecimal("60.00"))))
        .isEqualTo("12.00");
  }

  @Test
  void codesAreEightUnambiguousCharactersAndTypedCodesAreForgiven() {
    for (int i = 0; i < 200; i++) {
      assertThat(ValueGames.newCode()).matches("[A-HJKMNP-Z2-9]{8}");
    }
    assertThat(ValueGames.normaliseCode(" abcd-efgh ")).isEqualTo("ABCDEFGH");
    assertThat(ValueGames.normaliseCode(null)).isEmpty();
  }

  @Test
  void cohortsFollowTheSides() {
    assertThat(Cohort.COMMUNITY_SIDE.includes(StakeholderGroup.COMMUNITY_STAFF)).isTrue();
    assertThat(Cohort.COMMUNITY_SIDE.includes(StakeholderGroup.COMMISSIONER)).isFalse();
    assertThat(Cohort.STATUTORY_SIDE.includes(StakeholderGroup.STATUTORY_STAFF)).isTrue();
    assertThat(Cohort.EVERYONE.includes(StakeholderGroup.COMMISSIONER)).isTrue();
    assertThat(Cohort.COMMISSIONERS.includes(StakeholderGroup.STATUTORY_STAFF)).isFalse();
  }
}
