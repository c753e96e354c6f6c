package org.phasezero.payments;

/**
 * Where a claim stands: submitted, approved by a coordinator, paid, or declined by the person
 * (payments can affect state benefits, so people may choose not to be paid).
 */
public enum ClaimStatus {
  SUBMITTED, APPROVED, PAID, DECLINED
}
