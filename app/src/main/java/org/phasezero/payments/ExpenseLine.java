package org.phasezero.payments;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One expense as entered on a claim. */
public class ExpenseLine {

  @NotNull(message = "{expense.category.required}")
  private ExpenseCategory category;

  @NotNull(message = "{expense.amount.required}")
  @DecimalMin(value = "0.01", message = "{expense.amount.positive}")
  @Digits(integer = 8, fraction = 2, message = "{money.format}")
  private BigDecimal amount;

  @Size(max = 300, message = "{field.tooLong}")
  private String description;

  public ExpenseLine() {}

  public ExpenseLine(ExpenseCategory category, BigDecimal amount, String description) {
    this.category = category;
    this.amount = amount;
    this.description = description;
  }

  /** A row of the page's form left empty. */
  boolean blank() {
    return category == null && amount == null && (description == null || description.isBlank());
  }

  public ExpenseCategory getCategory() { return category; }
  public void setCategory(ExpenseCategory v) { category = v; }
  public BigDecimal getAmount() { return amount; }
  public void setAmount(BigDecimal v) { amount = v; }
  public String getDescription() { return description; }
  public void setDescription(String v) { description = v; }
}
