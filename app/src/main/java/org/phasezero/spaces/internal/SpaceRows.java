package org.phasezero.spaces.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** Null-safe conversions between JDBC values and java.time for the spaces tables. */
public final class SpaceRows {

  private SpaceRows() {}

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
