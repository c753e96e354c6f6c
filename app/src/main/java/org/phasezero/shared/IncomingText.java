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
 * zero-width characters U+200B–U+200D, U+2060 and U+FEFF; and unpaired surrogates. The bidi
 * marks U+200E and U+200F stay: they are how mixed Urdu and English text is written correctly.
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

  static boolean removed(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
    return Character.isISOControl(c)
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || (c >= '\u200B' && c <= '\u200D')
        || c == '\u2060' || c == '\uFEFF';
  }
}
