package org.phasezero.analysis.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An n-gram frequency list (clusters, lexical bundles): every run of {@code n} adjacent tokens
 * inside one document (never across two), counted, with the number of documents each occurs in
 * (its range), ranked by frequency and then by the n-gram in code-unit order, as the frequency
 * list is. Relative frequency is per million tokens. An n-gram is shown as its tokens joined by
 * single spaces.
 *
 * <p>Counting keys each n-gram by its type ids: packed into one long when n ids fit in 63 bits
 * (n = 2 and 3 on any vocabulary under two million types), otherwise by the id array. Complexity:
 * O(N) expected hash operations for N tokens; O(G log k) to rank G distinct n-grams.
 */
public final class NGrams {

  /** The shortest and longest n-grams counted. */
  public static final int MIN_N = 2;
  public static final int MAX_N = 6;

  /** One n-gram; {@code rank} is 1-based, {@code documents} the number it occurs in. */
  public record Entry(int rank, String gram, long frequency, double perMillion, long documents) {}

  private NGrams() {}

  /**
   * The {@code top} most frequent n-grams with frequency at least {@code minFreq} (all when top is
   * not positive).
   */
  public static List<Entry> top(Corpus corpus, int n, int minFreq, int top) {
    if (n < MIN_N || n > MAX_N) {
      throw new IllegalArgumentException("n-grams are " + MIN_N + " to " + MAX_N
          + " words long, not " + n);
    }
    int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, corpus.typeCount() - 1));
    Counter counter = bits * n <= 63 ? new PackedCounter(bits) : new ArrayCounter();
    int[] gram = new int[n];
    for (int d = 0; d < corpus.documentCount(); d++) {
      int start = corpus.documentStart(d);
      for (int i = start; i + n <= corpus.documentEnd(d); i++) {
        for (int k = 0; k < n; k++) {
          gram[k] = corpus.tokenAt(i + k);
        }
        counter.add(gram, d);
      }
    }
    TopRanked<Counted> ranked = new TopRanked<>(Comparator
        .comparingLong(Counted::frequency).reversed()
        .thenComparing((Counted c) -> c.gram(corpus)), top);
    counter.forEach(c -> {
      if (c.frequency() >= minFreq) {
        ranked.offer(c);
      }
    });
    List<Counted> best = ranked.result();
    List<Entry> out = new ArrayList<>(best.size());
    double tokens = corpus.tokenCount();
    for (int r = 0; r < best.size(); r++) {
      Counted c = best.get(r);
      out.add(new Entry(r + 1, c.gram(corpus), c.frequency(), c.frequency() * 1e6 / tokens,
          c.documents()));
    }
    return out;
  }

  /** An n-gram's ids with its counts; its text is made only when it is compared or listed. */
  private record Counted(int[] ids, long frequency, long documents) {

    String gram(Corpus corpus) {
      StringBuilder b = new StringBuilder();
      for (int id : ids) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(corpus.types().type(id));
      }
      return b.toString();
    }
  }

  private interface Counter {
    void add(int[] gram, int document);

    void forEach(java.util.function.Consumer<Counted> each);
  }

  /** Frequency and range; the last document seen makes the range count each document once. */
  private static final class Counts {
    long frequency;
    long documents;
    int lastDocument = -1;

    void add(int document) {
      frequency++;
      if (document != lastDocument) {
        documents++;
        lastDocument = document;
      }
    }
  }

  private static final class PackedCounter implements Counter {
    private final int bits;
    private final Map<Long, Counts> counts = new HashMap<>();
    private int n;

    PackedCounter(int bits) {
      this.bits = bits;
    }

    @Override
    public void add(int[] gram, int document) {
      n = gram.length;
      long key = 0;
      for (int id : gram) {
        key = (key << bits) | id;
      }
      counts.computeIfAbsent(key, k -> new Counts()).add(document);
    }

    @Override
    public void forEach(java.util.function.Consumer<Counted> each) {
      long mask = (1L << bits) - 1;
      counts.forEach((key, c) -> {
        int[] ids = new int[n];
        long k = key;
        for (int i = n - 1; i >= 0; i--) {
          ids[i] = (int) (k & mask);
          k >>>= bits;
        }
        each.accept(new Counted(ids, c.frequency, c.documents));
      });
    }
  }

  private static final class ArrayCounter implements Counter {
    private record Key(int[] ids) {
      @Override
      public boolean equals(Object o) {
        return o instanceof Key k && Arrays.equals(ids, k.ids);
      }

      @Override
      public int hashCode() {
        return Arrays.hashCode(ids);
      }
    }

    private final Map<Key, Counts> counts = new HashMap<>();

    @Override
    public void add(int[] gram, int document) {
      counts.computeIfAbsent(new Key(gram.clone()), k -> new Counts()).add(document);
    }

    @Override
    public void forEach(java.util.function.Consumer<Counted> each) {
      counts.forEach((key, c) -> each.accept(new Counted(key.ids(), c.frequency, c.documents)));
    }
  }
}
