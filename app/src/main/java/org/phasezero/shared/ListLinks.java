package org.phasezero.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The links of one list page that keep what the user asked for: its filters and its sort go with
 * every page link, every column-sort link and the export links, so that moving to page 2 or
 * downloading the list never silently drops a filter. Filters without a value are left out of the
 * links; the default sort and the first page are left out too, so addresses stay short.
 */
public final class ListLinks {

  private final String path;
  private final Map<String, String> filters;
  private final Sorting sorting;
  private final Sorting.Sort sort;
  private final String exportPath;

  private ListLinks(String path, Map<String, String> filters, Sorting sorting, Sorting.Sort sort, String exportPath) {
    this.path = path;
    this.filters = filters;
    this.sorting = sorting;
    this.sort = sort;
    this.exportPath = exportPath;
  }

  /**
   * @param path the list's address, e.g. {@code /payments}
   * @param sorting the list's sortable columns
   * @param sort the sort in force
   * @param namesAndValues pairs of query parameter name and the filter's current value (null when not set)
   */
  public static ListLinks of(String path, Sorting sorting, Sorting.Sort sort, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("Give filter names and values in pairs");
    }
    Map<String, String> filters = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String value = text(namesAndValues[i + 1]);
      if (value != null) {
        filters.put((String) namesAndValues[i], value);
      }
    }
    return new ListLinks(path, Collections.unmodifiableMap(filters), sorting, sort == null ? sorting.defaultSort() : sort,
        path + "/export");
  }

  /** The same links, with downloads from another address than the list's own plus {@code /export}. */
  public ListLinks exportingTo(String exportPath) {
    return new ListLinks(path, filters, sorting, sort, exportPath);
  }

  /** The address of a page (0-based) of this list with the same filters and sort. */
  public String page(int page) {
    Query q = withFilters();
    withSort(q, sort);
    if (page > 0) {
      q.add("page", String.valueOf(page));
    }
    return q.after(path);
  }

  /** The address of the list sorted by a column: the other way round if it is already sorted by it. */
  public String sortBy(String key) {
    Sorting.Sort next = key.equals(sort.key())
        ? new Sorting.Sort(key, !sort.descending())
        : sorting.resolve(key, null);
    Query q = withFilters();
    withSort(q, next);
    return q.after(path);
  }

  /** {@code ascending}, {@code descending} or {@code none}, for the column's {@code aria-sort}. */
  public String ariaSort(String key) {
    return sort.ariaSort(key);
  }

  /** The address of this list, filtered and sorted as it is, as a download in the format (csv or xlsx). */
  public String export(String format) {
    Query q = withFilters();
    withSort(q, sort);
    q.add("format", format);
    return q.after(exportPath);
  }

  /** The filters in force, by query parameter name, in the order the list declares them. */
  public Map<String, String> filters() {
    return filters;
  }

  public Sorting.Sort sort() {
    return sort;
  }

  /** Whether the list is sorted other than by default (a filter form then carries the sort along). */
  public boolean sortChosen() {
    return !sort.equals(sorting.defaultSort());
  }

  /** The filters and sort in plain words for the audit trail, e.g. {@code status=PAID, sort=person asc}. */
  public String describe() {
    StringBuilder s = new StringBuilder();
    filters.forEach((k, v) -> s.append(s.isEmpty() ? "" : ", ").append(k).append('=').append(v));
    s.append(s.isEmpty() ? "" : ", ").append("sort=").append(sort.key()).append(' ').append(sort.direction());
    return s.toString();
  }

  private Query withFilters() {
    Query q = new Query();
    filters.forEach(q::add);
    return q;
  }

  private void withSort(Query q, Sorting.Sort s) {
    if (!s.equals(sorting.defaultSort())) {
      q.add("sort", s.key());
      q.add("dir", s.direction());
    }
  }

  /** A query string; every name and value is form-encoded, so a typed value cannot break out of it. */
  private static final class Query {
    private final StringBuilder text = new StringBuilder();

    void add(String name, String value) {
      text.append(text.isEmpty() ? "" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
          .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    String after(String path) {
      return text.isEmpty() ? path : path + "?" + text;
    }
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    String s = value.toString().strip();
    return s.isEmpty() ? null : s;
  }
}
