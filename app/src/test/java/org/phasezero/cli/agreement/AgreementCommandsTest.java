package org.phasezero.cli.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phasezero.analysis.testing.SharedData;
import org.phasezero.cli.Cli;
import org.phasezero.cli.CliRun;
import org.phasezero.cli.Json;
import tools.jackson.databind.JsonNode;

/** The agreement commands on the shared reference data and on small files of their own. */
class AgreementCommandsTest {

  @TempDir
  Path dir;

  private static String shared(String name) {
    return SharedData.file("reliability/" + name).toString();
  }

  private static JsonNode json(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return Json.mapper().readTree(run.out());
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void alphaPrintsThePublishedNominalValueAsText() {
    CliRun run = CliRun.of("agreement", "alpha", "--level", "nominal",
        shared("krippendorff2011_C_4coders_12units.csv"));
    assertThat(run.exitCode()).isZero();
    // Krippendorff (2011): α = 904/1216 = 0.7434.
    assertThat(run.out()).contains("Krippendorff's alpha (nominal): 0.7434",
        "units: 12 (11 pairable), coders: 4, pairable values: 40");
  }

  @Test
  void alphaJsonHasTheStableFieldNames() {
    JsonNode result = json(CliRun.of("agreement", "alpha", "--level", "interval", "--format",
        "json", shared("krippendorff2011_C_4coders_12units.csv")));
    assertThat(result.get("alpha").asDouble()).isCloseTo(0.849, within(5e-4));
    assertThat(result.get("level").asText()).isEqualTo("interval");
    assertThat(result.get("units").asInt()).isEqualTo(12);
    assertThat(result.get("coders").asInt()).isEqualTo(4);
    assertThat(result.get("pairable_values").asInt()).isEqualTo(40);
    assertThat(result.has("ci_low")).isFalse();
  }

  @Test
  void alphaReadsUnitsInRowsWithDotsForMissing() {
    // Hayes & Krippendorff (2007): ordinal α = .7598.
    JsonNode result = json(CliRun.of("agreement", "alpha", "--level", "ordinal", "--units-in",
        "rows", "--format", "json", shared("hayes_krippendorff_2007_table1_5obs_40units.csv")));
    assertThat(result.get("alpha").asDouble()).isCloseTo(0.7598, within(5e-5));
    assertThat(result.get("units").asInt()).isEqualTo(40);
    assertThat(result.get("coders").asInt()).isEqualTo(5);
  }

  @Test
  void alphaBootstrapIsReproducibleFromItsSeedAndBracketsTheEstimate() {
    String file = shared("hayes_krippendorff_2007_table1_5obs_40units.csv");
    String[] args = {"agreement", "alpha", "--level", "ordinal", "--units-in", "rows",
        "--bootstrap", "300", "--seed", "7", "--format", "json", file};
    JsonNode first = json(CliRun.of(args));
    JsonNode second = json(CliRun.of(args));
    assertThat(second).isEqualTo(first);
    double alpha = first.get("alpha").asDouble();
    assertThat(first.get("ci_low").asDouble()).isLessThan(alpha);
    assertThat(first.get("ci_high").asDouble()).isGreaterThan(alpha);
    assertThat(first.get("seed").asLong()).isEqualTo(7);
    assertThat(first.get("bootstrap").asInt()).isEqualTo(300);
  }

  @Test
  void alphaCsvIsAHeaderAndOneRow() {
    CliRun run = CliRun.of("agreement", "alpha", "--level", "nominal", "--format", "csv",
        shared("wikipedia_krippendorff_example_3coders_15units.csv"));
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().toList()).hasSize(2);
    assertThat(run.out().lines().findFirst().orElseThrow())
        .startsWith("alpha,level,units,pairable_units,coders,pairable_values");
    // Wikipedia's example: nominal α = 0.691.
    assertThat(Double.parseDouble(run.out().lines().toList().get(1).split(",")[0]))
        .isCloseTo(0.691, within(5e-4));
  }

  @Test
  void alphaOrdersStringLabelsWithOrderAndHonoursCustomMissingMarkers() throws IOException {
    // Two coders, three units: (low, low), (high, medium), (medium, –). Ranks 1, 3, 2.
    // Ordinal marginals n_low = 2, n_medium = 1, n_high = 1 (the lone 'medium' is unpairable).
    // δ²(medium, high) = (1 + 1 − (1 + 1)/2)² = 1; δ²(low, medium) = (2 + 1 − 1.5)² = 2.25;
    // δ²(low, high) = (2 + 1 + 1 − 1.5)² = 6.25.
    // D_o = (2·1)/4 = 0.5; D_e = 2(2·1·2.25 + 2·1·6.25 + 1·1·1)/(4·3) = 2·18/12 = 3;
    // α = 1 − 0.5/3 = 5/6.
    Path file = write("ordinal.csv", "coder,u1,u2,u3\nA,low,high,medium\nB,low,medium,-\n");
    JsonNode result = json(CliRun.of("agreement", "alpha", "--level", "ordinal", "--order",
        "low,medium,high", "--missing", "-", "--format", "json", file.toString()));
    assertThat(result.get("alpha").asDouble()).isCloseTo(5.0 / 6, within(1e-12));
  }

