package org.phasezero.discourse.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.phasezero.discourse.Analyses;
import org.phasezero.network.Side;
import org.phasezero.shared.ChartWidth;

/**
 * A word list's uses per 10,000 words drawn as SVG on the server: for each year (and "no date"),
 * one bar per side (community, statutory, and turns with no known side), on a scale from zero to
 * the highest rate. The table beside it gives the same figures. Drawn at both {@link ChartWidth}s;
 * where years crowd, only every second (or third…) year is named.
 */
final class CountsChart {

  /** The room a year's label needs: four 12 px digits and a gap. */
  static final double YEAR_LABEL = 40;
  static final int HEIGHT = 260;
  private static final int LEFT = 48;
  private static final int RIGHT = 12;
  private static final int TOP = 16;
  private static final int BOTTOM = 40;

  record Bar(double x, double y, double width, double height, String kind, String title) {}

  record Tick(double x, double y, String text) {}

  record Chart(ChartWidth drawn, int width, int height, double baseline, List<Bar> bars, List<Tick> years, List<Tick> rates) {}

  private CountsChart() {}

  static List<Chart> of(Analyses.Counts counts) {
    return ChartWidth.both(w -> of(counts, w));
  }

  static Chart of(Analyses.Counts counts, ChartWidth drawn) {
    int width = drawn.pixels();
    TreeSet<Integer> years = new TreeSet<>();
    counts.groups().forEach(g -> years.add(g.year() == null ? Integer.MAX_VALUE : g.year()));
    double max = counts.groups().stream().mapToDouble(Analyses.Group::perTenThousand).max().orElse(0);
    double top = max <= 0 ? 1 : max;
    double plotWidth = width - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    double slot = years.isEmpty() ? plotWidth : plotWidth / years.size();
    List<Side> sides = new ArrayList<>();
    sides.add(Side.COMMUNITY);
    sides.add(Side.STATUTORY);
    sides.add(null);
    // A year's bars take the middle 70% of its slot, so the gap between years is wider than between bars.
    double margin = slot * 0.15;
    double barWidth = Math.max(2, (slot - 2 * margin) / sides.size());
    List<Bar> bars = new ArrayList<>();
    List<Tick> yearTicks = new ArrayList<>();
    int every = (int) Math.ceil(YEAR_LABEL / slot);
    int i = 0;
    for (int year : years) {
      double x0 = LEFT + i * slot + margin;
      if (i % every == 0) {
        yearTicks.add(new Tick(LEFT + i * slot + slot / 2, HEIGHT - BOTTOM + 18,
            year == Integer.MAX_VALUE ? "–" : String.valueOf(year)));
      }
      for (int s = 0; s < sides.size(); s++) {
        Side side = sides.get(s);
        for (Analyses.Group g : counts.groups()) {
          int gy = g.year() == null ? Integer.MAX_VALUE : g.year();
          if (gy == year && g.side() == side) {
            double h = plotHeight * g.perTenThousand() / top;
            bars.add(new Bar(x0 + s * barWidth, TOP + plotHeight - h, barWidth - 2, h,
                side == null ? "none" : side.name().toLowerCase(Locale.ROOT),
                String.format(Locale.UK, "%s, %s: %.1f per 10,000 words (%,d %s in %,d words)",
                    side == null ? "no known side" : side.name().toLowerCase(Locale.ROOT),
                    year == Integer.MAX_VALUE ? "no date" : String.valueOf(year), g.perTenThousand(), g.hits(),
                    g.hits() == 1 ? "use" : "uses", g.tokens())));
          }
        }
      }
      i++;
    }
    List<Tick> rates = new ArrayList<>();
    for (int k = 0; k <= 2; k++) {
      rates.add(new Tick(LEFT - 6, TOP + plotHeight * (1 - k / 2.0) + 4, String.format(Locale.UK, "%.1f", top * k / 2)));
    }
    return new Chart(drawn, width, HEIGHT, TOP + plotHeight, bars, yearTicks, rates);
  }
}
