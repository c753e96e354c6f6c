package org.phasezero.spaces.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.phasezero.shared.ChartWidth;
import org.phasezero.spaces.MeetingMeasures;
import org.phasezero.spaces.ParticipationTrend;

/**
 * The geometry of a space's participation chart, drawn by the template as inline SVG (no script, so
 * it works without JavaScript and under the Content-Security-Policy). Three lines over the meetings,
 * each a share from 0 to 100%: the community side's share of attendance, its share of contributions,
 * and the share of contributions the chair invited. A meeting without the figure leaves a gap.
 *
 * <p>Drawn at both {@link ChartWidth}s; the narrow one has fewer date labels.
 */
record ParticipationChart(ChartWidth drawn, int width, int height, int fontSize, List<Series> series, List<Tick> ticks,
    List<Label> labels) {

  static final int HEIGHT = 260;
  static final int LEFT = 44;
  static final int RIGHT = 12;
  static final int TOP = 12;
  static final int BOTTOM = 36;

  /** One line: its message key, colour (NHS.UK palette) and the polyline runs between gaps. */
  record Series(String key, String colour, String dash, List<String> runs) {}

  /** A horizontal grid line at a percentage. */
  record Tick(int percent, double y) {}

  /** A date label under the x axis (every few meetings, so they do not overlap). */
  record Label(double x, String text) {}

  static List<ParticipationChart> of(ParticipationTrend trend) {
    return ChartWidth.both(w -> of(trend, w));
  }

  private static ParticipationChart of(ParticipationTrend trend, ChartWidth drawn) {
    List<ParticipationTrend.Point> points = trend.points();
    int width = drawn.pixels();
    int fontSize = drawn.narrow() ? 12 : 11;
    int dates = drawn.narrow() ? 3 : 6;
    return new ParticipationChart(drawn, width, HEIGHT, fontSize, List.of(
        series(width, "spaces.measures.attendanceShare", "#005eb8", "", points, MeetingMeasures::communityAttendanceShare),
        series(width, "spaces.measures.contributionShare", "#007f3b", "", points, MeetingMeasures::communityContributionShare),
        series(width, "spaces.measures.invitedShare", "#d5281b", "6 4", points, MeetingMeasures::invitedShare)),
        List.of(tick(0), tick(25), tick(50), tick(75), tick(100)), labels(width, points, dates));
  }

  private static Series series(int width, String key, String colour, String dash, List<ParticipationTrend.Point> points,
      Function<MeetingMeasures, Double> share) {
    List<String> runs = new java.util.ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      Double v = share.apply(points.get(i).measures());
      if (v == null) {
        flush(runs, run);
        continue;
      }
      run.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(width, i, points.size()), y(v)));
    }
    flush(runs, run);
    return new Series(key, colour, dash, runs);
  }

  private static void flush(List<String> runs, StringBuilder run) {
    if (!run.isEmpty()) {
      runs.add(run.toString().strip());
      run.setLength(0);
    }
  }

  private static List<Label> labels(int width, List<ParticipationTrend.Point> points, int dates) {
    int every = Math.max(1, (points.size() + dates - 1) / dates);
    List<Label> labels = new java.util.ArrayList<>();
    for (int i = 0; i < points.size(); i += every) {
      labels.add(new Label(x(width, i, points.size()), points.get(i).date().format(java.time.format.DateTimeFormatter.ofPattern("MMM yy", Locale.UK))));
    }
    return labels;
  }

  private static Tick tick(int percent) {
    return new Tick(percent, y(percent / 100.0));
  }

  static double x(int width, int i, int n) {
    double span = width - LEFT - RIGHT;
    return n <= 1 ? LEFT + span / 2 : LEFT + span * i / (n - 1);
  }

  static double y(double share) {
    return TOP + (HEIGHT - TOP - BOTTOM) * (1 - share);
  }
}
