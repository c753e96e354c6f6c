package org.phasezero.socialcapital.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.phasezero.shared.ChartWidth;

/**
 * A line chart drawn as SVG on the server (so it works without JavaScript and under the
 * Content-Security-Policy): one line per series over the months, on a scale from zero to the
 * largest value. A missing value (withheld for statutory partners) breaks the line. The table beside
 * the chart holds every value. Drawn at both {@link ChartWidth}s; the narrow one names fewer months.
 */
final class TrendChart {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);
  static final int HEIGHT = 300;
  private static final int LEFT = 56;
  /** Room for half the last month's name, centred on the last point. */
  private static final int RIGHT = 28;
  private static final int TOP = 16;
  private static final int BOTTOM = 40;

  /** A series: its CSS modifier, its label, and a value per month (null when not shown). */
  record Series(String kind, String label, List<Double> values) {}

  /** A line's runs of points, each run an SVG {@code points} attribute. */
  record Line(String kind, String label, List<String> runs) {}

  record Tick(double x, double y, String text) {}

  record Chart(ChartWidth drawn, int width, int height, List<Line> lines, List<Tick> xTicks, List<Tick> yTicks,
      double baseline) {}

  private TrendChart() {}

  static List<Chart> of(List<YearMonth> months, List<Series> series, boolean percent) {
    return ChartWidth.both(w -> of(months, series, percent, w));
  }

  static Chart of(List<YearMonth> months, List<Series> series, boolean percent, ChartWidth drawn) {
    int width = drawn.pixels();
    double max = 0;
    for (Series s : series) {
      for (Double v : s.values()) {
        if (v != null) {
          max = Math.max(max, v);
        }
      }
    }
    max = max <= 0 ? 1 : niceCeiling(max);
    int n = months.size();
    double plotWidth = width - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    List<Line> lines = new ArrayList<>();
    for (Series s : series) {
      List<String> runs = new ArrayList<>();
      StringBuilder run = new StringBuilder();
      for (int i = 0; i < n; i++) {
        Double v = s.values().get(i);
        if (v == null) {
          if (run.length() > 0) {
            runs.add(run.toString().strip());
            run.setLength(0);
          }
          continue;
        }
        run.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(i, n, plotWidth), TOP + plotHeight * (1 - v / max)));
      }
      if (run.length() > 0) {
        runs.add(run.toString().strip());
      }
      lines.add(new Line(s.kind(), s.label(), runs));
    }
    List<Tick> xTicks = new ArrayList<>();
    int most = drawn.narrow() ? 4 : 7;
    int step = Math.max(1, (n + most - 1) / most);
    for (int i = 0; i < n; i += step) {
      xTicks.add(new Tick(x(i, n, plotWidth), HEIGHT - BOTTOM + 20, months.get(i).format(MONTH)));
    }
    List<Tick> yTicks = new ArrayList<>();
    for (int k = 0; k <= 4; k++) {
      double value = max * k / 4;
      yTicks.add(new Tick(LEFT - 8, TOP + plotHeight * (1 - k / 4.0) + 5,
          percent ? String.format(Locale.ROOT, "%.0f%%", value * 100) : String.format(Locale.ROOT, "%.0f", value)));
    }
    return new Chart(drawn, width, HEIGHT, lines, xTicks, yTicks, TOP + plotHeight);
  }

  private static double x(int i, int n, double plotWidth) {
    return LEFT + (n == 1 ? plotWidth / 2 : plotWidth * i / (n - 1));
  }

  /** 1, 2 or 5 times a power of ten, at or above {@code x}; shares stay at most 1. */
  private static double niceCeiling(double x) {
    if (x <= 1 && x > 0.5) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(x)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * power >= x) {
        return m * power;
      }
    }
    return 10 * power;
  }
}
