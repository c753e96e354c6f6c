package org.phasezero.cli.wellbeing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.phasezero.analysis.wellbeing.WellbeingScale;
import org.phasezero.analysis.wellbeing.WellbeingScore;
import org.phasezero.cli.CliFailure;

/**
 * Reads a CSV of questionnaire completions: a header row with an {@code id} column, an optional
 * {@code time} column ({@code pre} or {@code post}), and one column per item, in any order of
 * names. Every row is scored; any bad cell stops the read with the file, line and column.
 */
final class ScoreSheet {

  /** One scored row; {@code time} is null when the file has no time column. */
  record Row(String id, String time, WellbeingScore score, long line) {}

  static final String PRE = "pre";
  static final String POST = "post";

  private ScoreSheet() {}

  /** Whether the rows carry pre/post time points. */
  static boolean hasTime(List<Row> rows) {
    return !rows.isEmpty() && rows.get(0).time() != null;
  }

  static List<Row> read(Path file, WellbeingScale scale) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true)
            .get().parse(in)) {
      var records = parser.iterator();
      if (!records.hasNext()) {
        throw CliFailure.in(file, "empty file: expected a header row with id and item columns");
      }
      List<String> header = records.next().toList();
      int idColumn = indexOf(header, "id");
      if (idColumn < 0) {
        throw CliFailure.at(file, 1, "no 'id' column in the header");
      }
      int timeColumn = indexOf(header, "time");
      int itemColumns = header.size() - 1 - (timeColumn < 0 ? 0 : 1);
      if (itemColumns != scale.items()) {
        throw CliFailure.at(file, 1, scale + " needs " + scale.items() + " item columns, found "
            + itemColumns);
      }
      List<Row> rows = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      long line = parser.getCurrentLineNumber() + 1;
      while (records.hasNext()) {
        CSVRecord record = records.next();
        Row row = row(file, line, record, header, idColumn, timeColumn, scale);
        if (!seen.add(row.id() + "\u0000" + row.time())) {
          throw CliFailure.at(file, line, "person '" + row.id() + "' appears twice"
              + (row.time() == null ? "" : " at time " + row.time()));
        }
        rows.add(row);
        line = parser.getCurrentLineNumber() + 1;
      }
      if (rows.isEmpty()) {
        throw CliFailure.in(file, "no data rows under the header");
      }
      return rows;
    } catch (NoSuchFileException e) {
      throw CliFailure.in(file, "no such file");
    } catch (IOException | java.io.UncheckedIOException e) {
      throw CliFailure.in(file, "cannot read: " + e.getMessage());
    }
  }

  private static Row row(Path file, long line, CSVRecord record, List<String> header,
      int idColumn, int timeColumn, WellbeingScale scale) {
    if (record.size() != header.size()) {
      throw CliFailure.at(file, line, "expected " + header.size() + " values, found "
          + record.size());
    }
    String id = record.get(idColumn);
    if (id.isEmpty()) {
      throw CliFailure.at(file, line, "empty id");
    }
    String time = null;
    if (timeColumn >= 0) {
      time = record.get(timeColumn).toLowerCase(Locale.ROOT);
      if (!time.equals(PRE) && !time.equals(POST)) {
        throw CliFailure.at(file, line, "time must be 'pre' or 'post', found '"
            + record.get(timeColumn) + "'");
      }
    }
    int[] items = new int[scale.items()];
    int k = 0;
    for (int c = 0; c < header.size(); c++) {
      if (c == idColumn || c == timeColumn) {
        continue;
      }
      items[k++] = itemScore(record.get(c), "column " + header.get(c),
          problem -> CliFailure.at(file, line, problem));
    }
    try {
      return new Row(id, time, scale.score(items), line);
    } catch (IllegalArgumentException e) {
      throw CliFailure.at(file, line, e.getMessage());
    }
  }

  /** Parses one item score; empty is missing, which is an error (no imputation). */
  static int itemScore(String text, String where,
      java.util.function.Function<String, RuntimeException> failure) {
    String t = text.strip();
    if (t.isEmpty()) {
      throw failure.apply(where + ": item score missing (missing items are not imputed)");
    }
    try {
      int score = Integer.parseInt(t);
      if (score < WellbeingScale.MIN_ITEM || score > WellbeingScale.MAX_ITEM) {
        throw failure.apply(where + ": item score must be between " + WellbeingScale.MIN_ITEM
            + " and " + WellbeingScale.MAX_ITEM + ", found " + score);
      }
      return score;
    } catch (NumberFormatException e) {
      throw failure.apply(where + ": '" + t + "' is not a whole number");
    }
  }

  private static int indexOf(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }
}
