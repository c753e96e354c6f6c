package org.phasezero.evidence.refiqda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phasezero.analysis.testing.SharedData;

/**
 * REFI-QDA codebooks (.qdc): what the writer writes is valid against the official Codebook.xsd and
 * reads back as it was; the codebooks of the real exports read with every code; unsafe and
 * malformed files are refused with a message naming the place, deviations are warnings.
 */
class QdcReaderWriterTest {

  static final String A = "11111111-1111-1111-1111-111111111111";
  static final String B = "22222222-2222-2222-2222-222222222222";
  static final String C = "33333333-3333-3333-3333-333333333333";

  static Path codebookSchema() {
    return SharedData.file("refi-qda/Codebook.xsd");
  }

  static Code code(String guid, String name, String color, String description, Code... children) {
    return new Code(guid, name, true, color, description, List.of(), List.of(children));
  }

  static byte[] qdc(String codes) {
    return ("<?xml version=\"1.0\"?><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>" + codes
        + "</Codes></CodeBook>").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aWrittenCodebookIsValidAgainstCodebookXsdAndReadsBackAsItWas() {
    CodeBook book = new CodeBook(List.of(
        code(A, "Being heard & \"listened to\"", "#005EB8", "When voices\nare taken seriously",
            code(B, "Not heard", null, null)),
        new Code(C, "Folder", false, "#FF0000", null, List.of(), List.of())));

    byte[] written = new QdcWriter().write(book, "PhaseZero");
    QdcValidation validation = new QdcValidator(codebookSchema()).validate(written, "book.qdc");

    assertThat(validation.problems()).isEmpty();
    assertThat(validation.schemaChecked()).isTrue();
    assertThat(validation.codebook().codeBook()).isEqualTo(book);
    assertThat(validation.codebook().origin()).isEqualTo("PhaseZero");
    assertThat(validation.warnings()).isEmpty();
  }

  @Test
  void anEmptyCodebookIsNotWrittenForTheSchemaWantsACode() {
    assertThatThrownBy(() -> new QdcWriter().write(CodeBook.EMPTY, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one code");
  }

  @ParameterizedTest
  @ValueSource(strings = {"nvivo12_pyqdpx_oltas0517.qdpx", "nvivo15mac_qc_nvivo_project.qdpx", "qc132_demo.qdpx"})
  void theCodebookOfEachRealExportIsValidAndReadsWithEveryCode(String file, @TempDir Path dir) {
    Path qdpx = SharedData.file("refi-qda/" + file);
    Path qdc = SharedCodebooks.extract(qdpx, dir);

    QdcValidation validation = new QdcValidator(codebookSchema()).validate(qdc);

    assertThat(validation.problems()).isEmpty();
    assertThat(validation.codebook().codeBook()).isEqualTo(new QdpxReader().read(qdpx).project().codeBook());
  }

  @Test
  void aDoctypeAndExternalEntitiesAreRefused() {
    byte[] xml = ("<?xml version=\"1.0\"?><!DOCTYPE CodeBook [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"" + A
        + "\" name=\"&x;\" isCodable=\"true\"/></Codes></CodeBook>").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new QdcReader().read(xml, "evil.qdc")).isInstanceOf(QdpxException.class)
        .hasMessageStartingWith("evil.qdc:").hasMessageContaining("DOCTYPE");
  }

  @Test
  void whatIsNotACodebookIsRefusedSayingWhy() {
    assertThatThrownBy(() -> new QdcReader().read("just text".getBytes(StandardCharsets.UTF_8), "x.qdc"))
        .isInstanceOf(QdpxException.class).hasMessageContaining("malformed XML");
    assertThatThrownBy(() -> new QdcReader().read(("<Project xmlns=\"urn:QDA-XML:codebook:1.0\"/>")
        .getBytes(StandardCharsets.UTF_8), "x.qdc")).hasMessageContaining("not <CodeBook>");
    assertThatThrownBy(() -> new QdcReader().read(("<CodeBook xmlns=\"urn:QDA-XML:project:1.0\"><Codes/></CodeBook>")
        .getBytes(StandardCharsets.UTF_8), "x.qdc")).hasMessageContaining("namespace 'urn:QDA-XML:project:1.0'");
    assertThatThrownBy(() -> new QdcReader().read(qdc("<Code guid=\"" + A + "\" name=\"A\"/>"), "x.qdc"))
        .hasMessageContaining("isCodable");
    assertThatThrownBy(() -> new QdcReader().read(new byte[QdcReader.MAX_BYTES + 1], "big.qdc"))
        .hasMessageContaining("5 MB");
  }

  @Test
  void unknownAttributesAndElementsAreSkippedWithAWarningAndAMissingNamespaceIsTolerated() {
    ImportedCodebook read = new QdcReader().read(("<CodeBook><Codes><Code guid=\"" + A
        + "\" name=\"A\" isCodable=\"1\" weight=\"3\"><Extra/></Code></Codes></CodeBook>")
        .getBytes(StandardCharsets.UTF_8), "x.qdc");

    assertThat(read.codeBook().codes()).containsExactly(code(A, "A", null, null));
    assertThat(read.warnings()).contains("x.qdc has no namespace; read as urn:QDA-XML:codebook:1.0",
        "ignored unknown attribute weight of <Code>", "ignored unknown element <Extra> in <Code>");
  }

  @Test
  void badGuidsDuplicateGuidsAndBadColoursAreEachAProblem() {
    CodeBook book = new QdcReader().read(qdc("<Code guid=\"" + A + "\" name=\"A\" isCodable=\"true\" color=\"red\"/>"
        + "<Code guid=\"{" + A.toUpperCase() + "}\" name=\"A again\" isCodable=\"true\"/>"
        + "<Code guid=\"not-a-guid\" name=\"C\" isCodable=\"true\" color=\"#abc\"/>"), "x.qdc").codeBook();

    assertThat(CodebookCheck.problems(book)).containsExactly(
        "Code 'A' (" + A + "): colour 'red' is not #RRGGBB or #RGB",
        "Code 'A again' ({" + A.toUpperCase() + "}): its GUID is used by the code 'A' too",
        "Code 'C': 'not-a-guid' is not a GUID (32 hexadecimal digits in groups of 8-4-4-4-12)");
    assertThat(CodebookCheck.color("#abc")).isEqualTo("#AABBCC");
    assertThat(CodebookCheck.color("red")).isNull();
  }

  @Test
  void theValidatorReportsSchemaProblemsAndSetsNamingNoCode() {
    byte[] file = ("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"" + A
        + "\" name=\"A\" isCodable=\"maybe\"/></Codes><Sets><Set guid=\"" + B + "\" name=\"S\"><MemberCode guid=\""
        + C + "\"/></Set></Sets></CodeBook>").getBytes(StandardCharsets.UTF_8);

    QdcValidation validation = new QdcValidator(codebookSchema()).validate(file, "x.qdc");

    assertThat(validation.valid()).isFalse();
    assertThat(validation.problems()).anyMatch(p -> p.startsWith("x.qdc:1:") && p.contains("maybe"));

    byte[] dangling = ("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"" + A
        + "\" name=\"A\" isCodable=\"true\"/></Codes><Sets><Set guid=\"" + B + "\" name=\"S\"><MemberCode guid=\""
        + C + "\"/></Set></Sets></CodeBook>").getBytes(StandardCharsets.UTF_8);
    assertThat(new QdcValidator().validate(dangling, "x.qdc").problems())
        .containsExactly("Set 'S': MemberCode " + C + " names no code of the codebook");
  }
}
