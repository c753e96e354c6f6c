package org.phasezero.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallNumbersTest {

  @Test
  void countsFromOneToBelowTheThresholdAreWithheldZeroAndLargerAreShown() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("none", 0L);
    counts.put("one", 1L);
    counts.put("four", 4L);
    counts.put("five", 5L);
    counts.put("many", 312L);
    Map<String, String> shown = new SmallNumbers(5).suppress(counts);
    assertThat(shown).containsEntry("none", "0").containsEntry("one", null).containsEntry("four", null)
        .containsEntry("five", "5").containsEntry("many", "312");
  }

  @Test
  void aThresholdBelowOneIsRefused() {
    assertThatThrownBy(() -> new SmallNumbers(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
