package org.phasezero.analysis.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Decodes the bytes of a plain-text file. Detection, in this order:
 *
 * <ol>
 *   <li>a byte-order mark: UTF-8 ({@code EF BB BF}), UTF-16BE ({@code FE FF}) or UTF-16LE
 *       ({@code FF FE}); the mark is dropped;
 *   <li>otherwise strict UTF-8: if every byte sequence is well-formed UTF-8 (which includes pure
 *       ASCII), the text is UTF-8;
 *   <li>otherwise windows-1252 (the usual encoding of older English text files; a superset of
 *       printable Latin-1), where the five bytes it leaves undefined become U+FFFD.
 * </ol>
 *
 * <p>Why this order: well-formed UTF-8 is very unlikely to arise by chance from windows-1252 text
 * containing non-ASCII letters, so a strict UTF-8 check is a reliable discriminator. With an
 * explicit encoding nothing is guessed and malformed input is an error naming the line.
 * Complexity: O(n) bytes, at most two passes.
 */
public final class TextDecoding {

  /** The windows-1252 fallback. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Decoded characters {@code chars[0..length)} and the encoding that was used. */
  public record Text(char[] chars, int length, Charset charset) {
    @Override
    public String toString() {
      return new String(chars, 0, length);
    }
  }

  /** Bytes that are not valid in the requested encoding; {@code line} is 1-based. */
  public static final class MalformedTextException extends CharacterCodingException {
    private final long line;
    private final String detail;

    MalformedTextException(long line, String detail) {
      this.line = line;
      this.detail = detail;
    }

    public long line() {
      return line;
    }

    @Override
    public String getMessage() {
      return detail;
    }
  }

  private TextDecoding() {}

  /** Looks an encoding up by name. @throws IllegalArgumentException naming an unknown encoding */
  public static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new IllegalArgumentException("unknown encoding '" + name + "'");
    }
  }

  /** Detects the encoding as described above and decodes. */
  public static Text detect(byte[] bytes) {
    int n = bytes.length;
    if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return decodeLenient(bytes, 3, StandardCharsets.UTF_8);
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return decodeLenient(bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return decodeLenient(bytes, 2, StandardCharsets.UTF_16LE);
    }
    try {
      return decodeStrict(bytes, StandardCharsets.UTF_8);
    } catch (MalformedTextException notUtf8) {
      return decodeLenient(bytes, 0, WINDOWS_1252);
    }
  }

  /**
   * Decodes with the given encoding, strictly.
   *
   * @throws MalformedTextException naming the line of the first malformed or unmappable bytes
   */
  public static Text decodeStrict(byte[] bytes, Charset charset) throws MalformedTextException {
    return decode(bytes, 0, charset, CodingErrorAction.REPORT);
  }

  private static Text decodeLenient(byte[] bytes, int offset, Charset charset) {
    try {
      return decode(bytes, offset, charset, CodingErrorAction.REPLACE);
    } catch (MalformedTextException cannotHappen) {
      throw new IllegalStateException(cannotHappen);
    }
  }

  private static Text decode(byte[] bytes, int offset, Charset charset, CodingErrorAction onError)
      throws MalformedTextException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(onError)
        .onUnmappableCharacter(onError);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    // maxCharsPerByte is 1 for UTF-8 and single-byte encodings, so this never grows for them.
    long capacity = (long) Math.ceil((bytes.length - offset) * (double) decoder.maxCharsPerByte());
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, capacity + 16));
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int at = in.position();
      throw new MalformedTextException(lineOf(bytes, at),
          "bytes not valid " + charset.name() + " at byte offset " + at);
    }
    return new Text(out.array(), out.position(), charset);
  }

  /** 1-based line of a byte offset (counting LF bytes; right for ASCII-compatible encodings). */
  private static long lineOf(byte[] bytes, int offset) {
    long line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
