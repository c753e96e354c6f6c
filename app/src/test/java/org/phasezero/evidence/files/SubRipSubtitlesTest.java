package org.phasezero.evidence.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.phasezero.evidence.files.TestFiles.utf8;

import org.junit.jupiter.api.Test;

class SubRipSubtitlesTest {

  @Test
  void subtitlesBecomeTimedSegmentsWithTheirSpeakers() {
    String srt = """
        1
        00:00:01,000 --> 00:00:03,500
        Interviewer: What brought you
        to the group?

        2
        00:00:04,000 --> 00:00:06,000  X1:40 X2:600 Y1:20 Y2:50
        [Amina] <i>My GP</i>, really.
        {\\an8}It was her idea.

        3
        01:02:03,004 --> 01:02:04,000
        [laughs]
        """;
    ExtractedText read = SourceFiles.read("interview.SRT", utf8(srt));

    assertThat(read.format()).isEqualTo("srt");
    assertThat(read.text()).isEqualTo("""
        Interviewer: What brought you to the group?
        Amina: My GP, really. It was her idea.
        [laughs]
        """);
    assertThat(read.segments()).containsExactly(
        new Segment(0, 44, "Interviewer", 1_000L, 3_500L),
        new Segment(44, 83, "Amina", 4_000L, 6_000L),
        new Segment(83, 92, null, 3_723_004L, 3_724_000L));
  }

  @Test
  void twoSpeakersInOneSubtitleGiveTwoSegments() {
    String srt = "1\r\n00:00:01,000 --> 00:00:02,000\r\nAnn: Yes.\r\nBo: No.\r\n";
    ExtractedText read = SourceFiles.read("a.srt", utf8(srt));

    assertThat(read.text()).isEqualTo("Ann: Yes.\nBo: No.\n");
    assertThat(read.segments()).extracting(Segment::speakerLabel).containsExactly("Ann", "Bo");
  }

  @Test
  void aSubtitleEndingBeforeItStartsIsRejected() {
    String srt = "1\n00:00:01,000 --> 00:00:02,000\nFine\n\n2\n00:00:05,000 --> 00:00:04,000\nBackwards\n";
    assertThatThrownBy(() -> SourceFiles.read("a.srt", utf8(srt)))
        .isInstanceOf(UnreadableSourceException.class)
        .hasMessage("a.srt is not valid SubRip (.srt): on line 6, subtitle 2 ends (0:00:04.000) before it starts"
            + " (0:00:05.000). Correct that line, or export the subtitles again.");
  }

  @Test
  void malformedBlocksAreRejectedWithTheirLineNumbers() {
    assertThatThrownBy(() -> SourceFiles.read("a.srt", utf8("1\n00:00:01.000 --> 00:00:02.000\nDots\n")))
        .hasMessageContaining("on line 2, the timing \"00:00:01.000 --> 00:00:02.000\" is not of the form"
            + " 00:00:01,000 --> 00:00:04,000");
    assertThatThrownBy(() -> SourceFiles.read("a.srt", utf8("00:00:01,000 --> 00:00:02,000\nNo number\n")))
        .hasMessageContaining("on line 1, the subtitle's number is missing before its timing line");
    assertThatThrownBy(() -> SourceFiles.read("a.srt", utf8("1\n00:00:01,000 --> 00:00:02,000\nA\n\nHello\n")))
        .hasMessageContaining("on line 5, expected the number of a subtitle, found \"Hello\"");
    assertThatThrownBy(() -> SourceFiles.read("a.srt", utf8("7\n")))
        .hasMessageContaining("on line 1, subtitle 7 has no timing line after its number");
  }

  @Test
  void subtitlesOutOfOrderAreKeptWithAWarning() {
    String srt = "1\n00:00:05,000 --> 00:00:06,000\nLater\n\n2\n00:00:01,000 --> 00:00:02,000\nEarlier\n";
    assertThat(SourceFiles.read("a.srt", utf8(srt)).warnings()).containsExactly(
        "a.srt has subtitles out of time order (the first on line 6); PhaseZero keeps them in the order of the file.");
  }
}
