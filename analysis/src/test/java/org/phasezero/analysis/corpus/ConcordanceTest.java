package org.phasezero.analysis.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConcordanceTest {

  // Positions: 0 the, 1 cat, 2 sat, 3 on, 4 the, 5 mat, 6 the, 7 end.
  private final Corpus corpus = new CorpusBuilder(Tokenization.DEFAULT)
      .add("one", "The cat sat on the mat, the end.")
      .add("two", "the")
      .build();

  @Test
  void findsEveryHitWithItsContextWithinTheDocument() {
    // "The" at 0 differs in case from "the"; "the" occurs at 4 and 6 of "one" and 0 of "two".
    List<Concordance.Hit> hits = Concordance.of(corpus, "the", 2, Concordance.Sort.NONE, false);
    assertThat(hits).containsExactly(
        new Concordance.Hit("one", 4, "sat on", "the", "mat the"),
        new Concordance.Hit("one", 6, "the mat", "the", "end"),
        new Concordance.Hit("two", 0, "", "the", ""));
  }

  @Test
  void aHitReadsAsInItsOriginalTextWithCasePunctuationAndSpacing() {
    Tokenization folded = new Tokenization(null, true);
    String text = "The Cat sat on   the\nMat, the END.";
    Corpus c = new CorpusBuilder(folded).add("one", text).build();
    List<Concordance.Hit> hits = Concordance.of(c, "the", 2, Concordance.Sort.NONE, true);
    assertThat(hits.get(1)).isEqualTo(new Concordance.Hit("one", 4, "sat on", "the", "mat the"));
    assertThat(hits.stream().map(h -> Concordance.inText(h, text, folded, 2)).toList()).containsExactly(
        new Concordance.Hit("one", 0, "", "The", "Cat sat"),
        new Concordance.Hit("one", 4, "sat on", "the", "Mat, the"),
        new Concordance.Hit("one", 6, "the Mat,", "the", "END"));
    // A text that does not line up with the hit (another text, or none) leaves the hit as it was.
    assertThat(Concordance.inText(hits.get(2), "the end", folded, 2)).isEqualTo(hits.get(2));
    assertThat(Concordance.inText(hits.get(2), "other words here and more words then", folded, 2)).isEqualTo(hits.get(2));
    assertThat(Concordance.inText(hits.get(2), null, folded, 2)).isEqualTo(hits.get(2));
  }

  @Test
  void ignoringCaseAlsoFindsCapitalisedForms() {
    List<Concordance.Hit> hits = Concordance.of(corpus, "THE", 1, Concordance.Sort.NONE, true);
    assertThat(hits).extracting(Concordance.Hit::position).containsExactly(0, 4, 6, 0);
    assertThat(hits.get(0).node()).isEqualTo("The");
  }

  @Test
  void sortsByTheFirstTokenToTheRightThenTheNext() {
    // Right contexts of the four hits: "cat sat" (0), "mat the" (4), "end" (6), "" (two:0).
    // Empty first, then cat < end < mat.
    List<Concordance.Hit> hits = Concordance.of(corpus, "the", 2, Concordance.Sort.RIGHT, true);
    assertThat(hits).extracting(Concordance.Hit::right)
        .containsExactly("", "cat sat", "end", "mat the");
  }

  @Test
  void sortsByTheFirstTokenToTheLeft() {
    // Left neighbours: none (0), on (4), mat (6), none (two:0): the two empty ones first in
    // corpus order, then mat < on.
    List<Concordance.Hit> hits = Concordance.of(corpus, "the", 2, Concordance.Sort.LEFT, true);
    assertThat(hits).extracting(h -> h.document() + ":" + h.position())
        .containsExactly("one:0", "two:0", "one:6", "one:4");
  }

  @Test
  void aWordAbsentFromTheCorpusHasNoHits() {
    assertThat(Concordance.of(corpus, "whale", 5, Concordance.Sort.LEFT, false)).isEmpty();
    assertThat(Concordance.of(corpus, "whale", 5, Concordance.Sort.LEFT, true)).isEmpty();
  }

  @Test
  void countsTokensTypesAndRanksFrequencies() {
    // Tokens: The cat sat on the mat the end | the  -> 9 tokens; types The, cat, sat, on, the,
    // mat, end -> 7. "the" 3 times; the rest once each, ranked alphabetically ("The" < "cat").
    assertThat(corpus.tokenCount()).isEqualTo(9);
    assertThat(corpus.typeCount()).isEqualTo(7);
    List<FrequencyList.Entry> top = FrequencyList.top(corpus, 3);
    assertThat(top).extracting(FrequencyList.Entry::type).containsExactly("the", "The", "cat");
    assertThat(top.get(0).frequency()).isEqualTo(3);
    assertThat(top.get(0).perMillion()).isEqualTo(3e6 / 9);
  }
}
