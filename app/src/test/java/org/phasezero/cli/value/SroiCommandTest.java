package org.phasezero.cli.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phasezero.cli.Cli;
import org.phasezero.cli.CliRun;
import org.phasezero.cli.Json;
import tools.jackson.databind.JsonNode;

class SroiCommandTest {

  private static final String EXAMPLE = """
      {"inputs": 48000, "discount_rate": 0.035, "stakeholders": [{"name": "volunteers",
        "outcomes": [{"name": "more confident", "quantity": 15, "financial_proxy": 1800,
        "proxy_source": "volunteer survey", "duration": 2, "deadweight": 0.3,
        "displacement": 0.05, "attribution": 0.2, "drop_off": 0.5}]}]}
      """;

  private static final String EXAMPLE_YAML = """
      inputs: 48000
      discount_rate: 0.035
      licence: proxies entered by the network, CC BY 4.0
      stakeholders:
        - name: volunteers
          outcomes:
            - name: more confident
              quantity: 15
              financial_proxy: 1800
              proxy_source: volunteer survey
              duration: 2
              deadweight: 0.3
              displacement: 0.05
              attribution: 0.2
              drop_off: 0.5
      """;

  @TempDir
  Path dir;

  private Path file(String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, content);
    return f;
  }

  private static JsonNode json(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return Json.mapper().readTree(run.out());
  }

  private static void assertBadInput(CliRun run, String... fragments) {
    assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains(fragments);
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void theIssueExampleInJsonGivesTheHandWorkedPresentValue() throws IOException {
    // 14364/1.035 + 7182/1.035^2 = 13878.26087 + 6704.47385 = 20582.73472 (see the analysis
    // module's SocialReturnOnInvestmentTest); ratio 20582.73472/48000 = 0.428807.
    JsonNode j = json(CliRun.of("value", "sroi", file("m.json", EXAMPLE).toString(),
        "--format", "json"));
    assertThat(j.get("inputs").doubleValue()).isEqualTo(48000.0);
    assertThat(j.get("present_value").doubleValue()).isCloseTo(20582.73472, within(1e-4));
    assertThat(j.get("npv").doubleValue()).isCloseTo(-27417.26528, within(1e-4));
    assertThat(j.get("ratio").doubleValue()).isCloseTo(0.428807, within(1e-6));
    JsonNode outcome = j.get("stakeholders").get(0).get("outcomes").get(0);
    assertThat(outcome.get("yearly_impact").get(1).doubleValue()).isEqualTo(7182.0);
    assertThat(outcome.get("proxy_source").stringValue()).isEqualTo("volunteer survey");
  }

  @Test
  void yamlGivesTheSameResultAsJson() throws IOException {
    JsonNode fromYaml = json(CliRun.of("value", "sroi", file("m.yaml", EXAMPLE_YAML).toString(),
        "--format", "json"));
    assertThat(fromYaml.get("present_value").doubleValue()).isCloseTo(20582.73472, within(1e-4));
    assertThat(fromYaml.get("licence").stringValue()).contains("CC BY 4.0");
  }

  @Test
  void noDiscountYearOneCountsYearOneAtFaceValue() throws IOException {
    // 14364 + 7182/1.035 = 21303.13043.
    JsonNode j = json(CliRun.of("value", "sroi", file("m.json", EXAMPLE).toString(),
        "--no-discount-year-one", "--format", "json"));
    assertThat(j.get("present_value").doubleValue()).isCloseTo(21303.13043, within(1e-4));
    assertThat(j.get("discount_year_one").booleanValue()).isFalse();
  }

  @Test
  void withoutADiscountRateTheGreenBookBandsApply() throws IOException {
    String model = EXAMPLE.replace("\"discount_rate\": 0.035, ", "");
    JsonNode j = json(CliRun.of("value", "sroi", file("m.json", model).toString(),
        "--format", "json"));
    assertThat(j.get("discount").get("schedule").stringValue()).contains("Green Book");
    // Both years lie in the 3.5% band: same PV as the flat 3.5% model.
    assertThat(j.get("present_value").doubleValue()).isCloseTo(20582.73472, within(1e-4));
  }

  @Test
  void sensitivityAndMonteCarloAreReportedAndReproducible() throws IOException {
    Path m = file("m.json", EXAMPLE);
    CliRun first = CliRun.of("value", "sroi", m.toString(), "--sensitivity", "--simulations",
        "2000", "--seed", "9", "--format", "json");
    CliRun second = CliRun.of("value", "sroi", m.toString(), "--sensitivity", "--simulations",
        "2000", "--seed", "9", "--format", "json");
    assertThat(first.out()).isEqualTo(second.out());
    JsonNode j = json(first);
    assertThat(j.get("sensitivity").size()).isEqualTo(7);
    // Break-even proxy 1800 x 48000 / 20582.73472 = 4197.693 (worked in the analysis tests).
    JsonNode proxy = j.get("sensitivity").get(1);
    assertThat(proxy.get("assumption").stringValue()).isEqualTo("financial_proxy");
    assertThat(proxy.get("break_even").doubleValue()).isCloseTo(4197.693, within(1e-3));
    JsonNode mc = j.get("monte_carlo");
    assertThat(mc.get("seed").longValue()).isEqualTo(9);
    assertThat(mc.get("ratio").get("p5").doubleValue())
        .isLessThanOrEqualTo(mc.get("ratio").get("p95").doubleValue());
  }

  @Test
  void csvListsTheOutcomes() throws IOException {
    CliRun run = CliRun.of("value", "sroi", file("m.json", EXAMPLE).toString(), "--format", "csv");
    assertThat(run.out().lines().findFirst()).hasValue(
        "stakeholder,outcome,present_value,proxy_source,licence");
    assertThat(run.out()).contains("volunteers,more confident,20582.7347");
  }

  @Test
  void textOutputShowsTheRatio() throws IOException {
    CliRun run = CliRun.of("value", "sroi", file("m.json", EXAMPLE).toString());
    assertThat(run.out()).contains("SROI ratio", "0.43 : 1", "20,582.73");
  }

  @Test
  void aFractionOfOnePointThreeNamesItsPath() throws IOException {
    Path m = file("model.yaml", EXAMPLE_YAML.replace("deadweight: 0.3", "deadweight: 1.3"));
    assertBadInput(CliRun.of("value", "sroi", m.toString()),
        "model.yaml: stakeholders[0].outcomes[0].deadweight: must be between 0 and 1, found 1.3");
  }

  @Test
  void aNegativeQuantityNamesItsPath() throws IOException {
    Path m = file("m.json", EXAMPLE.replace("\"quantity\": 15", "\"quantity\": -15"));
    assertBadInput(CliRun.of("value", "sroi", m.toString()),
        "m.json: stakeholders[0].outcomes[0].quantity: must be a number not below 0");
  }

  @Test
  void missingInputsAndANonNumberAreRejected() throws IOException {
    Path noInputs = file("a.json", EXAMPLE.replace("\"inputs\": 48000, ", ""));
    assertBadInput(CliRun.of("value", "sroi", noInputs.toString()), "a.json: inputs: missing");
    Path text = file("b.json", EXAMPLE.replace("1800", "\"lots\""));
    assertBadInput(CliRun.of("value", "sroi", text.toString()),
        "b.json: stakeholders[0].outcomes[0].financial_proxy: must be a number");
  }

  @Test
  void malformedYamlNamesTheLine() throws IOException {
    Path m = file("broken.yaml", "inputs: 48000\nstakeholders:\n  - name: [unclosed\n");
    assertBadInput(CliRun.of("value", "sroi", m.toString()), "broken.yaml:", "malformed YAML");
  }

  @Test
  void unknownAndDuplicateKeysAreRejected() throws IOException {
    Path typo = file("t.json", EXAMPLE.replace("\"drop_off\"", "\"dropoff\""));
    assertBadInput(CliRun.of("value", "sroi", typo.toString()),
        "stakeholders[0].outcomes[0]: unknown key 'dropoff'");
    Path twice = file("d.json", EXAMPLE.replace("\"inputs\": 48000,",
        "\"inputs\": 48000, \"inputs\": 1,"));
    assertBadInput(CliRun.of("value", "sroi", twice.toString()), "d.json:1:", "inputs");
  }

  @Test
  void aFractionalDurationAndZeroSimulationsAreRejected() throws IOException {
    Path m = file("m.json", EXAMPLE.replace("\"duration\": 2", "\"duration\": 1.5"));
    assertBadInput(CliRun.of("value", "sroi", m.toString()),
        "duration: must be a whole number of years, found 1.5");
    assertBadInput(CliRun.of("value", "sroi", file("ok.json", EXAMPLE).toString(),
        "--simulations", "0"), "--simulations must be between 1");
  }

  @Test
  void aMissingModelFileIsOneLine() {
    assertBadInput(CliRun.of("value", "sroi", dir.resolve("none.yaml").toString()),
        "none.yaml: no such file");
  }

  @Test
  void helpDescribesTheOptions() {
    CliRun run = CliRun.of("value", "sroi", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--sensitivity", "--simulations", "--seed",
        "--no-discount-year-one", "--format");
  }
}
