package org.phasezero.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes tables of cells as CSV or XLSX: finance's claims, payment statements and every list's
 * export. Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
 * return) is prefixed with an apostrophe, so that a name typed into PhaseZero cannot become a
 * formula in the reader's spreadsheet (CSV injection).
 */
public final class Spreadsheets {

  private Spreadsheets() {}

  public static void csv(List<String> headings, List<List<Object>> rows, OutputStream out) {
    try {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
      csv.printRecord(headings);
      for (List<Object> row : rows) {
        csv.printRecord(row.stream().map(Spreadsheets::text).toList());
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One sheet: bold headings, numbers as numbers (money to two places), dates as dates. */
  public static void xlsx(String sheet, List<String> headings, List<List<Object>> rows, OutputStream out) {
    xlsx(List.of(new Sheet(sheet, headings, rows)), out);
  }

  /** One sheet of a workbook: its name, the headings of its first row, and its rows. */
  public record Sheet(String name, List<String> headings, List<List<Object>> rows) {}

  /** A workbook of several sheets, each written as {@link #xlsx(String, List, List, OutputStream)} writes one. */
  public static void xlsx(List<Sheet> sheets, OutputStream out) {
    try {
      Workbook wb = new Workbook(out, "PhaseZero", "1.0");
      for (Sheet sheet : sheets) {
        write(wb.newWorksheet(sheet.name()), sheet.headings(), sheet.rows());
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Worksheet ws, List<String> headings, List<List<Object>> rows) {
    for (int c = 0; c < headings.size(); c++) {
      ws.value(0, c, headings.get(c));
      ws.style(0, c).bold().set();
    }
    for (int r = 0; r < rows.size(); r++) {
      List<Object> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        Object v = row.get(c);
        if (v instanceof BigDecimal d) {
          ws.value(r + 1, c, d);
          ws.style(r + 1, c).format("0.00").set();
        } else if (v instanceof Number n) {
          ws.value(r + 1, c, n);
        } else if (v instanceof LocalDate d) {
          ws.value(r + 1, c, d);
          ws.style(r + 1, c).format("yyyy-mm-dd").set();
        } else if (v != null) {
          ws.value(r + 1, c, safe(v.toString()));
        }
      }
    }
  }

  static String text(Object v) {
    if (v == null) {
      return "";
    }
    return v instanceof BigDecimal d ? d.toPlainString() : safe(v.toString());
  }

  static String safe(String s) {
    return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}
