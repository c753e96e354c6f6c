package org.phasezero.analysis.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class OneWaySensitivityTest {

  private static SensitivityRow row(List<SensitivityRow> rows, Assumption a) {
    return rows.stream().filter(r -> r.assumption() == a).findFirst().orElseThrow();
  }

  @Test
  void everyAssumptionOfEveryOutcomeIsVaried() {
    List<SensitivityRow> rows = OneWaySensitivity.of(ExampleModels.volunteers(48000));
    assertThat(rows).hasSize(Assumption.values().length);
  }

  @Test
  void deadweightTenPointsEitherWayScalesTheRatioByTheRemainingShare() {
    // Base ratio 0.428807 (see SocialReturnOnInvestmentTest) carries (1 - 0.3) = 0.7.
    // Deadweight 0.2: x 0.8/0.7 = 0.490065; deadweight 0.4: x 0.6/0.7 = 0.367549.
    SensitivityRow r = row(OneWaySensitivity.of(ExampleModels.volunteers(48000)),
        Assumption.DEADWEIGHT);
    assertThat(r.low()).isCloseTo(0.2, within(1e-12));
    assertThat(r.high()).isCloseTo(0.4, within(1e-12));
    assertThat(r.ratioAtLow()).isCloseTo(0.490065, within(1e-6));
    assertThat(r.ratioAtHigh()).isCloseTo(0.367549, within(1e-6));
  }

  @Test
  void breakEvenProxyAndQuantityWorkedByHand() {
    // PV = 20582.73472 must reach 48000: factor 48000 / 20582.73472 = 2.3320516.
    // Proxy 1800 x 2.3320516 = 4197.693; quantity 15 x 2.3320516 = 34.98077.
    List<SensitivityRow> rows = OneWaySensitivity.of(ExampleModels.volunteers(48000));
    assertThat(row(rows, Assumption.FINANCIAL_PROXY).breakEven()).isCloseTo(4197.693,
        within(1e-3));
    assertThat(row(rows, Assumption.QUANTITY).breakEven()).isCloseTo(34.98077, within(1e-5));
  }

  @Test
  void noBreakEvenWhenNoValueOfTheAssumptionAloneReachesOne() {
    // Deadweight 0 gives PV 20582.73472 / 0.7 = 29403.9 < 48000; drop-off 0 gives
    // 14364/1.035 + 14364/1.071225 = 27287.2 < 48000; any duration stays below the geometric
    // limit 13878.26 / (1 - 0.5/1.035) = 26848.6 < 48000.
    List<SensitivityRow> rows = OneWaySensitivity.of(ExampleModels.volunteers(48000));
    assertThat(row(rows, Assumption.DEADWEIGHT).breakEven()).isNull();
    assertThat(row(rows, Assumption.DROP_OFF).breakEven()).isNull();
    assertThat(row(rows, Assumption.DURATION).breakEven()).isNull();
  }

  @Test
  void breakEvenDeadweightWhenTheModelReturnsMoreThanItCosts() {
    // Inputs 10000. PV without deadweight = 29403.9067; x* = 1 - 10000 / 29403.9067
    // = 1 - 0.3400909 = 0.6599091.
    SensitivityRow r = row(OneWaySensitivity.of(ExampleModels.volunteers(10000)),
        Assumption.DEADWEIGHT);
    assertThat(r.breakEven()).isCloseTo(0.6599091, within(1e-6));
  }

  @Test
  void breakEvenDropOffAndDurationWorkedByHand() {
    // Inputs 15000: 13878.26087 + 14364 (1 - k) / 1.071225 = 15000, so
    // (1 - k) = 1121.73913 / 13408.9477 = 0.083656 and k = 0.916344.
    // Duration 1 gives 13878.26 < 15000; duration 2 gives 20582.73 >= 15000: break-even 2 years.
    List<SensitivityRow> rows = OneWaySensitivity.of(ExampleModels.volunteers(15000));
    assertThat(row(rows, Assumption.DROP_OFF).breakEven()).isCloseTo(0.916344, within(1e-6));
    assertThat(row(rows, Assumption.DURATION).breakEven()).isEqualTo(2.0);
  }

  @Test
  void settingTheAssumptionToItsBreakEvenGivesARatioOfOne() {
    ImpactMap map = ExampleModels.volunteers(10000);
    for (SensitivityRow r : OneWaySensitivity.of(map)) {
      if (r.breakEven() == null || r.assumption() == Assumption.DURATION) {
        continue;
      }
      Outcome changed = r.assumption().in(ExampleModels.moreConfident(), r.breakEven());
      assertThat(SocialReturnOnInvestment.ratio(map.withOutcome(0, 0, changed)))
          .as(r.assumption().key()).isCloseTo(1.0, within(1e-9));
    }
  }
}
