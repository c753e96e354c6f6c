package org.phasezero.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class KappaTest {

  /**
   * Coder A in rows, coder B in columns, 30 units. Row totals 12, 13, 5; column totals 13, 11, 6.
   */
  private static final long[][] THREE_BY_THREE = {
      {10, 2, 0},
      {3, 8, 2},
      {0, 1, 4},
  };

  @Test
  void unweightedKappaOfAThreeByThreeTable() {
    // p_o = 22/30; p_e = (12·13 + 13·11 + 5·6)/900 = 329/900;
    // κ = (660 − 329)/(900 − 329) = 331/571.
    CohenKappa.Result k = CohenKappa.ofTable(THREE_BY_THREE, KappaWeights.UNWEIGHTED);
    assertThat(k.observedAgreement()).isCloseTo(22.0 / 30, within(1e-12));
    assertThat(k.expectedAgreement()).isCloseTo(329.0 / 900, within(1e-12));
    assertThat(k.kappa()).isCloseTo(331.0 / 571, within(1e-12));
    assertThat(k.units()).isEqualTo(30);
  }

  @Test
  void linearlyWeightedKappaOfAThreeByThreeTable() {
    // Weights |i − j|/2. Observed Σ v·count = 2·½ + 3·½ + 2·½ + 1·½ = 4 (of 30 → 120/900);
    // expected Σ v·row·col = ½(12·11 + 13·13 + 13·6 + 5·11) + 1(12·6 + 5·13) = 217 + 137 = 354
    // (/900). κ = 1 − 120/354 = 234/354.
    assertThat(CohenKappa.ofTable(THREE_BY_THREE, KappaWeights.LINEAR).kappa())
        .isCloseTo(234.0 / 354, within(1e-12));
  }

  @Test
  void quadraticallyWeightedKappaOfAThreeByThreeTable() {
    // Weights ((i − j)/2)²: ¼ next door, 1 two apart. Observed ¼(2 + 3 + 2 + 1) = 2 → 60/900;
    // expected ¼(132 + 169 + 78 + 55) + 137 = 108.5 + 137 = 245.5 (/900). κ = 1 − 60/245.5.
    assertThat(CohenKappa.ofTable(THREE_BY_THREE, KappaWeights.QUADRATIC).kappa())
        .isCloseTo(1 - 60 / 245.5, within(1e-12));
  }

  @Test
  void kappaFromPairsSkipsUnitsEitherCoderLeftMissing() {
    // Units 3 and 4 are dropped; the rest is perfect agreement on two categories.
    int[] a = {0, 1, ReliabilityData.MISSING, 0};
    int[] b = {0, 1, 1, ReliabilityData.MISSING};
    CohenKappa.Result k = CohenKappa.ofPairs(a, b, 2, KappaWeights.UNWEIGHTED);
    assertThat(k.units()).isEqualTo(2);
    assertThat(k.kappa()).isEqualTo(1.0);
  }

  @Test
  void kappaIsUndefinedWhenBothCodersUseOneCategory() {
    assertThat(CohenKappa.ofTable(new long[][] {{5, 0}, {0, 0}}, KappaWeights.UNWEIGHTED).kappa())
        .isNaN();
  }

  @Test
  void fleissKappaOfTwoRatersEqualsScottsPiByHand() {
    // Subjects rated (0,0), (1,1), (0,1), (1,1): P_i = 1, 1, 0, 1 so P̄ = 3/4; p_0 = 3/8,
    // p_1 = 5/8, P̄e = 9/64 + 25/64 = 34/64; κ = (48/64 − 34/64)/(30/64) = 14/30.
    FleissKappa.Result k = FleissKappa.ofRatings(new int[][] {{0, 0}, {1, 1}, {0, 1}, {1, 1}}, 2);
    assertThat(k.meanAgreement()).isCloseTo(0.75, within(1e-12));
    assertThat(k.chanceAgreement()).isCloseTo(34.0 / 64, within(1e-12));
    assertThat(k.kappa()).isCloseTo(14.0 / 30, within(1e-12));
  }

  @Test
  void fleissKappaRefusesUnequalNumbersOfRatings() {
    assertThatThrownBy(() -> FleissKappa.ofCounts(new long[][] {{2, 1}, {1, 1}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subject 2");
  }

  @Property(tries = 300)
  void kappaNeverExceedsOne(@ForAll long seed) {
    Random random = new Random(seed);
    int k = 2 + random.nextInt(4);
    long[][] table = new long[k][k];
    for (long[] row : table) {
      for (int j = 0; j < k; j++) {
        row[j] = random.nextInt(4);
      }
    }
    table[0][0]++;
    for (KappaWeights w : KappaWeights.values()) {
      double kappa = CohenKappa.ofTable(table, w).kappa();
      assertThat(Double.isNaN(kappa) || kappa <= 1 + 1e-12).as(w.label()).isTrue();
    }
    int raters = 2 + random.nextInt(5);
    int[][] ratings = new int[3 + random.nextInt(10)][raters];
    for (int[] subject : ratings) {
      for (int r = 0; r < raters; r++) {
        subject[r] = random.nextInt(k);
      }
    }
    double fleiss = FleissKappa.ofRatings(ratings, k).kappa();
    assertThat(Double.isNaN(fleiss) || fleiss <= 1 + 1e-12).isTrue();
  }
}
