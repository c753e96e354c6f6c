package org.phasezero.value.game;

/**
 * How a placement between two goods becomes a sum of money. Either way, an outcome placed about the
 * same as a good takes its price, one placed below the cheapest good counts as nothing and one
 * above the dearest counts as the dearest's price (a floor): SROI's principle not to over-claim.
 */
public enum Valuation {
  /** The price of the good just below: the cautious reading. */
  LOWER_BOUND,
  /**
   * The geometric mean of the two prices: the middle of the gap on the ratio scale people use for
   * prices that run from pounds to thousands (between £10 and £1,000 is £100, not £505).
   */
  GEOMETRIC_MIDPOINT
}
