package org.phasezero.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeMeasuresTest {

  @Test
  void gathersEachMeasureFromItsOwnClass() {
    Graph g = Graphs.undirected("c1-b c2-b b-s1 b-s2 s1-s2");
    Partition p = Partition.of(g, Map.of("c1", "community", "c2", "community", "b", "community",
        "s1", "statutory", "s2", "statutory"));
    NodeMeasures m = NodeMeasures.of(g, p, "community", "statutory");
    assertThat(m.degree()).containsExactly(DegreeCentrality.of(g));
    assertThat(m.betweenness()).containsExactly(BrandesBetweenness.of(g));
    assertThat(m.closeness()).containsExactly(ClosenessCentrality.of(g).closeness());
    assertThat(m.eigenvector()).containsExactly(EigenvectorCentrality.of(g));
    assertThat(m.constraint()).containsExactly(BurtConstraint.of(g));
    assertThat(m.articulationPoint()).containsExactly(ArticulationPoints.of(g));
    assertThat(m.brokerage().liaison()).containsExactly(BrokerageRoles.of(g, p).liaison());
    assertThat(m.risk().disconnects()).containsExactly(KeyPersonRisk.of(g, p.members("community"),
        p.members("statutory")).disconnects());
    assertThat(m.notes()).isEmpty();
  }

  @Test
  void saysWhyWhatCannotBeComputedIsMissing() {
    Graph g = Graphs.undirected("a-b c-d");
    NodeMeasures bare = NodeMeasures.of(g);
    assertThat(bare.brokerage()).isNull();
    assertThat(bare.risk()).isNull();
    Partition oneSide = Partition.of(g, Map.of("a", "community", "b", "community", "c", "community",
        "d", "community"));
    NodeMeasures m = NodeMeasures.of(g, oneSide, "community", "statutory");
    assertThat(m.risk()).isNull();
    assertThat(m.notes()).anyMatch(n -> n.startsWith("key-person risk needs"));
  }
}
