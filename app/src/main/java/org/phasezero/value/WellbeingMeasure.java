package org.phasezero.value;

import java.math.BigDecimal;
import java.time.Instant;
import org.phasezero.analysis.wellbeing.WellbeingScale;

/**
 * What a partnership measures: one scale, answered at a baseline (time point 0) and follow-ups
 * (1, 2, …), and the change that counts as meaningful for one person, with its source.
 */
public record WellbeingMeasure(long id, long partnershipId, String partnershipName, String title,
    WellbeingScale scale, BigDecimal threshold, String thresholdSource, String createdBy, Instant createdAt,
    int version, Instant voidedAt, String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }
}
