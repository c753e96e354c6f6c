package org.phasezero.analysis.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void linearInterpolationBetweenOrderStatistics() {
    // 1, 2, 3, 4, 10: h = 4q. q = 0.05: h = 0.2 -> 1 + 0.2 x 1 = 1.2.
    // q = 0.5: h = 2 -> 3. q = 0.95: h = 3.8 -> 4 + 0.8 x 6 = 8.8 (numpy.percentile agrees).
    double[] x = {1, 2, 3, 4, 10};
    assertThat(Percentiles.ofSorted(x, 0.05)).isCloseTo(1.2, within(1e-12));
    assertThat(Percentiles.ofSorted(x, 0.5)).isEqualTo(3.0);
    assertThat(Percentiles.ofSorted(x, 0.95)).isCloseTo(8.8, within(1e-12));
    assertThat(Percentiles.ofSorted(x, 1)).isEqualTo(10.0);
    assertThat(Percentiles.ofSorted(x, 0)).isEqualTo(1.0);
  }

  @Test
  void summaryMeanAndPercentilesOfUnsortedValues() {
    DistributionSummary s = DistributionSummary.of(new double[] {10, 1, 4, 3, 2});
    assertThat(s.mean()).isEqualTo(4.0);
    assertThat(s.p50()).isEqualTo(3.0);
    assertThat(s.p95()).isCloseTo(8.8, within(1e-12));
  }
}
