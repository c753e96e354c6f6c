package org.phasezero.analysis.value;

import java.util.ArrayList;
import java.util.List;

/**
 * Social return on investment (SROI) of an impact map: present value, net present value and ratio,
 * broken down by stakeholder and outcome.
 *
 * <p><b>Definition.</b> For each outcome, year-1 impact I₁ = quantity × proxy × (1 − deadweight) ×
 * (1 − displacement) × (1 − attribution), and I<sub>t</sub> = I<sub>t−1</sub> × (1 − drop-off) for
 * t = 2…duration. PV = Σ<sub>outcomes</sub> Σ<sub>t</sub> I<sub>t</sub> · w(t), with w(t) = D(t)
 * (or D(t − 1) when year 1 is not discounted) from the {@link DiscountSchedule}. NPV = PV − inputs;
 * SROI ratio = PV / inputs.
 *
 * <p><b>Source.</b> Cabinet Office / Social Value UK, <i>A Guide to Social Return on
 * Investment</i> (2012), stages 4–5 (impact, drop-off, present value, ratio); discounting after HM
 * Treasury's <i>Green Book</i> (2022).
 *
 * <p><b>Complexity.</b> O(Σ duration) time and space for the breakdown;
 * {@link #presentValue(ImpactMap)} alone needs O(longest duration) extra space.
 */
public final class SocialReturnOnInvestment {

  private SocialReturnOnInvestment() {}

  /** The full calculation with its breakdown. */
  public static SroiResult of(ImpactMap map) {
    double[] weights = weights(map);
    List<OutcomeValue> outcomes = new ArrayList<>();
    double[] perStakeholder = new double[map.stakeholders().size()];
    double total = 0;
    for (int s = 0; s < perStakeholder.length; s++) {
      Stakeholder stakeholder = map.stakeholders().get(s);
      for (Outcome o : stakeholder.outcomes()) {
        double pv = o.presentValue(weights);
        List<Double> years = new ArrayList<>(o.duration());
        for (double v : o.yearlyImpact()) {
          years.add(v);
        }
        outcomes.add(new OutcomeValue(stakeholder.name(), o, List.copyOf(years), pv));
        perStakeholder[s] += pv;
      }
      total += perStakeholder[s];
    }
    List<StakeholderValue> stakeholders = new ArrayList<>();
    for (int s = 0; s < perStakeholder.length; s++) {
      double share = total == 0 ? 0 : perStakeholder[s] / total;
      stakeholders.add(new StakeholderValue(map.stakeholders().get(s).name(), perStakeholder[s],
          share));
    }
    return new SroiResult(map.inputs(), total, total - map.inputs(), total / map.inputs(),
        List.copyOf(stakeholders), List.copyOf(outcomes));
  }

  /** Present value only, without the breakdown. */
  public static double presentValue(ImpactMap map) {
    double[] weights = weights(map);
    double total = 0;
    for (Stakeholder s : map.stakeholders()) {
      for (Outcome o : s.outcomes()) {
        total += o.presentValue(weights);
      }
    }
    return total;
  }

  /** SROI ratio only: present value ÷ inputs. */
  public static double ratio(ImpactMap map) {
    return presentValue(map) / map.inputs();
  }

  static double[] weights(ImpactMap map) {
    return map.discount().weights(map.longestDuration(), map.discountYearOne());
  }
}
