package org.phasezero.evidence.refiqda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deviations real exports make are read, each with a warning. */
class QdpxReaderLeniencyTest {

  private static final String SOURCE = "68bbdc14-c361-4432-b4dd-ae1dbfc12890";

  @Test
  void theSharedExportsGiveTheseWarningsAndNoOthers() {
    assertThat(warnings(RefiQdaFiles.NVIVO_12)).containsExactly(
        "source files are in 'Sources/', not 'sources/' as the standard names the folder");
    assertThat(warnings(RefiQdaFiles.QC_132)).containsExactly(
        "TextSource 33663939-3636-3632-3038-613431643463: plainTextPath 'board_2017.txt' lacks"
            + " 'internal://'; read as a file in sources/",
        "TextSource 66653866-6334-3535-3435-366637306566: plainTextPath 'admin-1.txt' lacks"
            + " 'internal://'; read as a file in sources/");
    assertThat(warnings(RefiQdaFiles.NVIVO_15_MAC)).containsExactly(
        "TextSource d097e6fd-7671-4d95-a8b6-7795fa4a72e1 '66653866-6334-3535-3435-366637306566':"
            + " its plain text is only 1 blank character, and its rich text"
            + " 'internal://d097e6fd-7671-4d95-a8b6-7795fa4a72e1.docx' has no text either",
        "TextSource e65f5ee2-9a55-47f1-bb0b-4921d8ce15c4 '33663939-3636-3632-3038-613431643463':"
            + " its plain text is only 1 blank character, and its rich text"
            + " 'internal://e65f5ee2-9a55-47f1-bb0b-4921d8ce15c4.docx' has no text either",
        "'sources/.root' is referred to by no source; kept as is");
  }

  @Test
  void qcsPathsWithoutInternalAreReadFromTheSourcesFolder() {
    QdaProject project = new QdpxReader().read(RefiQdaFiles.file(RefiQdaFiles.QC_132)).project();

    assertThat(project.textSources().map(TextSource::plainTextPath))
        .containsExactly("internal://board_2017.txt", "internal://admin-1.txt");
    assertThat(project.textSources()).allMatch(s -> s.text().length() > 30_000);
  }

  @Test
  void aMissingSourceFileLeavesTheSourceWithoutTextAndItsSelectionsUnplaced() {
    byte[] zip = Zips.project(projectWithText("internal://gone.txt", 0, 4));

    ImportedProject imported = new QdpxReader().read(zip);

    TextSource source = imported.project().textSources().findFirst().orElseThrow();
    assertThat(source.text()).isNull();
    assertThat(source.selections()).singleElement()
        .satisfies(s -> assertThat(s.start()).isZero());
    assertThat(source.selectionsOutsideText()).hasSize(1);
    assertThat(imported.warnings()).containsExactly(
        "TextSource " + SOURCE + ": plain text 'internal://gone.txt' is not in the archive;"
            + " kept without text",
        "TextSource " + SOURCE + ": 1 selections cannot be placed: the source has no text");
  }

  @Test
  void aSelectionOutsideItsTextIsKeptButFlagged() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("project.qde", projectWithText("internal://t.txt", 2, 99)
        .getBytes(StandardCharsets.UTF_8));
    entries.put("sources/t.txt", "short text".getBytes(StandardCharsets.UTF_8));

    ImportedProject imported = new QdpxReader().read(Zips.of(entries));

    TextSource source = imported.project().textSources().findFirst().orElseThrow();
    assertThat(source.selections()).singleElement().satisfies(s -> {
      assertThat(s.start()).isEqualTo(2);
      assertThat(s.end()).isEqualTo(99);
      assertThat(s.fitsIn(source.text())).isFalse();
    });
    assertThat(source.selectionsOutsideText()).hasSize(1);
    assertThat(imported.warnings()).singleElement().asString()
        .contains("[2, 99) lies outside the text (10 characters)");
  }

  @Test
  void emptyContainersAndForeignElementsAreSkippedWithAWarning() {
    String xml = "<Project xmlns=\"urn:QDA-XML:project:1.0\" xmlns:x=\"urn:example:vendor\" name=\"p\">"
        + "<x:Layout zoom=\"2\"><x:Pane/></x:Layout><Sets/><Frobs/></Project>";

    ImportedProject imported = new QdpxReader().read(Zips.project(xml));

    assertThat(imported.project().sets()).isEmpty();
    assertThat(imported.warnings()).containsExactly(
        "ignored elements of another namespace: {urn:example:vendor}Layout",
        "empty <Sets> (the schema wants at least one <Set>); read as none",
        "ignored unknown element <Frobs> in <Project>");
  }

  @Test
  void aBomAndCrLfAreNormalisedAndPositionsFollow() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("project.qde", projectWithText("internal://t.txt", 7, 12)
        .replace("name=\"p\"", "name=\"p\" origin=\"NVivo for Windows 12.6\"")
        .getBytes(StandardCharsets.UTF_8));
    // NVivo counts UTF-16 units after the byte-order mark, CR LF as two: "quick" is [7, 12).
    entries.put("sources/t.txt", "\uFEFFThe\r\n\r\nquick fox".getBytes(StandardCharsets.UTF_8));

    TextSource source = new QdpxReader().read(Zips.of(entries)).project().textSources()
        .findFirst().orElseThrow();

    assertThat(source.text()).isEqualTo("The\n\nquick fox");
    assertThat(source.selections().get(0).textIn(source.text())).isEqualTo("quick");
  }

  static String projectWithText(String plainTextPath, int start, int end) {
    return "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><Sources>"
        + "<TextSource guid=\"" + SOURCE + "\" plainTextPath=\"" + plainTextPath + "\">"
        + "<PlainTextSelection guid=\"7154a758-6873-4134-badd-ae1dc04d3086\" startPosition=\""
        + start + "\" endPosition=\"" + end + "\"/></TextSource></Sources></Project>";
  }

  private static java.util.List<String> warnings(String file) {
    return new QdpxReader().read(RefiQdaFiles.file(file)).warnings();
  }
}
