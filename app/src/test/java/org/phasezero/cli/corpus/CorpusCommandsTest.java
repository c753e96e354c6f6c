package org.phasezero.cli.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phasezero.cli.CliRun;
import tools.jackson.databind.JsonNode;
import org.phasezero.cli.Json;

class CorpusCommandsTest {

  @TempDir
  Path dir;

  private Path text;

  @BeforeEach
  void writeText() throws IOException {
    // Tokens: The cat sat on the mat the end -> 8 tokens, 7 types; "the" 2, "The" 1.
    text = Files.writeString(dir.resolve("cat.txt"), "The cat sat on the mat, the end.\n");
  }

  private static JsonNode json(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return Json.mapper().readTree(run.out());
  }

  @Test
  void freqCountsTokensAndTypes() {
    JsonNode r = json(CliRun.of("corpus", "freq", text.toString(), "--format", "json"));
    assertThat(r.get("tokens").asInt()).isEqualTo(8);
    assertThat(r.get("types").asInt()).isEqualTo(7);
    assertThat(r.get("top").get(0).get("type").asString()).isEqualTo("the");
    assertThat(r.get("top").get(0).get("frequency").asInt()).isEqualTo(2);
  }

  @Test
  void freqIgnoringCaseFoldsTheToOneType() {
    JsonNode r = json(CliRun.of("corpus", "freq", text.toString(), "--ignore-case", "--format",
        "json"));
    assertThat(r.get("types").asInt()).isEqualTo(6);
    assertThat(r.get("top").get(0).get("frequency").asInt()).isEqualTo(3);
  }

  @Test
  void freqPrintsReadableTextAndCsv() {
    CliRun textRun = CliRun.of("corpus", "freq", text.toString());
    assertThat(textRun.out()).contains("tokens: 8", "types: 7");
    CliRun csv = CliRun.of("corpus", "freq", text.toString(), "--format", "csv", "--top", "1");
    assertThat(csv.out()).isEqualTo("rank,type,frequency,per_million\n1,the,2,250000.0\n");
  }

  @Test
  void aCustomTokenPatternKeepsPunctuation() {
    JsonNode r = json(CliRun.of("corpus", "freq", text.toString(), "--token-pattern",
        "\\w+|[^\\w\\s]+", "--format", "json"));
    assertThat(r.get("tokens").asInt()).isEqualTo(10);
  }

  @Test
  void kwicFromTextAndFromASavedIndexAgree() {
    CliRun index = CliRun.of("corpus", "index", text.toString(), "--out",
        dir.resolve("idx").toString(), "--format", "json");
    JsonNode built = json(index);
    assertThat(built.get("tokens").asInt()).isEqualTo(8);
    assertThat(built.get("types").asInt()).isEqualTo(7);
    String[] query = {"--query", "the", "--width", "2", "--sort", "right", "--format", "json"};
    CliRun fromText = CliRun.of(concat(new String[] {"corpus", "kwic", text.toString()}, query));
    CliRun fromIndex = CliRun.of(concat(new String[] {"corpus", "kwic", "--index",
        dir.resolve("idx").toString()}, query));
    JsonNode r = json(fromIndex);
    assertThat(r.get("hits").asInt()).isEqualTo(2);
    // Right contexts: "mat the" (4), "end" (6): sorted right, end < mat.
    assertThat(r.get("lines").get(0).get("right").asString()).isEqualTo("end");
    assertThat(r.get("lines").get(1).get("left").asString()).isEqualTo("sat on");
    assertThat(fromIndex.out()).isEqualTo(fromText.out());
  }

  @Test
  void kwicIgnoringCaseOnACaseSensitiveIndexFindsEveryForm() {
    CliRun index = CliRun.of("corpus", "index", text.toString(), "--out", dir.resolve("i").toString());
    assertThat(index.exitCode()).isZero();
    assertThat(index.out()).startsWith("indexed 1 documents: 8 tokens, 7 types");
    JsonNode r = json(CliRun.of("corpus", "kwic", "--index", dir.resolve("i").toString(),
        "--query", "THE", "--ignore-case", "--format", "json"));
    assertThat(r.get("hits").asInt()).isEqualTo(3);
  }

  @Test
  void aWordAbsentFromTheCorpusHasZeroHitsAndIsNotAnError() {
    CliRun run = CliRun.of("corpus", "kwic", text.toString(), "--query", "whale");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("0 hits for 'whale'");
  }

