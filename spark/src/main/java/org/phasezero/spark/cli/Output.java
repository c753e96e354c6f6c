package org.phasezero.spark.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Prints results as 'phasezero corpus' does: aligned text for people, JSON (the same field names)
 * and CSV for scripts and for importing into the platform.
 */
final class Output {

  enum Format { TEXT, JSON, CSV }

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Output() {}

  static void json(PrintWriter out, Object value) {
    try {
      out.println(JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void csv(PrintWriter out, List<String> header, List<List<?>> rows) {
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

  /** One object per row, fields named by the header. */
  static List<Map<String, Object>> records(List<String> header, List<List<?>> rows) {
    return rows.stream().map(row -> {
      Map<String, Object> record = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        record.put(header.get(i), row.get(i));
      }
      return record;
    }).toList();
  }

  /** Four decimals; scientific notation for the astronomically large %DIFF of a zero reference. */
  static String number(double value) {
    if (Double.isInfinite(value) || Double.isNaN(value)) {
      return String.valueOf(value);
    }
    return String.format(Locale.ROOT, Math.abs(value) >= 1e9 ? "%.4e" : "%.4f", value);
  }
}
