package org.phasezero.payments;

import org.phasezero.shared.Rows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.phasezero.payments.internal.PaymentAccess;
import org.phasezero.security.CurrentUser;
import org.phasezero.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Claim totals by status for a period: what statutory partners see instead of claims. For them a
 * count from 1 to the small-number threshold − 1, and the money it adds up to, are suppressed, so
 * that a payment to one person cannot be singled out. Site leads get the totals of their own
 * people's claims; coordinators the exact network totals.
 */
@Service
public class ClaimTotals {

  private final JdbcClient db;
  private final int threshold;

  ClaimTotals(JdbcClient db, @Value("${phasezero.privacy.small-number-threshold:5}") int threshold) {
    this.db = db;
    this.threshold = threshold;
  }

  /** One status's total: {@code count} and {@code amount} are null when suppressed. */
  public record Line(ClaimStatus status, Long count, BigDecimal amount, boolean suppressed) {}

  public record Totals(LocalDate from, LocalDate to, int threshold, List<Line> lines) {}

  public Totals between(LocalDate from, LocalDate to) {
    CurrentUser u = CurrentUser.require();
    if (u.is(Role.RESEARCHER) || u.is(Role.PEER_RESEARCHER)) {
      throw new org.phasezero.shared.Forbidden("Your role does not see payments.");
    }
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("Give a period with 'from' on or before 'to' (dates as 2025-04-01).");
    }
    PaymentAccess.Condition scope = u.is(Role.STATUTORY_PARTNER) ? new PaymentAccess.Condition("", List.of())
        : PaymentAccess.claimScope(u);
    List<Object> params = new ArrayList<>(List.of(Rows.sqlDate(from), Rows.sqlDate(to)));
    params.addAll(scope.params());
    Map<ClaimStatus, Line> byStatus = new EnumMap<>(ClaimStatus.class);
    for (ClaimStatus s : ClaimStatus.values()) {
      byStatus.put(s, new Line(s, 0L, BigDecimal.ZERO.setScale(2), false));
    }
    boolean suppress = u.is(Role.STATUTORY_PARTNER);
    db.sql("select c.status, count(*) n, sum(c.total) amount from payment_claim c where c.activity_date >= ?"
            + " and c.activity_date <= ? and c.voided_at is null" + scope.sql() + " group by c.status")
        .params(params)
        .query((rs, i) -> {
          ClaimStatus s = ClaimStatus.valueOf(rs.getString("status"));
          long n = rs.getLong("n");
          boolean hide = suppress && n > 0 && n < threshold;
          return byStatus.put(s, new Line(s, hide ? null : n, hide ? null : rs.getBigDecimal("amount").setScale(2), hide));
        })
        .list();
    return new Totals(from, to, threshold, List.copyOf(byStatus.values()));
  }
}
