package org.phasezero.evidence.refiqda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Where each producer's selections really start and end. People select words, sentences and
 * lines, so under the right reading of a producer's positions nearly every selection starts and
 * ends at a word boundary; under a wrong one, selections drift by one place per emoji (UTF-16
 * units read as code points) or per line break (CR LF counted once or twice).
 */
class ProducerPositionsConformanceTest {

  private static final String NVIVO_TEXT = "68bbdc14-c361-4432-b4dd-ae1dbfc12890";

  @Test
  void nvivo12SelectionsCutExactlyTheTextTheCoderSelected() {
    ImportedProject imported = new QdpxReader().read(RefiQdaFiles.file(RefiQdaFiles.NVIVO_12));
    TextSource source = textSource(imported.project(), NVIVO_TEXT);

    assertThat(imported.positions()).isEqualTo(PositionConvention.NVIVO);
    // After 79 emoji and 1,958 line breaks: each would shift a code-point or LF-only reading by one.
    assertThat(selected(source, "bb40285a-6464-4e26-84dd-ae1dc2884285"))
        .isEqualTo("Az oltás erősebb, le is győzi az immunrendszert.");
    assertThat(selected(source, "246304c5-80c1-46cd-99dd-ae1dc1e49017"))
        .isEqualTo("CDC announces 79% of all U.S. omicron cases have occurred in vaccinated individuals");
    assertThat(selected(source, "a9504413-3306-4dbc-a6dd-ae1dc06dbff2"))
        .isEqualTo("tudatos hal äl reklám, hatalmas árulás");
    // Emoji inside and at the end of a selection are whole.
    assertThat(selected(source, "735f44e2-c018-46f0-8edd-ae1dc15d69a9"))
        .startsWith("Maximum csak te fizetsz az életeddel\uD83D\uDE14 A gyártó")
        .endsWith("Ki érti ezt?\uD83E\uDD14");
    // A selection that took in its line's CR LF holds one LF in the model.
    assertThat(selected(source, "3c23e29e-8f82-4fae-88dd-ae1f25876826"))
        .isEqualTo("@@szilagyitamas2823 És milyen igazad lett!\u261D\uFE0F\uD83D\uDC4C"
            + "\uD83D\uDC4D\uD83D\uDC4D\uD83D\uDC4D\n");
  }

  @Test
  void nvivo12CountsUtf16UnitsWithCrLfAsTwoAsTheWordBoundariesShow() {
    RawSelections raw = RawSelections.of(RefiQdaFiles.NVIVO_12, NVIVO_TEXT, "Sources/");
    Map<String, Integer> startAndEndAtBoundaries = new LinkedHashMap<>();
    for (PositionConvention.Unit unit : PositionConvention.Unit.values()) {
      for (boolean crLfTwo : new boolean[] {true, false}) {
        for (boolean bom : new boolean[] {false, true}) {
          PositionConvention c = new PositionConvention(unit, bom, crLfTwo);
          startAndEndAtBoundaries.put(c.describe(), raw.atWordBoundaries(c));
        }
      }
    }

    assertThat(raw.spans).hasSize(303);
    // The three misses are a coder's slips of one character (checked by eye), not a drift.
    assertThat(startAndEndAtBoundaries.remove(PositionConvention.NVIVO.describe())).isEqualTo(300);
    assertThat(startAndEndAtBoundaries.get(PositionConvention.STANDARD.describe())).isLessThan(60);
    assertThat(startAndEndAtBoundaries).allSatisfy((convention, n) ->
        assertThat(n).as(convention).isLessThan(230));
  }

  @Test
  void theDataOverrulesAnOriginThatSaysNothingAboutTheProducer() {
    byte[] original = RefiQdaFiles.bytes(RefiQdaFiles.file(RefiQdaFiles.NVIVO_12));
    byte[] anonymous = Zips.replaceInEntry(original, "project.qde",
        "origin=\"NVivo for Windows 12.6\"", "origin=\"Unknown exporter\"");

    ImportedProject imported = new QdpxReader().read(anonymous);

    assertThat(imported.positions()).isEqualTo(PositionConvention.NVIVO);
    assertThat(imported.warnings()).anyMatch(w -> w.startsWith("text positions read as UTF-16 units"));
    assertThat(selected(textSource(imported.project(), NVIVO_TEXT),
        "bb40285a-6464-4e26-84dd-ae1dc2884285"))
        .isEqualTo("Az oltás erősebb, le is győzi az immunrendszert.");
  }