  @Test
  void collocatesReportObservedExpectedAndScore() {
    // Window 1 around "the" (positions 4 and 6): {3 on, 5 mat, 7 end}; N = 8, |U| = 3.
    // mat: O = 1, E = 3*1/8 = 0.375, MI = log2(1/0.375) = 1.415037...
    JsonNode r = json(CliRun.of("corpus", "collocates", text.toString(), "--node", "the",
        "--window", "1", "--measure", "mi", "--min-freq", "1", "--format", "json"));
    assertThat(r.get("window_tokens").asInt()).isEqualTo(3);
    JsonNode mat = null;
    for (JsonNode c : r.get("collocates")) {
      if (c.get("collocate").asString().equals("mat")) {
        mat = c;
      }
    }
    assertThat(mat).isNotNull();
    assertThat(mat.get("expected").asDouble()).isEqualTo(0.375);
    assertThat(mat.get("score").asDouble()).isCloseTo(1.4150374992788437,
        org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void bigramsRankByPmi() throws IOException {
    Path f = Files.writeString(dir.resolve("ab.txt"), "a b a b c");
    CliRun run = CliRun.of("corpus", "bigrams", f.toString(), "--measure", "pmi", "--min-freq",
        "2", "--format", "csv");
    // Only "a b" occurs twice: PMI = log2(2*5/(2*2)) = log2 2.5 = 1.3219280948873624.
    assertThat(run.out()).isEqualTo("first,second,frequency,score\na,b,2,1.3219280948873624\n");
  }

  @Test
  void keynessListsTheOverusedWord() throws IOException {
    Path target = Files.writeString(dir.resolve("t.txt"), "a a a b");
    Path reference = Files.writeString(dir.resolve("r.txt"), "a b b b c");
    JsonNode r = json(CliRun.of("corpus", "keyness", "--target", target.toString(),
        "--reference", reference.toString(), "--min-freq", "1", "--format", "json"));
    assertThat(r.get("keywords")).hasSize(1);
    assertThat(r.get("keywords").get(0).get("word").asString()).isEqualTo("a");
    assertThat(r.get("keywords").get(0).get("direction").asString()).isEqualTo("+");
  }

  @Test
  void keynessFromSavedIndexesMatchesKeynessFromText() throws IOException {
    Path target = Files.writeString(dir.resolve("t.txt"), "a a a b d d");
    Path reference = Files.writeString(dir.resolve("r.txt"), "a b b b c d");
    String t = dir.resolve("ti").toString();
    String r = dir.resolve("ri").toString();
    assertThat(CliRun.of("corpus", "index", target.toString(), "--out", t).exitCode()).isZero();
    assertThat(CliRun.of("corpus", "index", reference.toString(), "--out", r).exitCode()).isZero();
    CliRun fromText = CliRun.of("corpus", "keyness", "--target", target.toString(), "--reference",
        reference.toString(), "--min-freq", "1", "--include-underused", "--format", "csv");
    CliRun fromIndex = CliRun.of("corpus", "keyness", "--target-index", t, "--reference-index", r,
        "--min-freq", "1", "--include-underused", "--format", "csv");
    assertThat(fromIndex.exitCode()).isZero();
    assertThat(fromIndex.out()).isEqualTo(fromText.out());
    // a: 3/6 vs 1/6 over-used first; d: 2/6 vs 1/6 next. Under-used, most under-used last:
    // b: E1 = E2 = 2, LL = 2(ln(1/2) + 3 ln(3/2)) = 1.0465; c: E2 = 0.5, LL = 2 ln 2 = 1.3863.
    assertThat(fromText.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))))
        .containsExactly("a", "d", "b", "c");
  }

  @Test
  void windows1252TextIsDetected() throws IOException {
    Path f = dir.resolve("latin.txt");
    Files.write(f, new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'c', 'a', 'f', (byte) 0xE9});
    JsonNode r = json(CliRun.of("corpus", "freq", f.toString(), "--format", "json"));
    assertThat(r.get("top").get(0).get("type").asString()).isEqualTo("café");
    assertThat(r.get("top").get(0).get("frequency").asInt()).isEqualTo(2);
  }

  @Test
  void kwicTextAlignsTheNodeColumn() {
    CliRun run = CliRun.of("corpus", "kwic", text.toString(), "--query", "the", "--width", "2");
    assertThat(run.out().lines()).containsExactly("2 hits for 'the'",
        " sat on  [the]  mat the",
        "the mat  [the]  end");
  }

  @Test
  void llCalculatorPrintsBothForms() {
    // Worked by hand in KeynessTest: LL = 100 ln 2 = 69.3147..., G2 = 69.6919..., log ratio 2.
    JsonNode r = json(CliRun.of("corpus", "ll", "--freq1", "100", "--size1", "10000", "--freq2",
        "50", "--size2", "20000", "--format", "json"));
    assertThat(r.get("ll").asDouble()).isCloseTo(69.31471805599453,
        org.assertj.core.api.Assertions.within(1e-9));
    assertThat(r.get("g2").asDouble()).isCloseTo(69.69191931932805,
        org.assertj.core.api.Assertions.within(1e-6));
    assertThat(r.get("log_ratio").asDouble()).isCloseTo(2.0,
        org.assertj.core.api.Assertions.within(1e-12));
    assertThat(r.get("significance").asString()).isEqualTo("p < 0.0001");
    CliRun text = CliRun.of("corpus", "ll", "--freq1", "100", "--size1", "10000", "--freq2",
        "50", "--size2", "20000");
    assertThat(text.out()).contains("two-term): 69.3147", "four-term):", "69.6919");
  }

  @Test
  void everyCorpusCommandHasHelp() {
    for (String sub : new String[] {"index", "freq", "kwic", "collocates", "bigrams", "keyness",
        "ll"}) {
      CliRun run = CliRun.of("corpus", sub, "--help");
      assertThat(run.exitCode()).as(sub).isZero();
      assertThat(run.out()).as(sub).contains("Usage:");
    }
  }

  static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
