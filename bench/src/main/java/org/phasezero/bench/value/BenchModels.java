package org.phasezero.bench.value;

import java.util.ArrayList;
import java.util.List;
import org.phasezero.analysis.value.DiscountSchedule;
import org.phasezero.analysis.value.ImpactMap;
import org.phasezero.analysis.value.Outcome;
import org.phasezero.analysis.value.Stakeholder;

/**
 * The benchmark's impact map, built by a formula that {@code bench/python/sroi_montecarlo.py}
 * repeats exactly, so both sides simulate the same model.
 */
final class BenchModels {

  private BenchModels() {}

  /** Outcome i (0-based) of 20, in 4 stakeholders of 5 outcomes, Green Book discounting. */
  static ImpactMap twentyOutcomes() {
    List<Stakeholder> stakeholders = new ArrayList<>();
    for (int s = 0; s < 4; s++) {
      List<Outcome> outcomes = new ArrayList<>();
      for (int k = 0; k < 5; k++) {
        int i = s * 5 + k;
        outcomes.add(new Outcome("outcome " + i, 10 + i, 500 + 100 * i, "benchmark", "", 1 + i % 5,
            0.10 + 0.01 * i, 0.05, 0.20, 0.30));
      }
      stakeholders.add(new Stakeholder("stakeholder " + s, outcomes));
    }
    return new ImpactMap(500_000, stakeholders, DiscountSchedule.GREEN_BOOK, true, "");
  }
}
