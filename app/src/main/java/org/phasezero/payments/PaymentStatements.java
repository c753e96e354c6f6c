package org.phasezero.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.phasezero.payments.internal.PaymentAccess;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Page;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A person's own statement of what they were paid in a period, and what they chose not to be paid,
 * for their records and their benefits adviser. Seen by whoever may see the person's claims; every
 * statement produced is audited as an export.
 */
@Service
public class PaymentStatements {

  private final Claims claims;
  private final ApplicationEventPublisher events;

  PaymentStatements(Claims claims, ApplicationEventPublisher events) {
    this.claims = claims;
    this.events = events;
  }

  public record Statement(long personId, String personName, LocalDate from, LocalDate to, List<Claim> paid,
      List<Claim> declined, BigDecimal totalPaid, BigDecimal feesPaid, BigDecimal expensesPaid) {

    public static List<String> headings() {
      return List.of("Claim", "Activity date", "Activity", "Fee (£)", "Expenses (£)", "Total (£)", "Status",
          "Paid on", "Payment method", "Declined because");
    }

    public List<List<Object>> rows() {
      List<List<Object>> rows = new ArrayList<>();
      for (Claim c : paid) {
        rows.add(java.util.Arrays.asList(c.id(), c.activityDate(), c.activity().name(), c.fee(), c.expensesTotal(),
            c.total(), c.status().name(), c.paidOn(), c.paymentMethod().name(), null));
      }
      for (Claim c : declined) {
        rows.add(java.util.Arrays.asList(c.id(), c.activityDate(), c.activity().name(), c.fee(), c.expensesTotal(),
            c.total(), c.status().name(), null, null, c.declineReason().name()));
      }
      return rows;
    }
  }

  public Statement of(long personId, LocalDate from, LocalDate to, String format) {
    PaymentAccess.requireClaimAccess(CurrentUser.require());
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("Give a period with 'from' on or before 'to' (dates as 2025-04-01).");
    }
    String name = claims.claimants().stream().filter(e -> e.getKey() == personId).map(java.util.Map.Entry::getValue)
        .findFirst().orElseThrow(() -> new NotFound("person", personId));
    List<Claim> all = new ArrayList<>();
    Page<Claim> page;
    int n = 0;
    do {
      page = claims.search(new Claims.Query(null, personId, from, to, false), new Page.Request(n++, Page.MAX_SIZE));
      all.addAll(page.items());
    } while (page.hasNext());
    List<Claim> paid = all.stream().filter(c -> c.status() == ClaimStatus.PAID)
        .sorted(java.util.Comparator.comparing(Claim::activityDate).thenComparing(Claim::id)).toList();
    List<Claim> declined = all.stream().filter(c -> c.status() == ClaimStatus.DECLINED)
        .sorted(java.util.Comparator.comparing(Claim::activityDate).thenComparing(Claim::id)).toList();
    BigDecimal fees = paid.stream().map(Claim::fee).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    BigDecimal expenses = paid.stream().map(Claim::expensesTotal).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    events.publishEvent(new AuditedAction("EXPORT", "person", String.valueOf(personId), "Payment statement of "
        + name + " from " + from + " to " + to + " produced (" + format + ")", null, null));
    return new Statement(personId, name, from, to, paid, declined, fees.add(expenses), fees, expenses);
  }
}
