package org.phasezero.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClosenessCentralityTest {

  private static final double EXACT = 1e-12;

  @Test
  void pathOfFiveIsInverseMeanDistance() {
    // a: 1+2+3+4 = 10 → 4/10; b: 1+1+2+3 = 7 → 4/7; c: 2+1+1+2 = 6 → 4/6.
    Graph g = Graphs.undirected("a-b b-c c-d d-e");
    ClosenessCentrality.Scores s = ClosenessCentrality.of(g);
    assertThat(s.closeness())
        .containsExactly(new double[] {0.4, 4.0 / 7, 4.0 / 6, 4.0 / 7, 0.4}, within(EXACT));
    // Harmonic a: (1 + 1/2 + 1/3 + 1/4) / 4 = (25/12) / 4 = 25/48.
    assertThat(s.harmonic()[0]).isCloseTo(25.0 / 48, within(EXACT));
  }

  @Test
  void krackhardtKiteMatchesThePublishedValues() {
    // Krackhardt (1990): Fernando and Garth .64, Diane and Heather .60, Andre and Beverly .53,
    // Carol and Ed .50, Ike .43, Jane .31. Exactly 9/14, 9/15, 9/17, 9/18, 9/21, 9/29.
    Graph g = Graphs.kite();
    double[] c = ClosenessCentrality.of(g).closeness();
    assertThat(Graphs.at(g, c, "Fernando")).isCloseTo(9.0 / 14, within(EXACT));
    assertThat(Graphs.at(g, c, "Garth")).isCloseTo(9.0 / 14, within(EXACT));
    assertThat(Graphs.at(g, c, "Diane")).isCloseTo(9.0 / 15, within(EXACT));
    assertThat(Graphs.at(g, c, "Heather")).isCloseTo(9.0 / 15, within(EXACT));
    assertThat(Graphs.at(g, c, "Andre")).isCloseTo(9.0 / 17, within(EXACT));
    assertThat(Graphs.at(g, c, "Carol")).isCloseTo(9.0 / 18, within(EXACT));
    assertThat(Graphs.at(g, c, "Ike")).isCloseTo(9.0 / 21, within(EXACT));
    assertThat(Graphs.at(g, c, "Jane")).isCloseTo(9.0 / 29, within(EXACT));
  }

  @Test
  void disconnectedGraphScalesByTheShareReached() {
    // a-b and c-d-e, n = 5. a reaches 1 node at total distance 1: (1/1)·(1/4) = 0.25.
    // d reaches 2 at total 2: (2/2)·(2/4) = 0.5. c reaches 2 at total 3: (2/3)·(2/4) = 1/3.
    Graph g = Graphs.undirected("a-b c-d d-e");
    ClosenessCentrality.Scores s = ClosenessCentrality.of(g);
    assertThat(s.closeness())
        .containsExactly(new double[] {0.25, 0.25, 1.0 / 3, 0.5, 1.0 / 3}, within(EXACT));
    // Harmonic c: (1 + 1/2) / 4.
    assertThat(s.harmonic()[2]).isCloseTo(0.375, within(EXACT));
  }

  @Test
  void isolatedNodeScoresZero() {
    Graph g = Graphs.undirected("a-b c");
    assertThat(ClosenessCentrality.of(g).closeness()[2]).isZero();
    assertThat(ClosenessCentrality.of(g).harmonic()[2]).isZero();
  }

  @Test
  void directedClosenessUsesDistancesFromTheNode() {
    // a→b→c: a reaches b (1) and c (2): (2/3)·(2/2); b reaches c: (1/1)·(1/2); c reaches none.
    Graph g = Graphs.directed("a-b b-c");
    assertThat(ClosenessCentrality.of(g).closeness())
        .containsExactly(new double[] {2.0 / 3, 0.5, 0}, within(EXACT));
  }

  @Test
  void weightedClosenessReadsWeightsAsDistances() {
    // a-b:2, b-c:3: a's distances 2 and 5 → 2/7.
    Graph g = Graphs.undirected("a-b:2 b-c:3");
    assertThat(ClosenessCentrality.of(g).closeness()[0]).isCloseTo(2.0 / 7, within(EXACT));
  }
}
