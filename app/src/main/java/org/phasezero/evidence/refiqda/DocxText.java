package org.phasezero.evidence.refiqda;

import java.io.IOException;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The text of an embedded {@code .docx}, to tell a source whose text is lost (NVivo 15 for Mac
 * exports 1-byte plain texts) from one whose text survives only in its rich text. It is used for
 * that diagnosis only: producers count positions in their plain text, which differs from the
 * .docx's text (NVivo 12 puts table cells on lines of their own in the plain text; Apache POI joins
 * them with tabs), so the .docx cannot stand in for a lost plain text.
 */
final class DocxText {

  private DocxText() {}

  /** The document's text, or null when it cannot be read. */
  static String of(EmbeddedFile docx) {
    try (XWPFDocument document = new XWPFDocument(docx.open());
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
