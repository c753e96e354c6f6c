package org.phasezero.analysis.corpus;

import java.util.Comparator;
import java.util.List;

/**
 * Collocates of a node word in a symmetric window of {@code w} tokens each side, scored by an
 * {@link AssociationMeasure}: surface co-occurrence in the sense of Evert (2008, §4.1).
 *
 * <p>Window convention (Evert's): the windows around all node occurrences are merged into one
 * region U, clipped at document boundaries, with the node occurrences themselves removed. Then
 * O11 is the number of tokens of the collocate inside U (each token counted once even where two
 * windows overlap), R1 = |U|, C1 = f(collocate) and N the corpus size, so E11 = |U|·f(c)/N. When
 * no windows overlap or touch a boundary, |U| = 2w·f(node) and this is the familiar E11 =
 * f(n)·f(c)·2w/N. Counting each token once keeps the contingency table consistent (every cell
 * ≥ 0), which the log-likelihood needs. Only collocates with O11 ≥ {@code minFreq} are scored.
 *
 * <p>Complexity: O(f(node)·w) to walk the windows, O(V) for the count array, O(m log k) to rank.
 */
public final class Collocates {

  /** One collocate with its observed and expected co-occurrence and its score. */
  public record Collocate(String word, long observed, double expected, long frequency,
      double score) {}

  /** The ranked collocates and the window totals behind them. */
  public record Result(String node, long nodeFrequency, long windowTokens, String measure,
      List<Collocate> collocates) {}

  /** Best first: the score descending, then the observed count descending, then the word. */
  public static final Comparator<Collocate> ORDER = Comparator
      .comparingDouble(Collocate::score).reversed()
      .thenComparing(Comparator.comparingLong(Collocate::observed).reversed())
      .thenComparing(Collocate::word);

  private Collocates() {}

  /**
   * One collocate scored: {@code observed} tokens of it in the merged windows of
   * {@code windowTokens} tokens, {@code frequency} in a corpus of {@code tokens} tokens in which
   * the node occurs {@code nodeFrequency} times.
   */
  public static Collocate collocate(String word, long observed, long windowTokens,
      long frequency, long tokens, long nodeFrequency, AssociationMeasure measure) {
    Cooccurrence c = new Cooccurrence(observed, windowTokens, frequency, tokens, nodeFrequency);
    return new Collocate(word, observed, c.expected(), frequency, measure.score(c));
  }

  public static Result of(Corpus corpus, String node, int window, AssociationMeasure measure,
      int minFreq, boolean ignoreCase, int top) {
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1 token, was " + window);
    }
    boolean anyCase = ignoreCase && !corpus.tokenization().ignoreCase();
    int[] positions;
    boolean[] isNode = new boolean[corpus.typeCount()];
    if (anyCase) {
      positions = corpus.positionsIgnoringCase(node);
      String folded = Tokenization.fold(node);
      for (int id = 0; id < isNode.length; id++) {
        isNode[id] = Tokenization.fold(corpus.types().type(id)).equals(folded);
      }
    } else {
      int id = corpus.idOf(node);
      positions = id < 0 ? new int[0] : corpus.positions(id);
      if (id >= 0) {
        isNode[id] = true;
      }
    }
    int[] counts = new int[corpus.typeCount()];
    int[] touched = new int[64];
    int touchedCount = 0;
    long windowTokens = 0;
    int covered = -1;
    for (int p : positions) {
      int doc = corpus.documentOf(p);
      int lo = Math.max(Math.max(p - window, corpus.documentStart(doc)), covered + 1);
      int hi = Math.min(p + window, corpus.documentEnd(doc) - 1);
      for (int i = lo; i <= hi; i++) {
        int t = corpus.tokenAt(i);
        if (isNode[t]) {
          continue;
        }
        windowTokens++;
        if (counts[t]++ == 0) {
          if (touchedCount == touched.length) {
            touched = java.util.Arrays.copyOf(touched, 2 * touchedCount);
          }
          touched[touchedCount++] = t;
        }
      }
      covered = Math.max(covered, hi);
    }
    TopRanked<Collocate> ranked = new TopRanked<>(ORDER, top);
    for (int k = 0; k < touchedCount; k++) {
      int t = touched[k];
      if (counts[t] < minFreq) {
        continue;
      }
      ranked.offer(collocate(corpus.types().type(t), counts[t], windowTokens,
          corpus.frequency(t), corpus.tokenCount(), positions.length, measure));
    }
    return new Result(node, positions.length, windowTokens, measure.name(), ranked.result());
  }
}
