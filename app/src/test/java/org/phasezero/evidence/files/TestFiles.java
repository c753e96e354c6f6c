package org.phasezero.evidence.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small source files built in the test, so each test shows exactly what it reads. */
final class TestFiles {

  private TestFiles() {}

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A Word document with these paragraphs (an empty string gives an empty paragraph). */
  static byte[] docx(String... paragraphs) {
    try (XWPFDocument document = new XWPFDocument()) {
      for (String paragraph : paragraphs) {
        document.createParagraph().createRun().setText(paragraph);
      }
      return write(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] write(XWPFDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.write(out);
    return out.toByteArray();
  }

  /** A PDF with one page per list, one line per string ("" leaves a blank line, which starts a paragraph). */
  static byte[] pdf(List<List<String>> pages) {
    return pdf(pages, null);
  }

  /** The same, encrypted with this user password (null for none). */
  static byte[] pdf(List<List<String>> pages, String userPassword) {
    try (PDDocument document = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (List<String> lines : pages) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(font, 12);
          content.setLeading(14);
          content.newLineAtOffset(72, 700);
          for (String line : lines) {
            if (line.isEmpty()) {
              content.newLine();
            } else {
              content.showText(line);
            }
            content.newLine();
          }
          content.endText();
        }
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
            new AccessPermission());
        policy.setEncryptionKeyLength(128);
        document.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each segment's text, prefixed "speaker|" when it has a speaker, for compact assertions. */
  static List<String> segmentTexts(ExtractedText text) {
    return text.segments().stream()
        .map(s -> (s.speakerLabel() == null ? "" : s.speakerLabel() + "|") + s.in(text.text()))
        .collect(Collectors.toList());
  }
}
