package org.phasezero.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.phasezero.analysis.corpus.AssociationMeasure;
import org.phasezero.analysis.corpus.Collocates;
import org.phasezero.analysis.corpus.Corpus;
import org.phasezero.analysis.corpus.FrequencyList;
import org.phasezero.analysis.corpus.Keyness;
import org.phasezero.analysis.corpus.Tokenization;

/**
 * Spark and the single-machine engine give identical results on the same documents: the
 * paragraphs of Moby Dick and Sense and Sensibility (about 330,000 tokens, 4,000 documents) as
 * posts on local[2]. Records are compared whole, so every count and every statistic must be equal
 * to the last bit, and in the same order.
 */
class SparkEquivalenceTest {

  @TempDir
  static Path dir;

  static List<LocalSpark.Post> posts;
  static Path file;
  static SparkInputs inputs;

  @BeforeAll
  static void write() throws Exception {
    posts = LocalSpark.novels();
    file = LocalSpark.jsonl(dir, "novels.jsonl", posts);
    inputs = new SparkInputs(LocalSpark.session(), SparkInputs.BadLines.STOP);
  }

  private static Dataset<String> documents(String where) {
    return inputs.documents(file.toString(), SparkInputs.Format.JSONL, "text", where);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "null, false",
      "null, true",
      "'\\w+|[^\\w\\s]+', false"})
  void frequencyListsAreIdentical(String pattern, boolean ignoreCase) {
    Tokenization tokenization = new Tokenization(pattern, ignoreCase);
    Corpus corpus = LocalSpark.corpus(posts, tokenization);
    try (SparkCounts counts = SparkCounts.of(documents(null), tokenization)) {
      assertThat(counts.tokens()).isEqualTo(corpus.tokenCount()).isGreaterThan(300_000);
      assertThat(counts.types()).isEqualTo(corpus.typeCount());
      assertThat(counts.documents()).isEqualTo(corpus.documentCount());
      assertThat(SparkAnalyses.frequencyList(counts, 0))
          .isEqualTo(FrequencyList.top(corpus, 0));
      assertThat(SparkAnalyses.frequencyList(counts, 25))
          .isEqualTo(FrequencyList.top(corpus, 25));
    }
  }

  @ParameterizedTest
  @EnumSource(Keyness.Ranking.class)
  void keynessOfOneSubCorpusAgainstAnotherIsIdentical(Keyness.Ranking ranking) {
    Tokenization tokenization = new Tokenization(null, true);
    Corpus moby = LocalSpark.corpus(LocalSpark.of(posts, "moby"), tokenization);
    Corpus austen = LocalSpark.corpus(LocalSpark.of(posts, "austen"), tokenization);
    try (SparkCounts target = SparkCounts.of(documents("book = 'moby'"), tokenization);
        SparkCounts reference = SparkCounts.of(documents("book = 'austen'"), tokenization)) {
      assertThat(target.documents()).isEqualTo(moby.documentCount());
      assertThat(SparkAnalyses.keyness(target, reference, ranking, 3, true, 0))
          .isEqualTo(Keyness.of(moby, austen, ranking, 3, true, 0))
          .hasSizeGreaterThan(1_000);
      assertThat(SparkAnalyses.keyness(target, reference, ranking, 5, false, 40))
          .isEqualTo(Keyness.of(moby, austen, ranking, 5, false, 40))
          .hasSize(40);
    }
  }

  @ParameterizedTest
  @CsvSource({
      "whale, 5, logdice, 3",
      "whale, 1, mi, 1",
      "the, 4, ll, 2",
      "Elinor, 3, t, 1",
      "sea, 10, z, 3",
      "sea, 2, mi3, 1"})
  void collocatesAreIdentical(String node, int window, String measure, int minFreq) {
    Tokenization tokenization = Tokenization.DEFAULT;
    Corpus corpus = LocalSpark.corpus(posts, tokenization);
    Dataset<String> documents = documents(null);
    try (SparkCounts counts = SparkCounts.of(documents, tokenization)) {
      Collocates.Result spark =
          SparkAnalyses.collocates(documents, counts, node, window, measure, minFreq, 0);
      Collocates.Result local = Collocates.of(corpus, node, window,
          AssociationMeasure.named(measure), minFreq, false, 0);
      assertThat(spark.nodeFrequency()).isEqualTo(local.nodeFrequency()).isPositive();
      assertThat(spark).isEqualTo(local);
      assertThat(SparkAnalyses.collocates(documents, counts, node, window, measure, minFreq, 15))
          .isEqualTo(Collocates.of(corpus, node, window, AssociationMeasure.named(measure),
              minFreq, false, 15));
    }
  }

  @Test
  void collocatesOfAFoldedCorpusMatchTheNodeInAnyCase() {
    Tokenization folded = new Tokenization(null, true);
    Corpus corpus = LocalSpark.corpus(posts, folded);
    Dataset<String> documents = documents(null);
    try (SparkCounts counts = SparkCounts.of(documents, folded)) {
      assertThat(SparkAnalyses.collocates(documents, counts, "Whale", 5, "logdice", 3, 0))
          .isEqualTo(Collocates.of(corpus, "Whale", 5, AssociationMeasure.named("logdice"), 3,
              false, 0));
    }
  }

  @Test
  void parquetGivesTheSameCountsAsJsonLines() {
    Path parquet = dir.resolve("novels.parquet");
    LocalSpark.session().read().json(file.toString()).write().parquet(parquet.toString());
    Tokenization tokenization = Tokenization.DEFAULT;
    Corpus corpus = LocalSpark.corpus(posts, tokenization);
    try (SparkCounts counts = SparkCounts.of(inputs.documents(parquet.toString(),
        SparkInputs.Format.PARQUET, "text", "book = 'moby' or book = 'austen'"), tokenization)) {
      assertThat(counts.tokens()).isEqualTo(corpus.tokenCount());
      assertThat(SparkAnalyses.frequencyList(counts, 0)).isEqualTo(FrequencyList.top(corpus, 0));
    }
  }

  /** Word-list counts per group equal each group's corpus built by the library: its tokens and each word's frequency. */
  @ParameterizedTest
  @CsvSource({"false", "true"})
  void wordListCountsPerGroupAreIdentical(boolean ignoreCase) {
    Tokenization tokenization = new Tokenization(null, ignoreCase);
    List<String> words = List.of("whale", "Elinor", "sea", "sister", "the", "nowhere-to-be-found");
    List<SparkWordCounts.Group> groups = SparkWordCounts.of(
        inputs.groupedDocuments(file.toString(), SparkInputs.Format.JSONL, "text", null, "book"),
        tokenization, words);
    assertThat(groups).extracting(SparkWordCounts.Group::group).containsExactly("austen", "moby");
    for (SparkWordCounts.Group g : groups) {
      Corpus corpus = LocalSpark.corpus(LocalSpark.of(posts, g.group()), tokenization);
      assertThat(g.tokens()).isEqualTo(corpus.tokenCount());
      List<Long> expected = words.stream().map(w -> (long) corpus.frequency(tokenization.normalise(w))).toList();
      assertThat(g.byWord()).isEqualTo(expected);
      assertThat(g.hits()).isEqualTo(expected.stream().mapToLong(Long::longValue).sum()).isPositive();
      assertThat(g.perTenThousand()).isEqualTo(g.hits() * 10_000.0 / corpus.tokenCount());
    }
    // Folding: "Whale" at the start of a sentence counts as "whale" only when ignoring case.
    long mobyWhale = groups.get(1).byWord().get(0);
    Corpus folded = LocalSpark.corpus(LocalSpark.of(posts, "moby"), new Tokenization(null, true));
    assertThat(mobyWhale == folded.frequency("whale")).isEqualTo(ignoreCase);
  }

  @Test
  void aGroupingExpressionThatCannotBeAppliedIsAnError() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> inputs.groupedDocuments(file.toString(),
        SparkInputs.Format.JSONL, "text", null, "no_such_column"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot group by 'no_such_column'");
  }
}
