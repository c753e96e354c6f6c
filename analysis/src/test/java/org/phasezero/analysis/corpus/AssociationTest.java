package org.phasezero.analysis.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssociationTest {

  // Positions: 0 x, 1 a, 2 b, 3 x, 4 c, 5 a, 6 d; N = 7; f(a) = 2, f(b) = f(c) = f(d) = 1.
  private final Corpus corpus = new CorpusBuilder(Tokenization.DEFAULT).add("d", "x a b x c a d")
      .build();

  private Collocates.Collocate collocate(int window, String measure, String word) {
    return Collocates.of(corpus, "x", window, AssociationMeasure.named(measure), 1, false, 0)
        .collocates().stream().filter(c -> c.word().equals(word)).findFirst().orElseThrow();
  }

  @Test
  void windowOfOneCountsTheNeighboursOfEachNode() {
    // Windows: around 0 -> {1}; around 3 -> {2, 4}. |U| = 3; a, b, c once each.
    Collocates.Result r = Collocates.of(corpus, "x", 1, new MutualInformation(), 1, false, 0);
    assertThat(r.nodeFrequency()).isEqualTo(2);
    assertThat(r.windowTokens()).isEqualTo(3);
    assertThat(r.collocates()).extracting(Collocates.Collocate::word)
        .containsExactlyInAnyOrder("a", "b", "c");
  }

  @Test
  void scoresMatchTheDefinitionsWorkedByHand() {
    // b: O = 1, E = |U| f(b) / N = 3/7.
    assertThat(collocate(1, "mi", "b").expected()).isCloseTo(3.0 / 7, within(1e-15));
    // MI = log2(1 / (3/7)) = log2(7/3) = 1.222392421336448
    assertThat(collocate(1, "mi", "b").score()).isCloseTo(1.222392421336448, within(1e-12));
    // a: E = 3*2/7 = 6/7, MI = log2(7/6) = 0.22239242133644802
    assertThat(collocate(1, "mi", "a").score()).isCloseTo(0.22239242133644802, within(1e-12));
    // MI3 with O = 1 equals MI.
    assertThat(collocate(1, "mi3", "b").score()).isCloseTo(1.222392421336448, within(1e-12));
    // t = (1 - 3/7)/sqrt(1) = 4/7; z = (4/7)/sqrt(3/7) = 0.8728715609439696
    assertThat(collocate(1, "t", "b").score()).isCloseTo(4.0 / 7, within(1e-12));
    assertThat(collocate(1, "z", "b").score()).isCloseTo(0.8728715609439696, within(1e-12));
    // logDice(a) = 14 + log2(2*1/(f(x)=2 + f(a)=2)) = 13; logDice(b) = 14 + log2(2/3)
    assertThat(collocate(1, "logdice", "a").score()).isCloseTo(13.0, within(1e-12));
    assertThat(collocate(1, "logdice", "b").score()).isCloseTo(13.415037499278844, within(1e-12));
    // LL for b: table [[1, 2], [0, 4]], E = [[3/7, 18/7], [4/7, 24/7]];
    // G2 = 2(1 ln(7/3) + 2 ln(2/(18/7)) + 4 ln(4/(24/7))) = 2(0.847298 - 0.502629 + 0.616603)
    //    = 1.922543...
    assertThat(collocate(1, "ll", "b").score()).isCloseTo(1.9225434462688493, within(1e-9));
  }

  @Test
  void overlappingWindowsCountEachTokenOnce() {
    // Window 2: around 0 -> {1, 2}; around 3 -> {4, 5} (2 is already covered). |U| = 4, a = 2.
    Collocates.Result r = Collocates.of(corpus, "x", 2, new MutualInformation(), 1, false, 0);
    assertThat(r.windowTokens()).isEqualTo(4);
    Corpus between = new CorpusBuilder(Tokenization.DEFAULT).add("d", "x a x").build();
    Collocates.Result s = Collocates.of(between, "x", 1, new MutualInformation(), 1, false, 0);
    assertThat(s.windowTokens()).isEqualTo(1);
    assertThat(s.collocates().get(0).observed()).isEqualTo(1);
  }

  @Test
  void windowsStopAtDocumentBoundariesAndTheMinimumFrequencyFilters() {
    Corpus two = new CorpusBuilder(Tokenization.DEFAULT).add("1", "a x").add("2", "b c").build();
    Collocates.Result r = Collocates.of(two, "x", 3, new MutualInformation(), 1, false, 0);
    assertThat(r.collocates()).extracting(Collocates.Collocate::word).containsExactly("a");
    assertThat(Collocates.of(corpus, "x", 1, new MutualInformation(), 2, false, 0).collocates())
        .isEmpty();
  }

  @Test
  void bigramPmiMatchesTheDefinition() {
    // "a b a b c": ab twice, ba once, bc once; f(a) = f(b) = 2, f(c) = 1, N = 5.
    // PMI(ab) = log2(2*5/(2*2)) = log2 2.5; PMI(bc) = log2(1*5/(2*1)) = log2 2.5;
    // PMI(ba) = log2(5/4). Tie between ab and bc: alphabetical, as NLTK.
    Corpus c = new CorpusBuilder(Tokenization.DEFAULT).add("d", "a b a b c").build();
    List<BigramCollocations.Bigram> all =
        BigramCollocations.of(c, AssociationMeasure.named("pmi"), 1, 0);
    assertThat(all).extracting(b -> b.first() + " " + b.second())
        .containsExactly("a b", "b c", "b a");
    assertThat(all.get(0).score()).isCloseTo(Math.log(2.5) / Math.log(2), within(1e-12));
    assertThat(all.get(2).score()).isCloseTo(Math.log(1.25) / Math.log(2), within(1e-12));
    assertThat(BigramCollocations.of(c, new MutualInformation(), 2, 0)).hasSize(1);
  }

  @Test
  void bigramsDoNotSpanDocuments() {
    Corpus c = new CorpusBuilder(Tokenization.DEFAULT).add("1", "a b").add("2", "c d").build();
    assertThat(BigramCollocations.of(c, new MutualInformation(), 1, 0))
        .extracting(b -> b.first() + " " + b.second()).containsExactlyInAnyOrder("a b", "c d");
  }

  @Test
  void anUnknownMeasureIsRejected() {
    assertThatThrownBy(() -> AssociationMeasure.named("dice"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown association");
  }
}
