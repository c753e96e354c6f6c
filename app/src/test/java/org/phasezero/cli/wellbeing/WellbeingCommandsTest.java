package org.phasezero.cli.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phasezero.cli.Cli;
import org.phasezero.cli.CliRun;
import tools.jackson.databind.JsonNode;
import org.phasezero.cli.Json;

class WellbeingCommandsTest {

  @TempDir
  Path dir;

  private Path csv(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  private static void assertBadInput(CliRun run, String... fragments) {
    assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains(fragments);
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void swemwbsItemsGiveRawAndMetricScores() {
    // 4+3+3+4+2+3+3 = 22 -> metric 19.98 (published Rasch table).
    CliRun run = CliRun.of("wellbeing", "swemwbs", "--items", "4,3,3,4,2,3,3", "--format", "json");
    assertThat(run.exitCode()).isZero();
    JsonNode json = Json.mapper().readTree(run.out());
    assertThat(json.get("raw").intValue()).isEqualTo(22);
    assertThat(json.get("metric").doubleValue()).isEqualTo(19.98);
  }

  @Test
  void wemwbsItemsGiveTheTotalAsText() {
    CliRun run = CliRun.of("wellbeing", "wemwbs", "--items", "3,3,3,3,3,3,3,3,3,3,3,3,3,3");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("WEMWBS raw score 42");
  }

  @Test
  void prePostFileGivesPerPersonAndGroupChange() throws IOException {
    // a: pre raw 22 (19.98) -> post raw 25 (22.35): +2.37, improved (>= 1).
    // b: pre raw 21 (19.25) -> post raw 21 (19.25): 0, no change.
    // c: pre raw 14 (15.32) -> post raw 12 (14.08): -1.24, worsened. d: pre only (unpaired).
    // Mean (2.37 + 0 - 1.24) / 3 = 1.13/3 = 0.376667.
    Path file = csv("swemwbs.csv", """
        id,time,i1,i2,i3,i4,i5,i6,i7
        a,pre,4,3,3,4,2,3,3
        b,pre,3,3,3,3,3,3,3
        c,pre,2,2,2,2,2,2,2
        d,pre,5,5,5,5,5,5,5
        a,post,4,4,4,4,3,3,3
        b,post,3,3,3,3,3,3,3
        c,post,2,2,2,2,2,1,1
        """);
    CliRun run = CliRun.of("wellbeing", "swemwbs", file.toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = Json.mapper().readTree(run.out());
    JsonNode changes = json.get("changes");
    assertThat(changes.size()).isEqualTo(3);
    assertThat(changes.get(0).get("change").doubleValue()).isEqualTo(2.37);
    assertThat(changes.get(0).get("category").stringValue()).isEqualTo("improved");
    assertThat(changes.get(1).get("category").stringValue()).isEqualTo("no_change");
    assertThat(changes.get(2).get("change").doubleValue()).isEqualTo(-1.24);
    assertThat(changes.get(2).get("category").stringValue()).isEqualTo("worsened");
    JsonNode group = json.get("group");
    assertThat(group.get("n").intValue()).isEqualTo(3);
    assertThat(group.get("mean_change").doubleValue()).isCloseTo(0.376667,
        org.assertj.core.api.Assertions.within(1e-6));
    assertThat(group.get("improved").intValue()).isEqualTo(1);
    assertThat(json.get("unpaired").get(0).stringValue()).isEqualTo("d");
  }

  @Test
  void csvFormatIsOneRowPerPairedPerson() throws IOException {
    Path file = csv("w.csv", """
        id,time,i1,i2,i3,i4,i5,i6,i7
        a,pre,4,3,3,4,2,3,3
        a,post,4,4,4,4,3,3,3
        """);
    CliRun run = CliRun.of("wellbeing", "swemwbs", file.toString(), "--format", "csv");
    assertThat(run.out().lines()).containsExactly(
        "id,pre_raw,pre_metric,post_raw,post_metric,change,category",
        "a,22,19.98,25,22.35,2.37,improved");
  }

  @Test
  void aConfigurableThresholdChangesTheCategory() throws IOException {
    Path file = csv("w.csv", """
        id,time,i1,i2,i3,i4,i5,i6,i7
        a,pre,4,3,3,4,2,3,3
        a,post,4,4,4,4,3,3,3
        """);
    CliRun run = CliRun.of("wellbeing", "swemwbs", file.toString(), "--threshold", "3",
        "--format", "csv");
    assertThat(run.out()).contains("2.37,no_change");
  }

  @Test
  void scoresWithoutTimePointsAreListedPerPerson() throws IOException {
    Path file = csv("w.csv", "id,i1,i2,i3,i4,i5,i6,i7\nx,1,1,1,1,1,1,1\ny,5,5,5,5,5,5,5\n");
    CliRun run = CliRun.of("wellbeing", "swemwbs", file.toString(), "--format", "csv");
    assertThat(run.out().lines()).containsExactly("id,raw,metric", "x,7,7.0", "y,35,35.0");
  }

  @Test
  void anItemScoreOfSixNamesFileLineAndColumn() throws IOException {
    Path file = csv("bad.csv", "id,i1,i2,i3,i4,i5,i6,i7\nx,1,1,1,1,1,1,1\ny,5,5,6,5,5,5,5\n");
    assertBadInput(CliRun.of("wellbeing", "swemwbs", file.toString()),
        "bad.csv:3:", "column i3", "found 6");
  }

  @Test
  void sixItemColumnsAreNotASwemwbs() throws IOException {
    Path file = csv("six.csv", "id,i1,i2,i3,i4,i5,i6\nx,1,1,1,1,1,1\n");
    assertBadInput(CliRun.of("wellbeing", "swemwbs", file.toString()),
        "six.csv:1:", "needs 7 item columns, found 6");
  }

  @Test
  void sixItemsOnTheCommandLineAreRejected() {
    assertBadInput(CliRun.of("wellbeing", "swemwbs", "--items", "4,3,3,4,2,3"),
        "SWEMWBS needs 7 item scores, found 6");
  }

  @Test
  void aNonNumberAMissingItemAndARaggedRowAreRejected() throws IOException {
    Path text = csv("text.csv", "id,i1,i2,i3,i4,i5,i6,i7\nx,1,1,one,1,1,1,1\n");
    assertBadInput(CliRun.of("wellbeing", "swemwbs", text.toString()),
        "text.csv:2:", "'one' is not a whole number");
    Path missing = csv("missing.csv", "id,i1,i2,i3,i4,i5,i6,i7\nx,1,1,,1,1,1,1\n");
    assertBadInput(CliRun.of("wellbeing", "swemwbs", missing.toString()),
        "missing.csv:2:", "missing");
    Path ragged = csv("ragged.csv", "id,i1,i2,i3,i4,i5,i6,i7\nx,1,1,1,1,1,1,1\ny,1,1\n");
    assertBadInput(CliRun.of("wellbeing", "swemwbs", ragged.toString()),
        "ragged.csv:3:", "expected 8 values, found 3");
  }

  @Test
  void aWrongTimePointAndADuplicatePersonAreRejected() throws IOException {
    Path mid = csv("mid.csv", "id,time,i1,i2,i3,i4,i5,i6,i7\nx,mid,1,1,1,1,1,1,1\n");
    assertBadInput(CliRun.of("wellbeing", "swemwbs", mid.toString()), "mid.csv:2:", "'mid'");
    Path twice = csv("twice.csv",
        "id,time,i1,i2,i3,i4,i5,i6,i7\nx,pre,1,1,1,1,1,1,1\nx,pre,2,1,1,1,1,1,1\n");
    assertBadInput(CliRun.of("wellbeing", "swemwbs", twice.toString()), "twice.csv:3:",
        "appears twice");
  }

  @Test
  void aMissingFileIsOneLine() {
    assertBadInput(CliRun.of("wellbeing", "wemwbs", dir.resolve("nope.csv").toString()),
        "nope.csv", "no such file");
  }

  @Test
  void itemsAndFileTogetherOrNeitherIsAUsageError() {
    assertBadInput(CliRun.of("wellbeing", "wemwbs"), "either --items or a FILE");
  }

  @Test
  void helpWorksOnBothCommands() {
    assertThat(CliRun.of("wellbeing", "swemwbs", "--help").out()).contains("--items", "--threshold");
    assertThat(CliRun.of("wellbeing", "wemwbs", "--help").exitCode()).isZero();
  }
}
