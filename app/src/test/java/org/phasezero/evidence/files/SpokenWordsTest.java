package org.phasezero.evidence.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words spoken in a turn are its text after the speaker label that starts it, and only that label. */
class SpokenWordsTest {

  @Test
  void theLabelThatStartsATurnIsNotSpoken() {
    assertThat(Segment.spoken("Ayo: The forum gave us a voice.\n", "Ayo")).isEqualTo("The forum gave us a voice.\n");
    assertThat(Segment.spoken("  Amina Yusuf:   We met at the temple.", "Amina Yusuf")).isEqualTo("We met at the temple.");
    assertThat(Segment.spoken("[P1] It helped.", "P1")).isEqualTo("It helped.");
    assertThat(Segment.spoken("FACILITATOR:\nWelcome, everyone.", "facilitator")).isEqualTo("\nWelcome, everyone.");
  }

  @Test
  void aTurnWithoutItsLabelIsKeptWhole() {
    assertThat(Segment.spoken("Dee: We measure outcomes.", "Ayo")).isEqualTo("Dee: We measure outcomes.");
    assertThat(Segment.spoken("We measure outcomes.", "Dee")).isEqualTo("We measure outcomes.");
    assertThat(Segment.spoken("Note: the room was cold.", null)).isEqualTo("Note: the room was cold.");
    assertThat(Segment.spoken("10:30 we started.", "Ayo")).isEqualTo("10:30 we started.");
  }
}
