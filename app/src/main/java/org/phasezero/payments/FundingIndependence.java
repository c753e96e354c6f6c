package org.phasezero.payments;

import java.math.BigDecimal;

/**
 * The share of a partnership's live funding that comes from funders independent of the statutory
 * bodies: independent ÷ total, or null when the partnership has no funding recorded (no share to speak of).
 */
public record FundingIndependence(long partnershipId, String partnershipName, BigDecimal total, BigDecimal independent,
    BigDecimal share) {

  static FundingIndependence of(long partnershipId, String name, BigDecimal total, BigDecimal independent) {
    BigDecimal share = total.signum() == 0 ? null
        : independent.divide(total, 4, java.math.RoundingMode.HALF_UP);
    return new FundingIndependence(partnershipId, name, total, independent, share);
  }

  /** The share as a whole percentage for people to read, or null. */
  public Integer percent() {
    return share == null ? null : share.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).intValue();
  }
}
