package org.phasezero.cli.agreement;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.phasezero.cli.Json;
import org.phasezero.cli.OutputFormat;

/**
 * A result as ordered snake_case fields, printed as JSON or as CSV rows. Undefined statistics
 * (NaN) become JSON {@code null} and an empty CSV cell, never the invalid JSON token NaN.
 */
final class Fields {

  private final Map<String, Object> values = new LinkedHashMap<>();

  Fields put(String name, Object value) {
    values.put(name, value instanceof Double d && !Double.isFinite(d) ? null : value);
    return this;
  }

  Map<String, Object> asMap() {
    return values;
  }

  void printJson(PrintWriter out) {
    Json.print(out, values);
  }

  /** One header line and one CSV line per result, all results having the same fields. */
  static void printCsv(PrintWriter out, List<Fields> rows) {
    out.println(String.join(",", rows.get(0).values.keySet()));
    for (Fields row : rows) {
      out.println(row.values.values().stream().map(Fields::csvCell)
          .collect(Collectors.joining(",")));
    }
  }

  /** Prints JSON or CSV; returns false for text, which the command prints itself. */
  boolean printMachineReadable(PrintWriter out, OutputFormat format) {
    switch (format) {
      case JSON -> printJson(out);
      case CSV -> printCsv(out, new ArrayList<>(List.of(this)));
      default -> {
        return false;
      }
    }
    return true;
  }

  private static String csvCell(Object value) {
    if (value == null) {
      return "";
    }
    String text = String.valueOf(value);
    boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n")
        || text.contains("\r");
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  /** A statistic for people: four decimals, or "undefined". */
  static String decimal(double value) {
    return Double.isFinite(value) ? String.format(java.util.Locale.ROOT, "%.4f", value)
        : "undefined";
  }
}
