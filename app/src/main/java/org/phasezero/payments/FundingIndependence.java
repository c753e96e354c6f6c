package org.phasezero.payments;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The share of a partnership's live funding that comes from funders independent of the statutory
 * bodies: independent ÷ total (four places), and as a whole percentage for people to read. Both are
 * null when the partnership has no funding recorded: there is no share to speak of.
 */
public record FundingIndependence(long partnershipId, String partnershipName, BigDecimal total, BigDecimal independent,
    BigDecimal share, Integer percent) {

  static FundingIndependence of(long partnershipId, String name, BigDecimal total, BigDecimal independent) {
    if (total.signum() == 0) {
      return new FundingIndependence(partnershipId, name, total, independent, null, null);
    }
    BigDecimal share = independent.divide(total, 4, RoundingMode.HALF_UP);
    return new FundingIndependence(partnershipId, name, total, independent, share,
        share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue());
  }
}
