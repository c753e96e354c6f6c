package org.phasezero.payments;

import java.sql.Timestamp;
import java.time.Clock;
import org.phasezero.payments.internal.PaymentAccess;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Rows;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What becomes of a claim: a coordinator other than the one who submitted it approves it (charging it to the partnership's budget that
 * covers its date) and records its payment; the person may decline payment instead.
 *
 * <p>Every move is a conditional update on the claim's current status, so two coordinators acting
 * on the same claim at once cannot both succeed: the database lets one update match, and the other
 * finds the status already moved on and is told so. A claim is never approved or paid twice.
 *
 * <p>Separation of duties: whoever submitted a claim may not approve it, so that one account alone
 * cannot create and pay money out. A hub run by one person switches the rule off
 * ({@code phasezero.payments.separation-of-duties=false}); each approval of one's own claim is then
 * audited as {@code APPROVE_OWN_CLAIM}.
 */
@Service
public class ClaimDecisions {

  private final JdbcClient db;
  private final Claims claims;
  private final Budgets budgets;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final boolean separateDuties;

  ClaimDecisions(JdbcClient db, Claims claims, Budgets budgets, ApplicationEventPublisher events, Clock clock,
      @Value("${phasezero.payments.separation-of-duties:true}") boolean separateDuties) {
    this.db = db;
    this.claims = claims;
    this.budgets = budgets;
    this.events = events;
    this.clock = clock;
    this.separateDuties = separateDuties;
  }

  /** Whether the current user may approve this claim now: a coordinator, a submitted claim, and not their own (unless the rule is off). */
  public boolean mayApprove(Claim c) {
    CurrentUser u = CurrentUser.require();
    return u.isCoordinator() && c.status() == ClaimStatus.SUBMITTED && !c.voided()
        && !(separateDuties && u.username().equals(c.createdBy()));
  }

  /** Whether whoever submits a claim is kept from approving it ({@code phasezero.payments.separation-of-duties}). */
  public boolean separatesDuties() {
    return separateDuties;
  }

  @Transactional
  public Claim approve(long id) {
    CurrentUser u = CurrentUser.require();
    Claim before = claims.get(id);
    PaymentAccess.requireCoordinator(u, "approve a claim");
    requireStatus(before, ClaimStatus.SUBMITTED, "approved");
    boolean ownClaim = u.username().equals(before.createdBy());
    if (ownClaim && separateDuties) {
      throw new Conflict("You submitted this claim, so another coordinator approves it: one person alone does not "
          + "both ask for a payment and approve it.");
    }
    Long budget = before.partnershipId() == null ? null
        : budgets.chargeable(before.partnershipId(), before.activityDate()).orElse(null);
    int n = db.sql("""
            update payment_claim set status = ?, approved_at = ?, approved_by = ?, budget_id = ?, updated_at = ?,
              version = version + 1
            where id = ? and status = ? and voided_at is null""")
        .params(ClaimStatus.APPROVED.name(), Timestamp.from(clock.instant()), u.username(), budget,
            Timestamp.from(clock.instant()), id, ClaimStatus.SUBMITTED.name())
        .update();
    requireMoved(n, "approved");
    if (ownClaim) {
      events.publishEvent(new AuditedAction("APPROVE_OWN_CLAIM", "payment_claim", String.valueOf(id),
          "Claim " + id + " approved by the person who submitted it (separation of duties is switched off)",
          null, null));
    }
    return audited("APPROVE", before, "Claim " + id + " of £" + before.total() + " approved");
  }

  @Transactional
  public Claim pay(long id, PaymentForm f) {
    CurrentUser u = CurrentUser.require();
    Claim before = claims.get(id);
    PaymentAccess.requireCoordinator(u, "record a payment");
    requireStatus(before, ClaimStatus.APPROVED, "paid");
    // Paid on the day or afterwards (cash handed over at the meeting counts), never before what it pays for.
    if (f.getPaidOn() != null && before.activityDate() != null && f.getPaidOn().isBefore(before.activityDate())) {
      throw new Conflict("paidOn", "Enter a date on or after " + org.phasezero.shared.Dates.inWords(
          before.activityDate()) + ", the day of what the claim is for.");
    }
    int n = db.sql("""
            update payment_claim set status = ?, paid_on = ?, payment_method = ?, payment_reference = ?, updated_at = ?,
              version = version + 1
            where id = ? and status = ? and voided_at is null""")
        .params(ClaimStatus.PAID.name(), Rows.sqlDate(f.getPaidOn()), f.getMethod().name(),
            Rows.blankToNull(f.getReference()), Timestamp.from(clock.instant()), id, ClaimStatus.APPROVED.name())
        .update();
    requireMoved(n, "paid");
    return audited("PAY", before, "Claim " + id + " paid: £" + before.total() + " by "
        + f.getMethod().name().toLowerCase().replace('_', ' ') + " on " + f.getPaidOn());
  }

  /** The person declines payment (before it is paid); nothing stays charged to a budget. */
  @Transactional
  public Claim decline(long id, DeclineForm f) {
    Claim before = claims.get(id);
    if (before.voided()) {
      throw new Conflict("This claim was voided, so it cannot be declined.");
    }
    if (before.status() != ClaimStatus.SUBMITTED && before.status() != ClaimStatus.APPROVED) {
      throw new Conflict("This claim is already " + before.status().name().toLowerCase() + ", so it cannot be declined.");
    }
    int n = db.sql("""
            update payment_claim set status = ?, declined_on = ?, decline_reason = ?, benefits_advice_offered = ?,
              budget_id = null, updated_at = ?, version = version + 1
            where id = ? and version = ? and status in (?, ?) and voided_at is null""")
        .params(ClaimStatus.DECLINED.name(), Rows.sqlDate(f.getDeclinedOn()), f.getReason().name(),
            f.isOfferBenefitsAdvice(), Timestamp.from(clock.instant()), id, before.version(),
            ClaimStatus.SUBMITTED.name(), ClaimStatus.APPROVED.name())
        .update();
    requireMoved(n, "declined");
    return audited("DECLINE", before, "Claim " + id + " declined by the person ("
        + f.getReason().name().toLowerCase().replace('_', ' ') + ")"
        + (f.isOfferBenefitsAdvice() ? "; benefits advice to be offered" : ""));
  }

  private static void requireStatus(Claim c, ClaimStatus expected, String verb) {
    if (c.voided()) {
      throw new Conflict("This claim was voided, so it cannot be " + verb + ".");
    }
    if (c.status() != expected) {
      throw new Conflict("This claim is " + c.status().name().toLowerCase() + ", so it cannot be " + verb + ".");
    }
  }

  private static void requireMoved(int updated, String verb) {
    if (updated != 1) {
      throw new Conflict("Someone else acted on this claim at the same time, so it was not " + verb
          + " again. Reload it to see where it stands.");
    }
  }

  private Claim audited(String action, Claim before, String summary) {
    Claim after = claims.get(before.id());
    events.publishEvent(new AuditedAction(action, "payment_claim", String.valueOf(before.id()), summary, before, after));
    return after;
  }
}
