package org.phasezero.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComponentsAndCutsTest {

  // Two triangles a-b-c and d-e-f joined by the tie c-d; a separate pair g-h; an isolate i.
  private static final Graph BOWTIE = Graphs.undirected("a-b b-c c-a c-d d-e e-f f-d g-h i");

  @Test
  void componentsCountIsolatesAsTheirOwn() {
    ConnectedComponents.Labels c = ConnectedComponents.of(BOWTIE);
    assertThat(c.count()).isEqualTo(3);
    assertThat(c.sizes()).containsExactly(6, 2, 1);
  }

  @Test
  void articulationPointsAreTheEndsOfTheJoiningTie() {
    boolean[] cut = ArticulationPoints.of(BOWTIE);
    for (int v = 0; v < BOWTIE.nodeCount(); v++) {
      String label = BOWTIE.label(v);
      assertThat(cut[v]).as(label).isEqualTo(label.equals("c") || label.equals("d"));
    }
  }

  @Test
  void bridgesAreTheJoiningTieAndThePair() {
    assertThat(Bridges.of(BOWTIE)).extracting(e -> BOWTIE.label(e[0]) + "-" + BOWTIE.label(e[1]))
        .containsExactly("c-d", "g-h");
  }

  @Test
  void rootWithTwoChildrenIsACutVertex() {
    // The search starts at the hub (node 0): it is a root with three children.
    boolean[] cut = ArticulationPoints.of(Graphs.undirected("hub-a hub-b hub-c"));
    assertThat(cut).containsExactly(true, false, false, false);
  }

  @Test
  void aMillionNodePathNeedsNoDeepRecursion() {
    int n = 1_000_000;
    Graph g = pathOf(n);
    boolean[] cut = ArticulationPoints.of(g);
    int cuts = 0;
    for (boolean c : cut) {
      cuts += c ? 1 : 0;
    }
    assertThat(cuts).isEqualTo(n - 2);
    assertThat(Bridges.of(g)).hasSize(n - 1);
  }

  private static Graph pathOf(int n) {
    GraphBuilder b = GraphBuilder.undirected();
    for (int v = 0; v < n; v++) {
      b.addNode("n" + v);
    }
    for (int v = 1; v < n; v++) {
      b.addEdge(v - 1, v, 1);
    }
    return b.build(false);
  }

  @Test
  void directedGraphIsSplitIntoWeakComponents() {
    Graph g = Graphs.directed("a-b c-b d-e");
    assertThat(ConnectedComponents.of(g).count()).isEqualTo(2);
    assertThat(ArticulationPoints.of(g)[1]).isTrue();
  }
}
