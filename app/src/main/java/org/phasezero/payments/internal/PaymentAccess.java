package org.phasezero.payments.internal;

import java.util.List;
import org.phasezero.security.CurrentUser;
import org.phasezero.security.Role;
import org.phasezero.shared.Forbidden;

/**
 * Who may do what with payments. Checked in the services, so pages, the API and exports obey the
 * same rules.
 *
 * <ul>
 *   <li>coordinator: everything; the only role that maintains rates, budgets and funding, approves,
 *       pays and exports for finance;
 *   <li>site lead: claims for the people of their own organisation (others answer 404);
 *   <li>statutory partner: totals only, small numbers suppressed; budgets and funding;
 *   <li>researchers: rates only (the payment policy is public within the network).
 * </ul>
 */
public final class PaymentAccess {

  /** Limits {@code payment_claim c} to claims of people with a live membership of the organisation. */
  private static final String OWN_PEOPLE = "exists (select 1 from membership m where m.person_id = c.person_id"
      + " and m.organisation_id = ? and m.voided_at is null)";

  private PaymentAccess() {}

  public static void requireCoordinator(CurrentUser u, String what) {
    if (!u.is(Role.COORDINATOR)) {
      throw new Forbidden("Only a coordinator can " + what + ".");
    }
  }

  /** Claims are individual payments: coordinators and site leads only. */
  public static void requireClaimAccess(CurrentUser u) {
    if (!u.is(Role.COORDINATOR) && !u.is(Role.SITE_LEAD)) {
      throw new Forbidden("Your role sees payment totals only, not individual claims.");
    }
  }

  /** Funding and budgets are organisational figures: everyone but researchers. */
  public static void requireFundingAccess(CurrentUser u) {
    if (u.is(Role.RESEARCHER) || u.is(Role.PEER_RESEARCHER)) {
      throw new Forbidden("Your role does not see budgets and funding.");
    }
  }

  /** The condition on {@code payment_claim c} (with its parameters) for the user's scope; empty for everything. */
  public static Condition claimScope(CurrentUser u) {
    requireClaimAccess(u);
    return u.is(Role.SITE_LEAD) ? new Condition(" and " + OWN_PEOPLE, List.of(u.organisationId()))
        : new Condition("", List.of());
  }

  /** The same scope as a condition on {@code person p}, for choosing whom a claim is for. */
  public static Condition personScope(CurrentUser u) {
    requireClaimAccess(u);
    return u.is(Role.SITE_LEAD)
        ? new Condition(" and " + OWN_PEOPLE.replace("c.person_id", "p.id"), List.of(u.organisationId()))
        : new Condition("", List.of());
  }

  /** A SQL fragment starting with " and ", and its parameters. */
  public record Condition(String sql, List<Object> params) {}
}
