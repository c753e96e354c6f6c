package org.phasezero.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EigenvectorCentralityTest {

  private static final double TIGHT = 1e-9;

  @Test
  void starCentreIsTwiceALeafWithFourLeaves() {
    // K(1,4): λ = 2; centre x = Σ leaves = 4·1 = λ·2, so centre 2, leaves 1; scaled: 1 and 0.5.
    Graph g = Graphs.undirected("hub-a hub-b hub-c hub-d");
    assertThat(EigenvectorCentrality.of(g))
        .containsExactly(new double[] {1, 0.5, 0.5, 0.5, 0.5}, within(TIGHT));
  }

  @Test
  void bipartiteGraphConvergesDespiteOscillatingPowers() {
    // K(2,3): λ = √6; a side-2 node has 3·x_b = λ·x_a, so x_b / x_a = √6 / 3 = √(2/3).
    Graph g = Graphs.undirected("a1-b1 a1-b2 a1-b3 a2-b1 a2-b2 a2-b3");
    double[] x = EigenvectorCentrality.of(g);
    assertThat(x[0]).isCloseTo(1, within(TIGHT));
    assertThat(Graphs.at(g, x, "b2")).isCloseTo(Math.sqrt(2.0 / 3), within(TIGHT));
  }

  @Test
  void everyNodeOfACycleIsEquallyCentral() {
    assertThat(EigenvectorCentrality.of(Graphs.undirected("a-b b-c c-d d-e e-a")))
        .containsOnly(1.0);
  }

  @Test
  void longPathMatchesTheSineEigenvectorWherePowerIterationStalls() {
    // The path P_n has leading eigenvector x_i = sin(iπ/(n+1)), i = 1..n, with eigenvalue
    // 2cos(π/(n+1)); its spectral gap ≈ 3π²/n² is too small for power iteration at n = 300.
    int n = 300;
    GraphBuilder b = GraphBuilder.undirected();
    for (int i = 1; i < n; i++) {
      b.addEdge("v" + i, "v" + (i + 1));
    }
    Graph g = b.build(false);
    double[] x = EigenvectorCentrality.of(g);
    double max = Math.sin(150 * Math.PI / (n + 1));
    for (int i = 1; i <= n; i++) {
      assertThat(Graphs.at(g, x, "v" + i)).as("v%d", i)
          .isCloseTo(Math.sin(i * Math.PI / (n + 1)) / max, within(1e-8));
    }
  }

  @Test
  void directedScoresComeFromArcsReceived() {
    // Directed triangle a→b→c→a plus c→d: d receives from c only; λ = 1 on the cycle, so
    // x_d = x_c / λ = x_c. Cycle nodes equal: all 1.
    Graph g = Graphs.directed("a-b b-c c-a c-d");
    assertThat(EigenvectorCentrality.of(g))
        .containsExactly(new double[] {1, 1, 1, 1}, within(TIGHT));
  }

  @Test
  void directedGraphWithoutCyclesIsReportedNotGuessed() {
    assertThatThrownBy(() -> EigenvectorCentrality.of(Graphs.directed("a-b b-c")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("did not converge");
  }
}
