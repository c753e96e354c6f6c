package org.phasezero.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, the 0-based page number, its size and the total count. */
public record Page<T>(List<T> items, int page, int size, long total) {

  public static final int DEFAULT_SIZE = 25;
  public static final int MAX_SIZE = 200;

  public int pages() {
    return size == 0 ? 0 : (int) ((total + size - 1) / size);
  }

  public boolean hasNext() {
    return page + 1 < pages();
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  /** Whether this is a page past the last one (asked for by an old link or a typed address). */
  public boolean pastTheEnd() {
    return items.isEmpty() && page > 0;
  }

  /**
   * Every row of a list, fetched a page at a time through the list's own search, so that an export
   * holds exactly the rows the user may see with the filters they chose. At most {@code limit} rows.
   */
  public static <T> List<T> all(Function<Request, Page<T>> search, int limit) {
    List<T> rows = new java.util.ArrayList<>();
    for (int p = 0; rows.size() < limit; p++) {
      Page<T> page = search.apply(new Request(p, MAX_SIZE));
      rows.addAll(page.items());
      if (!page.hasNext()) {
        break;
      }
    }
    return rows.size() > limit ? List.copyOf(rows.subList(0, limit)) : rows;
  }

  public <R> Page<R> map(Function<T, R> f) {
    return new Page<>(items.stream().map(f).toList(), page, size, total);
  }

  /** A page request clamped to sane bounds, so that {@code ?size=10000000} cannot exhaust memory. */
  public record Request(int page, int size) {
    public Request {
      page = Math.max(0, page);
      size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    /**
     * Rows to skip, in long arithmetic: {@code page * size} in int overflows from page 10,737,419 at the
     * largest size and would reach the database as a negative offset. A page past the end is simply empty.
     */
    public long offset() {
      return (long) page * size;
    }
  }
}
