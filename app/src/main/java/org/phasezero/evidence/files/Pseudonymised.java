package org.phasezero.evidence.files;

import java.util.List;

/**
 * A text with names replaced by pseudonyms, and how often each name was replaced.
 *
 * @param replacements one per name given, in the order given, including names not found (a count of
 *     0 is worth showing: the name may be misspelt in the list, or in the text)
 */
public record Pseudonymised(ExtractedText text, List<Replacement> replacements) {

  public Pseudonymised {
    replacements = List.copyOf(replacements);
  }

  /**
   * One name and its pseudonym.
   *
   * @param count how many times the name was replaced in the text (speaker labels, which repeat the
   *     text's own labels, are not counted)
   */
  public record Replacement(String original, String pseudonym, int count) {}
}
