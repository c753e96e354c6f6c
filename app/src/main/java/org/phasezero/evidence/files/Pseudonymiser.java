package org.phasezero.evidence.files;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces people's names with pseudonyms throughout an extracted text and its speaker labels, and
 * moves every segment's offsets to match, so the segments stay contiguous and cover the new text.
 *
 * <p>Names are found as whole words, case-insensitively, longest first ({@link NameMatcher}):
 * "Amina Yusuf" is replaced as one before "Amina" is, and "Amina's" becomes "P-7's" since the
 * possessive ending is not part of the word. Matching runs segment by segment, so a name is never
 * replaced across a segment boundary and each segment's new end is known as it is written. The
 * pseudonym is written as given, whatever the case of the text it replaces.
 *
 * <p>Complexity: one pass over the text, O(n · L) for names of at most L characters (see {@link
 * NameMatcher}), plus O(total length of names) to build the matcher.
 */
public final class Pseudonymiser {

  private Pseudonymiser() {}

  /**
   * Replaces names in {@code text}.
   *
   * @param nameToPseudonym names and their pseudonyms; iteration order is the order of the
   *     replacements reported. Two names differing only in case (or white space) must have the same
   *     pseudonym.
   * @throws IllegalArgumentException for a blank name, a blank pseudonym, a pseudonym with a line
   *     break or control character, or two spellings of one name with different pseudonyms
   */
  public static Pseudonymised apply(ExtractedText text, Map<String, String> nameToPseudonym) {
    List<String> names = new ArrayList<>(nameToPseudonym.keySet());
    List<String> pseudonyms = new ArrayList<>(nameToPseudonym.values());
    validate(names, pseudonyms);
    NameMatcher matcher = new NameMatcher(names);
    int[] counts = new int[names.size()];
    String source = text.text();
    StringBuilder out = new StringBuilder(source.length());
    List<Segment> segments = new ArrayList<>(text.segments().size());
    for (Segment segment : text.segments()) {
      int start = out.length();
      replace(source, segment.start(), segment.end(), matcher, pseudonyms, out, counts);
      String label = segment.speakerLabel() == null ? null : replaceAll(segment.speakerLabel(), matcher, pseudonyms);
      segments.add(segment.movedTo(start, out.length(), label));
    }
    List<Pseudonymised.Replacement> replacements = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      replacements.add(new Pseudonymised.Replacement(names.get(i), pseudonyms.get(i), counts[i]));
    }
    ExtractedText replaced = new ExtractedText(out.toString(), segments, text.format(), text.warnings());
    return new Pseudonymised(replaced, replacements);
  }

  /** Appends {@code source[from, to)} to {@code out} with names replaced, counting each. */
  private static void replace(String source, int from, int to, NameMatcher matcher, List<String> pseudonyms,
      StringBuilder out, int[] counts) {
    int copied = from;
    int i = from;
    while (i < to) {
      NameMatcher.Match match = matcher.at(source, i, to);
      if (match == null) {
        i = NameMatcher.nextStart(source, i, to);
        continue;
      }
      out.append(source, copied, match.start()).append(pseudonyms.get(match.name()));
      counts[match.name()]++;
      i = match.end();
      copied = i;
    }
    out.append(source, copied, to);
  }

  private static String replaceAll(String label, NameMatcher matcher, List<String> pseudonyms) {
    StringBuilder out = new StringBuilder(label.length());
    replace(label, 0, label.length(), matcher, pseudonyms, out, new int[pseudonyms.size()]);
    return out.toString();
  }

  private static void validate(List<String> names, List<String> pseudonyms) {
    Map<String, String> pseudonymByKey = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String pseudonym = pseudonyms.get(i);
      if (name == null || NameMatcher.key(name).isEmpty()) {
        throw new IllegalArgumentException("a name to replace is blank");
      }
      if (pseudonym == null || pseudonym.isBlank()) {
        throw new IllegalArgumentException("the pseudonym for '" + name + "' is blank");
      }
      if (pseudonym.chars().anyMatch(c -> c < 0x20)) {
        throw new IllegalArgumentException("the pseudonym for '" + name + "' has a line break or control character");
      }
      String earlier = pseudonymByKey.putIfAbsent(NameMatcher.key(name), pseudonym);
      if (earlier != null && !earlier.equals(pseudonym)) {
        throw new IllegalArgumentException("'" + name + "' is given two pseudonyms: '" + earlier + "' and '"
            + pseudonym + "'");
      }
    }
  }
}
