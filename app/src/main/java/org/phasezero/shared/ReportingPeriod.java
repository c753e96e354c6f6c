package org.phasezero.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole reporting period: a calendar month, a calendar quarter (January to March, April to June,
 * July to September, October to December) or a UK financial year (1 April to 31 March). Statutory
 * partners may ask for aggregates over these only: with free dates, two windows a day apart differ by
 * one day's records, and small numbers come back by subtraction. Every period is a whole number of
 * months, so {@link SmallNumbers#across} can make a longer one from the months in it.
 *
 * <p>Written as {@code 2025-04} (April 2025), {@code 2025-Q2} (April to June 2025) and
 * {@code FY2025-26} (1 April 2025 to 31 March 2026).
 */
public record ReportingPeriod(Kind kind, LocalDate from, LocalDate to) {

  public enum Kind { MONTH, QUARTER, FINANCIAL_YEAR }

  /** What is allowed, for the message that refuses anything else. */
  public static final String ALLOWED = "Statutory partners see totals for whole reporting periods only: a calendar"
      + " month (period=2025-04, or from=2025-04-01&to=2025-04-30), a quarter (period=2025-Q2 for April to June),"
      + " or a financial year from 1 April to 31 March (period=FY2025-26).";

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern FINANCIAL_YEAR = Pattern.compile("FY(\\d{4})-(\\d{2})");

  public static ReportingPeriod month(YearMonth m) {
    return new ReportingPeriod(Kind.MONTH, m.atDay(1), m.atEndOfMonth());
  }

  /** Quarter 1 to 4 of the calendar year. */
  public static ReportingPeriod quarter(int year, int quarter) {
    YearMonth first = YearMonth.of(year, 3 * quarter - 2);
    return new ReportingPeriod(Kind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
  }

  /** The financial year that starts on 1 April of the given year. */
  public static ReportingPeriod financialYear(int startYear) {
    return new ReportingPeriod(Kind.FINANCIAL_YEAR, LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31));
  }

  /** Reads {@code 2025-04}, {@code 2025-Q2} or {@code FY2025-26}; anything else is refused with {@link #ALLOWED}. */
  public static ReportingPeriod parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
    Matcher m = MONTH.matcher(t);
    if (m.matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
      return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }
    m = QUARTER.matcher(t);
    if (m.matches()) {
      return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    m = FINANCIAL_YEAR.matcher(t);
    if (m.matches() && (Integer.parseInt(m.group(1)) + 1) % 100 == Integer.parseInt(m.group(2))) {
      return financialYear(Integer.parseInt(m.group(1)));
    }
    throw new IllegalArgumentException("'" + text + "' is not a reporting period. " + ALLOWED);
  }

  /** The reporting period that runs exactly from {@code from} to {@code to}, if there is one. */
  public static Optional<ReportingPeriod> exactly(LocalDate from, LocalDate to) {
    if (from == null || to == null || from.getDayOfMonth() != 1) {
      return Optional.empty();
    }
    YearMonth first = YearMonth.from(from);
    List<ReportingPeriod> candidates = new ArrayList<>(List.of(month(first)));
    if ((first.getMonthValue() - 1) % 3 == 0) {
      candidates.add(quarter(first.getYear(), (first.getMonthValue() + 2) / 3));
    }
    if (first.getMonthValue() == 4) {
      candidates.add(financialYear(first.getYear()));
    }
    return candidates.stream().filter(p -> p.to().equals(to)).findFirst();
  }

  /** The calendar months the period is made of, in order. */
  public List<ReportingPeriod> months() {
    List<ReportingPeriod> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to); m = m.plusMonths(1)) {
      months.add(month(m));
    }
    return months;
  }

  /** How it is written in a request: {@code 2025-04}, {@code 2025-Q2}, {@code FY2025-26}. */
  public String code() {
    return switch (kind) {
      case MONTH -> YearMonth.from(from).toString();
      case QUARTER -> from.getYear() + "-Q" + ((from.getMonthValue() + 2) / 3);
      case FINANCIAL_YEAR -> String.format("FY%d-%02d", from.getYear(), (from.getYear() + 1) % 100);
    };
  }

  /**
   * The periods to offer on a form, newest first: the financial years, quarters and months that have
   * started by {@code today}, going back {@code years} financial years.
   */
  public static List<ReportingPeriod> offered(LocalDate today, int years) {
    int thisYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    LocalDate earliest = LocalDate.of(thisYear - years + 1, 4, 1);
    List<ReportingPeriod> out = new ArrayList<>();
    for (int y = thisYear; y > thisYear - years; y--) {
      out.add(financialYear(y));
    }
    for (YearMonth m = YearMonth.from(today); !m.atDay(1).isBefore(earliest); m = m.minusMonths(1)) {
      if ((m.getMonthValue() - 1) % 3 == 0 || m.equals(YearMonth.from(today))) {
        out.add(quarter(m.getYear(), (m.getMonthValue() + 2) / 3));
      }
    }
    for (YearMonth m = YearMonth.from(today); !m.atDay(1).isBefore(earliest); m = m.minusMonths(1)) {
      out.add(month(m));
    }
    return out.stream().distinct().toList();
  }
}
