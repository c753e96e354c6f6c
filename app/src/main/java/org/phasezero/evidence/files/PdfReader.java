package org.phasezero.evidence.files;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads the text of a PDF with Apache PDFBox, page by page in content order. PDFBox's paragraph
 * detection (from line spacing and indentation) marks each paragraph end with a blank line, and each
 * page ends one, so the text is segmented by the same rule as a .txt file ({@link
 * PlainTextSegmentation}): turns for a transcript, paragraphs otherwise.
 *
 * <p>Rejected: a file without the {@code %PDF-} header; one without the {@code %%EOF} marker in its
 * last 1,024 bytes (cut off while downloading or copying: PDFBox would otherwise repair what it can
 * and silently return part of the text); one that needs a password, or whose author forbids copying
 * its text. A PDF with no text at all (a scanned image) is read with a warning, not rejected: the
 * researcher may still want it stored beside its transcript.
 */
final class PdfReader {

  /** How far from the start the header, and from the end the end marker, may lie (as Acrobat allows). */
  private static final int MARKER_WINDOW = 1024;

  private PdfReader() {}

  static ExtractedText read(String fileName, byte[] bytes, SourceFileLimits limits) {
    if (FileSignature.indexOf(bytes, "%PDF-", 0, MARKER_WINDOW) < 0) {
      throw new UnreadableSourceException(fileName + " is not a PDF: it does not start with %PDF- as a PDF does."
          + " Export it again as PDF from the program that made it.");
    }
    if (FileSignature.indexOf(bytes, "%%EOF", bytes.length - MARKER_WINDOW, MARKER_WINDOW) < 0) {
      throw new UnreadableSourceException(fileName + " is incomplete: a PDF ends with %%EOF and this one does"
          + " not, so it was probably cut off while being downloaded or copied. Download or export it again.");
    }
    BoundedText raw = new BoundedText(fileName, limits);
    try (PDDocument document = Loader.loadPDF(bytes)) {
      if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
        throw new UnreadableSourceException(fileName + " is a PDF whose author does not allow its text to be"
            + " copied. Ask for an unrestricted copy, or save the text from the program that made it.");
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setLineSeparator("\n");
      stripper.setParagraphEnd("\n");
      stripper.setPageEnd("\n");
      stripper.writeText(document, raw);
    } catch (InvalidPasswordException e) {
      throw new UnreadableSourceException(fileName + " is protected by a password. Save a copy without the"
          + " password (most PDF readers can: Print, then Save as PDF) and import that.", e);
    } catch (IOException e) {
      throw new UnreadableSourceException(fileName + " could not be read as a PDF; it may be damaged. Open it"
          + " in a PDF reader and save a new copy (Print, then Save as PDF).", e);
    }
    TextNormaliser.Normalised text = TextNormaliser.normalise(raw.text, fileName);
    List<String> warnings = new ArrayList<>(text.warnings());
    if (text.text().isBlank()) {
      warnings.add("PhaseZero found no text in " + fileName + ": it may be a scanned image. To code it, run it"
          + " through text recognition (OCR) first, or import a typed transcript.");
      return new ExtractedText("", List.of(), "pdf", warnings);
    }
    // The last page's end leaves blank lines that belong to no paragraph.
    String trimmed = text.text().stripTrailing() + "\n";
    return new ExtractedText(trimmed, PlainTextSegmentation.segment(trimmed), "pdf", warnings);
  }

  /** Collects the stripper's output, rejecting the file as soon as it passes the character limit. */
  private static final class BoundedText extends Writer {
    private final StringBuilder text = new StringBuilder();
    private final String fileName;
    private final SourceFileLimits limits;

    BoundedText(String fileName, SourceFileLimits limits) {
      this.fileName = fileName;
      this.limits = limits;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      limits.requireCharacters(fileName, (long) text.length() + length);
      text.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) {
      limits.requireCharacters(fileName, (long) text.length() + length);
      text.append(s, offset, offset + length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
