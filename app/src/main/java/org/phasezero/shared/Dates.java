package org.phasezero.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The one way dates are written into text people read (summaries, provenance, prefilled sources): "10 November 2026". */
public final class Dates {

  private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private Dates() {}

  public static String inWords(LocalDate date) {
    return date.format(IN_WORDS);
  }
}
