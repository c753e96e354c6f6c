package org.phasezero.analysis.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A frequency list: the number of tokens N, of types V, and the types ranked by descending
 * frequency (ties broken by the type string in code-unit order, so the list is deterministic).
 * Relative frequency is per million tokens. Complexity: O(V log V) to rank.
 */
public final class FrequencyList {

  /** One ranked type; {@code rank} is 1-based. */
  public record Entry(int rank, String type, long frequency, double perMillion) {}

  private FrequencyList() {}

  /** The {@code top} most frequent types (all when {@code top} is not positive). */
  public static List<Entry> top(Corpus corpus, int top) {
    int v = corpus.typeCount();
    int limit = top <= 0 ? v : Math.min(top, v);
    Integer[] ids = IntStream.range(0, v).boxed().toArray(Integer[]::new);
    java.util.Arrays.sort(ids, Comparator.<Integer>comparingInt(corpus::frequency).reversed()
        .thenComparing(id -> corpus.types().type(id)));
    List<Entry> out = new ArrayList<>(limit);
    double n = corpus.tokenCount();
    for (int r = 0; r < limit; r++) {
      int id = ids[r];
      out.add(new Entry(r + 1, corpus.types().type(id), corpus.frequency(id),
          corpus.frequency(id) * 1e6 / n));
    }
    return out;
  }
}
