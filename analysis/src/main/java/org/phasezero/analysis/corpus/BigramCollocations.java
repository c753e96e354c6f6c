package org.phasezero.analysis.corpus;

import java.util.Comparator;
import java.util.List;

/**
 * Whole-corpus bigram collocations: every pair of adjacent tokens within a document, scored by an
 * {@link AssociationMeasure} over the table O11 = f(xy), R1 = f(x), C1 = f(y), N = tokens, so that
 * {@code mi} (alias {@code pmi}) is log2(f(xy)·N / (f(x)·f(y))) exactly as NLTK's {@code
 * BigramCollocationFinder.from_words} with {@code BigramAssocMeasures.pmi} (which also takes the
 * word frequencies and word count as marginals). Pairs with f(xy) below {@code minFreq} are
 * dropped first, like NLTK's {@code apply_freq_filter}. Ties rank by the words in code-unit
 * order, as NLTK's {@code score_ngrams} does, so the two lists can be compared line by line.
 *
 * <p>Complexity: O(N) expected to count (one hash increment per adjacent pair), O(B log k) to rank
 * the B distinct bigrams; memory 12 bytes per table slot, about 24 bytes per distinct bigram.
 */
public final class BigramCollocations {

  /** One bigram with its frequency and score. */
  public record Bigram(String first, String second, long frequency, double score) {}

  private BigramCollocations() {}

  public static List<Bigram> of(Corpus corpus, AssociationMeasure measure, int minFreq, int top) {
    PairCounts pairs = new PairCounts();
    for (int d = 0; d < corpus.documentCount(); d++) {
      int end = corpus.documentEnd(d);
      int start = corpus.documentStart(d);
      if (end - start < 2) {
        continue;
      }
      int previous = corpus.tokenAt(start);
      for (int i = start + 1; i < end; i++) {
        int t = corpus.tokenAt(i);
        pairs.increment(previous, t);
        previous = t;
      }
    }
    TopRanked<Bigram> ranked = new TopRanked<>(Comparator.comparingDouble(Bigram::score).reversed()
        .thenComparing(Bigram::first).thenComparing(Bigram::second), top);
    long n = corpus.tokenCount();
    for (int slot = 0; slot < pairs.capacity(); slot++) {
      if (!pairs.used(slot) || pairs.count(slot) < minFreq) {
        continue;
      }
      int x = pairs.first(slot);
      int y = pairs.second(slot);
      long fx = corpus.frequency(x);
      long fy = corpus.frequency(y);
      Cooccurrence c = new Cooccurrence(pairs.count(slot), fx, fy, n, fx);
      ranked.offer(new Bigram(corpus.types().type(x), corpus.types().type(y), pairs.count(slot),
          measure.score(c)));
    }
    return ranked.result();
  }
}
