package org.phasezero.analysis.corpus;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Keyness of a target corpus against a reference corpus: for every type of either corpus, the
 * {@link KeynessScore} of its frequency a in the target (c tokens) against b in the reference (d
 * tokens). Words are ranked by the chosen measure, signed so that the words most over-used in the
 * target come first and, when under-used words are included, the most under-used come last.
 * A word is kept when its frequency in the corpus where it is relatively more frequent is at least
 * {@code minFreq}. Both corpora must be tokenised the same way.
 *
 * <p>Complexity: O(V_target + V_reference) dictionary look-ups plus O(m log k) to rank.
 */
public final class Keyness {

  /** The score words are ranked by; {@code LL} (two-term, Rayson &amp; Garside) is the default. */
  public enum Ranking {
    LL(KeynessScore::logLikelihood), G2(KeynessScore::g2), LOG_RATIO(KeynessScore::logRatio),
    PCT_DIFF(KeynessScore::percentDiff);

    private final ToDoubleFunction<KeynessScore> score;

    Ranking(ToDoubleFunction<KeynessScore> score) {
      this.score = score;
    }

    /** Best first: the signed score descending, then the word in code-unit order. */
    public Comparator<KeynessScore> order() {
      return Comparator.comparingDouble((KeynessScore s) -> signed(s)).reversed()
          .thenComparing(KeynessScore::word);
    }

    /** The score, negated for under-used words where the measure itself is unsigned. */
    double signed(KeynessScore s) {
      double v = score.applyAsDouble(s);
      return (this == LL || this == G2) && !s.overused() ? -v : v;
    }

    public static Ranking named(String name) {
      try {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown keyness measure '" + name
            + "' (expected ll, g2, log-ratio or pct-diff)");
      }
    }
  }

  private Keyness() {}

  public static List<KeynessScore> of(Corpus target, Corpus reference, Ranking ranking,
      int minFreq, boolean includeUnderused, int top) {
    if (!target.tokenization().equals(reference.tokenization())) {
      throw new IllegalArgumentException("target and reference are tokenised differently ("
          + describe(target.tokenization()) + " vs " + describe(reference.tokenization()) + ")");
    }
    long c = target.tokenCount();
    long d = reference.tokenCount();
    TopRanked<KeynessScore> ranked = new TopRanked<>(ranking.order(), top);
    for (int t = 0; t < target.typeCount(); t++) {
      String word = target.types().type(t);
      int r = reference.types().idOf(word);
      offer(ranked, word, target.frequency(t), c, r < 0 ? 0 : reference.frequency(r), d, minFreq,
          includeUnderused);
    }
    for (int r = 0; r < reference.typeCount(); r++) {
      String word = reference.types().type(r);
      if (target.types().idOf(word) < 0) {
        offer(ranked, word, 0, c, reference.frequency(r), d, minFreq, includeUnderused);
      }
    }
    return ranked.result();
  }

  private static void offer(TopRanked<KeynessScore> ranked, String word, long a, long c, long b,
      long d, int minFreq, boolean includeUnderused) {
    if (kept(a, c, b, d, minFreq, includeUnderused)) {
      ranked.offer(KeynessScore.of(word, a, c, b, d));
    }
  }

  /**
   * Whether a word with frequency a of c target tokens and b of d reference tokens is listed: its
   * frequency where it is relatively more frequent is at least {@code minFreq}, and under-used
   * words only when asked for.
   */
  public static boolean kept(long a, long c, long b, long d, int minFreq,
      boolean includeUnderused) {
    boolean over = a * (double) d > b * (double) c;
    return over ? a >= minFreq : includeUnderused && b >= minFreq;
  }

  private static String describe(Tokenization t) {
    return (t.pattern() == null ? "default pattern" : "pattern " + t.pattern())
        + (t.ignoreCase() ? ", ignoring case" : "");
  }
}
