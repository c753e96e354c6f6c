package org.phasezero.evidence.files;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.phasezero.analysis.corpus.TextDecoding;
import org.phasezero.analysis.corpus.TextDecoding.MalformedTextException;

/**
 * Turns the bytes of a text file (.txt, .md, .vtt, .srt) into characters, or rejects them.
 *
 * <p>Detection is the analysis library's {@link TextDecoding#detect}: a byte-order mark, else strict
 * UTF-8, else windows-1252. That method is lenient where it must guess (bytes windows-1252 leaves
 * undefined, and malformed bytes after a byte-order mark, become U+FFFD); here those cases are
 * rejected instead, because a transcript with silently replaced letters would be coded and quoted
 * wrongly. Two more checks come first: a file that starts as a known binary format is not text
 * whatever its name says, and a NUL byte means UTF-16 without a byte-order mark (which strict UTF-8
 * accepts when the text is ASCII) or a binary file.
 */
final class TextFileDecoding {

  /** Decoded (not yet normalised) text and what the researcher should know about it. */
  record Decoded(String text, List<String> warnings) {}

  /** More control characters than this share of the text (and this many) means it is not text at all. */
  private static final double MAX_CONTROL_SHARE = 0.01;
  private static final int MAX_STRAY_CONTROLS = 10;

  private TextFileDecoding() {}

  static Decoded decode(String fileName, byte[] bytes) {
    FileSignature binary = FileSignature.of(bytes);
    if (binary != null) {
      throw new UnreadableSourceException(fileName + " is " + binary.description()
          + ", not plain text. Give the file the extension of its real format, or save it as UTF-8 text.");
    }
    if (!startsWithUtf16Mark(bytes)) {
      rejectNulBytes(fileName, bytes);
    }
    TextDecoding.Text decoded = TextDecoding.detect(bytes);
    String text = decoded.toString();
    Charset charset = decoded.charset();
    List<String> warnings = List.of();
    if (charset.equals(TextDecoding.WINDOWS_1252)) {
      if (text.indexOf('\uFFFD') >= 0) {
        throw new UnreadableSourceException(fileName + " is not in a text encoding PhaseZero can read: it is"
            + " not UTF-8 and contains bytes that windows-1252 does not define (first at line "
            + malformedLine(bytes, 0, charset, text) + "). Save it as UTF-8.");
      }
      warnings = List.of(fileName + " is not UTF-8, so PhaseZero read it as windows-1252 (Western European):"
          + " check that accented letters and curly quotes look right.");
    } else if (text.indexOf('\uFFFD') >= 0) {
      int markLength = charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
      if (hasMark(bytes, charset)) {
        long line = malformedLine(bytes, markLength, charset, text);
        if (line > 0) {
          throw new UnreadableSourceException(fileName + " starts with a byte-order mark saying it is "
              + charset.name() + ", but line " + line + " has bytes that are not valid " + charset.name()
              + ". Save it again as UTF-8.");
        }
      }
    }
    rejectControlCharacters(fileName, text);
    return new Decoded(text, warnings);
  }

  private static boolean startsWithUtf16Mark(byte[] bytes) {
    if (bytes.length < 2) {
      return false;
    }
    int first = bytes[0] & 0xFF;
    int second = bytes[1] & 0xFF;
    return (first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE);
  }

  /** Whether the text was decoded as {@code charset} because of a byte-order mark (UTF-16 always is). */
  private static boolean hasMark(byte[] bytes, Charset charset) {
    return charset.equals(StandardCharsets.UTF_8) ? bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF
        : startsWithUtf16Mark(bytes);
  }

  private static void rejectNulBytes(String fileName, byte[] bytes) {
    long line = 1;
    for (byte b : bytes) {
      if (b == '\n') {
        line++;
      } else if (b == 0) {
        throw new UnreadableSourceException(fileName + " is not text PhaseZero can read: it contains NUL bytes"
            + " (the first on line " + line + "), as text saved as UTF-16 without a byte-order mark, or a file"
            + " that is not text, does. Save it as UTF-8 text.");
      }
    }
  }

  /**
   * Rejects text where control characters (other than tab, line breaks and form feed) are common:
   * such a file is binary, or UTF-16 text without a byte-order mark that happened to decode. A few
   * stray ones are removed later, with a warning.
   */
  private static void rejectControlCharacters(String fileName, String text) {
    long controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        controls++;
      }
    }
    if (controls > MAX_STRAY_CONTROLS && controls > MAX_CONTROL_SHARE * text.length()) {
      throw new UnreadableSourceException(fileName + " does not look like text: " + controls + " of its "
          + text.length() + " characters are control characters. Save it as UTF-8 text.");
    }
  }

  /**
   * The 1-based line of the first bytes not valid in {@code charset}, or 0 when strict decoding
   * succeeds (the U+FFFD was in the file itself). Only called on the way to a rejection.
   */
  private static long malformedLine(byte[] bytes, int skip, Charset charset, String lenientText) {
    try {
      TextDecoding.decodeStrict(skip == 0 ? bytes : Arrays.copyOfRange(bytes, skip, bytes.length), charset);
      return 0;
    } catch (MalformedTextException e) {
      if (charset.equals(StandardCharsets.UTF_8) || charset.equals(TextDecoding.WINDOWS_1252)) {
        return e.line();
      }
      // TextDecoding counts LF bytes, which is wrong for UTF-16; count decoded line feeds instead.
      int firstReplacement = lenientText.indexOf('\uFFFD');
      return 1 + lenientText.substring(0, Math.max(0, firstReplacement)).chars().filter(c -> c == '\n').count();
    }
  }
}
