package org.phasezero.evidence.refiqda;

/**
 * Maps positions a producer counted in one raw text (as decoded from its file: perhaps with a
 * byte-order mark, CR LF or CR line endings) onto UTF-16 indices of the text's
 * {@link NormalisedText normalised} form, and back from those indices to standard code-point
 * positions.
 *
 * <p>Built in one pass over the text; O(n) time and one int per character of memory. A position
 * between the CR and LF of a line ending maps to the LF; a position past the end of the text keeps
 * its distance beyond the end, and a negative one stays negative, so a selection outside its text
 * stays visibly outside.
 */
final class TextPositions {

  private final int[] modelIndexAt;
  private final int producerLength;
  private final int modelLength;

  private TextPositions(int[] modelIndexAt, int producerLength, int modelLength) {
    this.modelIndexAt = modelIndexAt;
    this.producerLength = producerLength;
    this.modelLength = modelLength;
  }

  /** Positions counted in {@code raw} the way {@code convention} says. */
  static TextPositions of(String raw, PositionConvention convention) {
    int[] at = new int[raw.length() + 1];
    int p = 0;
    int m = 0;
    int i = 0;
    boolean utf16 = convention.unit() == PositionConvention.Unit.UTF16_UNITS;
    if (NormalisedText.startsWithByteOrderMark(raw)) {
      if (convention.byteOrderMarkCounted()) {
        at[p++] = 0;
      }
      i = 1;
    }
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
        at[p++] = m;
        if (convention.crLfCountsTwo()) {
          at[p++] = m;
        }
        i += 2;
        m += 1;
      } else if (Character.isHighSurrogate(c) && i + 1 < raw.length()
          && Character.isLowSurrogate(raw.charAt(i + 1))) {
        at[p++] = m;
        if (utf16) {
          at[p++] = m + 1;
        }
        i += 2;
        m += 2;
      } else {
        at[p++] = m;
        i += 1;
        m += 1;
      }
    }
    at[p] = m;
    return new TextPositions(at, p, m);
  }

  /** The UTF-16 index into the normalised text of a producer's position. */
  int toModel(long producerPosition) {
    if (producerPosition < 0) {
      return (int) Math.max(producerPosition, Integer.MIN_VALUE);
    }
    if (producerPosition <= producerLength) {
      return modelIndexAt[(int) producerPosition];
    }
    return (int) Math.min(modelLength + (producerPosition - producerLength), Integer.MAX_VALUE);
  }

  /**
   * Code-point positions for UTF-16 indices of an already normalised text: what the writer
   * writes.
   */
  static StandardPositions standard(String normalised) {
    return new StandardPositions(normalised);
  }

  /** UTF-16 index to code-point position over one normalised text. */
  static final class StandardPositions {
    private final String text;
    private final int[] surrogatePairsBefore;

    private StandardPositions(String text) {
      this.text = text;
      int[] before = null;
      if (text.codePointCount(0, text.length()) != text.length()) {
        before = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
          boolean pairEnd = i > 0 && Character.isLowSurrogate(text.charAt(i))
              && Character.isHighSurrogate(text.charAt(i - 1));
          before[i + 1] = before[i] + (pairEnd ? 1 : 0);
        }
      }
      this.surrogatePairsBefore = before;
    }

    long toStandard(int modelIndex) {
      if (surrogatePairsBefore == null || modelIndex < 0) {
        return modelIndex;
      }
      if (modelIndex > text.length()) {
        return modelIndex - surrogatePairsBefore[text.length()];
      }
      return modelIndex - surrogatePairsBefore[modelIndex];
    }
  }
}
