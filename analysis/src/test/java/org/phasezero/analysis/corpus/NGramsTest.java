package org.phasezero.analysis.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class NGramsTest {

  @Test
  void countsRunsInsideDocumentsWithTheirRange() {
    Corpus c = new CorpusBuilder(new Tokenization(null, true))
        .add("a", "At the end of the day, at the end of the day.")
        .add("b", "The end of the road. At the")
        .build();
    List<NGrams.Entry> trigrams = NGrams.top(c, 3, 1, 3);
    assertThat(trigrams).extracting(NGrams.Entry::gram)
        .containsExactly("end of the", "the end of", "at the end");
    assertThat(trigrams.get(0).frequency()).isEqualTo(3);
    assertThat(trigrams.get(0).documents()).isEqualTo(2);
    assertThat(trigrams.get(2).frequency()).isEqualTo(2);
    assertThat(trigrams.get(2).documents()).isEqualTo(1);
    // "day the" would only exist across the two documents: never counted; "road at" is inside b.
    assertThat(NGrams.top(c, 2, 1, 0)).extracting(NGrams.Entry::gram).contains("road at").doesNotContain("day the");
    assertThat(trigrams.get(0).perMillion()).isEqualTo(3 * 1e6 / c.tokenCount());
  }

  @Test
  void nIsTwoToSix() {
    Corpus c = new CorpusBuilder(Tokenization.DEFAULT).add("a", "one two three").build();
    assertThatThrownBy(() -> NGrams.top(c, 1, 1, 10)).hasMessageContaining("2 to 6");
    assertThatThrownBy(() -> NGrams.top(c, 7, 1, 10)).hasMessageContaining("2 to 6");
    assertThat(NGrams.top(c, 4, 1, 10)).isEmpty();
  }

  /** Six ids of a 2,000-word vocabulary do not fit in a long: the array counter gives the same. */
  @Test
  void aLargeVocabularyCountsByIdArrays() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 6000; i++) {
      text.append('w').append((i * 7919) % 2000).append(i % 10 == 0 ? " w1 w2 w3 w4 w5 w6 " : " ");
    }
    Corpus c = new CorpusBuilder(Tokenization.DEFAULT).add("a", text.toString()).build();
    assertThat(c.typeCount()).isGreaterThan(1024);
    List<NGrams.Entry> six = NGrams.top(c, 6, 2, 1);
    assertThat(six.get(0).gram()).isEqualTo("w1 w2 w3 w4 w5 w6");
    assertThat(six.get(0).frequency()).isEqualTo(600);
    assertThat(NGrams.top(c, 3, 2, 1).get(0).frequency()).isEqualTo(NGrams.top(c, 6, 2, 1).get(0).frequency());
  }

  /** Both counters (packed longs and id arrays) against counting the strings themselves. */
  @Property(tries = 60)
  void equalsCountingStrings(@ForAll @Size(min = 1, max = 6) List<@StringLength(max = 80) String> texts,
      @ForAll @IntRange(min = 2, max = 6) int n, @ForAll @IntRange(min = 1, max = 3) int minFreq) {
    CorpusBuilder b = new CorpusBuilder(Tokenization.DEFAULT);
    Map<String, long[]> expected = new HashMap<>();
    for (int d = 0; d < texts.size(); d++) {
      b.add(String.valueOf(d), texts.get(d));
      List<String> tokens = Tokenization.DEFAULT.tokenizer().tokens(texts.get(d));
      Set<String> seen = new HashSet<>();
      for (int i = 0; i + n <= tokens.size(); i++) {
        String gram = String.join(" ", tokens.subList(i, i + n));
        long[] counts = expected.computeIfAbsent(gram, k -> new long[2]);
        counts[0]++;
        if (seen.add(gram)) {
          counts[1]++;
        }
      }
    }
    List<Map.Entry<String, long[]>> ranked = new ArrayList<>(expected.entrySet());
    ranked.removeIf(e -> e.getValue()[0] < minFreq);
    ranked.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0]).reversed()
        .thenComparing(Map.Entry::getKey));
    List<NGrams.Entry> actual = NGrams.top(b.build(), n, minFreq, 0);
    assertThat(actual).extracting(NGrams.Entry::gram)
        .containsExactlyElementsOf(ranked.stream().map(Map.Entry::getKey).toList());
    for (int i = 0; i < actual.size(); i++) {
      assertThat(actual.get(i).frequency()).isEqualTo(ranked.get(i).getValue()[0]);
      assertThat(actual.get(i).documents()).isEqualTo(ranked.get(i).getValue()[1]);
    }
  }
}
