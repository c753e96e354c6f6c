package org.phasezero.evidence.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.phasezero.evidence.files.TestFiles.segmentTexts;
import static org.phasezero.evidence.files.TestFiles.utf8;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlainTextSourcesTest {

  @Test
  void aTranscriptIsSplitIntoSpeakerTurnsWithContinuationLinesInTheirTurn() {
    String text = """
        Focus group 3, 12 May
        Interviewer: How did the group start?
        Amina Yusuf: We met at the mosque.
        It grew from there.

        P1: I came later.
        Interviewer: And the council?
        P1: They came once.
        """;
    ExtractedText read = SourceFiles.read("group3.txt", utf8(text));

    assertThat(read.format()).isEqualTo("txt");
    assertThat(segmentTexts(read)).containsExactly(
        "Focus group 3, 12 May\n",
        "Interviewer|Interviewer: How did the group start?\n",
        "Amina Yusuf|Amina Yusuf: We met at the mosque.\nIt grew from there.\n\n",
        "P1|P1: I came later.\n",
        "Interviewer|Interviewer: And the council?\n",
        "P1|P1: They came once.\n");
    assertThat(read.warnings()).isEmpty();
  }

  @Test
  void aLabelOnItsOwnLineTakesTheParagraphBelowIt() {
    String text = "Dan:\n\nOkay, shall we start?\n\nParticipant:\n\nYes.\n\nDan:\n\nGood.\n\nParticipant:\n\nFine.\n";
    ExtractedText read = SourceFiles.read("p1.txt", utf8(text));

    assertThat(segmentTexts(read)).containsExactly(
        "Dan|Dan:\n\nOkay, shall we start?\n\n",
        "Participant|Participant:\n\nYes.\n\n",
        "Dan|Dan:\n\nGood.\n\n",
        "Participant|Participant:\n\nFine.\n");
  }

  @Test
  void proseIsSplitIntoParagraphsThatKeepTheirBlankLines() {
    String text = "\nFirst paragraph,\nstill first.\n\n\nSecond.\n\nThird";
    ExtractedText read = SourceFiles.read("notes.TXT", utf8(text));

    assertThat(segmentTexts(read)).containsExactly("\nFirst paragraph,\nstill first.\n\n\n", "Second.\n\n", "Third");
    assertThat(read.segments()).allSatisfy(s -> assertThat(s.speakerLabel()).isNull());
  }

  @Test
  void aFewNoteLinesDoNotMakeATranscript() {
    String text = """
        The session ran long because the room was booked late.

        Note: the recorder failed for ten minutes.

        Several members said the bus route matters more than the timing.

        Note: check the minutes from March.

        Amina said: the café is the only warm place on a Tuesday.

        Afterwards we agreed to meet again.
        """;
    ExtractedText read = SourceFiles.read("fieldnotes.txt", utf8(text));

    assertThat(read.segments()).hasSize(6).allSatisfy(s -> assertThat(s.speakerLabel()).isNull());
  }

  @Test
  void theHeadingsOfFieldNotesAreNotSpeakers() {
    String text = """
        Group: Carers' circle
        Facilitators: Jo and Sam
        Venue notes: upstairs room
        Weather: wet
        The group talked about respite.
        """;
    assertThat(PlainTextSegmentation.isTranscript(text)).isFalse();
  }

  @Test
  void clockTimesAndWebAddressesAreNotLabels() {
    String text = "10:30 start\nhttps://example.org: link\n10:45 tea\nhttps://example.org/b: link\n";
    assertThat(PlainTextSegmentation.isTranscript(text)).isFalse();
  }

  @Test
  void bracketLabelsMakeATranscriptButSoundNotesDoNot() {
    String text = "[id1] hello.\n\n[id2] I struggle.\n\n[laughter] well\n\n[id1] Me too.\n\n[id2] Yes.\n";
    ExtractedText read = SourceFiles.read("t.txt", utf8(text));

    assertThat(read.segments()).extracting(Segment::speakerLabel).containsExactly("id1", "id2", "id1", "id2");
    assertThat(read.segments().get(1).in(read.text())).isEqualTo("[id2] I struggle.\n\n[laughter] well\n\n");
  }

  @Test
  void lineEndingsAndTheByteOrderMarkAreNormalised() {
    byte[] bytes = "\uFEFFa\r\nb\rc\n".getBytes(StandardCharsets.UTF_8);
    ExtractedText read = SourceFiles.read("a.md", bytes);

    assertThat(read.text()).isEqualTo("a\nb\nc\n");
    assertThat(read.format()).isEqualTo("md");
  }

  @Test
  void strayControlCharactersAreRemovedWithAWarning() {
    ExtractedText read = SourceFiles.read("a.txt", utf8("one\ntwo\u000B three\u0007\tfour\fpage two\n"));

    assertThat(read.text()).isEqualTo("one\ntwo three\tfour\npage two\n");
    assertThat(read.warnings()).containsExactly("PhaseZero removed 3 control characters from a.txt (the first on"
        + " line 2): they have no place in text and would break exports.");
  }

  @Test
  void windows1252TextIsReadWithAWarning() {
    byte[] bytes = "Caf\u00E9 \u201Cquotes\u201D \u20AC5\n".getBytes(Charset.forName("windows-1252"));
    ExtractedText read = SourceFiles.read("old.txt", bytes);

    assertThat(read.text()).isEqualTo("Caf\u00E9 \u201Cquotes\u201D \u20AC5\n");
    assertThat(read.warnings()).singleElement().asString().contains("read it as windows-1252");
  }

  @Test
  void utf16WithAByteOrderMarkIsRead() {
    byte[] bytes = "\uFEFFInterviewer: hello\n".getBytes(StandardCharsets.UTF_16LE);
    assertThat(SourceFiles.read("a.txt", bytes).text()).isEqualTo("Interviewer: hello\n");
  }

  @Test
  void bytesWindows1252LeavesUndefinedAreRejectedWithTheLine() {
    byte[] bytes = {'o', 'n', 'e', '\n', 't', 'w', 'o', '\n', 'c', 'a', 'f', (byte) 0xE9, (byte) 0x81, '\n'};
    assertThatThrownBy(() -> SourceFiles.read("notes.txt", bytes))
        .isInstanceOf(UnreadableSourceException.class)
        .hasMessage("notes.txt is not in a text encoding PhaseZero can read: it is not UTF-8 and contains bytes"
            + " that windows-1252 does not define (first at line 3). Save it as UTF-8.");
  }

  @Test
  void utf16WithoutAByteOrderMarkIsRejected() {
    byte[] bytes = "Interviewer: hello\nP1: hi\n".getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> SourceFiles.read("notes.txt", bytes))
        .isInstanceOf(UnreadableSourceException.class)
        .hasMessageStartingWith("notes.txt is not text PhaseZero can read: it contains NUL bytes (the first on line 1)");
  }

  @Test
  void malformedUtf8AfterAByteOrderMarkIsRejected() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n', 'b', (byte) 0xC3, '\n'};
    assertThatThrownBy(() -> SourceFiles.read("a.txt", bytes))
        .hasMessage("a.txt starts with a byte-order mark saying it is UTF-8, but line 2 has bytes that are not"
            + " valid UTF-8. Save it again as UTF-8.");
  }

  @Test
  void aGenuineReplacementCharacterIsKept() {
    assertThat(SourceFiles.read("a.txt", utf8("\uFEFFbroken \uFFFD here")).text()).isEqualTo("broken \uFFFD here");
  }

  @Test
  void aBinaryFileNamedTxtIsRejected() {
    byte[] pdf = TestFiles.pdf(java.util.List.of(java.util.List.of("x")));
    assertThatThrownBy(() -> SourceFiles.read("notes.txt", pdf))
        .hasMessage("notes.txt is a PDF, not plain text. Give the file the extension of its real format, or save it"
            + " as UTF-8 text.");
  }

  @Test
  void aFileFullOfControlCharactersIsNotText() {
    byte[] bytes = new byte[200];
    java.util.Arrays.fill(bytes, (byte) 0x06);
    assertThatThrownBy(() -> SourceFiles.read("a.txt", bytes)).hasMessageContaining("does not look like text");
  }

  @Test
  void aFileOverTheSizeLimitIsRejected() {
    SourceFileLimits limits = new SourceFileLimits(1_000, 1_000);
    assertThatThrownBy(() -> SourceFiles.read("C:\\Users\\amina\\interview.txt", new byte[1_500], limits))
        .isInstanceOf(UnreadableSourceException.class)
        .hasMessage("interview.txt is 1.5 kB; the largest source PhaseZero accepts is 1 kB.");
    assertThatThrownBy(() -> SourceFileLimits.DEFAULT.requireBytes(SourceFiles.displayName(null), 210_000_001))
        .hasMessage("The file is 210 MB; the largest source PhaseZero accepts is 200 MB.");
  }

  @Test
  void textOverTheCharacterLimitIsRejected() {
    SourceFileLimits limits = new SourceFileLimits(1_000, 10);
    assertThatThrownBy(() -> SourceFiles.read("a.txt", utf8("eleven char"), limits))
        .hasMessage("a.txt holds more than 10 characters of text; the most PhaseZero accepts in one source is 10."
            + " Split it into parts and import each.");
  }

  @Test
  void emptyFilesAndUnknownFormatsAreRejected() {
    assertThatThrownBy(() -> SourceFiles.read("a.txt", new byte[0])).hasMessage("a.txt is empty (0 bytes).");
    assertThatThrownBy(() -> SourceFiles.read("a.odt", utf8("x")))
        .hasMessage("PhaseZero cannot read .odt files. PhaseZero reads sources saved as .txt, .md, .docx, .pdf, .vtt"
            + " or .srt.");
    assertThatThrownBy(() -> SourceFiles.read("README", utf8("x")))
        .hasMessageStartingWith("README has no extension");
    assertThatThrownBy(() -> SourceFiles.read("flipchart.jpg", utf8("x")))
        .hasMessage("flipchart.jpg is a photo, not a text source: add it as a photo instead.");
  }

  @Test
  void aBlankFileIsReadWithAWarning() {
    ExtractedText read = SourceFiles.read("a.txt", utf8(" \n\n"));
    assertThat(read.segments()).containsExactly(Segment.of(0, 3, null));
    assertThat(read.warnings()).containsExactly("a.txt has no text in it, only spaces and blank lines.");
  }
}
