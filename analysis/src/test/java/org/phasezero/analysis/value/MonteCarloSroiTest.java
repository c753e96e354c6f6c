package org.phasezero.analysis.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MonteCarloSroiTest {

  @Test
  void withNoVariationEveryDrawIsTheModelItself() {
    ImpactMap map = ExampleModels.volunteers(48000);
    MonteCarloResult r = MonteCarloSroi.run(map, 1000, 7, new AssumptionRanges(0, 0, 0, 0));
    // PV 20582.73472, worked by hand in SocialReturnOnInvestmentTest.
    assertThat(r.presentValue().p5()).isCloseTo(20582.73472, within(1e-4));
    assertThat(r.presentValue().p95()).isCloseTo(20582.73472, within(1e-4));
    assertThat(r.ratio().mean()).isCloseTo(0.428807, within(1e-6));
    assertThat(r.shareAtLeastOne()).isZero();
  }

  @Test
  void aSymmetricProxyRangeLeavesTheMeanPresentValueUnbiased() {
    // Only the proxy varies, triangular(0.8p, p, 1.2p): mean p, sd 0.2p / sqrt(6) = 0.0816p.
    // PV is linear in the proxy, so mean PV = 20582.73 with standard error
    // 0.0816 x 20582.73 / sqrt(200000) = 3.76; allow 8 standard errors (30).
    ImpactMap map = ExampleModels.volunteers(48000);
    MonteCarloResult r = MonteCarloSroi.run(map, 200_000, 11, new AssumptionRanges(0, 0, 0.2, 0));
    assertThat(r.presentValue().mean()).isCloseTo(20582.73, within(30.0));
    // Median of a symmetric triangle is its mode; the 5th percentile of triangular(-1, 0, 1) is
    // sqrt(2 x 0.05) - 1 = -0.68377, so p5 = PV x (1 - 0.2 x 0.68377) = 0.863246 PV = 17768.0.
    assertThat(r.presentValue().p50()).isCloseTo(20582.73, within(30.0));
    assertThat(r.presentValue().p5()).isCloseTo(17768.0, within(40.0));
  }

  @Test
  void theSameSeedGivesTheSameResultAndAnotherSeedDoesNot() {
    ImpactMap map = ExampleModels.volunteers(48000);
    MonteCarloResult a = MonteCarloSroi.run(map, 10_000, 42);
    MonteCarloResult b = MonteCarloSroi.run(map, 10_000, 42);
    MonteCarloResult c = MonteCarloSroi.run(map, 10_000, 43);
    assertThat(a).isEqualTo(b);
    assertThat(c.ratio().mean()).isNotEqualTo(a.ratio().mean());
  }

  @Test
  void triangularInverseCdfHitsItsEndsAndMode() {
    // triangular(0, 1, 3): F(mode) = (1 - 0) / 3 = 1/3, so u = 1/3 maps to the mode.
    assertThat(MonteCarloSroi.triangular(0, 1, 3, 0)).isEqualTo(0.0);
    assertThat(MonteCarloSroi.triangular(0, 1, 3, 1.0 / 3)).isCloseTo(1.0, within(1e-12));
    // u = 0.5 > 1/3: 3 - sqrt(0.5 x 3 x 2) = 3 - sqrt(3) = 1.267949.
    assertThat(MonteCarloSroi.triangular(0, 1, 3, 0.5)).isCloseTo(1.267949, within(1e-6));
  }

  @Test
  void atLeastOneSimulationIsNeeded() {
    assertThatThrownBy(() -> MonteCarloSroi.run(ExampleModels.volunteers(1), 0, 1))
        .hasMessageContaining("simulations: must be at least 1");
  }

  @Test
  void theRatioSampleIsTheDrawsThatRunSummarises() {
    ImpactMap map = ExampleModels.volunteers(48000);
    double[] ratios = MonteCarloSroi.ratios(map, 10_000, 42, AssumptionRanges.DEFAULT);
    MonteCarloResult summary = MonteCarloSroi.run(map, 10_000, 42);
    assertThat(ratios).hasSize(10_000);
    assertThat(DistributionSummary.of(ratios)).isEqualTo(summary.ratio());
  }
}
