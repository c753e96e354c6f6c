package org.phasezero.evidence.files;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds names as whole words, case-insensitively, preferring the longest name that starts at a
 * position ("Amina Yusuf" before "Amina").
 *
 * <p>How: the names, case-folded, go into a trie. A match may start only where the character before is
 * not part of a word, and is kept only where the character after is not part of one either; of the
 * names that fit at one start, the longest wins. Word characters are Unicode letters, marks, digits
 * and the underscore, so "Amina" is found in "Amina's" and "(Amina)" but not in "Aminata". Case
 * folding is per character (upper- then lower-case), which matches "AMINA", "amina" and "Amina";
 * a space in a name matches any run of white space (a name broken across a line), and the two
 * apostrophes {@code ' ’} match each other ("O’Brien", "O'Brien").
 *
 * <p>Complexity: building is O(total length of the names); scanning a text of n characters tries
 * the trie only at word starts and walks at most as far as the longest name, so O(n · L) for names
 * of at most L characters, whatever their number; in practice O(n), as most words leave the trie at
 * their first or second letter. One pass for 3,000 names, instead of 3,000 passes.
 */
final class NameMatcher {

  /** A name found at {@code [start, end)}; {@code name} indexes the list the matcher was built from. */
  record Match(int start, int end, int name) {}

  private static final class Node {
    final Map<Character, Node> next = new HashMap<>(4);
    int name = -1;
  }

  private final Node root = new Node();

  /** @param names non-blank names; for two that fold to the same key the first is kept */
  NameMatcher(List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      Node node = root;
      String key = key(names.get(i));
      for (int j = 0; j < key.length(); j++) {
        node = node.next.computeIfAbsent(key.charAt(j), c -> new Node());
      }
      if (node.name < 0) {
        node.name = i;
      }
    }
  }

  /** The case-folded form of a name, white space collapsed to single spaces and trimmed. */
  static String key(String name) {
    StringBuilder key = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = fold(name.charAt(i));
      if (c != ' ' || (key.length() > 0 && key.charAt(key.length() - 1) != ' ')) {
        key.append(c);
      }
    }
    return key.toString().strip();
  }

  /** The longest name starting at {@code at} and ending by {@code limit}, as a whole word; null if none. */
  Match at(CharSequence text, int at, int limit) {
    if (at > 0 && isWordChar(Character.codePointBefore(text, at))) {
      return null;
    }
    Node node = root;
    Match best = null;
    int i = at;
    while (i < limit) {
      char c = fold(text.charAt(i));
      node = node.next.get(c);
      if (node == null) {
        break;
      }
      i++;
      if (c == ' ') {
        while (i < limit && isSpace(text.charAt(i))) {
          i++;
        }
      }
      if (node.name >= 0 && (i == text.length() || !isWordChar(Character.codePointAt(text, i)))) {
        best = new Match(at, i, node.name);
      }
    }
    return best;
  }

  /** Where the next match can start after {@code at}: past the rest of a word, or the next character. */
  static int nextStart(CharSequence text, int at, int limit) {
    int i = at;
    if (isWordChar(Character.codePointAt(text, i))) {
      do {
        i += Character.charCount(Character.codePointAt(text, i));
      } while (i < limit && isWordChar(Character.codePointAt(text, i)));
      return i;
    }
    return i + 1;
  }

  private static char fold(char c) {
    if (isSpace(c)) {
      return ' ';
    }
    if (c == '\u2019') {
      return '\'';
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0';
  }

  static boolean isWordChar(int codePoint) {
    if (Character.isLetterOrDigit(codePoint) || codePoint == '_') {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
