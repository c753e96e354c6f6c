package org.phasezero.evidence.interchange;

/**
 * A text as the database can hold it: a NUL or an unpaired surrogate (which PostgreSQL's UTF-8
 * refuses) becomes U+FFFD, one UTF-16 unit for one, so every selection keeps its offsets.
 */
final class StoredText {

  private StoredText() {}

  static String of(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      boolean bad = c == '\0' || (Character.isSurrogate(c) && !pair);
      if (bad && out == null) {
        out = new StringBuilder(text);
      }
      if (bad) {
        out.setCharAt(i, '\uFFFD');
      }
      if (pair) {
        i++;
      }
    }
    return out == null ? text : out.toString();
  }

  /** A description as the services store it (at most 4,000 characters, stripped, null when blank). */
  static String description(String s) {
    return org.phasezero.shared.Rows.blankToNull(cut(s, 4000));
  }

  /** A name as the services store it: cleaned (see IncomingText) and stripped. */
  static String name(String s) {
    return s == null ? null : org.phasezero.shared.IncomingText.clean(s).strip();
  }

  /** At most {@code max} characters, or null for null or blank. */
  static String cut(String s, int max) {
    if (s == null || s.isBlank()) {
      return null;
    }
    return s.length() <= max ? s : s.substring(0, max);
  }
}
