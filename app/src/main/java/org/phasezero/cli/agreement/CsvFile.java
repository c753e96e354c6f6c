package org.phasezero.cli.agreement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.phasezero.cli.CliFailure;

/**
 * A UTF-8 CSV file with a header row, read whole, each row keeping the line it starts on so that
 * every complaint can name the file and the line. Cells are trimmed; blank lines are skipped; a
 * row with a different number of cells from the header is refused.
 */
final class CsvFile {

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setIgnoreSurroundingSpaces(true)
      .setIgnoreEmptyLines(true)
      .get();

  private final Path path;
  private final String[] header;
  private final List<String[]> rows;
  private final long[] lines;

  private CsvFile(Path path, String[] header, List<String[]> rows, long[] lines) {
    this.path = path;
    this.header = header;
    this.rows = rows;
    this.lines = lines;
  }

  static CsvFile read(Path path) {
    String text = readText(path);
    long[] lineStarts = lineStarts(text);
    List<String[]> records = new ArrayList<>();
    List<Long> recordLines = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      for (CSVRecord record : parser) {
        String[] cells = record.values();
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].strip();
        }
        records.add(cells);
        recordLines.add(lineOf(lineStarts, record.getCharacterPosition()));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw CliFailure.in(path, "malformed CSV: " + rootMessage(e));
    }
    if (records.isEmpty()) {
      throw CliFailure.in(path, "empty file: expected a header row and data rows");
    }
    String[] header = records.get(0);
    List<String[]> rows = records.subList(1, records.size());
    long[] lines = new long[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      lines[r] = recordLines.get(r + 1);
      if (rows.get(r).length != header.length) {
        throw CliFailure.at(path, lines[r], "expected " + header.length
            + " values as in the header, found " + rows.get(r).length);
      }
    }
    if (rows.isEmpty()) {
      throw CliFailure.in(path, "no data rows after the header");
    }
    return new CsvFile(path, header, List.copyOf(rows), lines);
  }

  private static String readText(Path path) {
    try {
      byte[] bytes = Files.readAllBytes(path);
      String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (NoSuchFileException e) {
      throw CliFailure.in(path, "no such file");
    } catch (CharacterCodingException e) {
      throw CliFailure.in(path, "not UTF-8 text");
    } catch (IOException e) {
      throw CliFailure.in(path, "cannot read: " + e.getMessage());
    }
  }

  private static long[] lineStarts(String text) {
    long[] starts = new long[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  /** The 1-based line holding a character offset. */
  private static long lineOf(long[] lineStarts, long position) {
    int index = Arrays.binarySearch(lineStarts, position);
    return (index >= 0 ? index : -index - 2) + 1;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }

  Path path() {
    return path;
  }

  String[] header() {
    return header;
  }

  int size() {
    return rows.size();
  }

  String[] row(int index) {
    return rows.get(index);
  }

  /** The line on which data row {@code index} starts. */
  long line(int index) {
    return lines[index];
  }

  /** The whole number in a cell, or a complaint naming the line and the column. */
  long wholeNumber(int index, int column) {
    String cell = rows.get(index)[column];
    try {
      return Long.parseLong(cell);
    } catch (NumberFormatException e) {
      throw failure(index, header[column] + " '" + cell + "' is not a whole number");
    }
  }

  /** A complaint about data row {@code index}. */
  CliFailure failure(int index, String problem) {
    return CliFailure.at(path, lines[index], problem);
  }
}
