package org.phasezero.shared;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** Null-safe conversions between JDBC values and java.time. */
public final class Rows {

  private Rows() {}

  public static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  public static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  public static Long longOrNull(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  public static Integer intOrNull(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  /** Money and hours keep two decimal places, whatever the database hands back. */
  public static java.math.BigDecimal decimal(ResultSet rs, String column) throws SQLException {
    java.math.BigDecimal v = rs.getBigDecimal(column);
    return v == null ? null : v.setScale(2, java.math.RoundingMode.HALF_UP);
  }

  public static <E extends Enum<E>> E enumOrNull(ResultSet rs, String column, Class<E> type) throws SQLException {
    String v = rs.getString(column);
    return v == null ? null : Enum.valueOf(type, v);
  }

  public static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }

  public static Date sqlDate(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  public static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
