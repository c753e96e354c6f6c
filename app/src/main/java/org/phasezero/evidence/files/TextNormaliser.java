package org.phasezero.evidence.files;

import java.util.ArrayList;
import java.util.List;

/**
 * Brings extracted text to the one form {@link ExtractedText} promises, in one pass (O(n)):
 *
 * <ul>
 *   <li>CRLF and lone CR become LF, so offsets mean the same whichever system wrote the file;
 *   <li>U+FEFF is dropped wherever it is: at the start it is a byte-order mark, further in it is left
 *       over from files joined together (as a zero-width no-break space it is deprecated);
 *   <li>C0 control characters other than TAB and LF are removed, with a warning. Removing rather
 *       than rejecting: a stray form feed or vertical tab (page and line breaks pasted from other
 *       programs) is common in real transcripts and carries no meaning, while XML 1.0 forbids them, so
 *       keeping them would break REFI-QDA export. (Text files full of control characters, or with NUL
 *       bytes, are rejected earlier as not text: see {@link TextFileDecoding}.) A form feed becomes
 *       a line feed, since it usually marks a page break;
 *   <li>an unpaired surrogate (possible from a PDF's broken character map, never from well-formed
 *       UTF-8) becomes U+FFFD, with the same warning, since XML cannot carry it either.
 * </ul>
 */
final class TextNormaliser {

  /** Normalised text and any warnings about what was removed. */
  record Normalised(String text, List<String> warnings) {}

  private TextNormaliser() {}

  static Normalised normalise(CharSequence raw, String fileName) {
    StringBuilder out = new StringBuilder(raw.length());
    long removed = 0;
    long firstRemovedLine = 0;
    long line = 1;
    int n = raw.length();
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if (c == '\r') {
        out.append('\n');
        line++;
        if (i + 1 < n && raw.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\n') {
        out.append('\n');
        line++;
      } else if (c == '\uFEFF') {
        continue;
      } else if (c < 0x20 && c != '\t') {
        removed++;
        firstRemovedLine = firstRemovedLine == 0 ? line : firstRemovedLine;
        if (c == '\f') {
          out.append('\n');
          line++;
        }
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(raw.charAt(i + 1))) {
          out.append(c).append(raw.charAt(++i));
        } else {
          out.append('\uFFFD');
          removed++;
          firstRemovedLine = firstRemovedLine == 0 ? line : firstRemovedLine;
        }
      } else {
        out.append(c);
      }
    }
    List<String> warnings = new ArrayList<>();
    if (removed > 0) {
      warnings.add("PhaseZero removed " + removed + (removed == 1 ? " control character" : " control characters")
          + " from " + fileName + " (the first on line " + firstRemovedLine + "): they have no place in text"
          + " and would break exports.");
    }
    return new Normalised(out.toString(), warnings);
  }
}
