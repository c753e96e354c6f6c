package org.phasezero.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked example of Krippendorff (2004), Content Analysis 2nd ed., p. 254: a continuum from
 * 150 to 450 (L = 300), coders i and j, categories c and k.
 */
class UnitisedAlphaTest {

  private static final int C = 0;
  private static final int K = 1;

  private static final List<CodedSpan> EXAMPLE = List.of(
      new CodedSpan(0, 225, 295, C), new CodedSpan(0, 370, 400, C),
      new CodedSpan(1, 220, 300, C), new CodedSpan(1, 355, 375, C), new CodedSpan(1, 400, 420, C),
      new CodedSpan(0, 180, 240, K), new CodedSpan(0, 300, 350, K),
      new CodedSpan(1, 180, 240, K), new CodedSpan(1, 300, 350, K));

  private static final UnitisedAlpha.Result RESULT =
      UnitisedAlpha.estimate(EXAMPLE, 2, 2, 150, 300);

  @Test
  void observedDisagreementOnCategoryCByHand() {
    // Overlapping section pairs with a difference: segments [225,295) and [220,300):
    // 5² + 5² = 50; segments [370,400) and [355,375): 15² + 25² = 850; j's segment [400,420)
    // inside i's gap [400,450): 20² = 400. D_o = 2·1300 / (2·1·300²) = 0.014444…
    assertThat(RESULT.categories().get(C).observedDisagreement())
        .isCloseTo(2600.0 / 180000, within(1e-12));
  }

  @Test
  void expectedDisagreementOnCategoryCByHand() {
    // Segments 70, 30, 80, 20, 20 (N_c = 5); gaps i: 75, 75, 50; j: 70, 55, 25, 30.
    // Per segment (N_c − 1)l(l − 1)(2l − 1)/3 + l²·Σ_{gaps ≥ l}(gap − l + 1):
    //   70: 895160 + 4900·13 = 958860;  30: 68440 + 900·181 = 231340;  80: 1339840 + 0;
    //   20: 19760 + 400·247 = 118560 (twice).  Sum 2767160.
    // Denominator mL(mL − 1) − Σ l(l − 1) = 600·599 − 12780 = 346620.
    // D_e = (2/300)·2767160/346620 = 0.0532217…
    double expected = 2.0 / 300 * 2767160 / 346620;
    assertThat(RESULT.categories().get(C).expectedDisagreement())
        .isCloseTo(expected, within(1e-12));
    // α(c) = 1 − 0.0144444/0.0532217 = 0.72860 (to four places, as DKPro Agreement's test of
    // the same example also expects).
    assertThat(RESULT.categories().get(C).alpha()).isCloseTo(0.7286, within(5e-5));
    assertThat(RESULT.categories().get(C).segments()).isEqualTo(5);
  }

  @Test
  void categoryKOnWhichTheCodersAgreeHasAlphaOne() {
    // Identical segments: D_o = 0. Segments 60, 50, 60, 50; gaps 30, 60, 100 per coder.
    //   60: 3·60·59·119/3 + 3600·(1 + 1 + 41 + 41) = 421260 + 302400 = 723660 (twice);
    //   50: 3·50·49·99/3 + 2500·(11 + 11 + 51 + 51) = 242550 + 310000 = 552550 (twice).
    // D_e = (2/300)·2552420 / (359400 − 11980) = 0.0489786…
    UnitisedAlpha.CategoryResult k = RESULT.categories().get(K);
    assertThat(k.observedDisagreement()).isZero();
    assertThat(k.expectedDisagreement()).isCloseTo(2.0 / 300 * 2552420 / 347420, within(1e-12));
    assertThat(k.alpha()).isEqualTo(1.0);
  }

  @Test
  void overallAlphaPoolsTheCategoryDisagreements() {
    // 1 − 0.0144444/(0.0532217 + 0.0489786) = 0.85867, i.e. .859 to three places.
    double observed = 2600.0 / 180000;
    double expected = 2.0 / 300 * 2767160 / 346620 + 2.0 / 300 * 2552420 / 347420;
    assertThat(RESULT.alpha()).isCloseTo(1 - observed / expected, within(1e-12));
    assertThat(RESULT.alpha()).isCloseTo(0.859, within(5e-4));
  }

  @Test
  void aSegmentInsideAnotherCodersGapCostsItsSquaredLength() {
    // Continuum [0, 10); coder 0 marks [2, 5), coder 1 nothing: δ² = 3² = 9 and
    // D_o = 2·9 / (2·1·100) = 0.09.
    UnitisedAlpha.Result r = UnitisedAlpha.estimate(List.of(new CodedSpan(0, 2, 5, 0)), 2, 1, 0, 10);
    assertThat(r.categories().get(0).observedDisagreement()).isCloseTo(0.09, within(1e-12));
  }

  @Test
  void anUnusedCategoryHasUndefinedAlphaAndDoesNotMoveTheOverallAlpha() {
    UnitisedAlpha.Result r = UnitisedAlpha.estimate(EXAMPLE, 2, 3, 150, 300);
    assertThat(r.categories().get(2).alpha()).isNaN();
    assertThat(r.alpha()).isCloseTo(RESULT.alpha(), within(1e-15));
  }

  @Test
  void overlappingSpansOfOneCoderAndCategoryAreRefused() {
    assertThatThrownBy(() -> UnitisedAlpha.estimate(List.of(new CodedSpan(0, 0, 5, 0),
        new CodedSpan(0, 4, 8, 0)), 2, 1, 0, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlapping");
  }

  @Test
  void spansOutsideTheContinuumAreRefused() {
    assertThatThrownBy(() -> UnitisedAlpha.estimate(List.of(new CodedSpan(0, 5, 12, 0)), 2, 1,
        0, 10)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
  }
}
