package org.phasezero.payments;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A claim for taking part in a meeting: who, which meeting, how much time, and expenses. */
public class ClaimForm {

  /** Rows the page offers for expenses; the API takes any number up to {@link #MAX_EXPENSES}. */
  public static final int EXPENSE_ROWS = 3;
  public static final int MAX_EXPENSES = 20;

  @NotNull(message = "{claim.person.required}")
  private Long personId;

  @NotNull(message = "{claim.meeting.required}")
  private Long meetingId;

  @NotNull(message = "{claim.activity.required}")
  private Activity activity;

  @NotNull(message = "{claim.unit.required}")
  private RateUnit unit;

  @NotNull(message = "{claim.quantity.required}")
  @DecimalMin(value = "0.01", message = "{claim.quantity.positive}")
  @DecimalMax(value = "24", message = "{claim.quantity.tooMany}")
  @Digits(integer = 2, fraction = 2, message = "{claim.quantity.format}")
  private BigDecimal quantity;

  @Size(max = MAX_EXPENSES, message = "{claim.expenses.tooMany}")
  private List<@Valid ExpenseLine> expenses = new ArrayList<>();

  @Size(max = 1000, message = "{field.tooLong}")
  private String notes;

  /** Removes the rows of the page's form that were left empty. */
  public void dropBlankExpenses() {
    expenses.removeIf(e -> e == null || e.blank());
  }

  /** Pads the expenses with empty rows for the page's form. */
  public void padExpenses() {
    while (expenses.size() < EXPENSE_ROWS) {
      expenses.add(new ExpenseLine());
    }
  }

  public Long getPersonId() { return personId; }
  public void setPersonId(Long v) { personId = v; }
  public Long getMeetingId() { return meetingId; }
  public void setMeetingId(Long v) { meetingId = v; }
  public Activity getActivity() { return activity; }
  public void setActivity(Activity v) { activity = v; }
  public RateUnit getUnit() { return unit; }
  public void setUnit(RateUnit v) { unit = v; }
  public BigDecimal getQuantity() { return quantity; }
  public void setQuantity(BigDecimal v) { quantity = v; }
  public List<ExpenseLine> getExpenses() { return expenses; }
  public void setExpenses(List<ExpenseLine> v) { expenses = v == null ? new ArrayList<>() : new ArrayList<>(v); }
  public String getNotes() { return notes; }
  public void setNotes(String v) { notes = v; }
}
