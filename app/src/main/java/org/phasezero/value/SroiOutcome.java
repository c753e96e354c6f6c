package org.phasezero.value;

import java.math.BigDecimal;
import java.math.MathContext;
import org.phasezero.analysis.value.Outcome;

/**
 * One outcome of one stakeholder in an account, as recorded: the proxy as published (value, year,
 * source, licence) with the factor that uprates it to the account's prices, and the four shares as
 * fractions between 0 and 1. With {@code measureId}, the quantity is measured: the people with a
 * meaningful improvement on that wellbeing measure, read when the account is valued. With
 * {@code valueGameOutcomeId}, the proxy was derived from stakeholders' placements in a value game.
 */
public record SroiOutcome(long id, long accountId, String stakeholder, String name, String indicator,
    BigDecimal quantity, String quantitySource, BigDecimal proxyValue, String proxyDescription,
    String proxySource, String proxyLicence, int proxyYear, BigDecimal uprating, ProxyOrigin proxyOrigin,
    int duration, BigDecimal deadweight, BigDecimal displacement, BigDecimal attribution,
    BigDecimal dropOff, Long measureId, Long valueGameOutcomeId, int version) {

  /** The proxy in the account's prices: the published value × the uprating factor. */
  public BigDecimal financialProxy() {
    return proxyValue.multiply(uprating, MathContext.DECIMAL64);
  }

  /** The outcome as the analysis library values it, with the quantity as recorded. */
  public Outcome toModel() {
    return toModel(quantity);
  }

  /** The outcome as the analysis library values it, with a measured quantity. */
  public Outcome toModel(BigDecimal quantity) {
    String source = proxySource + (proxyYear > 0 ? " (" + proxyYear + ")" : "");
    return new Outcome(name, quantity.doubleValue(), financialProxy().doubleValue(), source,
        proxyLicence, duration, deadweight.doubleValue(), displacement.doubleValue(),
        attribution.doubleValue(), dropOff.doubleValue());
  }
}
