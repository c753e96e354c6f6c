package org.phasezero.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.phasezero.shared.SmallNumbers.Row;
import org.phasezero.shared.SmallNumbers.Withheld;

class SmallNumbersTest {

  @Test
  void countsFromOneToBelowTheThresholdAreWithheldZeroAndLargerAreShown() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("none", 0L);
    counts.put("one", 1L);
    counts.put("four", 4L);
    counts.put("five", 5L);
    counts.put("many", 312L);
    Map<String, String> shown = new SmallNumbers(5).suppress(counts);
    assertThat(shown).containsEntry("none", "0").containsEntry("one", null).containsEntry("four", null)
        .containsEntry("five", "5").containsEntry("many", "312");
  }

  @Test
  void aThresholdBelowOneIsRefused() {
    assertThatThrownBy(() -> new SmallNumbers(0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static final SmallNumbers FIVE = new SmallNumbers(5);
  private static final Withheld SMALL = Withheld.SMALL;
  private static final Withheld PROTECTS = Withheld.PROTECTS_SMALL;

  private static Row row(long total, Long... cells) {
    return FIVE.row(List.of(cells), total);
  }

  @Test
  void aRowWithoutSmallCountsIsShownWhole() {
    Row r = row(15L, 0L, 5L, 10L);
    assertThat(r.withheld()).containsExactly(null, null, null);
    assertThat(r.shownTotal()).isEqualTo(15L);
    assertThat(r.anyWithheld()).isFalse();
  }

  @Test
  void theSmallestCellBigEnoughToHideTheSmallOneIsWithheldWithIt() {
    // [2, 10, 0, 30], total 42: the 2 is small. Smallest non-zero other cell: 10 >= 1*5 + 3 = 8, so
    // the 10 protects it. Shown: 0, 30 and 42, so the withheld two add up to 42 - 30 - 0 = 12, and
    // the small one can be any of 1..4 (the other 11..8, all >= 5).
    Row r = row(42L, 2L, 10L, 0L, 30L);
    assertThat(r.withheld()).containsExactly(SMALL, PROTECTS, null, null);
    assertThat(r.shown(2)).isZero();
    assertThat(r.shown(3)).isEqualTo(30L);
    assertThat(r.shownTotal()).isEqualTo(42L);
  }

  @Test
  void withoutSecondarySuppressionTheTotalWouldGiveTheSmallCellBack() {
    // The attack the rule stops: total minus the shown cells. Here 42 - 0 - 30 = 12, not 2.
    Row r = row(42L, 2L, 10L, 0L, 30L);
    long recovered = r.shownTotal() - java.util.stream.IntStream.range(0, 4).mapToObj(r::shown)
        .filter(java.util.Objects::nonNull).mapToLong(Long::longValue).sum();
    assertThat(recovered).isNotEqualTo(2L).isGreaterThanOrEqualTo(2L * 5 - 1);
  }

  @Test
  void protectingCellsAreAddedSmallestFirstUntilTheyCanHideAnyValueOfTheSmallOnes() {
    // [1, 5, 6, 20], total 32. The 5 alone is below 1*5+3 = 8; 5 + 6 = 11 is below 2*5+3 = 13;
    // 5 + 6 + 20 = 31 >= 3*5+3 = 18. All three are withheld, the total stays.
    Row r = row(32L, 1L, 5L, 6L, 20L);
    assertThat(r.withheld()).containsExactly(SMALL, PROTECTS, PROTECTS, PROTECTS);
    assertThat(r.shownTotal()).isEqualTo(32L);
    // [3, 5, 9], total 17: 5 < 8; 5 + 9 = 14 >= 13, so the 5 and the 9 are withheld.
    assertThat(row(17L, 3L, 5L, 9L).withheld()).containsExactly(SMALL, PROTECTS, PROTECTS);
  }

  @Test
  void whenNoCellsCanProtectTheSmallOneTheTotalIsWithheldInstead() {
    // [1, 6], total 7: the 6 is below 8 (shown as "not shown", a reader knows it is >= 5, so
    // 1 + 6 = 7 would pin the 1). The total is withheld and the 6 shown.
    Row r = row(7L, 1L, 6L);
    assertThat(r.withheld()).containsExactly(SMALL, null);
    assertThat(r.totalWithheld()).isEqualTo(PROTECTS);
    assertThat(r.shownTotal()).isNull();
    assertThat(r.shown(1)).isEqualTo(6L);
    // [2, 3, 0], total 5: two small cells, nothing else to withhold; 2 + 3 = 5 shown would bound them.
    assertThat(row(5L, 2L, 3L, 0L).totalWithheld()).isEqualTo(PROTECTS);
  }

  @Test
  void aSmallTotalIsWithheldAsSmall() {
    Row r = row(3L, 3L, 0L);
    assertThat(r.withheld()).containsExactly(SMALL, null);
    assertThat(r.totalWithheld()).isEqualTo(SMALL);
  }

  @Test
  void aLongerPeriodWithholdsWhatAnyOfItsPartsWithholds() {
    // Months [2, 10, 0] (42 with 30 in a fourth cell), [6, 10, 0], [7, 10, 0]: in the first month the
    // 2 and the 10 are withheld. The quarter's cells are 15, 30, 0: the 15 is withheld (otherwise
    // 15 - 6 - 7 = 2) and so is the 30 (otherwise 30 - 10 - 10 = 10 and the first month's row falls open).
    Row m1 = row(42L, 2L, 10L, 0L, 30L);
    Row m2 = row(46L, 6L, 10L, 0L, 30L);
    Row m3 = row(47L, 7L, 10L, 0L, 30L);
    Row quarter = FIVE.across(List.of(m1, m2, m3), 4);
    assertThat(quarter.exact()).containsExactly(15L, 30L, 0L, 90L);
    assertThat(quarter.withheld()).containsExactly(PROTECTS, PROTECTS, null, null);
    assertThat(quarter.shown(3)).isEqualTo(90L);
    assertThat(quarter.shownTotal()).isEqualTo(135L);
    // A quarter whose sum is itself small says so.
    Row small = FIVE.across(List.of(row(1L, 1L, 0L), row(0L, 0L, 0L), row(2L, 2L, 0L)), 2);
    assertThat(small.withheld()).containsExactly(SMALL, null);
    assertThat(small.totalWithheld()).isEqualTo(SMALL);
  }

  @Test
  void noneWithholdsNothing() {
    Row r = SmallNumbers.NONE.row(List.of(1L, 2L, 0L), 3L);
    assertThat(r.anyWithheld()).isFalse();
    assertThat(Arrays.asList(r.shown(0), r.shown(1), r.shown(2), r.shownTotal())).containsExactly(1L, 2L, 0L, 3L);
    assertThat(FIVE.appliedIf(false)).isEqualTo(SmallNumbers.NONE);
    assertThat(FIVE.appliedIf(true)).isEqualTo(FIVE);
  }
}
