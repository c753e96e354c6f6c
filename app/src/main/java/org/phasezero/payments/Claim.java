package org.phasezero.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A claim for taking part in a meeting: the time fee (quantity × the rate valid on the meeting's
 * date, kept on the claim), expenses, receipts, and what became of it.
 */
public record Claim(
    long id, long personId, String personName, long meetingId, Long partnershipId, LocalDate activityDate,
    Activity activity, RateUnit unit, BigDecimal quantity, long rateId, BigDecimal rateAmount, BigDecimal fee,
    BigDecimal expensesTotal, BigDecimal total, ClaimStatus status, String notes, Long budgetId,
    Instant approvedAt, String approvedBy, LocalDate paidOn, PaymentMethod paymentMethod, String paymentReference,
    LocalDate declinedOn, DeclineReason declineReason, boolean benefitsAdviceOffered,
    List<Expense> expenses, List<Receipt> receipts,
    String createdBy, Instant createdAt, int version, Instant voidedAt, String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }

  /** One expense on a claim. */
  public record Expense(long id, ExpenseCategory category, BigDecimal amount, String description) {}

  /** A receipt's description; its content is fetched separately. */
  public record Receipt(long id, String fileName, String contentType, int sizeBytes, Instant uploadedAt) {}

  Claim with(List<Expense> e, List<Receipt> r) {
    return new Claim(id, personId, personName, meetingId, partnershipId, activityDate, activity, unit, quantity, rateId,
        rateAmount, fee, expensesTotal, total, status, notes, budgetId, approvedAt, approvedBy, paidOn, paymentMethod,
        paymentReference, declinedOn, declineReason, benefitsAdviceOffered, e, r, createdBy, createdAt, version,
        voidedAt, voidReason);
  }
}
