package org.phasezero.analysis.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A frequency list: the number of tokens N, of types V, and the types ranked by descending
 * frequency (ties broken by the type string in code-unit order, so the list is deterministic).
 * Relative frequency is per million tokens. Complexity: O(V log k) for the top k, O(V log V)
 * for the whole list.
 */
public final class FrequencyList {

  /** One ranked type; {@code rank} is 1-based. */
  public record Entry(int rank, String type, long frequency, double perMillion) {}

  /** A type and its frequency, for counts made elsewhere (on Spark, for one). */
  public record Count(String type, long frequency) {}

  /** The list's order: frequency descending, then the type in code-unit order. */
  public static final Comparator<Count> ORDER =
      Comparator.comparingLong(Count::frequency).reversed().thenComparing(Count::type);

  private FrequencyList() {}

  /** Entries for counts already ranked best first by {@link #ORDER}, in a corpus of n tokens. */
  public static List<Entry> entries(List<Count> ranked, long tokens) {
    List<Entry> out = new ArrayList<>(ranked.size());
    for (int r = 0; r < ranked.size(); r++) {
      out.add(entry(r + 1, ranked.get(r).type(), ranked.get(r).frequency(), tokens));
    }
    return out;
  }

  private static Entry entry(int rank, String type, long frequency, double tokens) {
    return new Entry(rank, type, frequency, frequency * 1e6 / tokens);
  }

  /** The {@code top} most frequent types (all when {@code top} is not positive). */
  public static List<Entry> top(Corpus corpus, int top) {
    TopRanked<Integer> ranked = new TopRanked<>(Comparator
        .comparingInt((Integer id) -> corpus.frequency(id)).reversed()
        .thenComparing(id -> corpus.types().type(id)), top);
    for (int id = 0; id < corpus.typeCount(); id++) {
      ranked.offer(id);
    }
    List<Integer> ids = ranked.result();
    List<Entry> out = new ArrayList<>(ids.size());
    double n = corpus.tokenCount();
    for (int r = 0; r < ids.size(); r++) {
      int id = ids.get(r);
      out.add(entry(r + 1, corpus.types().type(id), corpus.frequency(id), n));
    }
    return out;
  }
}
