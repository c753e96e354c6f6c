package org.phasezero.shared;

import java.text.Normalizer;

/**
 * The one rule for text people send us, applied to every JSON string and every form field before
 * anything else sees it: Unicode NFC, and no characters that are invisible or reorder what is
 * shown. Without it a name plus a zero-width space passes a uniqueness check as a "different"
 * name, a bidi override makes a claim note read backwards, and a NUL breaks PostgreSQL.
 *
 * <p>Removed: control characters other than tab, line feed and carriage return (which multi-line
 * text needs); the bidi embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069; the
 * zero-width space U+200B, word joiner U+2060 and U+FEFF; and unpaired surrogates. Kept, because
 * languages of the people the platform serves need them: the bidi marks U+200E and U+200F (mixed
 * Urdu and English) and the zero-width non-joiner and joiner U+200C and U+200D (Urdu, Bengali).
 * Those two change no meaning for a comparison, so {@link #key} leaves them out.
 */
public final class IncomingText {

  private IncomingText() {}

  /** The text as stored; null stays null. Linear in the length. */
  public static String clean(String s) {
    if (s == null) {
      return null;
    }
    String nfc = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder out = null;
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      boolean drop;
      if (Character.isHighSurrogate(c) && i + 1 < nfc.length() && Character.isLowSurrogate(nfc.charAt(i + 1))) {
        if (out != null) {
          out.append(c).append(nfc.charAt(i + 1));
        }
        i++;
        continue;
      }
      drop = Character.isSurrogate(c) || removed(c);
      if (drop && out == null) {
        out = new StringBuilder(nfc.length()).append(nfc, 0, i);
      } else if (!drop && out != null) {
        out.append(c);
      }
    }
    return out == null ? nfc : out.toString();
  }

  /**
   * The form of a name used to compare names (uniqueness, search): cleaned, lower-cased, without
   * the joiners kept for display, and with runs of spaces made one.
   */
  public static String key(String s) {
    return clean(s).replace("\u200C", "").replace("\u200D", "").strip().replaceAll("\\s+", " ")
        .toLowerCase(java.util.Locale.ROOT);
  }

  static boolean removed(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
    return Character.isISOControl(c)
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200B'
        || c == '\u2060' || c == '\uFEFF';
  }
}
