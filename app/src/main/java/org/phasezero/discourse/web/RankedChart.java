package org.phasezero.discourse.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.phasezero.discourse.SparkResult;
import org.phasezero.shared.ChartWidth;

/**
 * The first rows of a Spark result drawn as SVG on the server, one horizontal bar per row in the
 * result's own order: each word (or collocate, or group) against the figure that ranks it: the
 * rate per million for a frequency list, the measure keyness was ranked by, the collocates' score,
 * hits per 10,000 words for word-list counts. A negative figure (a word the target uses less, by log
 * ratio) is drawn to the left of zero. The table below gives every figure. Drawn at both
 * {@link ChartWidth}s; the narrow one leaves less room for the words and shortens long ones.
 */
final class RankedChart {

  /** The most rows drawn: more make the labels too small to read on a phone. */
  static final int ROWS = 20;
  private static final int LABEL = 170;
  private static final int NARROW_LABEL = 110;
  private static final int RIGHT = 64;
  private static final int ROW = 22;
  private static final int TOP = 8;

  record Bar(double x, double y, double width, double height, boolean negative, String label, double labelY,
      String value, double valueX, String title) {}

  /** {@code measure} is the column drawn, for the chart's title. */
  record Chart(ChartWidth drawn, int width, int height, double zero, double labelX, String measure, List<Bar> bars) {}

  private RankedChart() {}

  /** The chart of a result at both widths, or null when it has no column to label rows by or no figure to draw. */
  static List<Chart> of(SparkResult.Table table) {
    return of(table, ChartWidth.WIDE) == null ? null : ChartWidth.both(w -> of(table, w));
  }

  static Chart of(SparkResult.Table table, ChartWidth drawn) {
    int width = drawn.pixels();
    int labelWidth = drawn.narrow() ? NARROW_LABEL : LABEL;
    int label = firstColumn(table.columns(), "type", "word", "collocate", "group");
    String measure = measure(table);
    int value = measure == null ? -1 : table.columns().indexOf(measure);
    if (label < 0 || value < 0 || table.rows().isEmpty()) {
      return null;
    }
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (List<String> row : table.rows().subList(0, Math.min(ROWS, table.rows().size()))) {
      Double v = number(row.get(value));
      if (v == null) {
        return null;
      }
      labels.add(row.get(label));
      values.add(v);
    }
    double max = Math.max(0, values.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    double min = Math.min(0, values.stream().mapToDouble(Double::doubleValue).min().orElse(0));
    double span = max - min == 0 ? 1 : max - min;
    double plot = width - labelWidth - RIGHT;
    double zero = labelWidth + plot * (-min / span);
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      double v = values.get(i);
      double length = plot * Math.abs(v) / span;
      double y = TOP + i * ROW;
      double x = v < 0 ? zero - length : zero;
      String shown = format(v);
      bars.add(new Bar(x, y + 3, Math.max(length, 1), ROW - 6, v < 0, clip(labels.get(i), drawn.narrow() ? 15 : 24), y + ROW / 2.0 + 4, shown,
          Math.max(x + length, zero) + 4, labels.get(i) + ": " + shown));
    }
    return new Chart(drawn, width, TOP * 2 + values.size() * ROW, zero, labelWidth - 6, measure, bars);
  }

  /** The column that ranks the rows. */
  private static String measure(SparkResult.Table table) {
    return switch (table.result().kind()) {
      case FREQUENCIES -> table.columns().contains("per_million") ? "per_million" : "frequency";
      case KEYNESS -> table.summary().stream().filter(f -> f.name().equals("measure")).map(SparkResult.Field::value)
          .map(RankedChart::keynessColumn).findFirst().orElse("ll");
      case COLLOCATES -> "score";
      case COUNTS -> "per_10000";
    };
  }

  /** Spark's names for the keyness rankings, as its {@code --measure} option takes them. */
  private static String keynessColumn(String measure) {
    return switch (measure.toLowerCase(Locale.ROOT).replace("-", "_")) {
      case "g2" -> "g2";
      case "log_ratio", "logratio" -> "log_ratio";
      case "pct_diff", "pctdiff", "%diff" -> "pct_diff";
      default -> "ll";
    };
  }

  private static int firstColumn(List<String> columns, String... names) {
    for (String n : names) {
      if (columns.contains(n)) {
        return columns.indexOf(n);
      }
    }
    return -1;
  }

  private static Double number(String s) {
    try {
      double d = Double.parseDouble(s);
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException | NullPointerException e) {
      return null;
    }
  }

  private static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.UK, "%,d", (long) v)
        : Math.abs(v) >= 1e6 ? String.format(Locale.UK, "%.2e", v) : String.format(Locale.UK, "%,.2f", v);
  }

  private static String clip(String s, int chars) {
    return s.length() > chars ? s.substring(0, chars - 1) + "…" : s;
  }
}