  @Test
  void qcSelectsWholeLinesCountedInCodePoints() {
    QdaProject project = new QdpxReader().read(RefiQdaFiles.file(RefiQdaFiles.QC_132)).project();
    TextSource board = project.textSources().filter(s -> s.plainTextPath().endsWith("board_2017.txt"))
        .findFirst().orElseThrow();
    String[] lines = board.text().split("\n", -1);
    int[] lineStart = new int[lines.length + 1];
    for (int i = 0; i < lines.length; i++) {
      lineStart[i + 1] = lineStart[i] + lines[i].length() + 1;
    }

    assertThat(board.selections()).hasSize(158);
    // qc names each selection after the (0-based) line it covers, newline included.
    for (PlainTextSelection s : board.selections()) {
      int line = Integer.parseInt(s.name().substring("line:".length()));
      assertThat(s.start()).as(s.name()).isEqualTo(lineStart[line]);
      assertThat(s.end()).as(s.name()).isEqualTo(lineStart[line + 1]);
    }
    PlainTextSelection line6 = board.selections().get(0);
    assertThat(line6.name()).isEqualTo("line:6");
    assertThat(line6.textIn(board.text()))
        .isEqualTo("This district goal is engage every student in joyful, purposeful learning that \n");
  }

  @Test
  void nvivo15ForMacLostTheTextItselfSoThereAreNoPositionsToMap() {
    Document dom = RefiQdaFiles.projectDom(RefiQdaFiles.file(RefiQdaFiles.NVIVO_15_MAC));
    QdaProject project = new QdpxReader().read(RefiQdaFiles.file(RefiQdaFiles.NVIVO_15_MAC)).project();

    assertThat(dom.getElementsByTagNameNS("*", "PlainTextSelection").getLength()).isZero();
    assertThat(project.textSources()).hasSize(2).allSatisfy(source -> {
      assertThat(source.text()).isEqualTo("\n");
      String docx = DocxText.of(project.file(source.richTextPath().substring("internal://".length())));
      assertThat(docx).isBlank();
    });
  }

  @Test
  void nvivo12sDocxTextIsNotThePlainTextItCountsIn() {
    QdaProject project = new QdpxReader().read(RefiQdaFiles.file(RefiQdaFiles.NVIVO_12)).project();
    TextSource source = textSource(project, NVIVO_TEXT);

    String docx = DocxText.of(project.file(NVIVO_TEXT + ".docx"));

    // Table cells are lines of their own in the plain text but tab-separated in the .docx.
    assertThat(source.text()).startsWith("video_id\nvideo_title\n");
    assertThat(docx).startsWith("video_id\tvideo_title\t").isNotEqualTo(source.text());
  }

  private static TextSource textSource(QdaProject project, String guid) {
    return project.textSources().filter(s -> s.guid().equals(guid)).findFirst().orElseThrow();
  }

  private static String selected(TextSource source, String guid) {
    return source.selections().stream().filter(s -> s.guid().equals(guid)).findFirst()
        .orElseThrow().textIn(source.text());
  }

  /** A text as its file holds it and the positions the producer wrote, straight from the XML. */
  private record RawSelections(String raw, List<long[]> spans) {

    static RawSelections of(String file, String guid, String folder) {
      byte[] qdpx = RefiQdaFiles.bytes(RefiQdaFiles.file(file));
      String raw = new String(RefiQdaFiles.entry(qdpx, folder + guid + ".txt"), StandardCharsets.UTF_8);
      Document dom = RefiQdaFiles.projectDom(RefiQdaFiles.file(file));
      NodeList nodes = dom.getElementsByTagNameNS("*", "PlainTextSelection");
      List<long[]> spans = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        Element e = (Element) nodes.item(i);
        if (((Element) e.getParentNode()).getAttribute("guid").equals(guid)) {
          spans.add(new long[] {Long.parseLong(e.getAttribute("startPosition")),
              Long.parseLong(e.getAttribute("endPosition"))});
        }
      }
      return new RawSelections(raw, spans);
    }

    /** Selections whose start and end both fall on a word boundary under {@code convention}. */
    int atWordBoundaries(PositionConvention convention) {
      TextPositions positions = TextPositions.of(raw, convention);
      String text = NormalisedText.of(raw);
      int n = 0;
      for (long[] span : spans) {
        int start = positions.toModel(span[0]);
        int end = positions.toModel(span[1]);
        if (0 <= start && start <= end && end <= text.length() && boundary(text, start)
            && boundary(text, end)) {
          n++;
        }
      }
      return n;
    }

    /** Not between two letters or digits, nor inside a surrogate pair. */
    private static boolean boundary(String text, int i) {
      if (i == 0 || i == text.length()) {
        return true;
      }
      char before = text.charAt(i - 1);
      char after = text.charAt(i);
      if (Character.isHighSurrogate(before) && Character.isLowSurrogate(after)) {
        return false;
      }
      return !(Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after));
    }
  }
}
