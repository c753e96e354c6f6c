package org.phasezero.evidence.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads the text of a Word document (.docx) with Apache POI: the body's paragraphs in order, table
 * cells (and tables inside them) row by row, and content controls. Headers, footers, footnotes and
 * comments are left out: they are page furniture and editors' remarks, not what was said.
 *
 * <p>Non-empty paragraphs are joined with a blank line between them, so each is a paragraph segment
 * and a transcript typed in Word ({@code Interviewer: …} paragraphs) is split into turns by the same
 * rule as a .txt file ({@link PlainTextSegmentation}).
 *
 * <p>POI's zip-bomb guard ({@code ZipSecureFile}: an entry may not inflate more than 100-fold) stays on
 * at its defaults; a bomb comes back as a rejection.
 */
final class DocxReader {

  private DocxReader() {}

  static ExtractedText read(String fileName, byte[] bytes, SourceFileLimits limits) {
    if (FileSignature.OLE2.matches(bytes)) {
      throw new UnreadableSourceException(fileName + " is an older Word document (.doc) or a password-protected"
          + " one. Open it in Word and save it as .docx without a password.");
    }
    if (!FileSignature.ZIP.matches(bytes)) {
      throw new UnreadableSourceException(fileName + " is not a Word document (.docx): it does not start as a zip"
          + " file does. Save it again from Word as .docx.");
    }
    rejectHugeParts(fileName, bytes, limits);
    List<String> paragraphs = new ArrayList<>();
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      collect(document.getBodyElements(), paragraphs, new Budget(fileName, limits));
    } catch (IOException e) {
      // POI has no type of its own for a zip bomb, only this message (ZipArchiveThresholdInputStream).
      if (String.valueOf(e.getMessage()).startsWith("Zip bomb detected")) {
        throw new UnreadableSourceException(fileName + " expands to far more than its size when unzipped, as a"
            + " \"zip bomb\" does, so PhaseZero will not open it. If it is a genuine document, save it again"
            + " from Word as .docx.", e);
      }
      throw damaged(fileName, e);
    } catch (POIXMLException | UnsupportedFileFormatException | OpenXML4JRuntimeException
        | RecordFormatException e) {
      throw damaged(fileName, e);
    }
    String joined = paragraphs.isEmpty() ? "" : String.join("\n\n", paragraphs) + "\n";
    TextNormaliser.Normalised text = TextNormaliser.normalise(joined, fileName);
    List<String> warnings = new ArrayList<>(text.warnings());
    if (text.text().isEmpty()) {
      warnings.add(fileName + " has no text in its body.");
    }
    return new ExtractedText(text.text(), PlainTextSegmentation.segment(text.text()), "docx", warnings);
  }

  /**
   * Rejects a document with a part that unpacks to more than the largest file accepted. POI's ratio
   * guard stops bombs, but not a large genuine document: POI holds the body's XML in memory at about
   * ten times its size (an 18.5 MB document.xml, NVivo's export of 600,000 characters in tables,
   * takes some 180 MB), so the unpacked size is bounded before POI starts. Costs one inflation of
   * the file, stopping at the limit.
   */
  private static void rejectHugeParts(String fileName, byte[] bytes, SourceFileLimits limits) {
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        long size = 0;
        for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
          size += read;
          if (size > limits.maxBytes()) {
            throw new UnreadableSourceException(fileName + " unpacks to more than "
                + ByteSize.describe(limits.maxBytes()) + " (in its part " + entry.getName() + "); PhaseZero reads"
                + " Word documents up to that size unpacked. Split it into parts and import each.");
          }
        }
      }
    } catch (IOException e) {
      // A zip this reader cannot walk is left to POI, whose failure gives the message.
    }
  }

  private static UnreadableSourceException damaged(String fileName, Exception cause) {
    return new UnreadableSourceException(fileName + " is a zip file but not a Word document PhaseZero can read"
        + " (it may be another kind of Office file, or damaged). Open it in Word and save it again as .docx.",
        cause);
  }

  private static void collect(List<IBodyElement> elements, List<String> paragraphs, Budget budget) {
    for (IBodyElement element : elements) {
      if (element instanceof XWPFParagraph paragraph) {
        budget.add(paragraph.getText(), paragraphs);
      } else if (element instanceof XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            collect(cell.getBodyElements(), paragraphs, budget);
          }
        }
      } else if (element instanceof XWPFSDT control) {
        budget.add(control.getContent().getText(), paragraphs);
      }
    }
  }

  /** Keeps the non-empty paragraphs, stopping as soon as the text passes the character limit. */
  private static final class Budget {
    private final String fileName;
    private final SourceFileLimits limits;
    private long used;

    Budget(String fileName, SourceFileLimits limits) {
      this.fileName = fileName;
      this.limits = limits;
    }

    void add(String paragraph, List<String> paragraphs) {
      if (paragraph == null || paragraph.isBlank()) {
        return;
      }
      used += paragraph.length() + 2;
      limits.requireCharacters(fileName, used);
      paragraphs.add(paragraph);
    }
  }
}
