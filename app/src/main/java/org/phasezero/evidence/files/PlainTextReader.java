package org.phasezero.evidence.files;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plain-text source (.txt, or Markdown read as text): decoded by {@link TextFileDecoding},
 * normalised by {@link TextNormaliser}, and cut into speaker turns or paragraphs by {@link
 * PlainTextSegmentation}.
 */
final class PlainTextReader {

  private PlainTextReader() {}

  static ExtractedText read(String fileName, byte[] bytes, SourceFileLimits limits, String format) {
    TextFileDecoding.Decoded decoded = TextFileDecoding.decode(fileName, bytes);
    TextNormaliser.Normalised text = TextNormaliser.normalise(decoded.text(), fileName);
    limits.requireCharacters(fileName, text.text().length());
    List<String> warnings = new ArrayList<>(decoded.warnings());
    warnings.addAll(text.warnings());
    if (text.text().isBlank()) {
      warnings.add(fileName + " has no text in it, only spaces and blank lines.");
    }
    return new ExtractedText(text.text(), PlainTextSegmentation.segment(text.text()), format, warnings);
  }
}
