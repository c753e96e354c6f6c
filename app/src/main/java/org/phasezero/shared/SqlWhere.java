package org.phasezero.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds a WHERE clause from optional filters. Conditions are added only for the filters given,
 * so the SQL never compares a typed column with an untyped null (which PostgreSQL rejects).
 */
public final class SqlWhere {

  private final StringBuilder sql = new StringBuilder(" where 1 = 1");
  private final List<Object> params = new ArrayList<>();

  public SqlWhere and(String condition, Object... values) {
    sql.append(" and ").append(condition);
    params.addAll(List.of(values));
    return this;
  }

  /** Adds the condition only when the value is present (not null, not blank). */
  public SqlWhere andIf(Object value, String condition) {
    if (value instanceof String s ? !s.isBlank() : value != null) {
      and(condition, value instanceof Enum<?> e ? e.name() : value);
    }
    return this;
  }

  /**
   * Case-insensitive match of every word typed in a lower-cased key column, in any order: "abena
   * ibrahim" finds "Ibrahim, Abena" as well as "Abena Ibrahim". At most {@link #MAX_WORDS} words count.
   */
  public SqlWhere contains(String keyColumn, String text) {
    for (String word : words(text)) {
      and(keyColumn + " like ?", "%" + escape(word) + "%");
    }
    return this;
  }

  /** The same as {@link #contains} over several columns: each word must be in one of them. */
  public SqlWhere containsInAny(String text, String... keyColumns) {
    for (String word : words(text)) {
      String pattern = "%" + escape(word) + "%";
      StringBuilder any = new StringBuilder("(");
      Object[] values = new Object[keyColumns.length];
      for (int i = 0; i < keyColumns.length; i++) {
        any.append(i == 0 ? "" : " or ").append(keyColumns[i]).append(" like ?");
        values[i] = pattern;
      }
      and(any.append(')').toString(), values);
    }
    return this;
  }

  public static final int MAX_WORDS = 8;

  /** The distinct lower-case words of a search, split on white space and commas. */
  static List<String> words(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(text.strip().toLowerCase(Locale.ROOT).split("[\\s,]+"))
        .filter(w -> !w.isEmpty()).distinct().limit(MAX_WORDS).toList();
  }

  public SqlWhere notVoided(String alias, boolean includeVoided) {
    return includeVoided ? this : and(alias + "voided_at is null");
  }

  /** The conditions alone (" and …", or "" for none), to append to a WHERE clause built elsewhere. */
  public String conditions() {
    return sql.substring(" where 1 = 1".length());
  }

  public String sql() {
    return sql.toString();
  }

  public List<Object> params() {
    return List.copyOf(params);
  }

  public List<Object> paramsWith(Object... more) {
    List<Object> all = new ArrayList<>(params);
    all.addAll(List.of(more));
    return all;
  }

  /** LIKE wildcards typed by a user are matched literally (both databases default to '\' as escape). */
  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
