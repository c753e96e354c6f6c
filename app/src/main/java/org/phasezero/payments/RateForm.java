package org.phasezero.payments;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A new rate: a rate changes by adding a new one from a later date, so that past claims keep theirs. */
public class RateForm {

  @NotNull(message = "{rate.activity.required}")
  private Activity activity;

  @NotNull(message = "{rate.unit.required}")
  private RateUnit unit;

  @NotNull(message = "{rate.amount.required}")
  @DecimalMin(value = "0.00", message = "{money.negative}")
  @Digits(integer = 8, fraction = 2, message = "{money.format}")
  private BigDecimal amount;

  @NotNull(message = "{rate.validFrom.required}")
  private LocalDate validFrom;

  @NotBlank(message = "{rate.source.required}")
  @Size(max = 300, message = "{field.tooLong}")
  private String source;

  public Activity getActivity() { return activity; }
  public void setActivity(Activity v) { activity = v; }
  public RateUnit getUnit() { return unit; }
  public void setUnit(RateUnit v) { unit = v; }
  public BigDecimal getAmount() { return amount; }
  public void setAmount(BigDecimal v) { amount = v; }
  public LocalDate getValidFrom() { return validFrom; }
  public void setValidFrom(LocalDate v) { validFrom = v; }
  public String getSource() { return source; }
  public void setSource(String v) { source = v; }
}
