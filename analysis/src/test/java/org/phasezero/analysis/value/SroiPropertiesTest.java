package org.phasezero.analysis.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

class SroiPropertiesTest {

  @Provide
  Arbitrary<ImpactMap> maps() {
    Arbitrary<Double> share = Arbitraries.doubles().between(0, 0.95);
    Arbitrary<Outcome> outcome = Combinators.combine(
        Arbitraries.doubles().between(1, 200), Arbitraries.doubles().between(1, 5000),
        Arbitraries.integers().between(1, 40), share, share, share, share)
        .as((q, p, d, dw, disp, att, drop) ->
            new Outcome("o", q, p, "", "", d, dw, disp, att, drop));
    Arbitrary<Stakeholder> stakeholder = outcome.list().ofMinSize(1).ofMaxSize(4)
        .map(os -> new Stakeholder("s", os));
    return Combinators.combine(Arbitraries.doubles().between(100, 1e6),
        stakeholder.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(true, false))
        .as((inputs, ss, yearOne) -> new ImpactMap(inputs, ss, DiscountSchedule.GREEN_BOOK,
            yearOne, ""));
  }

  @Property
  void presentValueFallsAsTheDiscountRateRises(@ForAll("maps") ImpactMap map,
      @ForAll @DoubleRange(min = 0, max = 0.2) double r1,
      @ForAll @DoubleRange(min = 0.01, max = 0.1) double more) {
    double lower = SocialReturnOnInvestment.presentValue(map.withDiscount(DiscountSchedule.flat(r1)));
    double higher = SocialReturnOnInvestment.presentValue(
        map.withDiscount(DiscountSchedule.flat(r1 + more)));
    if (map.discountYearOne() || map.longestDuration() > 1) {
      assertThat(higher).isLessThan(lower);
    } else {
      // Only an undiscounted year 1 is valued: no rate touches it.
      assertThat(higher).isEqualTo(lower);
    }
  }

  @Property
  void ratioScalesInverselyWithInputs(@ForAll("maps") ImpactMap map,
      @ForAll @DoubleRange(min = 0.01, max = 100) double factor) {
    double ratio = SocialReturnOnInvestment.ratio(map);
    double scaled = SocialReturnOnInvestment.ratio(map.withInputs(map.inputs() * factor));
    assertThat(scaled * factor).isCloseTo(ratio, within(1e-9 * ratio));
  }

  @Property
  void npvIsPresentValueLessInputsAndBreakdownSumsToTheTotal(@ForAll("maps") ImpactMap map) {
    SroiResult r = SocialReturnOnInvestment.of(map);
    assertThat(r.npv()).isCloseTo(r.presentValue() - map.inputs(), within(1e-9 * map.inputs()));
    double sum = r.outcomes().stream().mapToDouble(OutcomeValue::presentValue).sum();
    assertThat(sum).isCloseTo(r.presentValue(), within(1e-9 * Math.max(1, r.presentValue())));
  }

  @Property(tries = 50)
  void monteCarloIsReproducibleAndItsPercentilesAreOrdered(@ForAll("maps") ImpactMap map,
      @ForAll @LongRange(min = -1000, max = 1000) long seed) {
    MonteCarloResult a = MonteCarloSroi.run(map, 5000, seed);
    MonteCarloResult b = MonteCarloSroi.run(map, 5000, seed);
    assertThat(a).isEqualTo(b);
    for (DistributionSummary s : List.of(a.ratio(), a.presentValue())) {
      assertThat(s.p5()).isLessThanOrEqualTo(s.p50());
      assertThat(s.p50()).isLessThanOrEqualTo(s.p95());
    }
    assertThat(a.shareAtLeastOne()).isBetween(0.0, 1.0);
  }

  @Property
  void discountingYearOneNeverRaisesThePresentValue(@ForAll("maps") ImpactMap map) {
    ImpactMap discounted = new ImpactMap(map.inputs(), map.stakeholders(), map.discount(), true, "");
    ImpactMap notDiscounted = new ImpactMap(map.inputs(), map.stakeholders(), map.discount(),
        false, "");
    assertThat(SocialReturnOnInvestment.presentValue(discounted))
        .isLessThan(SocialReturnOnInvestment.presentValue(notDiscounted));
  }
}
