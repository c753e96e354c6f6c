package org.phasezero.value;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** An input entered by hand, with where its amount comes from. */
public class OtherInputForm {

  @NotBlank(message = "{sroi.input.description.required}")
  @Size(max = 300, message = "{field.tooLong}")
  private String description;

  @NotNull(message = "{sroi.input.amount.required}")
  @DecimalMin(value = "0.01", message = "{sroi.input.amount.range}")
  @Digits(integer = 12, fraction = 2, message = "{sroi.pennies}")
  private BigDecimal amount;

  @NotBlank(message = "{sroi.input.source.required}")
  @Size(max = 500, message = "{field.tooLong}")
  private String source;

  public String getDescription() { return description; }
  public void setDescription(String v) { description = v; }
  public BigDecimal getAmount() { return amount; }
  public void setAmount(BigDecimal v) { amount = v; }
  public String getSource() { return source; }
  public void setSource(String v) { source = v; }
}
