package org.phasezero.analysis.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class WellbeingScaleTest {

  @Test
  void wemwbsIsThePlainSumOfFourteenItems() {
    // 5+4+4+3+3+3+3+3+3+3+2+2+1+1 = 40, no conversion.
    WellbeingScore s = WellbeingScale.WEMWBS.score(5, 4, 4, 3, 3, 3, 3, 3, 3, 3, 2, 2, 1, 1);
    assertThat(s.raw()).isEqualTo(40);
    assertThat(s.metric()).isEqualTo(40.0);
  }

  @Test
  void wemwbsSpansFourteenToSeventy() {
    int[] ones = new int[14];
    Arrays.fill(ones, 1);
    int[] fives = new int[14];
    Arrays.fill(fives, 5);
    assertThat(WellbeingScale.WEMWBS.score(ones).raw()).isEqualTo(14);
    assertThat(WellbeingScale.WEMWBS.score(fives).raw()).isEqualTo(70);
  }

  @Test
  void swemwbsRawScoreIsConvertedWithTheRaschTable() {
    // 4+3+3+4+2+3+3 = 22; the published table maps raw 22 to metric 19.98.
    WellbeingScore s = WellbeingScale.SWEMWBS.score(4, 3, 3, 4, 2, 3, 3);
    assertThat(s.raw()).isEqualTo(22);
    assertThat(s.metric()).isEqualTo(19.98);
  }

  @Test
  void swemwbsEndsOfTheTableAreFixedPoints() {
    // The Rasch table is anchored so that 7 -> 7.00 and 35 -> 35.00.
    assertThat(WellbeingScale.SWEMWBS.score(1, 1, 1, 1, 1, 1, 1).metric()).isEqualTo(7.0);
    assertThat(WellbeingScale.SWEMWBS.score(5, 5, 5, 5, 5, 5, 5).metric()).isEqualTo(35.0);
  }

  @Test
  void anItemScoreOfSixIsAnErrorNamingTheItem() {
    assertThatThrownBy(() -> WellbeingScale.SWEMWBS.score(4, 3, 6, 4, 2, 3, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item 3: score must be between 1 and 5, found 6");
  }

  @Test
  void aZeroItemScoreIsAnErrorNotAMissingValue() {
    assertThatThrownBy(() -> WellbeingScale.SWEMWBS.score(0, 3, 3, 4, 2, 3, 3))
        .hasMessageContaining("item 1");
  }

  @Test
  void sixItemsAreNotASwemwbs() {
    assertThatThrownBy(() -> WellbeingScale.SWEMWBS.score(4, 3, 3, 4, 2, 3))
        .hasMessage("SWEMWBS needs 7 item scores, found 6");
  }

  @Test
  void defaultThresholdsAreThreePointsAndOneMetricPoint() {
    assertThat(WellbeingScale.WEMWBS.defaultMeaningfulChange()).isEqualTo(3.0);
    assertThat(WellbeingScale.SWEMWBS.defaultMeaningfulChange()).isEqualTo(1.0);
  }

  @Property
  void scoreDoesNotDependOnItemOrder(
      @ForAll @Size(7) java.util.List<@IntRange(min = 1, max = 5) Integer> items) {
    int[] a = items.stream().mapToInt(Integer::intValue).toArray();
    int[] reversed = new int[a.length];
    for (int i = 0; i < a.length; i++) {
      reversed[i] = a[a.length - 1 - i];
    }
    assertThat(WellbeingScale.SWEMWBS.score(a)).isEqualTo(WellbeingScale.SWEMWBS.score(reversed));
  }

  @Property
  void raisingOneItemRaisesTheMetricScore(
      @ForAll @Size(7) java.util.List<@IntRange(min = 1, max = 4) Integer> items,
      @ForAll @IntRange(min = 0, max = 6) int which) {
    int[] a = items.stream().mapToInt(Integer::intValue).toArray();
    double before = WellbeingScale.SWEMWBS.score(a).metric();
    a[which]++;
    assertThat(WellbeingScale.SWEMWBS.score(a).metric()).isGreaterThan(before);
  }
}
