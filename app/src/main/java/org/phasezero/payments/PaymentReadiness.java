package org.phasezero.payments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.phasezero.partnerships.Partnership;
import org.phasezero.partnerships.ReadinessCheck;
import org.phasezero.partnerships.ReadinessEvidence;
import org.springframework.stereotype.Component;

/**
 * Payments' evidence of readiness for co-production: a payment and recognition policy (a rate card
 * in force today) and independent (non-statutory) funding in place for the partnership today.
 */
@Component
class PaymentReadiness implements ReadinessEvidence {

  private final Rates rates;
  private final FundingRecords funding;
  private final Clock clock;

  PaymentReadiness(Rates rates, FundingRecords funding, Clock clock) {
    this.rates = rates;
    this.funding = funding;
    this.clock = clock;
  }

  @Override
  public List<ReadinessCheck> check(Partnership partnership) {
    LocalDate today = LocalDate.now(clock);
    // Rates and funding are the coordinator's to record: only they are offered the form.
    boolean coordinator = org.phasezero.security.CurrentUser.require().isCoordinator();
    boolean policy = rates.anyValidOn(today);
    boolean independent = funding.independentInPlace(partnership.id(), today);
    Integer share = funding.independenceOf(partnership.id(), partnership.name()).percent();
    return List.of(
        new ReadinessCheck("payment-policy", "A payment and recognition policy", policy,
            policy ? "A rate card is in force, so people know what they are paid for their time."
                : "No payment rate is in force yet: people cannot know what their time will be paid.",
            policy || !coordinator ? null : "/payments/rates/new"),
        new ReadinessCheck("independent-funding", "Independent funding in place", independent,
            (independent ? "Funding independent of the statutory bodies covers today."
                : "No funding independent of the statutory bodies covers today.")
                + (share == null ? " No funding is recorded for this partnership."
                    : " " + share + "% of the partnership's recorded funding is independent.")
                // Money given as a resource is a contribution, not a grant with a term: say where grants go.
                + (independent ? "" : " Money given as a resource is not counted here: record a grant or contract,"
                    + " with its term, under Funding."),
            independent || !coordinator ? null : "/payments/funding/new?partnershipId=" + partnership.id()));
  }
}
