package org.phasezero.shared;

import java.time.LocalDate;

/**
 * The range of dates a person may enter anywhere in PhaseZero. Nothing the network records (a
 * meeting, a consent, a claim, a funding term) lies outside it, and years such as 0001 or +10000
 * are typing slips or probes that would otherwise reach reports and payment files.
 */
public final class PlausibleDates {

  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
  /** Said to API callers; pages say the same through the message bundle (typeMismatch.java.time.LocalDate). */
  public static final String MESSAGE = "Enter a real date between 1900-01-01 and 2100-12-31 (YYYY-MM-DD).";

  private PlausibleDates() {}

  public static boolean contains(LocalDate d) {
    return d == null || (!d.isBefore(EARLIEST) && !d.isAfter(LATEST));
  }

  /** The date, or an IllegalArgumentException saying what is allowed. */
  public static LocalDate require(LocalDate d) {
    if (!contains(d)) {
      throw new IllegalArgumentException(MESSAGE);
    }
    return d;
  }
}
