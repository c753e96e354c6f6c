package org.phasezero.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The columns a list may be sorted by. A user asks for a key ({@code ?sort=person&dir=desc}); only
 * keys listed here are accepted, each mapped to a fixed SQL expression written by the programmer,
 * so nothing a user types ever reaches the ORDER BY clause. An unknown key or direction falls back
 * to the list's default. Rows with equal values are ordered by id in the same direction, so that
 * paging through a sorted list never shows a row twice or skips one.
 */
public final class Sorting {

  private final Map<String, String> columns;
  private final String idColumn;
  private final Sort defaultSort;

  private Sorting(Map<String, String> columns, String idColumn, Sort defaultSort) {
    this.columns = columns;
    this.idColumn = idColumn;
    this.defaultSort = defaultSort;
  }

  /**
   * @param idColumn the id column that breaks ties, e.g. {@code c.id}
   * @param defaultKey the key used when none (or an unknown one) is asked for
   * @param defaultDescending whether the default order runs from the highest (latest) value
   * @param keysAndColumns pairs of key and SQL expression, e.g. {@code "date", "c.activity_date"}
   */
  public static Sorting of(String idColumn, String defaultKey, boolean defaultDescending, String... keysAndColumns) {
    if (keysAndColumns.length % 2 != 0) {
      throw new IllegalArgumentException("Give sort keys and their columns in pairs");
    }
    Map<String, String> columns = new LinkedHashMap<>();
    for (int i = 0; i < keysAndColumns.length; i += 2) {
      columns.put(keysAndColumns[i], keysAndColumns[i + 1]);
    }
    if (!columns.containsKey(defaultKey)) {
      throw new IllegalArgumentException("The default sort key '" + defaultKey + "' is not one of " + columns.keySet());
    }
    return new Sorting(Map.copyOf(columns), idColumn, new Sort(defaultKey, defaultDescending));
  }

  /** The sort a request asks for, if it is one of ours; otherwise the default. */
  public Sort resolve(String key, String direction) {
    if (key == null || !columns.containsKey(key)) {
      return defaultSort;
    }
    if ("desc".equals(direction)) {
      return new Sort(key, true);
    }
    if ("asc".equals(direction)) {
      return new Sort(key, false);
    }
    return key.equals(defaultSort.key()) ? defaultSort : new Sort(key, false);
  }

  public Sort defaultSort() {
    return defaultSort;
  }

  public Set<String> keys() {
    return columns.keySet();
  }

  /** {@code " order by <column> <dir>, <id> <dir>"} for a sort of this list (the default for any other). */
  public String orderBy(Sort sort) {
    Sort s = sort != null && columns.containsKey(sort.key()) ? sort : defaultSort;
    String dir = s.descending() ? " desc" : " asc";
    return " order by " + columns.get(s.key()) + dir + ", " + idColumn + dir;
  }

  /** A chosen sort: one of a list's keys and its direction. */
  public record Sort(String key, boolean descending) {

    public String direction() {
      return descending ? "desc" : "asc";
    }

    /** The value of {@code aria-sort} on the column header for the key. */
    public String ariaSort(String column) {
      return !key.equals(column) ? "none" : descending ? "descending" : "ascending";
    }
  }
}
