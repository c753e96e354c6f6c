package org.phasezero.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phasezero.analysis.corpus.Corpus;
import org.phasezero.analysis.corpus.CorpusBuilder;
import org.phasezero.analysis.corpus.FrequencyList;
import org.phasezero.analysis.corpus.Tokenization;
import org.phasezero.analysis.testing.SharedData;

/** Bad input is named or counted, never half-read; CSV exports with quoted new lines read whole. */
class SparkInputsTest {

  @TempDir
  Path dir;

  private Path lines(String... lines) throws Exception {
    Path file = dir.resolve("posts.jsonl");
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aMalformedLineStopsTheJobByDefault() throws Exception {
    Path file = lines("{\"text\": \"care in the community\"}", "{\"text\": \"unclosed",
        "{\"text\": \"community voice\"}");
    SparkInputs inputs = new SparkInputs(LocalSpark.session(), SparkInputs.BadLines.STOP);
    Dataset<String> docs = inputs.documents(file.toString(), SparkInputs.Format.JSONL, "text",
        null);
    assertThatThrownBy(() -> SparkCounts.of(docs, Tokenization.DEFAULT))
        .hasStackTraceContaining("Malformed records are detected");
  }

  @Test
  void aMalformedLineCanBeLeftOutAndIsCounted() throws Exception {
    Path file = lines("{\"text\": \"care in the community\"}", "{\"text\": \"unclosed",
        "not json at all", "{\"text\": \"community voice\"}", "{\"author\": \"no text\"}");
    SparkInputs inputs = new SparkInputs(LocalSpark.session(), SparkInputs.BadLines.SKIP);
    try (SparkCounts counts = SparkCounts.of(inputs.documents(file.toString(),
        SparkInputs.Format.JSONL, "text", null), Tokenization.DEFAULT)) {
      assertThat(counts.documents()).isEqualTo(2);
      assertThat(counts.tokens()).isEqualTo(6);
      assertThat(SparkAnalyses.frequencyList(counts, 1).get(0).type()).isEqualTo("community");
    }
    assertThat(inputs.skipped()).isEqualTo(2);
  }

  @Test
  void aMissingTextColumnIsNamedWithTheColumnsThereAre() throws Exception {
    Path file = lines("{\"body\": \"care\", \"forum\": \"carers\"}");
    SparkInputs inputs = new SparkInputs(LocalSpark.session(), SparkInputs.BadLines.STOP);
    assertThatThrownBy(() -> inputs.documents(file.toString(), SparkInputs.Format.JSONL, "text",
        "forum = 'carers'"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no column 'text'").hasMessageContaining("body, forum");
  }

  @Test
  void aConditionOnAFieldThatIsNotThereIsRefused() throws Exception {
    Path file = lines("{\"text\": \"care\", \"forum\": \"carers\"}");
    SparkInputs inputs = new SparkInputs(LocalSpark.session(), SparkInputs.BadLines.STOP);
    assertThatThrownBy(() -> inputs.documents(file.toString(), SparkInputs.Format.JSONL, "text",
        "side = 'community'"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot apply the condition 'side = 'community''");
  }

  @Test
  void aMissingFileIsNamed() {
    SparkInputs inputs = new SparkInputs(LocalSpark.session(), SparkInputs.BadLines.STOP);
    assertThatThrownBy(() -> inputs.documents(dir.resolve("absent.parquet").toString(),
        SparkInputs.Format.PARQUET, "text", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot read").hasMessageContaining("absent.parquet");
  }

  /** Counsel Chat: answers with quoted new lines and commas, as a forum export has them. */
  @Test
  void aCsvExportOfForumPostsCountsAsTheSameTextsDo() {
    Path csv = SharedData.file("corpora/online_posts/counsel_chat_2020-03-25.csv");
    SparkInputs inputs = new SparkInputs(LocalSpark.session(), SparkInputs.BadLines.STOP);
    Dataset<String> answers =
        inputs.documents(csv.toString(), SparkInputs.Format.CSV, "answerText", null);
    List<String> texts = answers.collectAsList();
    assertThat(texts).hasSize(2129);
    CorpusBuilder builder = new CorpusBuilder(Tokenization.DEFAULT);
    texts.forEach(t -> builder.add("post", t == null ? "" : t));
    Corpus corpus = builder.build();
    try (SparkCounts counts = SparkCounts.of(answers, Tokenization.DEFAULT)) {
      assertThat(counts.tokens()).isEqualTo(corpus.tokenCount());
      assertThat(SparkAnalyses.frequencyList(counts, 50))
          .isEqualTo(FrequencyList.top(corpus, 50));
    }
  }
}
