package org.phasezero.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phasezero.analysis.corpus.AssociationMeasure;
import org.phasezero.analysis.corpus.Collocates;
import org.phasezero.analysis.corpus.Corpus;
import org.phasezero.analysis.corpus.FrequencyList;
import org.phasezero.analysis.corpus.Keyness;
import org.phasezero.analysis.corpus.KeynessScore;
import org.phasezero.analysis.corpus.Tokenization;
import org.phasezero.spark.cli.SparkCommand;

/** The command line: the same JSON as 'phasezero corpus', and plain errors with exit codes. */
class SparkCommandTest {

  @TempDir
  static Path dir;

  static List<LocalSpark.Post> posts;
  static Path file;

  @BeforeAll
  static void write() throws Exception {
    LocalSpark.session();
    posts = LocalSpark.novels();
    file = LocalSpark.jsonl(dir, "novels.jsonl", posts);
  }

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = SparkCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  private static JsonNode json(Run run) throws Exception {
    assertThat(run.status()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void freqPrintsTheFrequencyListAsJson() throws Exception {
    JsonNode result = json(run("freq", "--input", file.toString(), "--ignore-case",
        "--top", "5", "--format", "json"));
    Corpus corpus = LocalSpark.corpus(posts, new Tokenization(null, true));
    assertThat(result.get("tokens").asLong()).isEqualTo(corpus.tokenCount());
    assertThat(result.get("types").asLong()).isEqualTo(corpus.typeCount());
    assertThat(result.get("documents").asLong()).isEqualTo(corpus.documentCount());
    List<FrequencyList.Entry> expected = FrequencyList.top(corpus, 5);
    for (int i = 0; i < 5; i++) {
      JsonNode row = result.get("top").get(i);
      assertThat(row.get("type").asText()).isEqualTo(expected.get(i).type());
      assertThat(row.get("frequency").asLong()).isEqualTo(expected.get(i).frequency());
      assertThat(row.get("per_million").asDouble()).isEqualTo(expected.get(i).perMillion());
    }
  }

  @Test
  void keynessSplitsOneInputByConditions() throws Exception {
    JsonNode result = json(run("keyness", "--input", file.toString(),
        "--target-where", "book = 'moby'", "--reference-where", "book = 'austen'",
        "--measure", "log-ratio", "--top", "10", "--format", "json"));
    Tokenization t = Tokenization.DEFAULT;
    List<KeynessScore> expected = Keyness.of(LocalSpark.corpus(LocalSpark.of(posts, "moby"), t),
        LocalSpark.corpus(LocalSpark.of(posts, "austen"), t), Keyness.Ranking.LOG_RATIO, 3,
        false, 10);
    assertThat(result.get("keywords")).hasSize(10);
    for (int i = 0; i < 10; i++) {
      JsonNode row = result.get("keywords").get(i);
      assertThat(row.get("word").asText()).isEqualTo(expected.get(i).word());
      assertThat(row.get("log_ratio").asDouble()).isEqualTo(expected.get(i).logRatio());
      assertThat(row.get("significance").asText()).isEqualTo(expected.get(i).significance());
    }
  }

  @Test
  void collocatesPrintAsText() {
    Run run = run("collocates", "--input", file.toString(), "--node", "whale", "--top", "3");
    Collocates.Result expected = Collocates.of(LocalSpark.corpus(posts, Tokenization.DEFAULT),
        "whale", 5, AssociationMeasure.named("logdice"), 3, false, 3);
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("node 'whale': frequency " + expected.nodeFrequency())
        .contains(expected.collocates().get(0).word());
  }

  @Test
  void csvOutputHasTheCorpusCommandsHeader() {
    Run run = run("freq", "--input", file.toString(), "--where", "book = 'austen'",
        "--top", "2", "--format", "csv");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("rank,type,frequency,per_million\n1,");
  }

  @Test
  void badUsageIsExplainedWithoutAStackTrace() {
    Run noSides = run("keyness", "--target", file.toString());
    assertThat(noSides.status()).isEqualTo(1);
    assertThat(noSides.err()).contains("give --reference FILE_OR_DIR");

    Run badPattern = run("freq", "--input", file.toString(), "--token-pattern", "[a-");
    assertThat(badPattern.status()).isEqualTo(1);
    assertThat(badPattern.err()).contains("invalid token pattern").doesNotContain("\tat ");

    Run unknownOption = run("freq", "--input", file.toString(), "--colour");
    assertThat(unknownOption.status()).isEqualTo(2);

    Run badMeasure = run("collocates", "--input", file.toString(), "--node", "sea",
        "--measure", "cosine");
    assertThat(badMeasure.err()).contains("unknown association measure 'cosine'");
  }

  @Test
  void emptyInputSaysSo() throws Exception {
    Path empty = LocalSpark.jsonl(dir, "empty.jsonl", List.of(new LocalSpark.Post("x", "...")));
    Run run = run("keyness", "--target", empty.toString(), "--reference", file.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("the target corpus has no tokens");
  }

  @Test
  void countsPrintsAWordListByGroupAsCsv() {
    Run run = run("counts", "--input", file.toString(), "--words", "whale, sea,whale", "--by", "book",
        "--where", "book = 'moby'", "--format", "csv");
    assertThat(run.status()).as(run.err()).isZero();
    Corpus moby = LocalSpark.corpus(LocalSpark.of(posts, "moby"), Tokenization.DEFAULT);
    List<String> lines = run.out().lines().toList();
    // A repeated word is counted once; the rate has four decimals, as every figure printed.
    assertThat(lines.get(0)).isEqualTo("group,tokens,hits,per_10000,whale,sea");
    int whale = moby.frequency("whale");
    int sea = moby.frequency("sea");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).isEqualTo("moby," + moby.tokenCount() + "," + (whale + sea) + ","
        + String.format(java.util.Locale.ROOT, "%.4f", (whale + sea) * 10_000.0 / moby.tokenCount()) + ","
        + whale + "," + sea);
    Run bad = run("counts", "--input", file.toString(), "--words", "whale", "--by", "no_such_column");
    assertThat(bad.status()).isEqualTo(1);
    assertThat(bad.err()).contains("cannot group by 'no_such_column'");
  }
}
