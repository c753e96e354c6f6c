package org.phasezero.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BrandesBetweennessTest {

  private static final double EXACT = 1e-12;

  @Test
  void pathOfFiveCountsThePairsEachInnerNodeSeparates() {
    // a-b-c-d-e: b lies between a and {c,d,e} (3 pairs); c between {a,b} and {d,e} (4); d like b.
    Graph g = Graphs.undirected("a-b b-c c-d d-e");
    double[] b = BrandesBetweenness.of(g);
    assertThat(b).containsExactly(new double[] {0, 3, 4, 3, 0}, within(EXACT));
    // Normalised by the (n-1)(n-2)/2 = 6 pairs not involving the node.
    assertThat(BrandesBetweenness.normalised(g, b))
        .containsExactly(new double[] {0, 0.5, 4.0 / 6, 0.5, 0}, within(EXACT));
  }

  @Test
  void starCentreLiesOnEveryPathBetweenLeaves() {
    // 4 leaves: C(4,2) = 6 pairs, all through the centre; normalised 6/6 = 1.
    Graph g = Graphs.undirected("hub-a hub-b hub-c hub-d");
    double[] b = BrandesBetweenness.of(g);
    assertThat(b).containsExactly(new double[] {6, 0, 0, 0, 0}, within(EXACT));
    assertThat(BrandesBetweenness.normalised(g, b)[0]).isCloseTo(1.0, within(EXACT));
  }

  @Test
  void evenCycleSplitsOppositePairsBetweenTheTwoWaysRound() {
    // C6: 6 pairs at distance 2 (one middle node each) and 3 opposite pairs at distance 3 (two
    // paths of two inner nodes each, weight 1/2): total 6 + 3·2 = 12, shared by 6 nodes = 2 each.
    Graph g = Graphs.undirected("a-b b-c c-d d-e e-f f-a");
    assertThat(BrandesBetweenness.of(g)).containsOnly(2.0);
  }

  @Test
  void krackhardtKiteMatchesThePublishedValues() {
    // Krackhardt (1990), Table/figure values as usually reproduced: normalised betweenness
    // Heather .389, Fernando and Garth .231, Ike .222, Diane .102, Andre and Beverly .023, others 0.
    Graph g = Graphs.kite();
    double[] nb = BrandesBetweenness.normalised(g, BrandesBetweenness.of(g));
    assertThat(Graphs.at(g, nb, "Heather")).isCloseTo(0.389, within(5e-4));
    assertThat(Graphs.at(g, nb, "Fernando")).isCloseTo(0.231, within(5e-4));
    assertThat(Graphs.at(g, nb, "Garth")).isCloseTo(0.231, within(5e-4));
    assertThat(Graphs.at(g, nb, "Ike")).isCloseTo(0.222, within(5e-4));
    assertThat(Graphs.at(g, nb, "Diane")).isCloseTo(0.102, within(5e-4));
    assertThat(Graphs.at(g, nb, "Andre")).isCloseTo(0.023, within(5e-4));
    assertThat(Graphs.at(g, nb, "Jane")).isZero();
    // Exactly: every path from Ike or Jane to the 7 nodes of the kite's head passes Heather, and
    // no other path does: 2 · 7 = 14 pairs.
    assertThat(Graphs.at(g, BrandesBetweenness.of(g), "Heather")).isCloseTo(14, within(EXACT));
  }

  @Test
  void directedPathCountsOrderedPairs() {
    // a→b→c: only (a, c) passes b; directed normalisation (n-1)(n-2) = 2.
    Graph g = Graphs.directed("a-b b-c");
    double[] b = BrandesBetweenness.of(g);
    assertThat(b).containsExactly(new double[] {0, 1, 0}, within(EXACT));
    assertThat(BrandesBetweenness.normalised(g, b)[1]).isCloseTo(0.5, within(EXACT));
  }

  @Test
  void directedCycleGivesEachNodeTheOnePairItSeparates() {
    Graph g = Graphs.directed("a-b b-c c-a");
    assertThat(BrandesBetweenness.of(g)).containsExactly(new double[] {1, 1, 1}, within(EXACT));
  }

  @Test
  void weightsAreDistancesWhenTheGraphIsWeighted() {
    // Square a-b-c-d-a with unit sides and a long chord a-c of length 2.5: a to c is shorter round
    // the square (2, two ways), so b and d each get half of pair (a, c); b to d goes via a or c.
    Graph weighted = Graphs.undirected("a-b:1 b-c:1 c-d:1 d-a:1 a-c:2.5");
    assertThat(BrandesBetweenness.of(weighted))
        .containsExactly(new double[] {0.5, 0.5, 0.5, 0.5}, within(EXACT));
    // Unweighted, the chord is a single step: a and c are adjacent and b, d separate nothing.
    Graph hops = GraphBuilder.undirected().addEdge("a", "b").addEdge("b", "c").addEdge("c", "d")
        .addEdge("d", "a").addEdge("a", "c").build(false);
    assertThat(BrandesBetweenness.of(hops))
        .containsExactly(new double[] {0.5, 0, 0.5, 0}, within(EXACT));
  }

  @Test
  void decimalWeightsThatSumEquallyCountAsTiedRoutes() {
    // 0.1 + 0.2 is 0.30000000000000004 in binary, yet a-b-c and the direct a-c (0.3) must tie:
    // b then carries half of pair (a, c) and nothing else (a and c are its only neighbours).
    Graph g = Graphs.undirected("a-b:0.1 b-c:0.2 a-c:0.3");
    double[] b = BrandesBetweenness.of(g);
    assertThat(Graphs.at(g, b, "b")).isCloseTo(0.5, within(EXACT));
  }

  @Test
  void resultIsTheSameOnOneThreadAndMany() {
    Graph g = Graphs.kite();
    double[] one = BrandesBetweenness.of(g, 1);
    double[] four = BrandesBetweenness.of(g, 4);
    assertThat(four).containsExactly(one, within(1e-12));
    assertThat(BrandesBetweenness.of(g, 4)).containsExactly(four);
  }
}
