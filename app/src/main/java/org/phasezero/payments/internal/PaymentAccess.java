package org.phasezero.payments.internal;

import java.util.List;
import org.phasezero.network.PersonReferences;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.SqlWhere;

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

  private PaymentAccess() {}

  public static void requireCoordinator(CurrentUser u, String what) {
    if (!u.isCoordinator()) {
      throw new Forbidden("Only a coordinator can " + what + ".");
    }
  }

  /** Claims are individual payments: coordinators and site leads only. */
  public static void requireClaimAccess(CurrentUser u) {
    if (!u.worksWithPeople()) {
      throw new Forbidden("Your role sees payment totals only, not individual claims.");
    }
  }

  /** Funding and budgets are organisational figures: everyone but researchers. */
  public static void requireFundingAccess(CurrentUser u) {
    if (u.seesPseudonymsOnly()) {
      throw new Forbidden("Your role does not see budgets and funding.");
    }
  }

  /** The condition on {@code payment_claim c} (with its parameters) for the user's scope; empty for everything. */
  public static Condition claimScope(CurrentUser u) {
    requireClaimAccess(u);
    return people(u, "c.person_id");
  }

  /** The same scope as a condition on {@code person p}, for choosing whom a claim is for. */
  public static Condition personScope(CurrentUser u) {
    requireClaimAccess(u);
    return people(u, "p.id");
  }

  /** Claims are about people: whose claims a user sees is the network's rule on whom they see. */
  private static Condition people(CurrentUser u, String personIdColumn) {
    SqlWhere visible = PersonReferences.visibleOn(u, personIdColumn);
    return new Condition(visible.conditions(), visible.params());
  }

  /** A SQL fragment starting with " and ", and its parameters. */
  public record Condition(String sql, List<Object> params) {}
}
