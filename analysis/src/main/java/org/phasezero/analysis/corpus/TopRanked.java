package org.phasezero.analysis.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Keeps the best {@code limit} items of a stream under an order (all of them when the limit is not
 * positive), with a bounded heap: O(m log k) for m items and limit k, O(k) memory. The best k of a
 * union are the best k of the parts' best k, so partial rankings (one per Spark partition) merge
 * exactly by offering them to one more instance.
 */
public final class TopRanked<T> {

  private final Comparator<T> best;
  private final int limit;
  private final PriorityQueue<T> heap;
  private final List<T> all;

  /** {@code best} orders the best item first. */
  public TopRanked(Comparator<T> best, int limit) {
    this.best = best;
    this.limit = limit;
    this.heap = limit > 0 ? new PriorityQueue<>(limit + 1, best.reversed()) : null;
    this.all = limit > 0 ? null : new ArrayList<>();
  }

  public void offer(T item) {
    if (heap == null) {
      all.add(item);
      return;
    }
    if (heap.size() < limit) {
      heap.add(item);
    } else if (best.compare(item, heap.peek()) < 0) {
      heap.poll();
      heap.add(item);
    }
  }

  /** The kept items, best first. */
  public List<T> result() {
    List<T> out = heap == null ? all : new ArrayList<>(heap);
    out.sort(best);
    return out;
  }
}
