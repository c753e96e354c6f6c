package org.phasezero.evidence.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phasezero.analysis.agreement.ReliabilityData;

/**
 * Hand-worked rounds, without a database: which units a coding counts for, missing cells for a
 * source a coder did not finish, and the figures for three coders with a missing cell.
 */
class RoundAgreementTest {

  // Source 1: units [0,10) and [10,20); source 2: unit [0,30).
  static final List<RoundUnit> UNITS = List.of(new RoundUnit(11, 1, 0, 0, 10), new RoundUnit(12, 1, 1, 10, 20),
      new RoundUnit(21, 2, 0, 0, 30));
  static final long CODE = 7;

  static RoundCoding coding(String coder, long source, int start, int end) {
    return new RoundCoding(0, coder, CODE, source, start, end, false);
  }

  @Test
  void aCodingCountsForEveryUnitItOverlapsAndNoneItOnlyTouches() {
    ReliabilityUnits u = ReliabilityUnits.of(List.of("a", "b"), List.of(CODE), UNITS,
        Map.of("a", Set.of(1L, 2L), "b", Set.of(1L, 2L)),
        List.of(coding("a", 1, 10, 12), coding("b", 1, 8, 12), coding("b", 2, 29, 30)));
    assertThat(new int[] {u.cell(0, 0, 0), u.cell(1, 0, 0), u.cell(2, 0, 0)}).containsExactly(0, 1, 0);
    assertThat(new int[] {u.cell(0, 0, 1), u.cell(1, 0, 1), u.cell(2, 0, 1)}).containsExactly(1, 1, 1);
  }

  @Test
  void aCodeAppliedToFewPassagesIsMarkedToReadWithCare() {
    // 20 units, coded by a and b: both say no to 18, a alone says yes to one, both say yes to one.
    List<RoundUnit> units = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      units.add(new RoundUnit(100 + i, 1, i, 10 * i, 10 * i + 10));
    }
    ReliabilityUnits u = ReliabilityUnits.of(List.of("a", "b"), List.of(CODE), units,
        Map.of("a", Set.of(1L), "b", Set.of(1L)),
        List.of(coding("a", 1, 0, 5), coding("b", 1, 0, 5), coding("a", 1, 10, 15)));
    Agreement rare = RoundAgreement.compute(u, Map.of(CODE, "Trust"), new LinkedHashMap<>(), List.of(), 7).get(1);
    // 19 of 20 agree (95%), yet alpha is 0.675 with an interval from about 0 to 1.
    assertThat(rare.percent()).isCloseTo(0.95, within(1e-12));
    assertThat(rare.readWithCare()).isTrue();
    Agreement clear = new Agreement(CODE, "Clear", 100, 2, 100, 0.95, 0.9, 0.9, 100, 0.9, 0.8, 0.97, null);
    assertThat(clear.readWithCare()).isFalse();
    assertThat(new Agreement(CODE, "Paradox", 100, 2, 100, 0.96, 0.5, 0.5, 100, 0.5, 0.4, 0.6, null).readWithCare())
        .as("high agreement, low alpha").isTrue();
    assertThat(new Agreement(CODE, "Wide", 100, 2, 100, 0.7, 0.5, 0.5, 100, 0.7, 0.2, 0.9, null).readWithCare())
        .as("a wide interval").isTrue();
    assertThat(new Agreement(CODE, "Undefined", 100, 2, 100, 1.0, null, null, 0, null, null, null, null).readWithCare())
        .isFalse();
  }

  @Test
  void aSourceACoderDidNotFinishIsMissingForThemNotZero() {
    ReliabilityUnits u = ReliabilityUnits.of(List.of("a", "b"), List.of(CODE), UNITS,
        Map.of("a", Set.of(1L, 2L), "b", Set.of(1L)), List.of(coding("b", 2, 0, 5)));
    assertThat(u.cell(2, 0, 1)).isEqualTo(ReliabilityData.MISSING);
    assertThat(u.cell(2, 0, 0)).isZero();
    assertThat(u.cell(0, 0, 1)).isZero();
  }

  @Test
  void threeCodersWithAMissingCellAsWorkedByHand() {
    // Unit 1: 1,1,1; unit 2: 1,0,0; unit 3: 0,0 and c did not finish source 2.
    ReliabilityUnits u = ReliabilityUnits.of(List.of("a", "b", "c"), List.of(CODE), UNITS,
        Map.of("a", Set.of(1L, 2L), "b", Set.of(1L, 2L), "c", Set.of(1L)),
        List.of(coding("a", 1, 2, 5), coding("a", 1, 12, 15), coding("b", 1, 0, 10), coding("c", 1, 5, 8)));
    List<Agreement> rows = RoundAgreement.compute(u, Map.of(CODE, "Trust"), new LinkedHashMap<>(), List.of(), 42);
    Agreement overall = rows.get(0);
    assertThat(overall.overall()).isTrue();
    assertThat(rows.get(1).codeName()).isEqualTo("Trust");
    // Percent: unit means 1, 1/3 and 1.
    assertThat(overall.percent()).isCloseTo(7.0 / 9, within(1e-12));
    // Alpha: o11 = 3, o00 = 3, o10 = o01 = 1, n = 8; Do = 2/8, De = 2 · 4 · 4/(8 · 7); alpha = 9/16.
    assertThat(overall.alpha()).isCloseTo(9.0 / 16, within(1e-12));
    // Fleiss on the two complete units: P̄ = 2/3, Pe = 5/9, kappa = 1/4.
    assertThat(overall.fleissKappa()).isCloseTo(0.25, within(1e-12));
    assertThat(overall.fleissUnits()).isEqualTo(2);
    assertThat(overall.cohenKappa()).as("Cohen's kappa needs exactly two coders").isNull();
    assertThat(overall.unitisedAlpha()).as("no source every coder finished").isNull();
    assertThat(overall.alphaLow()).isNotNull();
  }

  @Test
  void unitisedAlphaIsPerfectWhenTheSpansAreTheSameAndOverlappingSpansCountOnce() {
    List<RoundCoding> codings = List.of(coding("a", 1, 2, 8), coding("a", 1, 4, 9), coding("b", 1, 2, 9));
    ReliabilityUnits u = ReliabilityUnits.of(List.of("a", "b"), List.of(CODE), UNITS,
        Map.of("a", Set.of(1L), "b", Set.of(1L)), codings);
    LinkedHashMap<Long, Integer> lengths = new LinkedHashMap<>(Map.of(1L, 20));
    Agreement overall = RoundAgreement.compute(u, Map.of(CODE, "Trust"), lengths, codings, 1).get(0);
    assertThat(overall.unitisedAlpha()).isCloseTo(1.0, within(1e-12));
    assertThat(overall.alpha()).as("both coded unit 1 only: no variation within units, alpha = 1").isCloseTo(1.0,
        within(1e-12));
  }

  @Test
  void noVariationLeavesKappaAndAlphaUndefinedNotZero() {
    ReliabilityUnits u = ReliabilityUnits.of(List.of("a", "b"), List.of(CODE), UNITS,
        Map.of("a", Set.of(1L, 2L), "b", Set.of(1L, 2L)), List.of());
    Agreement overall = RoundAgreement.compute(u, Map.of(CODE, "Trust"), new LinkedHashMap<>(), List.of(), 1).get(0);
    assertThat(overall.percent()).isEqualTo(1.0);
    assertThat(overall.alpha()).isNull();
    assertThat(overall.cohenKappa()).isNull();
    assertThat(overall.alphaLow()).isNull();
  }
}
