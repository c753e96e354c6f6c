package org.phasezero.value.web.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.phasezero.analysis.value.Histogram;
import org.phasezero.shared.ChartWidth;

/**
 * A histogram drawn as SVG on the server (so it works without JavaScript and under the
 * Content-Security-Policy): one bar per bin on a scale from zero to the tallest, with a marker at
 * the account's own ratio and at 1 (break-even). The interval beside it gives the same reading in
 * words. Drawn at both {@link ChartWidth}s; the narrow one has fewer ratios under it.
 */
final class HistogramChart {

  static final int HEIGHT = 240;
  private static final int LEFT = 48;
  private static final int RIGHT = 16;
  /** Room above the bars for the break-even label, so that it never sits on a bar. */
  private static final int TOP = 28;
  private static final int BOTTOM = 40;

  /** A bar, and whether its bin lies below a ratio of 1 (the account would not pay back). */
  record Bar(double x, double y, double width, double height, boolean belowOne, String title) {}

  record Tick(double x, double y, String text) {}

  /**
   * Where a vertical marker is drawn, null when its value lies outside the drawn range; its label
   * sits on the side with room ({@code anchor} is the SVG text-anchor, {@code labelX} where it is).
   */
  record Marker(double x, String text, double labelX, String anchor) {}

  record Chart(ChartWidth drawn, int width, int height, double top, double baseline, List<Bar> bars, List<Tick> xTicks,
      List<Tick> yTicks, Marker ratio, Marker breakEven) {}

  private HistogramChart() {}

  static List<Chart> of(Histogram h, double ratio) {
    return ChartWidth.both(w -> of(h, ratio, w));
  }

  static Chart of(Histogram h, double ratio, ChartWidth drawn) {
    int width = drawn.pixels();
    List<Histogram.Bin> bins = h.bins();
    double min = bins.get(0).from();
    double max = bins.get(bins.size() - 1).to();
    double span = max > min ? max - min : 1;
    double plotWidth = width - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    int tallest = Math.max(1, h.tallest());
    List<Bar> bars = new ArrayList<>();
    double barWidth = plotWidth / bins.size();
    for (int i = 0; i < bins.size(); i++) {
      Histogram.Bin b = bins.get(i);
      double height = plotHeight * b.count() / tallest;
      bars.add(new Bar(LEFT + i * barWidth + 1, TOP + plotHeight - height, Math.max(1, barWidth - 2), height,
          b.to() <= 1, String.format(Locale.UK, "%.2f to %.2f: %,d draws", b.from(), b.to(), b.count())));
    }
    List<Tick> xTicks = new ArrayList<>();
    int steps = drawn.narrow() ? 2 : 4;
    for (int k = 0; k <= steps; k++) {
      double v = min + span * k / steps;
      xTicks.add(new Tick(LEFT + plotWidth * k / steps, HEIGHT - BOTTOM + 18, String.format(Locale.UK, "%.2f", v)));
    }
    List<Tick> yTicks = new ArrayList<>();
    for (int k = 0; k <= 2; k++) {
      yTicks.add(new Tick(LEFT - 6, TOP + plotHeight * (1 - k / 2.0) + 4,
          String.format(Locale.UK, "%,d", Math.round(tallest * k / 2.0))));
    }
    return new Chart(drawn, width, HEIGHT, TOP, TOP + plotHeight, bars, xTicks, yTicks,
        marker(ratio, min, max, span, plotWidth), marker(1, min, max, span, plotWidth));
  }

  private static Marker marker(double value, double min, double max, double span, double plotWidth) {
    if (value < min || value > max) {
      return null;
    }
    double x = LEFT + plotWidth * (value - min) / span;
    boolean room = x < LEFT + plotWidth / 2;
    return new Marker(x, String.format(Locale.UK, "%.2f", value), room ? x + 4 : x - 4, room ? "start" : "end");
  }
}
