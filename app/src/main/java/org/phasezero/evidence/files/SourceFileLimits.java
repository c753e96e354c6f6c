package org.phasezero.evidence.files;

import java.util.Locale;

/**
 * How large a source may be. Past either limit a file is rejected rather than truncated: a
 * transcript silently cut short would be coded as if complete.
 *
 * @param maxBytes the largest file accepted
 * @param maxCharacters the most characters of text accepted after extraction (a 200 MB Word file can
 *     hold far more text than its size suggests, and every character costs two bytes in memory)
 */
public record SourceFileLimits(long maxBytes, int maxCharacters) {

  /** 200 MB (decimal) and 50 million characters (some 10,000 pages of transcript). */
  public static final SourceFileLimits DEFAULT = new SourceFileLimits(200_000_000L, 50_000_000);

  public SourceFileLimits {
    if (maxBytes <= 0 || maxCharacters <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  void requireBytes(String fileName, long bytes) {
    if (bytes > maxBytes) {
      throw new UnreadableSourceException(fileName + " is " + ByteSize.describe(bytes)
          + "; the largest source PhaseZero accepts is " + ByteSize.describe(maxBytes) + ".");
    }
  }

  void requireCharacters(String fileName, long characters) {
    if (characters > maxCharacters) {
      throw new UnreadableSourceException(String.format(Locale.ROOT,
          "%s holds more than %,d characters of text; the most PhaseZero accepts in one source is %,d."
              + " Split it into parts and import each.", fileName, maxCharacters, maxCharacters));
    }
  }
}
