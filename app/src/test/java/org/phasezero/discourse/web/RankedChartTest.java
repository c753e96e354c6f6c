package org.phasezero.discourse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phasezero.discourse.SparkResult;
import org.phasezero.discourse.SparkResultKind;
import org.phasezero.shared.ChartWidth;

/** The bars a Spark result is drawn with: which figure, which way from zero, how many. */
class RankedChartTest {

  static SparkResult.Table table(SparkResultKind kind, List<SparkResult.Field> summary, List<String> columns,
      List<List<String>> rows) {
    SparkResult r = new SparkResult(1, 1, "Project", "Result", kind, "researcher", Instant.EPOCH, null, null);
    return new SparkResult.Table(r, summary, columns, rows);
  }

  static RankedChart.Chart wide(SparkResult.Table table) {
    return RankedChart.of(table, ChartWidth.WIDE);
  }

  @Test
  void keynessIsDrawnByTheMeasureItWasRankedByEitherSideOfZero() {
    RankedChart.Chart c = wide(table(SparkResultKind.KEYNESS,
        List.of(new SparkResult.Field("measure", "log_ratio")), List.of("word", "ll", "log_ratio"),
        List.of(List.of("voice", "40.5", "3.0"), List.of("customer", "12.0", "-1.0"))));
    assertThat(c.measure()).isEqualTo("log_ratio");
    RankedChart.Bar voice = c.bars().get(0);
    RankedChart.Bar customer = c.bars().get(1);
    assertThat(voice.negative()).isFalse();
    assertThat(customer.negative()).isTrue();
    assertThat(voice.x()).isEqualTo(c.zero());
    assertThat(customer.x() + customer.width()).isEqualTo(c.zero(), org.assertj.core.data.Offset.offset(1e-9));
    // Lengths in proportion: 3 against 1.
    assertThat(voice.width() / customer.width()).isEqualTo(3.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(voice.title()).isEqualTo("voice: 3");
  }

  @Test
  void eachKindHasItsFigure() {
    assertThat(wide(table(SparkResultKind.FREQUENCIES, List.of(), List.of("rank", "type", "frequency",
        "per_million"), List.of(List.of("1", "the", "120", "61234.5")))).measure()).isEqualTo("per_million");
    assertThat(wide(table(SparkResultKind.KEYNESS, List.of(), List.of("word", "ll"),
        List.of(List.of("sea", "2580.1")))).measure()).isEqualTo("ll");
    assertThat(wide(table(SparkResultKind.COLLOCATES, List.of(), List.of("collocate", "score"),
        List.of(List.of("anxiety", "7.2")))).measure()).isEqualTo("score");
    assertThat(wide(table(SparkResultKind.COUNTS, List.of(), List.of("group", "hits", "per_10000"),
        List.of(List.of("carers", "5", "12.5")))).bars().get(0).label()).isEqualTo("carers");
  }

  @Test
  void noChartWithoutALabelOrAFigureAndNeverMoreThanTwentyBars() {
    assertThat(RankedChart.of(table(SparkResultKind.COLLOCATES, List.of(), List.of("score"),
        List.of(List.of("7.2"))))).isNull();
    assertThat(RankedChart.of(table(SparkResultKind.COLLOCATES, List.of(), List.of("collocate", "score"),
        List.of(List.of("anxiety", "n/a"))))).isNull();
    assertThat(RankedChart.of(table(SparkResultKind.COLLOCATES, List.of(), List.of("collocate", "score"),
        List.of()))).isNull();
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      rows.add(List.of("w" + i, String.valueOf(50 - i)));
    }
    RankedChart.Chart c = wide(table(SparkResultKind.COLLOCATES, List.of(), List.of("collocate", "score"),
        rows));
    assertThat(c.bars()).hasSize(RankedChart.ROWS);
    assertThat(c.bars().get(0).width()).isGreaterThan(c.bars().get(19).width());
  }

  /** The phone's drawing: narrower, long words shortened, and every bar and its figure inside the drawing. */
  @Test
  void theNarrowDrawingKeepsBarsAndFiguresInside() {
    List<RankedChart.Chart> both = RankedChart.of(table(SparkResultKind.KEYNESS,
        List.of(new SparkResult.Field("measure", "log_ratio")), List.of("word", "ll", "log_ratio"),
        List.of(List.of("neighbourhoodwatchgroups", "40.5", "3.25"), List.of("customer", "12.0", "-1.5"))));
    RankedChart.Chart narrow = both.get(1);
    assertThat(narrow.drawn()).isEqualTo(ChartWidth.NARROW);
    assertThat(narrow.width()).isEqualTo(ChartWidth.NARROW.pixels());
    assertThat(narrow.bars().get(0).label()).isEqualTo("neighbourhoodw…");
    assertThat(both.get(0).bars().get(0).label()).isEqualTo("neighbourhoodwatchgroups");
    for (RankedChart.Bar b : narrow.bars()) {
      assertThat(b.x()).isGreaterThan(narrow.labelX());
      // About 7 px a character for the figure written after the bar.
      assertThat(b.valueX() + 7 * b.value().length()).isLessThanOrEqualTo(narrow.width());
    }
  }
}
