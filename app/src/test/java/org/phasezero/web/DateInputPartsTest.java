package org.phasezero.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Day, month and year typed into the NHS.UK date input, joined into the one field a form binds. */
class DateInputPartsTest {

  @Test
  void wholeNumbersBecomeAnIsoDateWithLeadingZeros() {
    assertThat(DateInputParts.date("1", "4", "2025")).isEqualTo("2025-04-01");
    assertThat(DateInputParts.date(" 27 ", "03", "2025")).isEqualTo("2025-03-27");
  }

  @Test
  void anythingElseIsPassedOnAsTypedSoTheDateRuleRefusesItInWords() {
    assertThat(DateInputParts.date("31", "2", "25")).isEqualTo("31 2 25");
    assertThat(DateInputParts.date("first", "April", "2025")).isEqualTo("first April 2025");
    assertThat(DateInputParts.date("", "", "")).isEmpty();
  }

  @Test
  void onlyCompleteSetsOfPartsAreJoinedAndOtherParametersStay() {
    Map<String, String[]> joined = DateInputParts.join(Map.of("heldOn-day", new String[] {"5"},
        "heldOn-month", new String[] {"8"}, "heldOn-year", new String[] {"2025"}, "title", new String[] {"Forum"},
        "dueOn-day", new String[] {"1"}));
    assertThat(joined).containsKeys("heldOn", "title", "heldOn-day", "dueOn-day").doesNotContainKey("dueOn");
    assertThat(joined.get("heldOn")).containsExactly("2025-08-05");
    assertThat(DateInputParts.join(Map.of("title", new String[] {"Forum"}))).as("nothing to join").isNull();
    assertThat(DateInputParts.join(Map.of("heldOn", new String[] {"2025-01-01"}, "heldOn-day", new String[] {"2"},
        "heldOn-month", new String[] {"2"}, "heldOn-year", new String[] {"2025"}))).as("a whole date sent wins").isNull();
  }
}
