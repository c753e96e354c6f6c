package org.phasezero.cli.agreement;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.phasezero.analysis.agreement.ReliabilityData;
import org.phasezero.cli.CliFailure;

/**
 * A reliability matrix CSV read into labels {@code [coder][unit]} (null = missing), remembering
 * the line of every cell so that label problems name their line.
 */
final class ReliabilityMatrixFile {

  private final CsvFile csv;
  private final boolean unitsInRows;
  private final String[][] labels;

  private ReliabilityMatrixFile(CsvFile csv, boolean unitsInRows, String[][] labels) {
    this.csv = csv;
    this.unitsInRows = unitsInRows;
    this.labels = labels;
  }

  static ReliabilityMatrixFile read(Path path, boolean unitsInRows, MissingOption missing) {
    CsvFile csv = CsvFile.read(path);
    int columns = csv.header().length - 1;
    if (columns < 1) {
      throw CliFailure.at(path, 1, "expected an id column and at least one "
          + (unitsInRows ? "coder" : "unit") + " column");
    }
    int coders = unitsInRows ? columns : csv.size();
    int units = unitsInRows ? csv.size() : columns;
    if (coders < 2) {
      throw CliFailure.in(path, "only one coder; agreement needs at least two");
    }
    String[][] labels = new String[coders][units];
    for (int r = 0; r < csv.size(); r++) {
      String[] row = csv.row(r);
      for (int col = 1; col < row.length; col++) {
        String label = missing.isMissing(row[col]) ? null : row[col];
        if (unitsInRows) {
          labels[col - 1][r] = label;
        } else {
          labels[r][col - 1] = label;
        }
      }
    }
    return new ReliabilityMatrixFile(csv, unitsInRows, labels);
  }

  Path path() {
    return csv.path();
  }

  int coders() {
    return labels.length;
  }

  String[][] labels() {
    return labels;
  }

  /** The line that holds cell (coder, unit). */
  long line(int coder, int unit) {
    return csv.line(unitsInRows ? unit : coder);
  }

  /**
   * The data as categories: ordered by {@code order} when given (every label must be in it),
   * otherwise numeric when {@code needsNumbers} says why numbers are needed (every label must be
   * a number), or as they come when it is null.
   */
  ReliabilityData data(List<String> order, String needsNumbers) {
    Set<String> allowed = order == null ? null : new HashSet<>(order);
    // Each distinct label is checked once, at its first cell, so big files stay fast.
    Set<String> checked = new HashSet<>();
    for (int c = 0; c < labels.length; c++) {
      for (int u = 0; u < labels[c].length; u++) {
        String label = labels[c][u];
        if (label == null || !checked.add(label)) {
          continue;
        }
        if (allowed != null && !allowed.contains(label)) {
          throw CliFailure.at(path(), line(c, u), "label '" + label + "' is not in --order "
              + String.join(",", order));
        }
        if (needsNumbers != null && !ReliabilityData.isNumber(label)) {
          throw CliFailure.at(path(), line(c, u), "'" + label + "' is not a number ("
              + needsNumbers + ")");
        }
      }
    }
    return ReliabilityData.ofLabels(labels, order);
  }
}
