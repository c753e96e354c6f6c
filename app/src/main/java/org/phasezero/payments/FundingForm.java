package org.phasezero.payments;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A funding record; leave the partnership empty for the network's core funding. */
public class FundingForm {

  @NotNull(message = "{funding.funder.required}")
  private Long funderId;

  private Long partnershipId;

  @NotNull(message = "{funding.amount.required}")
  @DecimalMin(value = "0.00", message = "{money.negative}")
  @Digits(integer = 10, fraction = 2, message = "{money.format}")
  private BigDecimal amount;

  @NotNull(message = "{funding.termFrom.required}")
  private LocalDate termFrom;

  @NotNull(message = "{funding.termTo.required}")
  private LocalDate termTo;

  private boolean restricted;

  private boolean independent;

  @Size(max = 500, message = "{field.tooLong}")
  private String description;

  public Long getFunderId() { return funderId; }
  public void setFunderId(Long v) { funderId = v; }
  public Long getPartnershipId() { return partnershipId; }
  public void setPartnershipId(Long v) { partnershipId = v; }
  public BigDecimal getAmount() { return amount; }
  public void setAmount(BigDecimal v) { amount = v; }
  public LocalDate getTermFrom() { return termFrom; }
  public void setTermFrom(LocalDate v) { termFrom = v; }
  public LocalDate getTermTo() { return termTo; }
  public void setTermTo(LocalDate v) { termTo = v; }
  public boolean isRestricted() { return restricted; }
  public void setRestricted(boolean v) { restricted = v; }
  public boolean isIndependent() { return independent; }
  public void setIndependent(boolean v) { independent = v; }
  public String getDescription() { return description; }
  public void setDescription(String v) { description = v; }
}
