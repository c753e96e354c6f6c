package org.phasezero.analysis.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class CorpusPropertiesTest {

  @Provide
  Arbitrary<List<String>> documents() {
    Arbitrary<String> word = Arbitraries.of("the", "The", "whale", "sea", "a", "Ahab", "don't",
        "well-being", "é", "1851");
    Arbitrary<String> doc = word.list().ofMaxSize(40).map(w -> String.join(" ", w));
    return doc.list().ofMinSize(1).ofMaxSize(4);
  }

  private static Corpus build(List<String> docs, boolean ignoreCase) {
    CorpusBuilder b = new CorpusBuilder(new Tokenization(null, ignoreCase));
    for (int i = 0; i < docs.size(); i++) {
      b.add("doc" + i, docs.get(i));
    }
    return b.build();
  }

  @Property(tries = 200)
  void frequenciesSumToTheTokenCount(@ForAll("documents") List<String> docs,
      @ForAll boolean ignoreCase) {
    Corpus c = build(docs, ignoreCase);
    long sum = FrequencyList.top(c, 0).stream().mapToLong(FrequencyList.Entry::frequency).sum();
    assertThat(sum).isEqualTo(c.tokenCount());
  }

  @Property(tries = 200)
  void kwicHitCountEqualsTheNodeFrequency(@ForAll("documents") List<String> docs,
      @ForAll @IntRange(min = 0, max = 6) int width) {
    Corpus c = build(docs, false);
    for (String node : List.of("the", "whale", "don't", "absent")) {
      assertThat(Concordance.of(c, node, width, Concordance.Sort.LEFT, false))
          .hasSize(c.frequency(node));
    }
  }

  @Property(tries = 1000)
  void logLikelihoodIsNeverNegative(@ForAll @LongRange(min = 1, max = 1_000_000_000L) long c,
      @ForAll @LongRange(min = 1, max = 1_000_000_000L) long d,
      @ForAll @IntRange(min = 0, max = 1000) int pa, @ForAll @IntRange(min = 0, max = 1000) int pb) {
    long a = c * pa / 1000;
    long b = d * pb / 1000;
    assertThat(RaysonLogLikelihood.of(a, c, b, d)).isGreaterThanOrEqualTo(0);
    assertThat(DunningLogLikelihood.keyness(a, c, b, d)).isGreaterThanOrEqualTo(0);
  }

  @Property(tries = 100)
  void collocateCountsNeverExceedTheCollocateFrequencyOrTheWindow(
      @ForAll("documents") List<String> docs, @ForAll @IntRange(min = 1, max = 5) int window) {
    Corpus c = build(docs, true);
    Collocates.Result r = Collocates.of(c, "the", window, new LogLikelihoodAssociation(), 1, false,
        0);
    long sum = 0;
    for (Collocates.Collocate col : r.collocates()) {
      assertThat(col.observed()).isLessThanOrEqualTo(col.frequency());
      assertThat(col.score()).isGreaterThanOrEqualTo(0);
      sum += col.observed();
    }
    assertThat(sum).isEqualTo(r.windowTokens());
    assertThat(r.windowTokens()).isLessThanOrEqualTo(2L * window * r.nodeFrequency());
  }

  @Property(tries = 50)
  void savingAndLoadingAnIndexGivesTheSameAnswers(@ForAll("documents") List<String> docs,
      @ForAll boolean ignoreCase) throws IOException {
    Corpus c = build(docs, ignoreCase);
    Path dir = Files.createTempDirectory("pz-index");
    try {
      CorpusIndexFile.save(c, dir);
      Corpus loaded = CorpusIndexFile.load(dir);
      assertThat(FrequencyList.top(loaded, 0)).isEqualTo(FrequencyList.top(c, 0));
      assertThat(Concordance.of(loaded, "whale", 3, Concordance.Sort.RIGHT, true))
          .isEqualTo(Concordance.of(c, "whale", 3, Concordance.Sort.RIGHT, true));
      assertThat(Collocates.of(loaded, "the", 2, new LogDice(), 1, false, 0))
          .isEqualTo(Collocates.of(c, "the", 2, new LogDice(), 1, false, 0));
      assertThat(BigramCollocations.of(loaded, new MutualInformation(), 1, 0))
          .isEqualTo(BigramCollocations.of(c, new MutualInformation(), 1, 0));
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
