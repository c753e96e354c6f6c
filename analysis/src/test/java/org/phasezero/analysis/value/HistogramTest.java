package org.phasezero.analysis.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class HistogramTest {

  @Test
  void theWorkedExampleFromTheJavadoc() {
    Histogram h = Histogram.of(new double[] {1, 2, 2, 3, 4}, 3);
    assertThat(h.bins()).extracting(Histogram.Bin::count).containsExactly(1, 2, 2);
    assertThat(h.bins().get(0).from()).isEqualTo(1.0);
    assertThat(h.bins().get(1).from()).isEqualTo(2.0);
    assertThat(h.bins().get(2).to()).isEqualTo(4.0);
    assertThat(h.tallest()).isEqualTo(2);
  }

  @Test
  void equalValuesMakeOneBinAndASingleValueToo() {
    assertThat(Histogram.of(new double[] {2.5, 2.5, 2.5}, 10).bins())
        .containsExactly(new Histogram.Bin(2.5, 2.5, 3));
    assertThat(Histogram.of(new double[] {7}, 4).bins()).containsExactly(new Histogram.Bin(7, 7, 1));
  }

  @Test
  void refusesNoValuesNoBinsAndNaN() {
    assertThatThrownBy(() -> Histogram.of(new double[0], 3)).hasMessageContaining("no values");
    assertThatThrownBy(() -> Histogram.of(new double[] {1}, 0)).hasMessageContaining("bins");
    assertThatThrownBy(() -> Histogram.of(new double[] {1, Double.NaN}, 2))
        .hasMessageContaining("not a number");
  }

  @Property
  void everyValueIsCountedOnceInABinThatHoldsIt(
      @ForAll @Size(min = 1, max = 200) double[] values, @ForAll @IntRange(min = 1, max = 40) int k) {
    for (double v : values) {
      if (Double.isNaN(v) || Double.isInfinite(v) || Math.abs(v) > 1e12) {
        return;
      }
    }
    Histogram h = Histogram.of(values, k);
    assertThat(h.bins().stream().mapToInt(Histogram.Bin::count).sum()).isEqualTo(values.length);
    for (int i = 1; i < h.bins().size(); i++) {
      assertThat(h.bins().get(i).from()).isGreaterThanOrEqualTo(h.bins().get(i - 1).from());
    }
  }
}
