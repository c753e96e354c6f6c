package org.phasezero.analysis.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phasezero.analysis.testing.SharedData;

class SwemwbsMetricConversionTest {

  @Test
  void embeddedTableMatchesEveryRowOfTheSharedReferenceCopy() throws IOException {
    Path csv = SharedData.file("wellbeing/swemwbs_raw_to_metric.csv");
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0).strip()).isEqualTo("raw_score,metric_score");
    List<String> rows = lines.subList(1, lines.size()).stream()
        .filter(l -> !l.isBlank()).toList();
    // One row for every raw score 7..35.
    assertThat(rows).hasSize(29);
    for (String row : rows) {
      String[] cells = row.strip().split(",");
      int raw = Integer.parseInt(cells[0]);
      double expected = Double.parseDouble(cells[1]);
      assertThat(SwemwbsMetricConversion.metric(raw)).as("raw %d", raw).isEqualTo(expected);
    }
  }

  @Test
  void rawScoresOutsideSevenToThirtyFiveAreRejected() {
    assertThatThrownBy(() -> SwemwbsMetricConversion.metric(6))
        .hasMessageContaining("between 7 and 35, found 6");
    assertThatThrownBy(() -> SwemwbsMetricConversion.metric(36))
        .hasMessageContaining("found 36");
  }

  @Test
  void metricScoreRisesStrictlyWithRawScore() {
    for (int raw = SwemwbsMetricConversion.MIN_RAW; raw < SwemwbsMetricConversion.MAX_RAW; raw++) {
      assertThat(SwemwbsMetricConversion.metric(raw + 1))
          .isGreaterThan(SwemwbsMetricConversion.metric(raw));
    }
  }
}
