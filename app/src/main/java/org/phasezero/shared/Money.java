package org.phasezero.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Pounds as people read them: "£1,234.50", and a negative amount with the minus sign before the
 * pound sign, "−£394.00" (the typographic minus, as the GOV.UK and NHS.UK style guides write it).
 */
public final class Money {

  private Money() {}

  public static String format(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
    BigDecimal pence = amount.setScale(2, RoundingMode.HALF_UP);
    return (pence.signum() < 0 ? "\u2212£" : "£") + f.format(pence.abs());
  }
}
