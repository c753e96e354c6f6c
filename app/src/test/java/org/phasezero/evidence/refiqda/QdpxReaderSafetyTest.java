package org.phasezero.evidence.refiqda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile and broken files are refused with one clear message, and nothing is returned. */
class QdpxReaderSafetyTest {

  private static final String MINIMAL =
      "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"/>";

  @Test
  void aDoctypeWithAnExternalEntityIsRefusedBeforeAnythingIsResolved() {
    byte[] xxe = Zips.project("<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE Project [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
        + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&xxe;\"/>");

    assertThatThrownBy(() -> new QdpxReader().read(xxe))
        .isInstanceOf(QdpxException.class)
        .hasMessageContaining("project.qde:2:")
        .hasMessageContaining("a DOCTYPE is not allowed");
  }

  @Test
  void entityExpansionIsRefusedToo() {
    byte[] laughs = Zips.project("<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY a \"aaaaaaaa\">"
        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><Project xmlns=\"urn:QDA-XML:project:1.0\""
        + " name=\"&b;\"/>");

    assertThatThrownBy(() -> new QdpxReader().read(laughs)).isInstanceOf(QdpxException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../evil.txt", "sources/../../evil.txt", "sources\\..\\evil.txt"})
  void aZipEntryClimbingOutOfTheArchiveIsRefused(String name) {
    byte[] zip = zipWith(name);

    assertThatThrownBy(() -> new QdpxReader().read(zip)).isInstanceOf(QdpxException.class)
        .hasMessageContaining("climbs out of the archive with '..'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/etc/evil.txt", "C:\\evil.txt", "C:/evil.txt", "\\\\server\\evil.txt"})
  void anAbsoluteZipEntryIsRefused(String name) {
    byte[] zip = zipWith(name);

    assertThatThrownBy(() -> new QdpxReader().read(zip)).isInstanceOf(QdpxException.class)
        .hasMessageContaining("has an absolute path");
  }

  @Test
  void aZipBombIsStoppedWhileInflatingWhateverTheZipDeclares() throws IOException {
    // 2 GiB of zeros deflate to about 2 MB; the local header declares no size at all.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_SPEED);
      zip.putNextEntry(new ZipEntry("project.qde"));
      zip.write(MINIMAL.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("sources/zeros.txt"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 2048; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    QdpxReader reader = new QdpxReader(new QdpxLimits(100, 1 << 20, 8 << 20));

    long started = System.nanoTime();
    assertThatThrownBy(() -> reader.read(bytes.toByteArray())).isInstanceOf(QdpxException.class)
        .hasMessage("'sources/zeros.txt' expands to more than 1048576 bytes, the limit for one file");
    assertThat((System.nanoTime() - started) / 1e9).isLessThan(2.0);
  }

  @Test
  void theTotalExpandedSizeIsLimitedAcrossEntries() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("project.qde", MINIMAL.getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 5; i++) {
      entries.put("sources/" + i + ".txt", new byte[300_000]);
    }
    QdpxReader reader = new QdpxReader(new QdpxLimits(100, 1_000_000, 1_000_000));

    assertThatThrownBy(() -> reader.read(Zips.of(entries))).isInstanceOf(QdpxException.class)
        .hasMessage("the .qdpx expands to more than 1000000 bytes in all, the limit");
  }

  @Test
  void tooManyEntriesAreRefused() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("project.qde", MINIMAL.getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 10; i++) {
      entries.put("sources/" + i + ".txt", new byte[] {'x'});
    }

    assertThatThrownBy(() -> new QdpxReader(new QdpxLimits(10, 1000, 10_000)).read(Zips.of(entries)))
        .isInstanceOf(QdpxException.class).hasMessage("the .qdpx has more than 10 entries");
  }

  @Test
  void aFileThatIsNotAZipIsRefused() {
    byte[] text = "name,age\nAsha,34\n".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> new QdpxReader().read(text)).isInstanceOf(QdpxException.class)
        .hasMessage("not a .qdpx file: it is not a zip archive");
    assertThatThrownBy(() -> new QdpxReader().read(new byte[0])).isInstanceOf(QdpxException.class)
        .hasMessage("not a .qdpx file: it is not a zip archive");
  }

  @Test
  void aZipWithoutProjectQdeIsRefused() {
    byte[] zip = Zips.of(Map.of("sources/a.txt", new byte[] {'a'}));

    assertThatThrownBy(() -> new QdpxReader().read(zip)).isInstanceOf(QdpxException.class)
        .hasMessage("the .qdpx has no project.qde, so it is not a REFI-QDA project");
    assertThatThrownBy(() -> new QdpxReader().read(Zips.of(Map.of())))
        .isInstanceOf(QdpxException.class).hasMessageContaining("no project.qde");
  }

  @Test
  void twoEntriesDifferingOnlyInCaseAreRefusedAsAmbiguous() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("project.qde", MINIMAL.getBytes(StandardCharsets.UTF_8));
    entries.put("sources/a.txt", new byte[] {'a'});
    entries.put("Sources/A.txt", new byte[] {'b'});

    assertThatThrownBy(() -> new QdpxReader().read(Zips.of(entries)))
        .isInstanceOf(QdpxException.class).hasMessageContaining("two entries named 'Sources/A.txt'");
  }

  @Test
  void malformedXmlIsRefusedWithItsLineAndColumn() {
    byte[] zip = Zips.project("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\">\n<Users>\n</Project>");

    assertThatThrownBy(() -> new QdpxReader().read(zip)).isInstanceOf(QdpxException.class)
        .hasMessageStartingWith("project.qde:3:").hasMessageContaining("malformed XML");
  }

  @Test
  void aRootOtherThanProjectIsRefused() {
    byte[] zip = Zips.project("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"/>");

    assertThatThrownBy(() -> new QdpxReader().read(zip)).isInstanceOf(QdpxException.class)
        .hasMessageContaining("not urn:QDA-XML:project:1.0");
  }

  @Test
  void aMissingRequiredAttributeIsRefusedWithWhereItIs() {
    byte[] zip = Zips.project("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><CodeBook><Codes>"
        + "<Code guid=\"5067d381-1dc9-4816-81dd-ae1dbfea2ad7\" name=\"c\"/></Codes></CodeBook></Project>");

    assertThatThrownBy(() -> new QdpxReader().read(zip)).isInstanceOf(QdpxException.class)
        .hasMessageStartingWith("project.qde:1:")
        .hasMessageEndingWith("<Code> lacks its required attribute isCodable");
  }

  @Test
  void codesNestedDeeperThanAnyCodeBookAreRefusedRatherThanOverflowingTheStack() {
    StringBuilder xml = new StringBuilder("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\">"
        + "<CodeBook><Codes>");
    int depth = 50_000;
    for (int i = 0; i < depth; i++) {
      xml.append("<Code guid=\"5067d381-1dc9-4816-81dd-ae1dbfea2ad7\" name=\"c\" isCodable=\"true\">");
    }
    xml.append("</Code>".repeat(depth)).append("</Codes></CodeBook></Project>");

    assertThatThrownBy(() -> new QdpxReader().read(Zips.project(xml.toString())))
        .isInstanceOf(QdpxException.class).hasMessageEndingWith("codes are nested more than 200 deep");
  }

  private static byte[] zipWith(String hostileName) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("project.qde", MINIMAL.getBytes(StandardCharsets.UTF_8));
    entries.put(hostileName, "owned".getBytes(StandardCharsets.UTF_8));
    return Zips.of(entries);
  }
}
