package org.phasezero.cli.corpus;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Prints result rows as CSV (RFC 4180 quoting, LF line ends) with a header row. */
public final class Tables {

  private Tables() {}

  public static void csv(PrintWriter out, List<String> header, List<List<?>> rows) {
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader(header.toArray(String[]::new)).setRecordSeparator("\n").get();
    try {
      CSVPrinter printer = new CSVPrinter(out, format);
      for (List<?> row : rows) {
        printer.printRecord(row);
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON object with the header's field names in order, for stable output. */
  static java.util.Map<String, Object> record(List<String> header, List<?> row) {
    java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      out.put(header.get(i), row.get(i));
    }
    return out;
  }

  /** A score for people: four decimals, or the special value's name. */
  public static String number(double value) {
    if (Double.isInfinite(value) || Double.isNaN(value)) {
      return String.valueOf(value);
    }
    // %DIFF against a zero reference frequency is astronomically large by its definition.
    return String.format(Locale.ROOT, Math.abs(value) >= 1e9 ? "%.4e" : "%.4f", value);
  }
}
