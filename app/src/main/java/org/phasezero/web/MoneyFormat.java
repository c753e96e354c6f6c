package org.phasezero.web;

import java.math.BigDecimal;
import org.phasezero.shared.Money;
import org.springframework.stereotype.Component;

/** Templates write money as {@code ${@money.format(amount)}}: "£1,234.50", "−£394.00" (see {@link Money}). */
@Component("money")
public class MoneyFormat {

  public String format(BigDecimal amount) {
    return Money.format(amount);
  }

  /** A computed amount (a present value from the analysis library), rounded half up to the penny. */
  public String pounds(double amount) {
    return Money.format(java.math.BigDecimal.valueOf(amount));
  }
}
