package org.phasezero.cli.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phasezero.analysis.testing.SharedData;
import org.phasezero.cli.Cli;
import org.phasezero.cli.CliRun;
import tools.jackson.databind.JsonNode;

class MeasuresCommandTest {

  @TempDir
  Path dir;

  /** Two community members and two statutory bodies linked only through broker b. */
  private Path brokerEdges() throws IOException {
    return write("edges.csv", "source,target\nc1,b\nc2,b\nb,s1\nb,s2\ns1,s2\n");
  }

  private Path sides() throws IOException {
    return write("nodes.csv", "node,side\nc1,community\nc2,community\nb,independent\n"
        + "s1,statutory\ns2,statutory\n");
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  private static CliRun measures(Object... args) {
    String[] all = new String[args.length + 2];
    all[0] = "network";
    all[1] = "measures";
    for (int i = 0; i < args.length; i++) {
      all[i + 2] = args[i].toString();
    }
    return CliRun.of(all);
  }

  private static JsonNode json(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return org.phasezero.cli.Json.mapper().readTree(run.out());
  }

  @Test
  void textOutputRanksTheFlorentineMediciFirst() {
    Path file = SharedData.file("sna/padgett_florentine_marriage_edges.csv");
    CliRun run = measures("--edges", file);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("nodes: 15", "edges: 20", "components: 1",
        "articulation points: Albizzi, Guadagni, Medici, Salviati");
    String firstRow = run.out().lines().dropWhile(l -> !l.matches("node\\s+degree.*")).skip(1)
        .findFirst().orElseThrow();
    assertThat(firstRow).startsWith("Medici").contains("47.5000", "0.5220");
  }

  @Test
  void jsonGivesStableFieldNamesAndRawValues() {
    Path file = SharedData.file("sna/padgett_florentine_marriage_edges.csv");
    CliRun run = measures("--edges", file, "--format", "json");
    assertThat(run.out().indexOf("\"summary\"")).isLessThan(run.out().indexOf("\"nodes\""));
    JsonNode result = json(run);
    JsonNode medici = result.get("nodes").get(0);
    assertThat(medici.get("node").asString()).isEqualTo("Medici");
    assertThat(medici.get("betweenness").asDouble()).isEqualTo(47.5);
    assertThat(medici.get("degree").asInt()).isEqualTo(6);
    assertThat(medici.get("eigenvector").asDouble()).isEqualTo(1.0);
    assertThat(medici.has("constraint")).isTrue();
    assertThat(result.get("summary").get("bridges")).hasSize(5);
    assertThat(result.get("nodes")).hasSize(15);
  }

  @Test
  void csvHasAHeaderAndTheTopRows() {
    Path file = SharedData.file("sna/padgett_florentine_marriage_edges.csv");
    CliRun run = measures("--edges", file, "--format", "csv", "--top", 3);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(4);
    assertThat(run.out().lines().findFirst().orElseThrow())
        .startsWith("node,degree,betweenness,betweenness_normalised,closeness");
    assertThat(run.out().lines().skip(1).findFirst().orElseThrow()).startsWith("Medici,6,47.5,");
  }

  @Test
  void soleBrokerIsFlaggedAsKeyPersonWithBrokerageRoles() throws IOException {
    JsonNode result = json(measures("--edges", brokerEdges(), "--nodes", sides(),
        "--partition", "side", "--format", "json"));
    JsonNode b = result.get("nodes").get(0);
    assertThat(b.get("node").asString()).isEqualTo("b");
    assertThat(b.get("key_person_share").asDouble()).isEqualTo(1.0);
    assertThat(b.get("disconnects_sides").asBoolean()).isTrue();
    // Open two-paths through b, both ways: c1-b-c2 (itinerant ×2), c-b-s (liaison, ×2 each of
    // the 4 pairs); s1-b-s2 is closed by the tie s1-s2.
    assertThat(b.get("itinerant").asLong()).isEqualTo(2);
    assertThat(b.get("liaison").asLong()).isEqualTo(8);
    assertThat(result.get("summary").get("cross_side_pairs").asLong()).isEqualTo(4);
    assertThat(result.get("summary").get("side_disconnecting_nodes").get(0).asString())
        .isEqualTo("b");
  }

  @Test
  void sideLabelsCanBeChosen() {
    Path edges = SharedData.file("sna/zachary_karate_club_edges.csv");
    Path clubs = SharedData.file("sna/zachary_karate_club_nodes.csv");
    JsonNode result = json(measures("--edges", edges, "--nodes", clubs, "--partition", "club",
        "--community", "Mr. Hi", "--statutory", "Officer", "--format", "json"));
    assertThat(result.get("summary").get("cross_side_pairs").asLong()).isEqualTo(17 * 17);
    assertThat(result.get("nodes").get(0).has("key_person_share")).isTrue();
  }

  @Test
  void partitionWithoutTheSideValuesExplainsWhyKeyPersonRiskIsMissing() {
    Path edges = SharedData.file("sna/zachary_karate_club_edges.csv");
    Path clubs = SharedData.file("sna/zachary_karate_club_nodes.csv");
    CliRun run = measures("--edges", edges, "--nodes", clubs, "--partition", "club");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("notes: key-person risk needs partition values");
  }

  @Test
  void weightedBetweennessReadsWeightsAsDistances() {
    Path file = SharedData.file("sna/les_miserables_coappearance_edges.csv");
    JsonNode result = json(measures("--edges", file, "--weighted", "--format", "json"));
    JsonNode valjean = result.get("nodes").get(0);
    assertThat(valjean.get("node").asString()).isEqualTo("Valjean");
    // networkx betweenness_centrality(weight='weight'), see ReferenceNetworksConformanceTest.
    assertThat(valjean.get("betweenness").asDouble()).isCloseTo(1293.6140692641,
        org.assertj.core.data.Offset.offset(1e-8));
  }

  @Test
  void directedGraphReportsInAndOutDegree() throws IOException {
    Path file = write("arcs.csv", "from,to\na,b\nb,c\nc,a\n");
    JsonNode result = json(measures("--edges", file, "--source", "from", "--target", "to",
        "--directed", "--format", "json"));
    assertThat(result.get("nodes").get(0).get("in_degree").asInt()).isEqualTo(1);
    assertThat(result.get("summary").get("directed").asBoolean()).isTrue();
  }

  @Test
  void helpDescribesTheCommand() {
    CliRun run = CliRun.of("network", "measures", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--edges", "--partition", "--weighted", "Self-loops");
  }

  // Bad input: exit 2 and one line on stderr naming the file (and line where there is one).

  private static void assertBadInput(CliRun run, String... fragments) {
    assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains(fragments).doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void missingFileIsNamed() {
    Path missing = dir.resolve("nope.csv");
    assertBadInput(measures("--edges", missing), missing + ": file not found");
  }

  @Test
  void missingColumnIsNamedAtLineOne() throws IOException {
    Path file = write("e.csv", "from,to\na,b\n");
    assertBadInput(measures("--edges", file), file + ":1: no column 'source'");
  }

  @Test
  void weightThatIsNotANumberIsReportedAtItsLine() throws IOException {
    Path file = write("e.csv", "source,target,weight\na,b,1\nb,c,heavy\n");
    assertBadInput(measures("--edges", file, "--weighted"), file + ":3: weight 'heavy' is not");
  }

  @Test
  void negativeWeightIsReportedAtItsLine() throws IOException {
    Path file = write("e.csv", "source,target,w\na,b,-2\n");
    assertBadInput(measures("--edges", file, "--weight", "w"),
        file + ":2: w -2 must be a positive");
  }

  @Test
  void selfLoopIsReportedAtItsLine() throws IOException {
    Path file = write("e.csv", "source,target\na,b\nb,b\n");
    assertBadInput(measures("--edges", file), file + ":3: self-loop on node b");
  }

  @Test
  void emptyFileIsReported() throws IOException {
    Path file = write("e.csv", "");
    assertBadInput(measures("--edges", file), file + ": empty file");
  }

  @Test
  void headerWithoutEdgesIsReported() throws IOException {
    Path file = write("e.csv", "source,target\n");
    assertBadInput(measures("--edges", file), file + ": no edges");
  }

  @Test
  void raggedRowIsReportedAtItsLine() throws IOException {
    Path file = write("e.csv", "source,target\na,b\nc\n");
    assertBadInput(measures("--edges", file), file + ":3: expected 2 columns, found 1");
  }

  @Test
  void nodeFileWithoutThePartitionColumnIsReported() throws IOException {
    Path nodes = write("n.csv", "node,kind\nc1,community\n");
    assertBadInput(measures("--edges", brokerEdges(), "--nodes", nodes, "--partition", "side"),
        nodes + ":1: no column 'side'");
  }

  @Test
  void nodeMissingFromTheNodeFileIsReported() throws IOException {
    Path nodes = write("n.csv", "node,side\nc1,community\n");
    assertBadInput(measures("--edges", brokerEdges(), "--nodes", nodes, "--partition", "side"),
        nodes + ": node b of ", "has no row");
  }

  @Test
  void emptyPartitionValueIsReportedAtItsLine() throws IOException {
    Path nodes = write("n.csv", "node,side\nc1,community\nb,\n");
    assertBadInput(measures("--edges", brokerEdges(), "--nodes", nodes, "--partition", "side"),
        nodes + ":3: empty side");
  }

  @Test
  void nodesWithoutPartitionIsAUsageError() throws IOException {
    assertBadInput(measures("--edges", brokerEdges(), "--nodes", sides()),
        "--nodes and --partition go together");
  }

  @Test
  void topMustBePositive() throws IOException {
    assertBadInput(measures("--edges", brokerEdges(), "--top", 0), "--top must be at least 1");
  }
}
