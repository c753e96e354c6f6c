package org.phasezero.analysis.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class GroupChangeTest {

  @Test
  void meanSdAndConfidenceIntervalOfAWorkedExample() {
    // Changes 1, 2, 3, 6: mean 12/4 = 3; deviations -2, -1, 0, 3; squares 4+1+0+9 = 14;
    // s^2 = 14/3, s = 2.1602469; se = s/2 = 1.0801234; t(0.975, 3) = 3.1824463 (t table);
    // half width = 1.0801234 * 3.1824463 = 3.4374343; CI = (-0.4374343, 6.4374343).
    GroupChange g = GroupChange.of(new double[] {1, 2, 3, 6}, 3.0);
    assertThat(g.n()).isEqualTo(4);
    assertThat(g.meanChange()).isEqualTo(3.0);
    assertThat(g.sd()).isCloseTo(2.1602469, within(1e-7));
    assertThat(g.ciLow()).isCloseTo(-0.4374343, within(1e-6));
    assertThat(g.ciHigh()).isCloseTo(6.4374343, within(1e-6));
    // Threshold 3: 3 and 6 improved; 1 and 2 did not change meaningfully; none worsened.
    assertThat(g.improved()).isEqualTo(2);
    assertThat(g.noChange()).isEqualTo(2);
    assertThat(g.worsened()).isZero();
  }

  @Test
  void aChangeOfExactlyMinusTheThresholdCountsAsWorsened() {
    GroupChange g = GroupChange.of(new double[] {-1, -0.99, 0.99, 1}, 1.0);
    assertThat(g.worsened()).isEqualTo(1);
    assertThat(g.noChange()).isEqualTo(2);
    assertThat(g.improved()).isEqualTo(1);
  }

  @Test
  void metricDifferencesAtTheThresholdAreNotLostToRounding() {
    // SWEMWBS raw 11 -> 12 is metric 13.33 -> 14.08 = 0.75; raw 8 -> 9 is 9.51 -> 11.25 = 1.74.
    // 17.98 - 16.88 = 1.10 but 16.36 - 15.32 = 1.04 and 15.32 - 14.32 would be 1.00 exactly:
    // in binary, 15.32 - 14.32 is 0.99999999999999982, which must still count as improved.
    assertThat(ChangeCategory.of(15.32 - 14.32, 1.0)).isEqualTo(ChangeCategory.IMPROVED);
    assertThat(ChangeCategory.of(14.08 - 13.33, 1.0)).isEqualTo(ChangeCategory.NO_CHANGE);
  }

  @Test
  void oneChangeHasNoSpreadOrInterval() {
    GroupChange g = GroupChange.of(new double[] {4}, 3.0);
    assertThat(g.meanChange()).isEqualTo(4.0);
    assertThat(g.sd()).isNaN();
    assertThat(g.ciLow()).isNaN();
    assertThat(g.improved()).isEqualTo(1);
  }

  @Test
  void noChangesIsAnError() {
    assertThatThrownBy(() -> GroupChange.of(new double[0], 3.0))
        .hasMessageContaining("no one has both");
  }

  @Test
  void aNonPositiveThresholdIsRejected() {
    assertThatThrownBy(() -> GroupChange.of(new double[] {1, 2}, 0))
        .hasMessageContaining("threshold must be positive");
  }

  @Test
  void personChangeOfSwemwbsIsOnTheMetricScore() {
    // Pre raw 22 (metric 19.98), post raw 25 (metric 22.35): change 2.37 metric points, improved.
    WellbeingScore pre = WellbeingScale.SWEMWBS.score(4, 3, 3, 4, 2, 3, 3);
    WellbeingScore post = WellbeingScale.SWEMWBS.score(4, 4, 4, 4, 3, 3, 3);
    PersonChange c = PersonChange.of("p1", pre, post, 1.0);
    assertThat(c.change()).isCloseTo(2.37, within(1e-12));
    assertThat(c.category()).isEqualTo(ChangeCategory.IMPROVED);
  }

  @Property
  void intervalContainsTheMeanAndShiftsWithTheData(
      @ForAll @Size(min = 2, max = 40) List<@DoubleRange(min = -30, max = 30) Double> values,
      @ForAll @DoubleRange(min = -10, max = 10) double shift) {
    double[] d = values.stream().mapToDouble(Double::doubleValue).toArray();
    double[] shifted = values.stream().mapToDouble(v -> v + shift).toArray();
    GroupChange g = GroupChange.of(d, 3.0);
    GroupChange h = GroupChange.of(shifted, 3.0);
    assertThat(g.ciLow()).isLessThanOrEqualTo(g.meanChange());
    assertThat(g.ciHigh()).isGreaterThanOrEqualTo(g.meanChange());
    assertThat(h.ciLow() - g.ciLow()).isCloseTo(shift, within(1e-9));
    assertThat(h.sd()).isCloseTo(g.sd(), within(1e-9));
    assertThat(g.improved() + g.noChange() + g.worsened()).isEqualTo(g.n());
  }
}
