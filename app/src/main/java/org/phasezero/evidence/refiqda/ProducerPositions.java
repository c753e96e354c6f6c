package org.phasezero.evidence.refiqda;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides how the producer of a project counted its text positions, so that
 * {@link TextPositions} can move them into the model's convention (UTF-16 indices of the
 * normalised text).
 *
 * <p>Producers differ from the standard and from each other: NVivo counts UTF-16 units of the text
 * with CR LF as two, which puts every selection after an emoji one place late per emoji if read as
 * code points (checked on an NVivo 12 export with 892 emoji: under code points only 129 of 303
 * selections start at a word boundary, under UTF-16 units 302 do); qc, a Python tool, counts code
 * points. The choice starts from what the {@code origin} attribute leads one to expect and is then
 * checked against the data: each candidate convention is scored by how many selection starts and
 * ends fall on a word boundary (people select words, sentences, lines), and a candidate that beats
 * the expected one clearly replaces it, with a warning. Candidates that cannot differ on the texts
 * at hand (no byte-order mark, no CR LF, no character beyond U+FFFF) are not compared.
 *
 * <p>Cost: one pass per distinct candidate over each text that has selections, O(n) each.
 */
public final class ProducerPositions {

  private ProducerPositions() {}

  /** A text and the positions (start, end pairs) a producer gave for selections in it. */
  record Sample(String rawText, String normalised, List<long[]> spans) {

    Sample(String rawText, List<long[]> spans) {
      this(rawText, NormalisedText.of(rawText), spans);
    }
  }

  /** The convention chosen and, when the data overruled the origin, why. */
  record Choice(PositionConvention convention, String warning) {}

  /** The convention the producer named in {@code origin} is known or assumed to use. */
  public static PositionConvention expectedFor(String origin) {
    String producer = origin == null ? "" : origin.toLowerCase(Locale.ROOT);
    return producer.startsWith("nvivo") ? PositionConvention.NVIVO : PositionConvention.STANDARD;
  }

  static Choice choose(String origin, List<Sample> samples) {
    PositionConvention expected = expectedFor(origin);
    int endpoints = samples.stream().mapToInt(s -> 2 * s.spans().size()).sum();
    PositionConvention best = expected;
    int expectedScore = score(expected, samples);
    int bestScore = expectedScore;
    for (PositionConvention candidate : candidates(expected, samples)) {
      int score = score(candidate, samples);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    // A clear margin, so that a few stray selections never overrule what the origin says.
    int margin = Math.max(3, endpoints / 50);
    if (best.equals(expected) || bestScore - expectedScore < margin) {
      return new Choice(expected, null);
    }
    return new Choice(best, "text positions read as " + best.describe() + " rather than "
        + expected.describe() + " as expected of '" + origin + "': " + bestScore + " of "
        + endpoints + " selection starts and ends then fall on word boundaries, against "
        + expectedScore);
  }

  /**
   * Selection starts and ends that fall on a word boundary of the normalised text when positions
   * are read under {@code convention}; a selection outside the text scores nothing.
   */
  static int score(PositionConvention convention, List<Sample> samples) {
    int score = 0;
    for (Sample sample : samples) {
      TextPositions positions = TextPositions.of(sample.rawText(), convention);
      String text = sample.normalised();
      for (long[] span : sample.spans()) {
        int start = positions.toModel(span[0]);
        int end = positions.toModel(span[1]);
        if (0 <= start && start <= end && end <= text.length()) {
          score += (isWordBoundary(text, start) ? 1 : 0) + (isWordBoundary(text, end) ? 1 : 0);
        }
      }
    }
    return score;
  }

  /**
   * True at the ends of the text and between two characters that are not both letters or digits;
   * false inside a surrogate pair (a position no producer means).
   */
  public static boolean isWordBoundary(String text, int index) {
    if (index <= 0 || index >= text.length()) {
      return true;
    }
    if (Character.isLowSurrogate(text.charAt(index))
        && Character.isHighSurrogate(text.charAt(index - 1))) {
      return false;
    }
    return !(Character.isLetterOrDigit(text.codePointBefore(index))
        && Character.isLetterOrDigit(text.codePointAt(index)));
  }

  private static List<PositionConvention> candidates(PositionConvention expected,
      List<Sample> samples) {
    boolean bom = samples.stream().anyMatch(s -> NormalisedText.startsWithByteOrderMark(s.rawText()));
    boolean crLf = samples.stream().anyMatch(s -> s.rawText().contains("\r\n"));
    boolean astral = samples.stream()
        .anyMatch(s -> s.rawText().codePointCount(0, s.rawText().length()) != s.rawText().length());
    Set<PositionConvention> distinct = new LinkedHashSet<>();
    for (PositionConvention.Unit unit : PositionConvention.Unit.values()) {
      for (boolean countsBom : new boolean[] {false, true}) {
        for (boolean twoForCrLf : new boolean[] {true, false}) {
          distinct.add(new PositionConvention(
              astral ? unit : expected.unit(),
              bom ? countsBom : expected.byteOrderMarkCounted(),
              crLf ? twoForCrLf : expected.crLfCountsTwo()));
        }
      }
    }
    distinct.remove(expected);
    return new ArrayList<>(distinct);
  }
}
