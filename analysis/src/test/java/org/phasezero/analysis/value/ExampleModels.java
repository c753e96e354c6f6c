package org.phasezero.analysis.value;

import java.util.List;

/** Small impact maps whose results are worked out by hand in the tests. */
final class ExampleModels {

  private ExampleModels() {}

  /** The example outcome: 15 volunteers "more confident", proxy 1800, two years. */
  static Outcome moreConfident() {
    return new Outcome("more confident", 15, 1800, "survey", "", 2, 0.3, 0.05, 0.2, 0.5);
  }

  /** The example model at a flat 3.5%, year 1 discounted, with the given inputs. */
  static ImpactMap volunteers(double inputs) {
    return new ImpactMap(inputs, List.of(new Stakeholder("volunteers", List.of(moreConfident()))),
        DiscountSchedule.flat(0.035), true, "");
  }
}
