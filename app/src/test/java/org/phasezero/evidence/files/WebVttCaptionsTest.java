package org.phasezero.evidence.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.phasezero.evidence.files.TestFiles.utf8;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebVttCaptionsTest {

  @Test
  void cuesBecomeTimedSegmentsWithTheirSpeakers() {
    String vtt = """
        WEBVTT - recorded at the community centre
        Kind: captions

        NOTE This is a comment
        spanning two lines

        STYLE
        ::cue { color: yellow }

        intro
        00:01.000 --> 00:04.500 align:start line:0
        <v Amina Yusuf>We met at the <i>mosque</i>
        on Tuesdays.</v>

        00:00:05.000 --> 00:00:07.000
        <v.loud Facilitator>And &amp; then?

        00:00:07.000 --> 00:00:09.000
        <v.loud Facilitator>Who came?

        01:00:00.000 --> 01:00:01.250
        <c.yellow>No speaker</c> <00:00:00.500>here&nbsp;&lt;3 &#x263A; &#65; &bogus;
        """;
    ExtractedText read = SourceFiles.read("group.vtt", utf8(vtt));

    assertThat(read.format()).isEqualTo("vtt");
    assertThat(read.text()).isEqualTo("""
        Amina Yusuf: We met at the mosque on Tuesdays.
        Facilitator: And & then?
        Facilitator: Who came?
        No speaker here\u00A0<3 \u263A A &bogus;
        """);
    assertThat(read.segments()).containsExactly(
        new Segment(0, 47, "Amina Yusuf", 1_000L, 4_500L),
        new Segment(47, 72, "Facilitator", 5_000L, 7_000L),
        new Segment(72, 95, "Facilitator", 7_000L, 9_000L),
        new Segment(95, 126, null, 3_600_000L, 3_601_250L));
    assertThat(read.warnings()).isEmpty();
  }

  @Test
  void aColonLabelNamesTheSpeakerWhenThereIsNoVoiceSpan() {
    String vtt = "\uFEFFWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nInterviewer: Hello.\r\n";
    ExtractedText read = SourceFiles.read("a.vtt", vtt.getBytes(StandardCharsets.UTF_8));

    assertThat(read.text()).isEqualTo("Interviewer: Hello.\n");
    assertThat(read.segments()).containsExactly(new Segment(0, 20, "Interviewer", 1_000L, 2_000L));
  }

  @Test
  void aCueWithTwoVoicesGivesTwoSegmentsWithTheSameTimes() {
    String vtt = "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Yes.</v>\n<v Bo>No.</v>\n";
    ExtractedText read = SourceFiles.read("a.vtt", utf8(vtt));

    assertThat(read.text()).isEqualTo("Ann: Yes.\nBo: No.\n");
    assertThat(read.segments()).containsExactly(
        new Segment(0, 10, "Ann", 1_000L, 2_000L), new Segment(10, 18, "Bo", 1_000L, 2_000L));
  }

  @Test
  void cuesOutOfOrderAreKeptWithAWarning() {
    String vtt = "WEBVTT\n\n00:05.000 --> 00:06.000\nLater\n\n00:01.000 --> 00:02.000\nEarlier\n";
    ExtractedText read = SourceFiles.read("a.vtt", utf8(vtt));

    assertThat(read.text()).isEqualTo("Later\nEarlier\n");
    assertThat(read.warnings()).containsExactly(
        "a.vtt has cues out of time order (the first on line 6); PhaseZero keeps them in the order of the file.");
  }

  @Test
  void aFileWithOnlyAHeaderHasNoSegments() {
    ExtractedText read = SourceFiles.read("a.vtt", utf8("WEBVTT\n"));
    assertThat(read.text()).isEmpty();
    assertThat(read.warnings()).containsExactly("a.vtt has no cues with text in them.");
  }

  @Test
  void aMissingHeaderIsRejected() {
    assertThatThrownBy(() -> SourceFiles.read("a.vtt", utf8("00:01.000 --> 00:02.000\nHello\n")))
        .isInstanceOf(UnreadableSourceException.class)
        .hasMessage("a.vtt is not valid WebVTT: on line 1, a WebVTT file must start with the line WEBVTT, and this"
            + " one starts with \"00:01.000 --> 00:02.000\". Correct that line, or export the captions again.");
    assertThatThrownBy(() -> SourceFiles.read("b.vtt", utf8("WEBVTTX\n"))).hasMessageContaining("on line 1");
  }

  @Test
  void aMalformedTimingLineIsRejectedWithItsLineNumber() {
    String vtt = "WEBVTT\n\n00:01.000 --> 00:02.000\nFine\n\n00:03.000 -> 00:04.000\nBroken\n";
    assertThatThrownBy(() -> SourceFiles.read("a.vtt", utf8(vtt)))
        .hasMessage("a.vtt is not valid WebVTT: on line 6, expected a cue timing line such as 00:00:01.000 -->"
            + " 00:00:04.000 (hours may be left out), found \"00:03.000 -> 00:04.000\". Correct that line, or"
            + " export the captions again.");
    String badTime = "WEBVTT\n\n00:01.000 --> 00:02,000\nBroken\n";
    assertThatThrownBy(() -> SourceFiles.read("a.vtt", utf8(badTime)))
        .hasMessageContaining("on line 3, the cue timing \"00:01.000 --> 00:02,000\" is not of the form");
    String badMinutes = "WEBVTT\n\n00:61.000 --> 01:02.000\nBroken\n";
    assertThatThrownBy(() -> SourceFiles.read("a.vtt", utf8(badMinutes))).hasMessageContaining("on line 3");
  }

  @Test
  void aCueEndingBeforeItStartsIsRejected() {
    String vtt = "WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nBackwards\n";
    assertThatThrownBy(() -> SourceFiles.read("a.vtt", utf8(vtt)))
        .hasMessageContaining("on line 3, the cue ends (0:00:04.000) before it starts (0:00:05.000)");
  }

  @Test
  void aMissingBlankLineBetweenCuesIsRejected() {
    String vtt = "WEBVTT\n\n00:01.000 --> 00:02.000\nOne\n00:02.000 --> 00:03.000\nTwo\n";
    assertThatThrownBy(() -> SourceFiles.read("a.vtt", utf8(vtt)))
        .hasMessageContaining("on line 5, \"-->\" appears inside a cue's text; is a blank line missing before this cue?");
    String afterHeader = "WEBVTT\n00:01.000 --> 00:02.000\nOne\n";
    assertThatThrownBy(() -> SourceFiles.read("a.vtt", utf8(afterHeader)))
        .hasMessageContaining("on line 2, a blank line must separate the WEBVTT header from the first cue");
  }
}
