package org.phasezero.analysis.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeynessTest {

  @Test
  void twoTermLogLikelihoodWorkedByHand() {
    // a = 100 of c = 10,000; b = 50 of d = 20,000. E1 = 10000*150/30000 = 50,
    // E2 = 20000*150/30000 = 100. LL = 2(100 ln 2 + 50 ln 0.5) = 100 ln 2 = 69.31471805599453.
    assertThat(RaysonLogLikelihood.of(100, 10_000, 50, 20_000))
        .isCloseTo(69.31471805599453, within(1e-9));
  }

  @Test
  void fourTermG2AddsTheOtherWordsRow() {
    // Table [[100, 50], [9900, 19950]], N = 30000; E = [[50, 100], [9950, 19900]].
    // G2 = 2(100 ln 2 + 50 ln 0.5 + 9900 ln(9900/9950) + 19950 ln(19950/19900))
    //    = 2(34.657359 - 49.874161 + 50.062770) = 69.691919
    assertThat(DunningLogLikelihood.keyness(100, 10_000, 50, 20_000))
        .isCloseTo(69.69191931932805, within(1e-6));
  }

  @Test
  void logRatioAndPercentDiffWorkedByHand() {
    // Relative frequencies 0.01 and 0.0025: log2(4) = 2; %DIFF = 100(0.01-0.0025)/0.0025 = 300.
    assertThat(LogRatio.of(100, 10_000, 50, 20_000)).isCloseTo(2.0, within(1e-12));
    assertThat(PercentDiff.of(100, 10_000, 50, 20_000)).isCloseTo(300.0, within(1e-9));
  }

  @Test
  void zeroFrequenciesFollowTheAuthorsConventions() {
    // a = 5 of 1000, b = 0 of 1000: LL = 2*5 ln(5/2.5) = 10 ln 2; log ratio uses 0.5 for 0:
    // log2((5/1000)/(0.5/1000)) = log2 10; %DIFF uses 1e-18 as the reference's relative frequency.
    KeynessScore s = KeynessScore.of("w", 5, 1000, 0, 1000);
    assertThat(s.logLikelihood()).isCloseTo(6.931471805599453, within(1e-12));
    assertThat(s.logRatio()).isCloseTo(Math.log(10) / Math.log(2), within(1e-12));
    assertThat(s.percentDiff()).isCloseTo(100 * (0.005 - 1e-18) / 1e-18, within(1e6));
    assertThat(s.overused()).isTrue();
    assertThat(s.significance()).isEqualTo("p < 0.01");
  }

  @Test
  void impossibleCountsAreRejected() {
    assertThatThrownBy(() -> RaysonLogLikelihood.of(-1, 10, 1, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> RaysonLogLikelihood.of(11, 10, 1, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceed");
  }

  @Test
  void ranksOverusedWordsFirstAndUnderusedLast() {
    // Target: "a a a b" (c = 4); reference: "a b b b c" (d = 5). a: 3/4 vs 1/5 -> over-used;
    // b: 1/4 vs 3/5 and c: 0 vs 1/5 -> under-used.
    Corpus target = new CorpusBuilder(Tokenization.DEFAULT).add("t", "a a a b").build();
    Corpus reference = new CorpusBuilder(Tokenization.DEFAULT).add("r", "a b b b c").build();
    List<KeynessScore> over = Keyness.of(target, reference, Keyness.Ranking.LL, 1, false, 0);
    assertThat(over).extracting(KeynessScore::word).containsExactly("a");
    List<KeynessScore> all = Keyness.of(target, reference, Keyness.Ranking.LOG_RATIO, 1, true, 0);
    assertThat(all).extracting(KeynessScore::word).startsWith("a").contains("b", "c");
    KeynessScore c = all.stream().filter(s -> s.word().equals("c")).findFirst().orElseThrow();
    assertThat(c.a()).isZero();
    assertThat(c.b()).isEqualTo(1);
  }

  @Test
  void corporaTokenisedDifferentlyCannotBeCompared() {
    Corpus t = new CorpusBuilder(Tokenization.DEFAULT).add("t", "a").build();
    Corpus r = new CorpusBuilder(new Tokenization(null, true)).add("r", "a").build();
    assertThatThrownBy(() -> Keyness.of(t, r, Keyness.Ranking.LL, 1, false, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tokenised differently");
  }
}
