package org.phasezero.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

  private static final double NA = Double.NaN;

  /**
   * Krippendorff (2011) "Computing Krippendorff's Alpha-Reliability", example C: 4 observers × 12
   * units, values 1–5, missing cells.
   */
  static final double[][] KRIPPENDORFF_2011_C = {
      {1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA},
      {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3},
      {NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA},
      {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA},
  };

  @Test
  void coincidenceMatrixOfThePublishedExampleMatchesThePaper() {
    // The paper's matrix (section C): rows/columns values 1..5; unit 1 (1,1,1) adds 3·2/2 = 3 to
    // o11, unit 2 (2,2,3,2) adds 6/3 = 2 to o22 and 3/3 = 1 to o23 and o32, and so on.
    CoincidenceMatrix o = CoincidenceMatrix.of(ReliabilityData.ofNumbers(KRIPPENDORFF_2011_C));
    double third = 1.0 / 3;
    double[][] expected = {
        {7, 4 * third, third, third, 0},
        {4 * third, 10, 4 * third, third, 0},
        {third, 4 * third, 8, third, 0},
        {third, third, third, 4, 0},
        {0, 0, 0, 0, 3},
    };
    for (int c = 0; c < 5; c++) {
      for (int k = 0; k < 5; k++) {
        assertThat(o.count(c, k)).as("o[%d][%d]", c + 1, k + 1).isCloseTo(expected[c][k],
            within(1e-12));
      }
    }
    assertThat(o.total()).isEqualTo(40.0);
    // Unit 12 has a single value (3) and is not pairable.
    assertThat(o.pairableUnits()).isEqualTo(11);
  }

  @Test
  void nominalAlphaOfThePublishedExampleIs0743() {
    // With n = 40, Σ o_cc = 7 + 10 + 8 + 4 + 3 = 32 and marginals 9, 13, 10, 5, 3:
    // α = ((n − 1)Σ o_cc − Σ n_c(n_c − 1)) / (n(n − 1) − Σ n_c(n_c − 1))
    //   = (39·32 − (72 + 156 + 90 + 20 + 6)) / (1560 − 344) = 904 / 1216 = 0.74342…
    AlphaEstimate a = alpha(KRIPPENDORFF_2011_C, MeasurementLevel.NOMINAL);
    assertThat(a.alpha()).isCloseTo(904.0 / 1216.0, within(1e-12));
    assertThat(a.pairableValues()).isEqualTo(40);
    assertThat(a.pairableUnits()).isEqualTo(11);
    assertThat(a.units()).isEqualTo(12);
    assertThat(a.coders()).isEqualTo(4);
  }

  @Test
  void otherLevelsOfThePublishedExampleMatchThePaper() {
    // Published in Krippendorff (2011), section C: ordinal .815, interval .849, ratio .797.
    assertThat(alpha(KRIPPENDORFF_2011_C, MeasurementLevel.ORDINAL).alpha())
        .isCloseTo(0.815, within(5e-4));
    assertThat(alpha(KRIPPENDORFF_2011_C, MeasurementLevel.INTERVAL).alpha())
        .isCloseTo(0.849, within(5e-4));
    assertThat(alpha(KRIPPENDORFF_2011_C, MeasurementLevel.RATIO).alpha())
        .isCloseTo(0.797, within(5e-4));
  }

  @Test
  void intervalAlphaOfATinyExampleIsFiveSixths() {
    // Units (1,2), (3,3), (5,4): n = 6.
    // D_o = (1/6)(2·1² + 0 + 2·1²)/1 = 2/3. Values 1,2,3,3,5,4 have mean 3 and SS = 10, so
    // Σ_{i≠j}(x_i − x_j)² = 2·6·10 = 120 and D_e = 120/(6·5) = 4. α = 1 − (2/3)/4 = 5/6.
    AlphaEstimate a = alpha(new double[][] {{1, 3, 5}, {2, 3, 4}}, MeasurementLevel.INTERVAL);
    assertThat(a.observedDisagreement()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(a.expectedDisagreement()).isCloseTo(4.0, within(1e-12));
    assertThat(a.alpha()).isCloseTo(5.0 / 6, within(1e-12));
  }

  @Test
  void intervalAlphaIgnoresAHugeCommonOffset() {
    // Adding 10^9 to every value changes no difference, so alpha must not change either; a
    // naive Σx² − (Σx)²/n would lose most digits here.
    double offset = 1e9;
    double[][] shifted = {{1 + offset, 3 + offset, 5 + offset}, {2 + offset, 3 + offset,
        4 + offset}};
    assertThat(alpha(shifted, MeasurementLevel.INTERVAL).alpha()).isCloseTo(5.0 / 6,
        within(1e-9));
  }

  @Test
  void intervalDisagreementWithinUnitsSurvivesUnitsFarApart() {
    // Units (0, 1) and (1e8, 1e8 + 1): each contributes 2·1²/(2 − 1) = 2, so D_o = 4/4 = 1
    // exactly. Sums of squares about the overall mean (≈ 5e7) would lose these digits.
    AlphaEstimate a = alpha(new double[][] {{0, 1e8}, {1, 1e8 + 1}}, MeasurementLevel.INTERVAL);
    assertThat(a.observedDisagreement()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void stringLabelsInAGivenOrderWorkAtTheOrdinalLevel() {
    // The same example with 1..5 renamed a..e in that order gives the same ordinal alpha.
    String[] names = {"a", "b", "c", "d", "e"};
    String[][] labels = new String[4][12];
    for (int c = 0; c < 4; c++) {
      for (int u = 0; u < 12; u++) {
        double v = KRIPPENDORFF_2011_C[c][u];
        labels[c][u] = Double.isNaN(v) ? null : names[(int) v - 1];
      }
    }
    ReliabilityData data = ReliabilityData.ofLabels(labels, List.of(names));
    assertThat(KrippendorffAlpha.estimate(data, MeasurementLevel.ORDINAL).alpha())
        .isCloseTo(alpha(KRIPPENDORFF_2011_C, MeasurementLevel.ORDINAL).alpha(), within(1e-12));
  }

  @Test
  void unorderedStringLabelsAreRefusedAtTheOrdinalLevel() {
    ReliabilityData data = ReliabilityData.ofLabels(new String[][] {{"x", "y"}, {"x", "x"}}, null);
    assertThatThrownBy(() -> KrippendorffAlpha.estimate(data, MeasurementLevel.ORDINAL))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order");
    assertThatThrownBy(() -> KrippendorffAlpha.estimate(data, MeasurementLevel.INTERVAL))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numeric");
  }

  @Test
  void aLabelOutsideTheOrderIsRefused() {
    assertThatThrownBy(() -> ReliabilityData.ofLabels(new String[][] {{"low", "high"},
        {"low", "medium"}}, List.of("low", "high")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("medium");
  }

  @Test
  void oneCoderIsRefused() {
    assertThatThrownBy(() -> alpha(new double[][] {{1, 2, 3}}, MeasurementLevel.NOMINAL))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two coders");
  }

  @Test
  void dataWithoutPairableValuesAreRefused() {
    assertThatThrownBy(() -> alpha(new double[][] {{1, NA}, {NA, 2}}, MeasurementLevel.NOMINAL))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no pairable values");
  }

  @Test
  void negativeValuesAreRefusedAtTheRatioLevel() {
    assertThatThrownBy(() -> alpha(new double[][] {{-1, 2}, {1, 2}}, MeasurementLevel.RATIO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(">= 0");
  }

  @Test
  void alphaIsUndefinedWhenThePairableValuesDoNotVary() {
    // D_e = 0: every pairable value is 2; unit 3's lone 7 is not pairable.
    AlphaEstimate a = alpha(new double[][] {{2, 2, 7}, {2, 2, NA}}, MeasurementLevel.NOMINAL);
    assertThat(a.alpha()).isNaN();
    assertThat(a.pairableValues()).isEqualTo(4);
  }

  @Test
  void systematicDisagreementGivesNegativeAlpha() {
    // Two coders who always disagree on two values: o_12 = o_21 = 2, n = 4, n_1 = n_2 = 2.
    // D_o = 4/4 = 1, D_e = (2·2 + 2·2)/(4·3) = 2/3, α = 1 − 3/2 = −1/2.
    assertThat(alpha(new double[][] {{1, 2}, {2, 1}}, MeasurementLevel.NOMINAL).alpha())
        .isCloseTo(-0.5, within(1e-12));
  }

  static AlphaEstimate alpha(double[][] matrix, MeasurementLevel level) {
    return KrippendorffAlpha.estimate(ReliabilityData.ofNumbers(matrix), level);
  }
}
