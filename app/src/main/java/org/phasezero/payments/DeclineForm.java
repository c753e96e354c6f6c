package org.phasezero.payments;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
 * A person's choice not to be paid, e.g. because payment could affect their state benefits: recorded
 * with the reason and whether they should be offered benefits advice.
 */
public class DeclineForm {

  @NotNull(message = "{decline.reason.required}")
  private DeclineReason reason;

  @NotNull(message = "{decline.declinedOn.required}")
  @PastOrPresent(message = "{date.future}")
  private LocalDate declinedOn;

  private boolean offerBenefitsAdvice;

  public DeclineReason getReason() { return reason; }
  public void setReason(DeclineReason v) { reason = v; }
  public LocalDate getDeclinedOn() { return declinedOn; }
  public void setDeclinedOn(LocalDate v) { declinedOn = v; }
  public boolean isOfferBenefitsAdvice() { return offerBenefitsAdvice; }
  public void setOfferBenefitsAdvice(boolean v) { offerBenefitsAdvice = v; }
}
