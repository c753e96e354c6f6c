package org.phasezero.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PercentAgreementTest {

  @Test
  void averagesTheShareOfAgreeingPairsOverPairableUnits() {
    // Units (a,a,a): 3 of 3 pairs agree; (a,a,b): 1 of 3; (a,b,–): 0 of 1; (a,–,–) not pairable.
    // Mean over the three pairable units = (1 + 1/3 + 0)/3 = 4/9; pairs 7, agreeing 4.
    String[][] labels = {
        {"a", "a", "a", "a"},
        {"a", "a", "b", null},
        {"a", "b", null, null},
    };
    PercentAgreement.Result r = PercentAgreement.of(ReliabilityData.ofLabels(labels, null));
    assertThat(r.agreement()).isCloseTo(4.0 / 9, within(1e-12));
    assertThat(r.pairableUnits()).isEqualTo(3);
    assertThat(r.pairs()).isEqualTo(7);
    assertThat(r.agreeingPairs()).isEqualTo(4);
  }

  @Test
  void twoCodersAgreeOnTheShareOfUnitsWithTheSameLabel() {
    // Cohen's grant example as a matrix: 35 of 50 units agree.
    String[][] labels = new String[2][50];
    for (int u = 0; u < 50; u++) {
      labels[0][u] = u < 25 ? "Yes" : "No";
      labels[1][u] = u < 20 || (u >= 25 && u < 35) ? "Yes" : "No";
    }
    assertThat(PercentAgreement.of(ReliabilityData.ofLabels(labels, null)).agreement())
        .isCloseTo(0.7, within(1e-12));
  }

  @Test
  void dataWithoutPairableUnitsAreRefused() {
    assertThatThrownBy(() -> PercentAgreement.of(ReliabilityData.ofLabels(
        new String[][] {{"a", null}, {null, "b"}}, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no pairable");
  }
}
