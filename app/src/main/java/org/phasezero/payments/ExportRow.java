package org.phasezero.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** One approved (or paid) claim as finance needs it, with its expenses summed by category. */
public record ExportRow(
    long claimId, long personId, String personName, long meetingId, String meetingTitle, LocalDate activityDate,
    Activity activity, RateUnit unit, BigDecimal quantity, BigDecimal rate, BigDecimal fee,
    Map<ExpenseCategory, BigDecimal> expenses, BigDecimal expensesTotal, BigDecimal total, ClaimStatus status,
    LocalDate approvedOn, LocalDate paidOn, PaymentMethod paymentMethod, String paymentReference, Long budgetId,
    String budgetName) {

  /** The column headings, in the order of {@link #cells()}. */
  public static java.util.List<String> headings() {
    java.util.List<String> h = new java.util.ArrayList<>(java.util.List.of("Claim", "Person id", "Person", "Meeting id",
        "Meeting", "Activity date", "Activity", "Unit", "Quantity", "Rate (£)", "Fee (£)"));
    for (ExpenseCategory c : ExpenseCategory.values()) {
      h.add(heading(c) + " (£)");
    }
    h.addAll(java.util.List.of("Expenses (£)", "Total (£)", "Status", "Approved on", "Paid on", "Payment method",
        "Payment reference", "Budget id", "Budget"));
    return h;
  }

  /**
   * The cells: numbers as BigDecimal or Long, dates as LocalDate, codes (activity, unit, status,
   * payment method) as their enums for the caller to write in words, the rest as text; null where empty.
   */
  public java.util.List<Object> cells() {
    java.util.List<Object> c = new java.util.ArrayList<>(java.util.Arrays.asList(claimId, personId, personName, meetingId,
        meetingTitle, activityDate, activity, unit, quantity, rate, fee));
    for (ExpenseCategory cat : ExpenseCategory.values()) {
      c.add(expenses.getOrDefault(cat, BigDecimal.ZERO.setScale(2)));
    }
    c.addAll(java.util.Arrays.asList(expensesTotal, total, status, approvedOn, paidOn, paymentMethod, paymentReference,
        budgetId, budgetName));
    return c;
  }

  static String heading(ExpenseCategory c) {
    String s = c.name().toLowerCase().replace('_', ' ');
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
