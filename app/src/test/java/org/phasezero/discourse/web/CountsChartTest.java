package org.phasezero.discourse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.phasezero.discourse.Analyses;
import org.phasezero.network.Side;
import org.phasezero.shared.ChartWidth;

/** A word list's rates by side and year: bar heights on one scale, years kept apart, titles in words. */
class CountsChartTest {

  @Test
  void barsShareOneScaleYearsStandApartAndTitlesSayUsesInWords() {
    Analyses.Counts counts = new Analyses.Counts("Minutes", "Democratic", List.of("voice"), List.of(
        new Analyses.Group(Side.COMMUNITY, 2024, 10_000, Map.of("voice", 20), 20, 20.0),
        new Analyses.Group(Side.STATUTORY, 2024, 10_000, Map.of("voice", 10), 10, 10.0),
        new Analyses.Group(Side.COMMUNITY, 2025, 20_000, Map.of("voice", 1), 1, 0.5)));
    CountsChart.Chart c = CountsChart.of(counts, ChartWidth.WIDE);
    CountsChart.Bar community2024 = c.bars().get(0);
    CountsChart.Bar statutory2024 = c.bars().get(1);
    CountsChart.Bar community2025 = c.bars().get(2);
    assertThat(community2024.height()).isEqualTo(2 * statutory2024.height(), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(community2024.y() + community2024.height()).isEqualTo(c.baseline(), org.assertj.core.data.Offset.offset(1e-9));
    // Within a year the bars are 2 apart; between years the gap is wider than a bar.
    double withinYear = statutory2024.x() - (community2024.x() + community2024.width());
    double lastOf2024 = community2024.x() + 3 * (statutory2024.x() - community2024.x());
    assertThat(withinYear).isEqualTo(2, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(community2025.x() - lastOf2024).isGreaterThan(community2024.width());
    assertThat(community2024.title()).isEqualTo("community, 2024: 20.0 per 10,000 words (20 uses in 10,000 words)");
    assertThat(community2025.title()).isEqualTo("community, 2025: 0.5 per 10,000 words (1 use in 20,000 words)");
  }

  /** Twelve years on a phone's drawing: the years named are far enough apart not to overlap, and the first is named. */
  @Test
  void onANarrowDrawingCrowdedYearsAreNamedEveryFewYears() {
    List<Analyses.Group> groups = new java.util.ArrayList<>();
    for (int year = 2015; year <= 2026; year++) {
      groups.add(new Analyses.Group(Side.COMMUNITY, year, 1_000, Map.of("voice", 1), 1, 10.0));
    }
    Analyses.Counts counts = new Analyses.Counts("Posts", "Democratic", List.of("voice"), groups);
    List<CountsChart.Chart> both = CountsChart.of(counts);
    assertThat(both).extracting(CountsChart.Chart::drawn).containsExactly(ChartWidth.WIDE, ChartWidth.NARROW);
    CountsChart.Chart wide = both.get(0);
    CountsChart.Chart narrow = both.get(1);
    assertThat(wide.years()).hasSize(12);
    assertThat(narrow.width()).isEqualTo(ChartWidth.NARROW.pixels());
    assertThat(narrow.years()).hasSizeBetween(2, 11);
    assertThat(narrow.years().get(0).text()).isEqualTo("2015");
    for (int i = 1; i < narrow.years().size(); i++) {
      assertThat(narrow.years().get(i).x() - narrow.years().get(i - 1).x()).isGreaterThanOrEqualTo(CountsChart.YEAR_LABEL);
    }
    assertThat(narrow.bars()).hasSize(12);
  }
}
