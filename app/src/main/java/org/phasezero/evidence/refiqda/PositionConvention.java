package org.phasezero.evidence.refiqda;

/**
 * How a producer counts character positions in a plain text.
 *
 * @param unit what one position step is: a Unicode code point or a UTF-16 code unit (an emoji
 *     outside the Basic Multilingual Plane is one code point but two UTF-16 units)
 * @param byteOrderMarkCounted whether a leading byte-order mark takes position 0
 * @param crLfCountsTwo whether a CR LF line ending is two positions (as in the file) or one
 */
public record PositionConvention(Unit unit, boolean byteOrderMarkCounted, boolean crLfCountsTwo) {

  /** The step between two positions. */
  public enum Unit {
    CODE_POINTS,
    UTF16_UNITS
  }

  /**
   * The standard's (REFI-QDA 1.5, §10.2: "the first and the last character (Unicode codepoint) in
   * the file"): code points of the text as stored, so a CR LF is two; a byte-order mark is an
   * encoding signature rather than text and is not counted. PhaseZero writes this.
   */
  public static final PositionConvention STANDARD =
      new PositionConvention(Unit.CODE_POINTS, false, true);

  /**
   * NVivo's (verified on an NVivo 12 for Windows export): UTF-16 code units of the text as stored
   * (a .NET string), CR LF as two, the byte-order mark not counted.
   */
  public static final PositionConvention NVIVO =
      new PositionConvention(Unit.UTF16_UNITS, false, true);

  /** In words, e.g. {@code UTF-16 units, CR LF as 2, byte-order mark not counted}. */
  public String describe() {
    return (unit == Unit.CODE_POINTS ? "code points" : "UTF-16 units")
        + ", CR LF as " + (crLfCountsTwo ? "2" : "1")
        + ", byte-order mark " + (byteOrderMarkCounted ? "counted" : "not counted");
  }
}
