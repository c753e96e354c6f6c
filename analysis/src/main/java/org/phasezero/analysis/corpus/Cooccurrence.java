package org.phasezero.analysis.corpus;

/**
 * The counts behind an association score, as the 2×2 contingency table of Evert (2008, "Corpora
 * and collocations", §3–4): {@code o11} observed co-occurrences; row total {@code r1} (the number
 * of corpus positions in which the collocate could co-occur with the node: the window positions
 * for surface co-occurrence, or the first-word frequency for bigrams); column total {@code c1}
 * (the collocate's frequency); {@code n} (the corpus size); and {@code nodeFrequency}, f(node),
 * which logDice needs. The expected co-occurrence frequency under independence is
 * {@code E11 = r1·c1/n}.
 */
public record Cooccurrence(long o11, long r1, long c1, long n, long nodeFrequency) {

  public Cooccurrence {
    if (o11 < 0 || r1 < o11 || c1 < o11 || n < r1 || n < c1) {
      throw new IllegalArgumentException("inconsistent contingency table: O11=" + o11 + ", R1="
          + r1 + ", C1=" + c1 + ", N=" + n);
    }
  }

  /** E11 = R1·C1/N. */
  public double expected() {
    return (double) r1 * c1 / n;
  }

  public long o12() {
    return r1 - o11;
  }

  public long o21() {
    return c1 - o11;
  }

  /**
   * Clamped at 0: with bigram marginals taken as word frequencies (NLTK's convention) a pair such
   * as x x in a corpus made almost only of x can make the raw difference negative.
   */
  public long o22() {
    return Math.max(0, n - r1 - c1 + o11);
  }
}