  @Test
  void aLabelNotInOrderNamesTheFileAndLine() throws IOException {
    Path file = write("order.csv", "coder,u1,u2\nA,low,high\nB,low,huge\n");
    assertBadInput(CliRun.of("agreement", "alpha", "--level", "ordinal", "--order", "low,high",
        file.toString()), file + ":3:", "huge");
  }

  @Test
  void ordinalStringLabelsWithoutAnOrderAskForOne() throws IOException {
    Path file = write("unordered.csv", "coder,u1,u2\nA,low,high\nB,low,high\n");
    assertBadInput(CliRun.of("agreement", "alpha", "--level", "ordinal", file.toString()),
        file + ":2:", "--order");
  }

  @Test
  void aNonNumberAtTheIntervalLevelNamesTheFileAndLine() throws IOException {
    Path file = write("interval.csv", "unit,A,B\n1,1,2\n2,3,three\n");
    assertBadInput(CliRun.of("agreement", "alpha", "--level", "interval", "--units-in", "rows",
        file.toString()), file + ":3:", "three");
  }

  @Test
  void raggedRowsNameTheFileAndLine() throws IOException {
    Path file = write("ragged.csv", "coder,u1,u2,u3\nA,1,2,3\nB,1,2\n");
    assertBadInput(CliRun.of("agreement", "alpha", "--level", "nominal", file.toString()),
        file + ":3:", "expected 4 values");
  }

  @Test
  void oneCoderIsBadInput() throws IOException {
    Path file = write("one.csv", "coder,u1,u2\nA,1,2\n");
    assertBadInput(CliRun.of("agreement", "alpha", "--level", "nominal", file.toString()),
        file.toString(), "one coder");
  }

  @Test
  void noPairableValuesIsBadInput() throws IOException {
    Path file = write("none.csv", "coder,u1,u2\nA,1,NA\nB,.,2\n");
    assertBadInput(CliRun.of("agreement", "percent", file.toString()), file.toString(),
        "no pairable values");
    assertBadInput(CliRun.of("agreement", "alpha", "--level", "nominal", file.toString()),
        file.toString(), "no pairable values");
  }

  @Test
  void aMissingFileIsBadInput() {
    Path file = dir.resolve("absent.csv");
    assertBadInput(CliRun.of("agreement", "alpha", "--level", "nominal", file.toString()),
        file.toString(), "no such file");
  }

  @Test
  void percentAgreementOfAThreeCoderMatrix() throws IOException {
    // Units (a,a,a): 1; (a,a,b): 1/3; (a,b,–): 0; (a,–,–) unpairable. Mean 4/9 = 0.4444.
    Path file = write("percent.csv", "coder,u1,u2,u3,u4\nA,a,a,a,a\nB,a,a,b,\nC,a,b,,\n");
    JsonNode result = json(CliRun.of("agreement", "percent", "--format", "json",
        file.toString()));
    assertThat(result.get("agreement").asDouble()).isCloseTo(4.0 / 9, within(1e-12));
    assertThat(result.get("pairable_units").asInt()).isEqualTo(3);
    assertThat(CliRun.of("agreement", "percent", file.toString()).out())
        .contains("percent agreement: 44.44%");
  }

  @Test
  void fleissOnRawRatingsMatchesFleiss1971() {
    JsonNode result = json(CliRun.of("agreement", "fleiss", "--format", "json",
        shared("fleiss1971_diagnoses_30subjects_6raters.csv")));
    assertThat(result.get("kappa").asDouble()).isCloseTo(0.430, within(5e-4));
    assertThat(result.get("subjects").asInt()).isEqualTo(30);
    assertThat(result.get("raters").asInt()).isEqualTo(6);
    assertThat(result.get("categories").asInt()).isEqualTo(5);
  }

  @Test
  void fleissOnCountsMatchesTheWikipediaExample() {
    CliRun run = CliRun.of("agreement", "fleiss", "--counts",
        shared("wikipedia_fleiss_kappa_example_10subjects_14raters_counts.csv"));
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Fleiss' kappa: 0.2099");
  }

  @Test
  void aCountThatIsNotANumberNamesTheFileAndLine() throws IOException {
    Path file = write("counts.csv", "subject,a,b\n1,2,1\n2,x,3\n");
    assertBadInput(CliRun.of("agreement", "fleiss", "--counts", file.toString()),
        file + ":3:", "'x'");
  }

  @Test
  void countsWithDifferentRaterTotalsNameTheLine() throws IOException {
    Path file = write("unequal.csv", "subject,a,b\n1,2,1\n2,1,1\n");
    assertBadInput(CliRun.of("agreement", "fleiss", "--counts", file.toString()),
        file + ":3:", "same number");
  }

