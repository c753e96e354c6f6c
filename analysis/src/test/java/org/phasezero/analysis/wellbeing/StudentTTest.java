package org.phasezero.analysis.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class StudentTTest {

  @Test
  void oneDegreeOfFreedomIsTheCauchyQuantile() {
    // nu = 1 is the Cauchy distribution: F^-1(p) = tan(pi (p - 1/2)).
    for (double p : new double[] {0.6, 0.9, 0.975, 0.995, 0.01}) {
      assertThat(StudentT.quantile(p, 1))
          .isCloseTo(Math.tan(Math.PI * (p - 0.5)), within(1e-9 * Math.abs(Math.tan(Math.PI * (p - 0.5)))));
    }
  }

  @Test
  void twoDegreesOfFreedomMatchTheClosedForm() {
    // nu = 2: F(t) = 1/2 + t / (2 sqrt(2 + t^2)); solving gives t = (2p - 1) / sqrt(2 p (1 - p)).
    // p = 0.975: 0.95 / sqrt(0.04875) = 0.95 / 0.2207940 = 4.302653.
    assertThat(StudentT.quantile(0.975, 2)).isCloseTo(4.302652729749465, within(1e-12));
    for (double p : new double[] {0.55, 0.8, 0.999}) {
      double expected = (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
      assertThat(StudentT.quantile(p, 2)).isCloseTo(expected, within(1e-11 * expected));
    }
  }

  @Test
  void criticalValuesMatchThePublishedTableAndAHighPrecisionReference() {
    // Two-sided 95% critical values as printed in standard t tables (3 decimals), and to 1e-12
    // against mpmath at 30 significant digits (findroot on 1 - I_x(nu/2, 1/2)/2 = 0.975).
    // (scipy 1.10's t.ppf is not precise enough for this: it is off by up to 1e-9 here.)
    double[][] table = {
        {3, 3.182, 3.1824463052837096}, {4, 2.776, 2.7764451051977944},
        {5, 2.571, 2.5705818356363155}, {9, 2.262, 2.2621571627982055},
        {10, 2.228, 2.2281388519862747}, {29, 2.045, 2.0452296421327043},
        {30, 2.042, 2.0422724563012383}, {100, 1.984, 1.9839715185235523},
        {1000, 1.962, 1.9623390808264085}};
    for (double[] row : table) {
      double t = StudentT.criticalValue(0.95, row[0]);
      assertThat(t).as("df %s", row[0]).isCloseTo(row[1], within(5e-4));
      assertThat(t).as("df %s", row[0]).isCloseTo(row[2], within(1e-12));
    }
  }

  @Test
  void largeDegreesOfFreedomApproachTheNormalQuantile() {
    // z = 1.959963984540054; Cornish-Fisher: t = z + z(z^2 + 1)/(4 nu) + O(nu^-2), and
    // z(z^2 + 1)/4 = 1.95996 * 4.84146 / 4 = 2.37228, so t(0.975, 10^6) = z + 2.37228e-6
    // (mpmath: 1.959966356814107). At this size ln-gamma cancellation limits us to about 1e-9.
    assertThat(StudentT.criticalValue(0.95, 1_000_000))
        .isCloseTo(1.959963984540054 + 2.37228e-6, within(1e-9));
  }

  @Test
  void otherTailsMatchTheHighPrecisionReference() {
    // mpmath, 30 digits: t(0.995, 7) and t(0.9, 3).
    assertThat(StudentT.quantile(0.995, 7)).isCloseTo(3.4994832973504939, within(1e-12));
    assertThat(StudentT.quantile(0.9, 3)).isCloseTo(1.6377443536962101, within(1e-12));
  }

  @Test
  void probabilitiesOutsideTheOpenUnitIntervalAreRejected() {
    assertThatThrownBy(() -> StudentT.quantile(1.0, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StudentT.quantile(0.5, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void quantileInvertsTheTail(@ForAll @DoubleRange(min = 0.001, max = 0.999, maxIncluded = true) @net.jqwik.api.constraints.Scale(6) double p,
      @ForAll @IntRange(min = 1, max = 500) int df) {
    double t = StudentT.quantile(p, df);
    assertThat(1 - StudentT.upperTail(t, df)).isCloseTo(p, within(1e-10));
  }

  @Property
  void quantileIsAntisymmetric(@ForAll @DoubleRange(min = 0.001, max = 0.999, maxIncluded = true) @net.jqwik.api.constraints.Scale(6) double p,
      @ForAll @IntRange(min = 1, max = 500) int df) {
    assertThat(StudentT.quantile(p, df)).isCloseTo(-StudentT.quantile(1 - p, df),
        within(1e-9 * Math.max(1, Math.abs(StudentT.quantile(p, df)))));
  }
}
