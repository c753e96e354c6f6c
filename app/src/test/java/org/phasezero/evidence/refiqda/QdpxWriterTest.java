package org.phasezero.evidence.refiqda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class QdpxWriterTest {

  private final QdpxWriter writer = new QdpxWriter();

  @Test
  void everyElementSurvivesAWriteAndReadUnchanged() {
    QdaProject project = EveryElementProject.build();

    ImportedProject read = new QdpxReader().read(writer.write(project));

    assertThat(read.project()).isEqualTo(project);
    assertThat(read.warnings()).isEmpty();
    assertThat(read.positions()).isEqualTo(PositionConvention.STANDARD);
  }

  @Test
  void everyElementIsValidAgainstTheOfficialSchema() {
    QdpxValidation validation = new QdpxValidator(RefiQdaFiles.schema())
        .validate(writer.write(EveryElementProject.build()));

    assertThat(validation.problems()).isEmpty();
  }

  @Test
  void positionsAreWrittenAsCodePointsOfTheTextWrittenAsUtf8WithoutBom() throws Exception {
    byte[] qdpx = writer.write(EveryElementProject.build());
    String guid = EveryElementProject.guid("interview");

    byte[] text = RefiQdaFiles.entry(qdpx, "sources/" + guid + ".txt");
    Document dom = javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(RefiQdaFiles.entry(qdpx, "project.qde")));
    Element selection = (Element) dom.getElementsByTagName("PlainTextSelection").item(0);

    assertThat(text).isEqualTo(EveryElementProject.INTERVIEW_TEXT.getBytes(StandardCharsets.UTF_8));
    // "café" follows one emoji: index 21 as UTF-16 units, 20 as code points.
    assertThat(EveryElementProject.INTERVIEW_TEXT.indexOf("café")).isEqualTo(21);
    assertThat(selection.getAttribute("startPosition")).isEqualTo("20");
    assertThat(selection.getAttribute("endPosition")).isEqualTo("35");
  }

  @Test
  void theSameProjectAlwaysGivesTheSameBytes() {
    assertThat(writer.write(EveryElementProject.build()))
        .isEqualTo(writer.write(EveryElementProject.build()));
  }

  @Test
  void aCharacterXmlCannotCarryIsRefused() {
    QdaProject bad = new QdaProject("bell \u0007", null, null, null, List.of(), null, List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of());

    assertThatThrownBy(() -> writer.write(bad)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("U+0007");
  }

  @Test
  void textThatIsNotNormalisedCannotEnterTheModel() {
    assertThatThrownBy(() -> new TextSource("g", null, null, null, null, "a\r\nb", List.of(),
        List.of(), List.of(), List.of(), null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NormalisedText.of");
  }
}
