package org.phasezero.payments;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A partnership's budget from one funder over a period. */
public class BudgetForm {

  @NotNull(message = "{budget.partnership.required}")
  private Long partnershipId;

  @NotNull(message = "{budget.funder.required}")
  private Long funderId;

  @NotNull(message = "{budget.amount.required}")
  @DecimalMin(value = "0.00", message = "{money.negative}")
  @Digits(integer = 10, fraction = 2, message = "{money.format}")
  private BigDecimal amount;

  @NotNull(message = "{budget.periodFrom.required}")
  private LocalDate periodFrom;

  @NotNull(message = "{budget.periodTo.required}")
  private LocalDate periodTo;

  @Size(max = 500, message = "{field.tooLong}")
  private String description;

  public Long getPartnershipId() { return partnershipId; }
  public void setPartnershipId(Long v) { partnershipId = v; }
  public Long getFunderId() { return funderId; }
  public void setFunderId(Long v) { funderId = v; }
  public BigDecimal getAmount() { return amount; }
  public void setAmount(BigDecimal v) { amount = v; }
  public LocalDate getPeriodFrom() { return periodFrom; }
  public void setPeriodFrom(LocalDate v) { periodFrom = v; }
  public LocalDate getPeriodTo() { return periodTo; }
  public void setPeriodTo(LocalDate v) { periodTo = v; }
  public String getDescription() { return description; }
  public void setDescription(String v) { description = v; }
}
