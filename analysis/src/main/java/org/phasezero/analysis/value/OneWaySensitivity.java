package org.phasezero.analysis.value;

import java.util.ArrayList;
import java.util.List;

/**
 * One-way sensitivity analysis of an SROI: each assumption of each outcome varied on its own, with
 * the ratio at both ends and the assumption's break-even value.
 *
 * <p><b>Design.</b> For every outcome and every {@link Assumption}, the assumption is set to the
 * low and high ends of {@link AssumptionRanges} with everything else as in the model, and the
 * ratio recomputed. The <b>break-even value</b> is the value of that assumption alone at which the
 * ratio is exactly 1 (PV = inputs). Let T = inputs − PV of all other outcomes, the present value
 * this outcome must reach:
 * <ul>
 *   <li>quantity, proxy: the outcome's PV is proportional to them, so x* = T / PV(x = 1);
 *       reported when x* ≥ 0;</li>
 *   <li>deadweight, displacement, attribution: PV is proportional to (1 − x), so
 *       x* = 1 − T / PV(x = 0); reported when 0 ≤ x* ≤ 1;</li>
 *   <li>drop-off: PV falls continuously as drop-off rises, so x* is found by bisection on [0, 1]
 *       to 1e-12; reported when PV(0) ≥ T ≥ PV(1);</li>
 *   <li>duration: whole years, so the least duration in 1…{@value #MAX_DURATION} whose ratio
 *       reaches 1 (the ratio at break-even is then at least 1, not exactly 1).</li>
 * </ul>
 * Otherwise no value of that assumption alone can move the ratio to 1, and null is reported.
 *
 * <p><b>Source.</b> Cabinet Office / Social Value UK, <i>A Guide to Social Return on
 * Investment</i> (2012), stage 5 (sensitivity analysis, including how far an estimate must
 * change before the social return stops being positive: the break-even value here).
 *
 * <p><b>Complexity.</b> O(outcomes × (outcomes + Σ duration)) for the ratios, plus O(duration ×
 * 40) per drop-off bisection and O(MAX_DURATION²) per duration search.
 */
public final class OneWaySensitivity {

  /** The longest duration searched for a break-even. */
  public static final int MAX_DURATION = 200;

  private OneWaySensitivity() {}

  /** Every assumption of every outcome, with the default ranges. */
  public static List<SensitivityRow> of(ImpactMap map) {
    return of(map, AssumptionRanges.DEFAULT);
  }

  /** Every assumption of every outcome, with the given ranges. */
  public static List<SensitivityRow> of(ImpactMap map, AssumptionRanges ranges) {
    double total = SocialReturnOnInvestment.presentValue(map);
    double[] weights = map.discount().weights(MAX_DURATION, map.discountYearOne());
    List<SensitivityRow> rows = new ArrayList<>();
    for (int s = 0; s < map.stakeholders().size(); s++) {
      Stakeholder stakeholder = map.stakeholders().get(s);
      for (int i = 0; i < stakeholder.outcomes().size(); i++) {
        Outcome o = stakeholder.outcomes().get(i);
        double target = map.inputs() - (total - o.presentValue(weights));
        for (Assumption a : Assumption.values()) {
          double base = a.of(o);
          double low = ranges.low(a, base);
          double high = ranges.high(a, base);
          double ratioLow = SocialReturnOnInvestment.ratio(map.withOutcome(s, i, a.in(o, low)));
          double ratioHigh = SocialReturnOnInvestment.ratio(map.withOutcome(s, i, a.in(o, high)));
          rows.add(new SensitivityRow(stakeholder.name(), o.name(), a, base, low, high, ratioLow,
              ratioHigh, breakEven(o, a, target, weights)));
        }
      }
    }
    return List.copyOf(rows);
  }

  /** The value of {@code a} at which outcome {@code o}'s PV equals {@code target}, or null. */
  static Double breakEven(Outcome o, Assumption a, double target, double[] weights) {
    switch (a) {
      case QUANTITY, FINANCIAL_PROXY -> {
        double perUnit = a.in(o, 1).presentValue(weights);
        return perUnit > 0 && target >= 0 ? target / perUnit : null;
      }
      case DEADWEIGHT, DISPLACEMENT, ATTRIBUTION -> {
        double full = a.in(o, 0).presentValue(weights);
        if (full <= 0) {
          return null;
        }
        double x = 1 - target / full;
        return x >= 0 && x <= 1 ? x : null;
      }
      case DROP_OFF -> {
        return dropOffBreakEven(o, target, weights);
      }
      case DURATION -> {
        for (int d = 1; d <= MAX_DURATION; d++) {
          if (a.in(o, d).presentValue(weights) >= target) {
            return (double) d;
          }
        }
        return null;
      }
      default -> throw new IllegalStateException(a.toString());
    }
  }

  private static Double dropOffBreakEven(Outcome o, double target, double[] weights) {
    if (o.duration() == 1) {
      return null; // drop-off has no effect on a one-year outcome
    }
    double lo = 0;
    double hi = 1;
    if (pvWithDropOff(o, lo, weights) < target || pvWithDropOff(o, hi, weights) > target) {
      return null;
    }
    while (hi - lo > 1e-12) {
      double mid = (lo + hi) / 2;
      if (pvWithDropOff(o, mid, weights) >= target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  private static double pvWithDropOff(Outcome o, double dropOff, double[] weights) {
    return Outcome.presentValue(o.firstYearImpact(), o.duration(), dropOff, weights);
  }
}
