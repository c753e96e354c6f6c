package org.phasezero.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyPersonRiskTest {

  private static final Map<String, String> SIDES = Map.of(
      "c1", "community", "c2", "community", "s1", "statutory", "s2", "statutory",
      "b", "independent", "i", "independent");

  private static KeyPersonRisk risk(Graph g) {
    Partition p = Partition.of(g, SIDES);
    return KeyPersonRisk.of(g, p.members("community"), p.members("statutory"));
  }

  @Test
  void soleBrokerCarriesEveryLinkingPathAndDisconnectsTheSides() {
    // c1, c2 – b – s1, s2 with s1-s2 tied. The 4 cross pairs (c, s) all have one shortest path,
    // c-b-s, so b's share is 4/4 = 1 and nobody else's is above 0 (s1 is not on c-b-s2).
    Graph g = Graphs.undirected("c1-b c2-b b-s1 b-s2 s1-s2");
    KeyPersonRisk r = risk(g);
    assertThat(r.connectedPairs()).isEqualTo(4);
    assertThat(r.share()).containsExactly(new double[] {0, 1, 0, 0, 0}, within(1e-12));
    assertThat(r.disconnects()).containsExactly(false, true, false, false, false);
  }

  @Test
  void secondRouteHalvesTheBrokersShareOfThePairItServes() {
    // Add c1 – i – s1: pair (c1, s1) now has two shortest paths (via b, via i); the other three
    // pairs still go only via b. Share b = (1/2 + 1 + 1 + 1)/4 = 0.875; i = (1/2)/4 = 0.125.
    Graph g = Graphs.undirected("c1-b c2-b b-s1 b-s2 s1-s2 c1-i i-s1");
    KeyPersonRisk r = risk(g);
    assertThat(Graphs.at(g, r.share(), "b")).isCloseTo(0.875, within(1e-12));
    assertThat(Graphs.at(g, r.share(), "i")).isCloseTo(0.125, within(1e-12));
    // Without b, c1 still reaches s1 through i: no single point of failure.
    assertThat(r.disconnects()).containsOnly(false);
  }

  @Test
  void removingTheOnlyCommunityMemberLeavesNoSideToLink() {
    // c1 – s1 only: removing c1 (or s1) leaves one side empty, so the sides are no longer linked.
    Graph g = Graphs.undirected("c1-s1");
    assertThat(risk(g).disconnects()).containsExactly(true, true);
    assertThat(risk(g).share()).containsOnly(0.0);
  }

  @Test
  void sidesAlreadyApartHaveNothingToLose() {
    Graph g = Graphs.undirected("c1-b s1-s2");
    KeyPersonRisk r = risk(g);
    assertThat(r.connectedPairs()).isZero();
    assertThat(r.disconnects()).containsOnly(false);
  }

  @Test
  void directedGraphCountsBothDirectionsOfLinking() {
    // c1 → b → s1 and s1 → c1: pair (c1, s1) via b; pair (s1, c1) direct. Share b = 1/2.
    Graph g = Graphs.directed("c1-b b-s1 s1-c1");
    KeyPersonRisk r = risk(g);
    assertThat(r.connectedPairs()).isEqualTo(2);
    assertThat(Graphs.at(g, r.share(), "b")).isCloseTo(0.5, within(1e-12));
  }
}
