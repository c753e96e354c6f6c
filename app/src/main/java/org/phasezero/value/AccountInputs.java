package org.phasezero.value;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an account's activity cost, line by line from the ledger, and what it delivered (outputs).
 *
 * <p>Money is counted once. Funding is what funders put in; involvement payments and resources
 * given as funding are usually spent from it, so they are listed but not added again when they came
 * from a funder whose funding is counted:
 * <ul>
 *   <li>funding of the partnership whose term overlaps the period, pro rata by days (a three-year
 *       grant counts one third in a one-year account);</li>
 *   <li>paid involvement claims for activity in the period, added unless charged to a budget of a
 *       funder whose funding is counted;</li>
 *   <li>resources given in money in the period, added unless they are funding from such a
 *       funder;</li>
 *   <li>hours given in the period, valued at the account's hourly rate;</li>
 *   <li>inputs entered by hand, each with its source.</li>
 * </ul>
 *
 * @param lines every line, those not added included (with {@code counted} false)
 * @param total the sum of the counted lines: the account's inputs
 * @param outputs what the activity delivered in the period
 */
public record AccountInputs(List<Line> lines, BigDecimal total, Outputs outputs) {

  /** Where a line comes from. */
  public enum Source { FUNDING, INVOLVEMENT_PAYMENTS, RESOURCE_MONEY, RESOURCE_HOURS, OTHER }

  /**
   * One line of inputs.
   *
   * @param count how many records the line sums (claims), 1 otherwise
   * @param label what the record is called: the funder, the giver, the description
   * @param amount the £ counted, or that would be counted
   * @param whole for funding counted pro rata, the whole grant; otherwise null
   * @param hours for hours given, how many
   * @param counted whether the amount is added to the total
   * @param href the page of the record(s) the line comes from
   */
  public record Line(Source source, long count, String label, LocalDate date, BigDecimal amount,
      BigDecimal whole, BigDecimal hours, boolean counted, String href) {}

  /**
   * What the activity delivered in the period, as recorded.
   *
   * @param meetings meetings held in the partnership's spaces
   * @param attendances attendances at them
   * @param people different people who attended
   * @param paidClaims involvement claims paid for activity in the period
   */
  public record Outputs(long meetings, long attendances, long people, long paidClaims) {}

  /** The counted lines of one source. */
  public BigDecimal total(Source source) {
    return lines.stream().filter(l -> l.counted() && l.source() == source).map(Line::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
