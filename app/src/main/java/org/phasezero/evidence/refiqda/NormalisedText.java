package org.phasezero.evidence.refiqda;

/**
 * The form in which the model holds text: without a byte-order mark, and with every line ending
 * (CR LF, or a lone CR as old Mac files have) written as one LF. Producers count positions in
 * their own form of the text; {@link ProducerPositions} maps those positions onto this one.
 */
public final class NormalisedText {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private NormalisedText() {}

  /** {@code raw} without a leading byte-order mark and with LF line endings. */
  public static String of(String raw) {
    if (raw == null) {
      return null;
    }
    int from = !raw.isEmpty() && raw.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
    if (raw.indexOf('\r') < 0) {
      return raw.substring(from);
    }
    StringBuilder text = new StringBuilder(raw.length() - from);
    for (int i = from; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\r') {
        text.append('\n');
        if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }

  /** True when {@code text} is null or already in normalised form. */
  public static boolean isNormalised(String text) {
    return text == null
        || text.indexOf('\r') < 0 && (text.isEmpty() || text.charAt(0) != BYTE_ORDER_MARK);
  }

  static boolean startsWithByteOrderMark(String raw) {
    return raw != null && !raw.isEmpty() && raw.charAt(0) == BYTE_ORDER_MARK;
  }

  static String requireNormalised(String text, String guid) {
    if (!isNormalised(text)) {
      throw new IllegalArgumentException("the text of " + guid
          + " is not normalised (it has a CR or a byte-order mark); use NormalisedText.of");
    }
    return text;
  }
}
