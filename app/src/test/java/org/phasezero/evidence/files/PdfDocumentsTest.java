package org.phasezero.evidence.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.phasezero.evidence.files.TestFiles.segmentTexts;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfDocumentsTest {

  @Test
  void paragraphsAndPagesBecomeSegments() {
    byte[] pdf = TestFiles.pdf(List.of(
        List.of("The steering group met in May.", "", "It agreed three actions."),
        List.of("Second page.")));
    ExtractedText read = SourceFiles.read("minutes.pdf", pdf);

    assertThat(read.format()).isEqualTo("pdf");
    assertThat(segmentTexts(read)).containsExactly(
        "The steering group met in May.\n\n", "It agreed three actions.\n\n", "Second page.\n");
    assertThat(read.warnings()).isEmpty();
  }

  @Test
  void aTranscriptPdfIsSplitIntoTurns() {
    byte[] pdf = TestFiles.pdf(List.of(
        List.of("Interviewer: How are you?", "P1: Fine, and", "this continues.", "Interviewer: Good.", "P1: Yes.")));
    ExtractedText read = SourceFiles.read("p1.pdf", pdf);

    assertThat(read.segments()).extracting(Segment::speakerLabel)
        .containsExactly("Interviewer", "P1", "Interviewer", "P1");
    assertThat(read.segments().get(1).in(read.text())).isEqualTo("P1: Fine, and\nthis continues.\n");
  }

  @Test
  void aPdfWithoutTextIsReadWithAWarning() {
    ExtractedText read = SourceFiles.read("scan.pdf", TestFiles.pdf(List.of(List.of())));

    assertThat(read.text()).isEmpty();
    assertThat(read.segments()).isEmpty();
    assertThat(read.warnings()).containsExactly("PhaseZero found no text in scan.pdf: it may be a scanned image. To"
        + " code it, run it through text recognition (OCR) first, or import a typed transcript.");
  }

  @Test
  void aPasswordProtectedPdfIsRejected() {
    byte[] pdf = TestFiles.pdf(List.of(List.of("Confidential")), "secret");
    assertThatThrownBy(() -> SourceFiles.read("locked.pdf", pdf))
        .isInstanceOf(UnreadableSourceException.class)
        .hasMessage("locked.pdf is protected by a password. Save a copy without the password (most PDF readers can:"
            + " Print, then Save as PDF) and import that.");
  }

  @Test
  void aFileThatIsNotAPdfIsRejected() {
    assertThatThrownBy(() -> SourceFiles.read("report.pdf", "<html>".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("report.pdf is not a PDF: it does not start with %PDF- as a PDF does. Export it again as PDF from"
            + " the program that made it.");
  }

  @Test
  void aTruncatedPdfIsRejected() {
    byte[] pdf = TestFiles.pdf(List.of(List.of("Some text")));
    assertThatThrownBy(() -> SourceFiles.read("cut.pdf", Arrays.copyOf(pdf, pdf.length * 2 / 3)))
        .hasMessageStartingWith("cut.pdf is incomplete: a PDF ends with %%EOF and this one does not");
  }

  @Test
  void aPdfDamagedInsideIsRejected() {
    byte[] pdf = "%PDF-1.7\nnot really a pdf at all\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> SourceFiles.read("broken.pdf", pdf))
        .isInstanceOf(UnreadableSourceException.class)
        .hasMessageStartingWith("broken.pdf could not be read as a PDF; it may be damaged.");
  }
}
