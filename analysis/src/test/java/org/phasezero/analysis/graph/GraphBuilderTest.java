package org.phasezero.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GraphBuilderTest {

  @Test
  void undirectedEdgeListedBothWaysIsOneEdge() {
    Graph g = Graphs.undirected("a-b b-a b-c");
    assertThat(g.edgeCount()).isEqualTo(2);
    assertThat(g.outNeighbours(1)).containsExactly(0, 2);
  }

  @Test
  void repeatedEdgeKeepsTheShortestDistance() {
    Graph g = Graphs.undirected("a-b:3 b-a:1.5 a-b:2");
    assertThat(g.weight(0, 1)).isEqualTo(1.5);
    assertThat(g.weight(1, 0)).isEqualTo(1.5);
  }

  @Test
  void directedGraphKeepsBothDirectionsApart() {
    Graph g = Graphs.directed("a-b b-a a-c");
    assertThat(g.edgeCount()).isEqualTo(3);
    assertThat(g.outDegree(0)).isEqualTo(2);
    assertThat(g.inDegree(0)).isEqualTo(1);
    assertThat(g.hasArc(2, 0)).isFalse();
  }

  @Test
  void tiesOfADirectedGraphWeighReciprocatedPairsTwice() {
    Graph ties = Graphs.directed("a-b b-a a-c").ties();
    assertThat(ties.isDirected()).isFalse();
    assertThat(ties.edgeCount()).isEqualTo(2);
    assertThat(ties.weight(0, 1)).isEqualTo(2.0);
    assertThat(ties.weight(2, 0)).isEqualTo(1.0);
  }

  @Test
  void selfLoopIsRejected() {
    assertThatThrownBy(() -> GraphBuilder.undirected().addEdge("a", "a"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("self-loop");
  }

  @Test
  void negativeZeroAndNonFiniteWeightsAreRejected() {
    for (double bad : new double[] {-1, 0, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> GraphBuilder.undirected().addEdge("a", "b", bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }
  }

  @Test
  void isolatedNodesAreKept() {
    Graph g = Graphs.undirected("a-b c");
    assertThat(g.nodeCount()).isEqualTo(3);
    assertThat(g.outDegree(2)).isZero();
  }
}
