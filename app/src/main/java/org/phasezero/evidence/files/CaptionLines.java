package org.phasezero.evidence.files;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a caption file (WebVTT or SubRip), decoded and normalised, grouped into blocks
 * separated by blank lines, each remembering its first line's number for messages.
 */
final class CaptionLines {

  /** Consecutive non-blank lines; {@code firstLine} is 1-based. */
  record Block(int firstLine, List<String> lines) {

    /** The 1-based number of the block's {@code index}th line. */
    int lineNumber(int index) {
      return firstLine + index;
    }
  }

  /** The decoded text, what decoding warned about, and the lines. */
  record Decoded(List<String> lines, List<String> warnings) {}

  private CaptionLines() {}

  static Decoded decode(String fileName, byte[] bytes, SourceFileLimits limits) {
    TextFileDecoding.Decoded decoded = TextFileDecoding.decode(fileName, bytes);
    TextNormaliser.Normalised text = TextNormaliser.normalise(decoded.text(), fileName);
    limits.requireCharacters(fileName, text.text().length());
    List<String> warnings = new ArrayList<>(decoded.warnings());
    warnings.addAll(text.warnings());
    return new Decoded(List.of(text.text().split("\n", -1)), warnings);
  }

  /** At most 60 characters of a line, for messages. */
  static String shorten(String line) {
    return line.length() <= 60 ? line : line.substring(0, 57) + "...";
  }

  /** The blocks of {@code lines} from index {@code from} on. */
  static List<Block> blocks(List<String> lines, int from) {
    List<Block> blocks = new ArrayList<>();
    int i = from;
    while (i < lines.size()) {
      if (lines.get(i).isBlank()) {
        i++;
        continue;
      }
      int first = i;
      while (i < lines.size() && !lines.get(i).isBlank()) {
        i++;
      }
      blocks.add(new Block(first + 1, lines.subList(first, i)));
    }
    return blocks;
  }
}
