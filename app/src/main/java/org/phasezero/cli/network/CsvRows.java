package org.phasezero.cli.network;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.phasezero.cli.CliFailure;

/**
 * The rows of a UTF-8 CSV file with a header row, with the checks every network input shares:
 * missing, unreadable or empty file, ragged rows, named columns and non-empty cells, each
 * reported as one {@code file[:line]: problem}. Blank lines are skipped. Line numbers assume no
 * quoted line breaks (the header is line 1).
 */
final class CsvRows {

  /** Receives each data row with its line number. */
  interface RowHandler {
    void row(long line, CSVRecord row);
  }

  private final Path file;

  private CsvRows(Path file) {
    this.file = file;
  }

  /**
   * Reads {@code file}; {@code onHeader} sees the column names and returns the row handler.
   * Returns the number of data rows. {@code expected} names the columns for the empty-file message.
   */
  static long read(Path file, String expected, Function<CsvRows.Header, RowHandler> onHeader) {
    CsvRows rows = new CsvRows(file);
    long count = 0;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).get()
            .parse(reader)) {
      List<String> names = csv.getHeaderNames();
      if (names.isEmpty()) {
        throw CliFailure.in(file, "empty file (expected a header row with columns " + expected
            + ")");
      }
      RowHandler handler = onHeader.apply(rows.new Header(names));
      for (CSVRecord row : csv) {
        long line = row.getRecordNumber() + 1;
        if (row.size() == 1 && row.get(0).isBlank()) {
          continue;
        }
        if (row.size() != names.size()) {
          throw CliFailure.at(file, line, "expected " + names.size() + " columns, found "
              + row.size());
        }
        handler.row(line, row);
        count++;
      }
    } catch (NoSuchFileException e) {
      throw CliFailure.in(file, "file not found");
    } catch (MalformedInputException e) {
      throw CliFailure.in(file, "not UTF-8 text");
    } catch (IOException | UncheckedIOException e) {
      throw CliFailure.in(file, "cannot read: " + e.getMessage());
    } catch (IllegalStateException e) {
      throw CliFailure.in(file, "malformed CSV: " + e.getMessage());
    }
    return count;
  }

  /** The header row: column positions by name. */
  final class Header {
    private final List<String> names;

    private Header(List<String> names) {
      this.names = names;
    }

    int column(String name) {
      int i = names.indexOf(name);
      if (i < 0) {
        throw CliFailure.at(file, 1, "no column '" + name + "' (columns: "
            + String.join(", ", names) + ")");
      }
      return i;
    }
  }

  /** A non-empty cell, stripped. */
  static String cell(Path file, long line, CSVRecord row, int column, String name) {
    String value = row.get(column).strip();
    if (value.isEmpty()) {
      throw CliFailure.at(file, line, "empty " + name);
    }
    return value;
  }
}
