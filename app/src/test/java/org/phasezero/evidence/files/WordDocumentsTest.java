package org.phasezero.evidence.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.phasezero.evidence.files.TestFiles.segmentTexts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class WordDocumentsTest {

  @Test
  void nonEmptyParagraphsBecomeParagraphSegments() {
    ExtractedText read = SourceFiles.read("notes.DOCX", TestFiles.docx("First point.", "", "  ", "Second point."));

    assertThat(read.format()).isEqualTo("docx");
    assertThat(read.text()).isEqualTo("First point.\n\nSecond point.\n");
    assertThat(segmentTexts(read)).containsExactly("First point.\n\n", "Second point.\n");
  }

  @Test
  void tableCellsAreReadInOrderAmongTheParagraphs() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().createRun().setText("Before the table.");
      XWPFTable table = document.createTable(2, 2);
      table.getRow(0).getCell(0).setText("Theme");
      table.getRow(0).getCell(1).setText("Quote");
      table.getRow(1).getCell(0).setText("Trust");
      table.getRow(1).getCell(1).setText("They listened.");
      document.createParagraph().createRun().setText("After the table.");

      ExtractedText read = SourceFiles.read("t.docx", TestFiles.write(document));

      assertThat(read.text()).isEqualTo(
          "Before the table.\n\nTheme\n\nQuote\n\nTrust\n\nThey listened.\n\nAfter the table.\n");
      assertThat(read.segments()).hasSize(6);
    }
  }

  @Test
  void aTranscriptTypedInWordIsSplitIntoTurns() {
    byte[] docx = TestFiles.docx("Interview 4", "Interviewer: What helped?", "P4: The peer group.",
        "And the walks.", "Interviewer: Anything else?", "P4: No.");
    ExtractedText read = SourceFiles.read("interview4.docx", docx);

    assertThat(segmentTexts(read)).containsExactly(
        "Interview 4\n\n",
        "Interviewer|Interviewer: What helped?\n\n",
        "P4|P4: The peer group.\n\nAnd the walks.\n\n",
        "Interviewer|Interviewer: Anything else?\n\n",
        "P4|P4: No.\n");
  }

  @Test
  void aDocumentWithoutTextIsReadWithAWarning() {
    ExtractedText read = SourceFiles.read("blank.docx", TestFiles.docx(""));
    assertThat(read.text()).isEmpty();
    assertThat(read.segments()).isEmpty();
    assertThat(read.warnings()).containsExactly("blank.docx has no text in its body.");
  }

  @Test
  void aFileThatIsNotAZipIsRejected() {
    assertThatThrownBy(() -> SourceFiles.read("interview.docx", "Interviewer: hi".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UnreadableSourceException.class)
        .hasMessage("interview.docx is not a Word document (.docx): it does not start as a zip file does. Save it"
            + " again from Word as .docx.");
  }

  @Test
  void anOldWordDocumentIsRejected() {
    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
    assertThatThrownBy(() -> SourceFiles.read("old.docx", ole2))
        .hasMessage("old.docx is an older Word document (.doc) or a password-protected one. Open it in Word and"
            + " save it as .docx without a password.");
  }

  @Test
  void zipsThatAreNotWordDocumentsAreRejected() throws IOException {
    String expected = "is a zip file but not a Word document PhaseZero can read (it may be another kind of Office"
        + " file, or damaged). Open it in Word and save it again as .docx.";
    assertThatThrownBy(() -> SourceFiles.read("a.docx", zip("notes.txt", "hello".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(UnreadableSourceException.class).hasMessage("a.docx " + expected);
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      assertThatThrownBy(() -> SourceFiles.read("sheet.docx", out.toByteArray())).hasMessage("sheet.docx " + expected);
    }
    byte[] docx = TestFiles.docx("Some text.");
    assertThatThrownBy(() -> SourceFiles.read("cut.docx", Arrays.copyOf(docx, docx.length / 2)))
        .hasMessage("cut.docx " + expected);
  }

  @Test
  void aZipBombIsRejectedByPoisGuard() throws IOException {
    byte[] bomb = withPaddedBody(TestFiles.docx("Hello."), 20_000_000);
    assertThat(bomb.length).isLessThan(100_000);

    assertThatThrownBy(() -> SourceFiles.read("bomb.docx", bomb))
        .isInstanceOf(UnreadableSourceException.class)
        .hasMessageStartingWith("bomb.docx expands to far more than its size when unzipped, as a \"zip bomb\" does");
  }

  @Test
  void textOverTheCharacterLimitIsRejected() {
    byte[] docx = TestFiles.docx("a".repeat(600), "b".repeat(600));
    assertThatThrownBy(() -> SourceFiles.read("long.docx", docx, new SourceFileLimits(1_000_000, 1_000)))
        .hasMessageStartingWith("long.docx holds more than 1,000 characters of text");
  }

  @Test
  void aDocumentUnpackingToMoreThanTheSizeLimitIsRejected() {
    String[] paragraphs = new String[2_000];
    java.util.Arrays.setAll(paragraphs, i -> "Paragraph " + i + " of a long document.");
    byte[] docx = TestFiles.docx(paragraphs);
    SourceFileLimits limits = new SourceFileLimits(100_000, 1_000_000);
    assertThat(docx.length).isLessThan(100_000);

    assertThatThrownBy(() -> SourceFiles.read("long.docx", docx, limits))
        .hasMessage("long.docx unpacks to more than 100 kB (in its part word/document.xml); PhaseZero reads Word"
            + " documents up to that size unpacked. Split it into parts and import each.");
  }

  private static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /** The document with {@code padding} spaces in a comment in its body: tiny zipped, huge unzipped. */
  private static byte[] withPaddedBody(byte[] docx, int padding) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("word/document.xml")) {
          String xml = new String(content, StandardCharsets.UTF_8);
          int body = xml.indexOf("<w:body>");
          xml = xml.substring(0, body) + "<!--" + " ".repeat(padding) + "-->" + xml.substring(body);
          content = xml.getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
