package org.phasezero.value;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An indicator's value as entered. */
public class IndicatorForm {

  @NotNull(message = "{wellbeing.partnership.required}")
  private Long partnershipId;

  @NotBlank(message = "{indicator.name.required}")
  @Size(max = 200, message = "{field.tooLong}")
  private String name;

  @NotNull(message = "{sroi.periodFrom.required}")
  private LocalDate periodFrom;

  @NotNull(message = "{sroi.periodTo.required}")
  private LocalDate periodTo;

  @NotNull(message = "{indicator.amount.required}")
  @DecimalMin(value = "0", message = "{indicator.amount.range}")
  @Digits(integer = 12, fraction = 2, message = "{indicator.amount.range}")
  private BigDecimal amount;

  @NotBlank(message = "{indicator.unit.required}")
  @Size(max = 60, message = "{field.tooLong}")
  private String unit;

  @NotBlank(message = "{indicator.source.required}")
  @Size(max = 500, message = "{field.tooLong}")
  private String source;

  public Long getPartnershipId() { return partnershipId; }
  public void setPartnershipId(Long v) { partnershipId = v; }
  public String getName() { return name; }
  public void setName(String v) { name = v; }
  public LocalDate getPeriodFrom() { return periodFrom; }
  public void setPeriodFrom(LocalDate v) { periodFrom = v; }
  public LocalDate getPeriodTo() { return periodTo; }
  public void setPeriodTo(LocalDate v) { periodTo = v; }
  public BigDecimal getAmount() { return amount; }
  public void setAmount(BigDecimal v) { amount = v; }
  public String getUnit() { return unit; }
  public void setUnit(String v) { unit = v; }
  public String getSource() { return source; }
  public void setSource(String v) { source = v; }
}
