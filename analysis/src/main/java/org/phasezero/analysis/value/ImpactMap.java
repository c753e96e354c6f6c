package org.phasezero.analysis.value;

import java.util.List;
import java.util.Objects;

/**
 * An SROI model: who benefits, how each outcome is valued, what the activity cost, and how the
 * future is discounted.
 *
 * @param inputs total value of the inputs (money and in-kind), greater than 0
 * @param stakeholders at least one stakeholder
 * @param discount the discount schedule (default {@link DiscountSchedule#GREEN_BOOK})
 * @param discountYearOne whether year 1 is discounted (default true)
 * @param licence licence note for the model's proxies as a whole; may be empty
 */
public record ImpactMap(double inputs, List<Stakeholder> stakeholders, DiscountSchedule discount,
    boolean discountYearOne, String licence) {

  public ImpactMap {
    if (!(inputs > 0) || Double.isInfinite(inputs)) {
      throw new IllegalArgumentException("inputs: must be a number greater than 0, found "
          + inputs);
    }
    stakeholders = List.copyOf(stakeholders);
    if (stakeholders.isEmpty()) {
      throw new IllegalArgumentException("stakeholders: at least one stakeholder is needed");
    }
    Objects.requireNonNull(discount, "discount");
    licence = licence == null ? "" : licence;
  }

  /** A model with the Green Book schedule and year 1 discounted. */
  public ImpactMap(double inputs, List<Stakeholder> stakeholders) {
    this(inputs, stakeholders, DiscountSchedule.GREEN_BOOK, true, "");
  }

  /** The longest outcome duration, in years. */
  public int longestDuration() {
    return stakeholders.stream().flatMap(s -> s.outcomes().stream())
        .mapToInt(Outcome::duration).max().orElse(1);
  }

  /** The same model with other inputs. */
  public ImpactMap withInputs(double newInputs) {
    return new ImpactMap(newInputs, stakeholders, discount, discountYearOne, licence);
  }

  /** The same model with another discount schedule. */
  public ImpactMap withDiscount(DiscountSchedule schedule) {
    return new ImpactMap(inputs, stakeholders, schedule, discountYearOne, licence);
  }

  /** The same model with one outcome replaced (by stakeholder and outcome index). */
  public ImpactMap withOutcome(int stakeholder, int outcome, Outcome replacement) {
    List<Stakeholder> copy = new java.util.ArrayList<>(stakeholders);
    Stakeholder s = copy.get(stakeholder);
    List<Outcome> outcomes = new java.util.ArrayList<>(s.outcomes());
    outcomes.set(outcome, replacement);
    copy.set(stakeholder, new Stakeholder(s.name(), outcomes));
    return new ImpactMap(inputs, copy, discount, discountYearOne, licence);
  }
}