  @Test
  void cohenOnTheGrantTableGivesKappa04() {
    JsonNode result = json(CliRun.of("agreement", "cohen", "--table", "--format", "json",
        shared("cohen_kappa_grant_proposals_2x2.csv")));
    assertThat(result.get("kappa").asDouble()).isCloseTo(0.4, within(1e-12));
    assertThat(result.get("units").asInt()).isEqualTo(50);
    assertThat(result.get("weights").asText()).isEqualTo("unweighted");
  }

  @Test
  void cohenWeightsNumericLabelsInNumericOrder() throws IOException {
    // Labels 1, 2, 10 (alphabetically 1, 10, 2). Pairs (1,2), (2,10), (10,10), (1,1):
    // quadratic weights on positions 0, 1, 2 over (K − 1)² = 4: observed (¼ + ¼)/4 = 1/8;
    // margins A: 1→2, 2→1, 10→1; B: 1→1, 2→1, 10→2;
    // expected Σ v·a_i·b_j/16 = [¼(2·1 + 1·1 + 1·2 + 1·1)... ] computed below:
    //   (1,2): ¼·2·1 = 0.5; (1,10): 1·2·2 = 4; (2,1): ¼·1·1 = 0.25; (2,10): ¼·1·2 = 0.5;
    //   (10,1): 1·1·1 = 1; (10,2): ¼·1·1 = 0.25. Sum 6.5 → 6.5/16.
    // κ = 1 − (1/8)/(6.5/16) = 1 − 2/6.5 = 0.6923.
    Path file = write("pairs.csv", "A,B\n1,2\n2,10\n10,10\n1,1\n");
    JsonNode result = json(CliRun.of("agreement", "cohen", "--weights", "quadratic", "--format",
        "json", file.toString()));
    assertThat(result.get("kappa").asDouble()).isCloseTo(1 - 2 / 6.5, within(1e-12));
  }

  @Test
  void weightedCohenOnUnorderedStringLabelsAsksForAnOrder() throws IOException {
    Path file = write("strings.csv", "A,B\nyes,no\nno,no\n");
    assertBadInput(CliRun.of("agreement", "cohen", "--weights", "linear", file.toString()),
        file.toString(), "--order");
  }

  @Test
  void unitisedAlphaOfKrippendorffs2004Example() throws IOException {
    // Krippendorff (2004), p. 254, continuum [150, 450); worked by hand in UnitisedAlphaTest:
    // α(c) = .7286, α(k) = 1, overall .8587.
    Path file = write("spans.csv", """
        coder,start,end,category
        i,225,295,c
        i,370,400,c
        j,220,300,c
        j,355,375,c
        j,400,420,c
        i,180,240,k
        i,300,350,k
        j,180,240,k
        j,300,350,k
        """);
    JsonNode result = json(CliRun.of("agreement", "unitised", "--begin", "150", "--length",
        "300", "--format", "json", file.toString()));
    assertThat(result.get("alpha").asDouble()).isCloseTo(0.8587, within(5e-5));
    assertThat(result.get("categories").get(0).get("category").asText()).isEqualTo("c");
    assertThat(result.get("categories").get(0).get("alpha").asDouble())
        .isCloseTo(0.7286, within(5e-5));
    CliRun csv = CliRun.of("agreement", "unitised", "--begin", "150", "--length", "300",
        "--format", "csv", file.toString());
    assertThat(csv.out().lines().toList()).hasSize(4);
  }

  @Test
  void overlappingSpansOfOneCoderAndCategoryNameTheLine() throws IOException {
    Path file = write("overlap.csv", "coder,start,end,category\na,0,5,x\nb,0,5,x\na,3,8,x\n");
    assertBadInput(CliRun.of("agreement", "unitised", "--length", "10", file.toString()),
        file + ":4:", "overlaps");
  }

  @Test
  void aSpanBeyondTheContinuumNamesTheLine() throws IOException {
    Path file = write("beyond.csv", "coder,start,end,category\na,0,5,x\nb,4,12,x\n");
    assertBadInput(CliRun.of("agreement", "unitised", "--length", "10", file.toString()),
        file + ":3:", "outside");
  }

  @Test
  void unitisedSpansFromOneCoderAreBadInput() throws IOException {
    Path file = write("alone.csv", "coder,start,end,category\na,0,5,x\n");
    assertBadInput(CliRun.of("agreement", "unitised", "--length", "10", file.toString()),
        file.toString(), "two coders");
  }

  @Test
  void everyAgreementCommandHasHelp() {
    for (String command : new String[] {"alpha", "fleiss", "cohen", "percent", "unitised"}) {
      CliRun run = CliRun.of("agreement", command, "--help");
      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out()).as(command).contains("Usage:", "--format");
    }
  }

  private static void assertBadInput(CliRun run, String where, String problem) {
    assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains(where, problem);
    assertThat(run.out()).isEmpty();
  }
}
