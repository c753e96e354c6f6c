package org.phasezero.value;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An SROI account: the impact map of one partnership (or of the whole network when
 * {@code partnershipId} is null) over a period, with the conventions that value it.
 *
 * @param hourRate £ per hour at which in-kind hours given are valued
 * @param discountRate one flat yearly rate, or null for the HM Treasury Green Book schedule
 * @param discountEdition the edition of the rates used, recorded with every report
 * @param discountYearOne whether year 1 is discounted (the Green Book's way) or taken as the present
 */
public record SroiAccount(long id, Long partnershipId, String partnershipName, String title,
    LocalDate periodFrom, LocalDate periodTo, BigDecimal hourRate, BigDecimal discountRate,
    String discountEdition, boolean discountYearOne, String notes, String createdBy,
    Instant createdAt, Instant updatedAt, int version, Instant voidedAt, String voidReason) {

  /** What the Green Book edition is called when an account uses its schedule. */
  public static final String GREEN_BOOK = "HM Treasury Green Book (2022), Annex A6";

  public boolean voided() {
    return voidedAt != null;
  }

  /** Whether the account uses the Green Book's declining schedule rather than one flat rate. */
  public boolean greenBook() {
    return discountRate == null;
  }
}
