package org.phasezero.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.phasezero.analysis.testing.SharedData;

/**
 * Conformance with the published values for every data set in {@code shared/data/reliability}
 * (read in place). The expected values are the ones printed by the sources named in that folder's
 * SOURCES.md, not outputs of this code.
 */
class ReliabilityConformanceTest {

  @Test
  void krippendorff2011ExampleMatchesThePaperAtAllFourLevels() throws IOException {
    // Krippendorff (2011), example C: nominal .743, ordinal .815, interval .849, ratio .797.
    ReliabilityData data = codersInRows("reliability/krippendorff2011_C_4coders_12units.csv", "");
    assertThat(alpha(data, MeasurementLevel.NOMINAL)).isCloseTo(0.743, within(5e-4));
    assertThat(alpha(data, MeasurementLevel.ORDINAL)).isCloseTo(0.815, within(5e-4));
    assertThat(alpha(data, MeasurementLevel.INTERVAL)).isCloseTo(0.849, within(5e-4));
    assertThat(alpha(data, MeasurementLevel.RATIO)).isCloseTo(0.797, within(5e-4));
  }

  @Test
  void wikipediaExampleMatchesItsNominalAndIntervalAlpha() throws IOException {
    // Wikipedia "Krippendorff's alpha", computational example: nominal 0.691, interval 0.811.
    ReliabilityData data =
        codersInRows("reliability/wikipedia_krippendorff_example_3coders_15units.csv", "");
    assertThat(alpha(data, MeasurementLevel.NOMINAL)).isCloseTo(0.691, within(5e-4));
    assertThat(alpha(data, MeasurementLevel.INTERVAL)).isCloseTo(0.811, within(5e-4));
  }

  @Test
  void hayesKrippendorff2007ExampleMatchesTheirOrdinalAlpha() throws IOException {
    // Hayes & Krippendorff (2007), table 1 data, ordinal alpha reported as .7598.
    List<String[]> rows = rows("reliability/hayes_krippendorff_2007_table1_5obs_40units.csv");
    String[][] matrix = new String[5][rows.size()];
    for (int u = 0; u < rows.size(); u++) {
      for (int c = 0; c < 5; c++) {
        String cell = rows.get(u)[c + 1];
        matrix[c][u] = cell.equals(".") ? null : cell;
      }
    }
    ReliabilityData data = ReliabilityData.ofLabels(matrix, null);
    assertThat(alpha(data, MeasurementLevel.ORDINAL)).isCloseTo(0.7598, within(5e-5));
  }

  @Test
  void fleissDiagnosesExampleGivesKappa043() throws IOException {
    // Fleiss (1971): 30 patients, 6 psychiatrists, 5 diagnoses; kappa = .430 (irr kappam.fleiss).
    List<String[]> rows = rows("reliability/fleiss1971_diagnoses_30subjects_6raters.csv");
    Map<String, Integer> categories = new LinkedHashMap<>();
    int[][] ratings = new int[rows.size()][];
    for (int s = 0; s < rows.size(); s++) {
      ratings[s] = new int[rows.get(s).length];
      for (int r = 0; r < ratings[s].length; r++) {
        ratings[s][r] = categories.computeIfAbsent(rows.get(s)[r], k -> categories.size());
      }
    }
    FleissKappa.Result k = FleissKappa.ofRatings(ratings, categories.size());
    assertThat(k.kappa()).isCloseTo(0.430, within(5e-4));
    assertThat(k.subjects()).isEqualTo(30);
    assertThat(k.raters()).isEqualTo(6);
  }

  @Test
  void wikipediaFleissCountsExampleGivesKappa0210() throws IOException {
    // Wikipedia "Fleiss' kappa" worked example: P̄ = 0.378, P̄e = 0.213, κ = 0.210.
    List<String[]> rows =
        rows("reliability/wikipedia_fleiss_kappa_example_10subjects_14raters_counts.csv");
    long[][] counts = new long[rows.size()][];
    for (int s = 0; s < rows.size(); s++) {
      String[] row = rows.get(s);
      counts[s] = new long[row.length - 1];
      for (int j = 1; j < row.length; j++) {
        counts[s][j - 1] = Long.parseLong(row[j]);
      }
    }
    FleissKappa.Result k = FleissKappa.ofCounts(counts);
    assertThat(k.meanAgreement()).isCloseTo(0.378, within(5e-4));
    assertThat(k.chanceAgreement()).isCloseTo(0.213, within(5e-4));
    assertThat(k.kappa()).isCloseTo(0.210, within(5e-4));
  }

  @Test
  void cohenGrantProposalsExampleGivesKappa04() throws IOException {
    // Wikipedia "Cohen's kappa": p_o = (20 + 15)/50 = 0.7; p_yes = 0.5·0.6 = 0.3,
    // p_no = 0.5·0.4 = 0.2, p_e = 0.5; κ = (0.7 − 0.5)/(1 − 0.5) = 0.4.
    List<String[]> rows = rows("reliability/cohen_kappa_grant_proposals_2x2.csv");
    List<String> labels = List.of("Yes", "No");
    long[][] table = new long[2][2];
    for (String[] row : rows) {
      table[labels.indexOf(row[0])][labels.indexOf(row[1])] += Long.parseLong(row[2]);
    }
    CohenKappa.Result k = CohenKappa.ofTable(table, KappaWeights.UNWEIGHTED);
    assertThat(k.observedAgreement()).isCloseTo(0.7, within(1e-12));
    assertThat(k.expectedAgreement()).isCloseTo(0.5, within(1e-12));
    assertThat(k.kappa()).isCloseTo(0.4, within(1e-12));
  }

  private static double alpha(ReliabilityData data, MeasurementLevel level) {
    return KrippendorffAlpha.estimate(data, level).alpha();
  }

  /** A coders-in-rows matrix: header of unit ids, then coder id and one cell per unit. */
  private static ReliabilityData codersInRows(String file, String missing) throws IOException {
    List<String[]> rows = rows(file);
    String[][] matrix = new String[rows.size()][];
    for (int c = 0; c < rows.size(); c++) {
      String[] row = rows.get(c);
      matrix[c] = new String[row.length - 1];
      for (int u = 1; u < row.length; u++) {
        matrix[c][u - 1] = row[u].equals(missing) ? null : row[u];
      }
    }
    return ReliabilityData.ofLabels(matrix, null);
  }

  /** Data rows of a plain comma-separated file (no quoting in these files), header skipped. */
  private static List<String[]> rows(String file) throws IOException {
    Path path = SharedData.file(file);
    List<String[]> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(path);
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        rows.add(line.split(",", -1));
      }
    }
    return rows;
  }
}
