package org.phasezero.analysis.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SocialReturnOnInvestmentTest {

  @Test
  void theIssueExampleWorkedByHand() {
    // Year 1 = 15 x 1800 x 0.7 x 0.95 x 0.8 = 27000 x 0.7 = 18900; x 0.95 = 17955; x 0.8 = 14364.
    // Year 2 = 14364 x (1 - 0.5) = 7182.
    // PV = 14364 / 1.035 + 7182 / 1.035^2 = 13878.26087 + 7182 / 1.071225
    //    = 13878.26087 + 6704.47385 = 20582.73472.
    // NPV = 20582.73472 - 48000 = -27417.26528; ratio = 20582.73472 / 48000 = 0.428807.
    SroiResult r = SocialReturnOnInvestment.of(ExampleModels.volunteers(48000));
    assertThat(r.outcomes().get(0).yearlyImpact()).containsExactly(14364.0, 7182.0);
    assertThat(r.presentValue()).isCloseTo(20582.73472, within(1e-4));
    assertThat(r.npv()).isCloseTo(-27417.26528, within(1e-4));
    assertThat(r.ratio()).isCloseTo(0.428807, within(1e-6));
    assertThat(r.inputs()).isEqualTo(48000.0);
  }

  @Test
  void yearOneUndiscountedCountsYearOneAtFaceValue() {
    // 14364 + 7182 / 1.035 = 14364 + 6939.13043 = 21303.13043.
    ImpactMap map = new ImpactMap(48000, ExampleModels.volunteers(48000).stakeholders(),
        DiscountSchedule.flat(0.035), false, "");
    assertThat(SocialReturnOnInvestment.presentValue(map)).isCloseTo(21303.13043, within(1e-4));
  }

  @Test
  void greenBookBandsCompoundAcrossTheThirtyYearStep() {
    // 1000 a year for 32 years, no drop-off. Years 1-30 at 3.5%: annuity factor
    // (1 - 1.035^-30) / 0.035 = (1 - 0.356278) / 0.035 = 18.39206. Years 31 and 32 at 3.0% on top
    // of D(30) = 0.356278: 0.356278 x (1/1.03 + 1/1.03^2) = 0.356278 x 1.913470 = 0.681727.
    // PV = 1000 x (18.39206 + 0.68173) = 19073.79 (to rounding of the hand figures).
    Outcome steady = new Outcome("steady", 1, 1000, "", "", 32, 0, 0, 0, 0);
    ImpactMap map = new ImpactMap(1000, List.of(new Stakeholder("s", List.of(steady))));
    assertThat(SocialReturnOnInvestment.presentValue(map)).isCloseTo(19073.79, within(0.05));
  }

  @Test
  void greenBookRatesByYear() {
    DiscountSchedule gb = DiscountSchedule.GREEN_BOOK;
    assertThat(gb.rate(1)).isEqualTo(0.035);
    assertThat(gb.rate(30)).isEqualTo(0.035);
    assertThat(gb.rate(31)).isEqualTo(0.030);
    assertThat(gb.rate(75)).isEqualTo(0.030);
    assertThat(gb.rate(76)).isEqualTo(0.025);
    assertThat(gb.rate(301)).isEqualTo(0.010);
  }

  @Test
  void breakdownSharesAddUpPerStakeholder() {
    // Volunteers' PV is 20582.73472 (above). A second stakeholder: 10 x 100 = 1000 in year 1
    // only, nothing removed: 1000 / 1.035 = 966.18357. Total 21548.91829.
    Outcome small = new Outcome("tidier park", 10, 100, "", "", 1, 0, 0, 0, 0);
    ImpactMap map = new ImpactMap(48000, List.of(
        ExampleModels.volunteers(48000).stakeholders().get(0),
        new Stakeholder("neighbours", List.of(small))), DiscountSchedule.flat(0.035), true, "");
    SroiResult r = SocialReturnOnInvestment.of(map);
    assertThat(r.stakeholders()).extracting(StakeholderValue::name)
        .containsExactly("volunteers", "neighbours");
    assertThat(r.stakeholders().get(1).presentValue()).isCloseTo(966.18357, within(1e-5));
    assertThat(r.presentValue()).isCloseTo(21548.91829, within(1e-4));
    assertThat(r.stakeholders().get(0).share() + r.stakeholders().get(1).share())
        .isCloseTo(1.0, within(1e-12));
  }

  @Test
  void aFractionAboveOneIsRejectedWithItsKey() {
    assertThatThrownBy(() -> new Outcome("x", 1, 1, "", "", 1, 1.3, 0, 0, 0))
        .hasMessage("deadweight: must be between 0 and 1, found 1.3");
  }

  @Test
  void negativeQuantityAndZeroInputsAreRejected() {
    assertThatThrownBy(() -> new Outcome("x", -3, 1, "", "", 1, 0, 0, 0, 0))
        .hasMessageStartingWith("quantity: must be a number not below 0");
    assertThatThrownBy(() -> ExampleModels.volunteers(0))
        .hasMessageStartingWith("inputs: must be a number greater than 0");
  }

  @Test
  void aDurationBelowOneYearIsRejected() {
    assertThatThrownBy(() -> new Outcome("x", 1, 1, "", "", 0, 0, 0, 0, 0))
        .hasMessage("duration: must be at least 1 year, found 0");
  }
}
