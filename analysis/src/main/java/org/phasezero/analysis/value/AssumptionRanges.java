package org.phasezero.analysis.value;

/**
 * How far each assumption is varied, shared by one-way sensitivity (low and high ends) and Monte
 * Carlo simulation (the ends of each distribution).
 *
 * <p>Defaults, a common SROI practice (Social Value UK's guidance asks for the assumptions with
 * the most influence to be varied and the break-even value reported; the widths are PhaseZero's
 * choice and configurable): the four shares ±10 percentage points, clipped to [0, 1]; quantity
 * and financial proxy ±20%; duration ±1 year, at least 1.
 *
 * @param sharePoints half-width for deadweight, displacement, attribution and drop-off, in [0, 1]
 * @param quantityShare relative half-width for quantity, in [0, 1]
 * @param proxyShare relative half-width for the financial proxy, in [0, 1]
 * @param durationYears half-width for duration, in whole years, ≥ 0
 */
public record AssumptionRanges(double sharePoints, double quantityShare, double proxyShare,
    int durationYears) {

  /** ±10 points, ±20%, ±20%, ±1 year. */
  public static final AssumptionRanges DEFAULT = new AssumptionRanges(0.10, 0.20, 0.20, 1);

  public AssumptionRanges {
    Outcome.requireFraction("share points", sharePoints);
    Outcome.requireFraction("quantity share", quantityShare);
    Outcome.requireFraction("proxy share", proxyShare);
    if (durationYears < 0) {
      throw new IllegalArgumentException("duration years: must not be negative");
    }
  }

  /** The lowest value the assumption is varied to. */
  public double low(Assumption a, double base) {
    return switch (a) {
      case QUANTITY -> base * (1 - quantityShare);
      case FINANCIAL_PROXY -> base * (1 - proxyShare);
      case DURATION -> Math.max(1, base - durationYears);
      default -> Math.max(0, base - sharePoints);
    };
  }

  /** The highest value the assumption is varied to. */
  public double high(Assumption a, double base) {
    return switch (a) {
      case QUANTITY -> base * (1 + quantityShare);
      case FINANCIAL_PROXY -> base * (1 + proxyShare);
      case DURATION -> base + durationYears;
      default -> Math.min(1, base + sharePoints);
    };
  }
}
