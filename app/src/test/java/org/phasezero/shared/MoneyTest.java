package org.phasezero.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0|£0.00", "4.8|£4.80", "1234.5|£1,234.50", "-394|\u2212£394.00", "-0.004|£0.00", "1000000|£1,000,000.00",
      "2.345|£2.35"})
  void poundsWithTheSignBeforeThePoundSign(String amount, String shown) {
    assertThat(Money.format(new BigDecimal(amount))).isEqualTo(shown);
  }
}
