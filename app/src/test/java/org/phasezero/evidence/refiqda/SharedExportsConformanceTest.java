package org.phasezero.evidence.refiqda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Conformance on three real exports (NVivo 12 for Windows, NVivo 15 for Mac, qc 1.3.2): the model
 * holds exactly what the file holds (counted independently with XPath over the raw XML), writing
 * it gives a file valid against the official Project.xsd, and read-write-read loses nothing.
 */
class SharedExportsConformanceTest {

  private static final QdpxReader READER = new QdpxReader();
  private static final QdpxWriter WRITER = new QdpxWriter();

  @ParameterizedTest
  @ValueSource(strings = {RefiQdaFiles.NVIVO_12, RefiQdaFiles.NVIVO_15_MAC, RefiQdaFiles.QC_132})
  void theModelHoldsEveryElementOfTheFile(String name) {
    Path file = RefiQdaFiles.file(name);
    Document dom = RefiQdaFiles.projectDom(file);
    QdaProject project = READER.read(file).project();
    ProjectCounts counts = ProjectCounts.of(project);

    assertThat(counts.users()).isEqualTo(count(dom, "//q:Users/q:User"));
    assertThat(counts.codes()).isEqualTo(count(dom, "//q:Code"));
    assertThat(counts.codeDepth()).isEqualTo(deepestCode(dom.getDocumentElement(), 0));
    assertThat(counts.sources()).isEqualTo(count(dom, "/q:Project/q:Sources/*"));
    assertThat(counts.selections()).isEqualTo(count(dom, "//q:PlainTextSelection"));
    assertThat(counts.codings()).isEqualTo(count(dom, "//q:Coding"));
    assertThat(project.codeBook().codes()).hasSize(count(dom, "/q:Project/q:CodeBook/q:Codes/q:Code"));
    assertThat(project.textSources().mapToLong(s -> s.selections().size()).sum())
        .isEqualTo(count(dom, "//q:TextSource/q:PlainTextSelection"));
  }

  @ParameterizedTest
  @ValueSource(strings = {RefiQdaFiles.NVIVO_12, RefiQdaFiles.NVIVO_15_MAC, RefiQdaFiles.QC_132})
  void readWriteReadGivesAnEqualModelIncludingEmbeddedFiles(String name) {
    QdaProject first = READER.read(RefiQdaFiles.file(name)).project();
    QdaProject second = READER.read(WRITER.write(first)).project();

    assertThat(second).isEqualTo(first);
    assertThat(second.files()).isEqualTo(first.files());
  }

  @ParameterizedTest
  @ValueSource(strings = {RefiQdaFiles.NVIVO_12, RefiQdaFiles.NVIVO_15_MAC, RefiQdaFiles.QC_132})
  void writingTwiceGivesByteIdenticalProjectXml(String name) {
    byte[] once = WRITER.write(READER.read(RefiQdaFiles.file(name)).project());
    byte[] twice = WRITER.write(READER.read(once).project());

    assertThat(RefiQdaFiles.entry(twice, "project.qde")).isEqualTo(RefiQdaFiles.entry(once, "project.qde"));
    assertThat(twice).isEqualTo(once);
  }

  @ParameterizedTest
  @ValueSource(strings = {RefiQdaFiles.NVIVO_12, RefiQdaFiles.NVIVO_15_MAC, RefiQdaFiles.QC_132})
  void whatTheWriterWritesIsValidAgainstTheOfficialSchemaAndFollowsTheStandardsLayout(String name) {
    QdpxValidator validator = new QdpxValidator(RefiQdaFiles.schema());
    ImportedProject original = READER.read(RefiQdaFiles.file(name));
    byte[] written = WRITER.write(original.project());

    QdpxValidation validation = validator.validate(written);

    assertThat(validation.problems()).isEmpty();
    assertThat(validation.schemaChecked()).isTrue();
    // What remains is about the data (a lost text, a stray file), not about how it was written.
    assertThat(original.warnings()).containsAll(validation.warnings());
    assertThat(validation.warnings()).noneMatch(w -> w.contains("Sources/") || w.contains("lacks"));
  }

  private static int count(Document dom, String xpath) {
    try {
      var x = XPathFactory.newDefaultInstance().newXPath();
      x.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
        public String getNamespaceURI(String prefix) {
          return "urn:QDA-XML:project:1.0";
        }

        public String getPrefix(String uri) {
          return "q";
        }

        public java.util.Iterator<String> getPrefixes(String uri) {
          return List.of("q").iterator();
        }
      });
      return ((Double) x.evaluate("count(" + xpath + ")", dom, XPathConstants.NUMBER)).intValue();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Nesting depth of Code elements below {@code node}. */
  private static int deepestCode(Node node, int depth) {
    int deepest = depth;
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        boolean code = e.getLocalName().equals("Code");
        deepest = Math.max(deepest, deepestCode(e, code ? depth + 1 : depth));
      }
    }
    return deepest;
  }
}
