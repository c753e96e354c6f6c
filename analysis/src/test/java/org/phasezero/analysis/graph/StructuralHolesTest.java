package org.phasezero.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StructuralHolesTest {

  private static final double EXACT = 1e-12;

  @Test
  void starHubSpansFourHolesAndLeavesAreFullyConstrained() {
    // Hub: p = 1/4 to each leaf, no indirect ties: constraint 4·(1/4)² = 1/4; effective size 4.
    // Leaf: one tie, p = 1: constraint 1, effective size 1.
    Graph g = Graphs.undirected("hub-a hub-b hub-c hub-d");
    assertThat(BurtConstraint.of(g))
        .containsExactly(new double[] {0.25, 1, 1, 1, 1}, within(EXACT));
    assertThat(EffectiveSize.of(g)).containsExactly(new double[] {4, 1, 1, 1, 1}, within(EXACT));
  }

  @Test
  void triangleContactsAreRedundant() {
    // Each node: p = 1/2 to each neighbour, indirect 1/2·1/2 = 1/4: 2·(3/4)² = 9/8.
    // Effective size, Borgatti: n − 2t/n = 2 − 2·1/2 = 1.
    Graph g = Graphs.undirected("a-b b-c c-a");
    assertThat(BurtConstraint.of(g)).containsOnly(9.0 / 8);
    assertThat(EffectiveSize.of(g)).containsExactly(new double[] {1, 1, 1}, within(EXACT));
  }

  @Test
  void effectiveSizeFollowsBorgattiOnAKiteNode() {
    // Diane in the kite: 6 contacts (Andre, Beverly, Carol, Ed, Fernando, Garth) with 8 ties among
    // them (Andre-Beverly, Andre-Carol, Andre-Fernando, Beverly-Ed, Beverly-Garth, Carol-Fernando,
    // Ed-Garth, Fernando-Garth): ES = 6 − 2·8/6 = 10/3.
    Graph g = Graphs.kite();
    assertThat(Graphs.at(g, EffectiveSize.of(g), "Diane")).isCloseTo(10.0 / 3, within(EXACT));
  }

  @Test
  void reciprocatedArcsWeighTwiceInADirectedGraph() {
    // a⇄b and a→c: mutual weights 2 and 1, p_ab = 2/3, p_ac = 1/3; b and c are not tied, so
    // constraint(a) = (2/3)² + (1/3)² = 5/9 and effective size(a) = 2.
    Graph g = Graphs.directed("a-b b-a a-c");
    assertThat(BurtConstraint.of(g)[0]).isCloseTo(5.0 / 9, within(EXACT));
    assertThat(EffectiveSize.of(g)[0]).isCloseTo(2, within(EXACT));
  }

  @Test
  void isolatedNodeHasNoDefinedValue() {
    Graph g = Graphs.undirected("a-b c");
    assertThat(BurtConstraint.of(g)[2]).isNaN();
    assertThat(EffectiveSize.of(g)[2]).isNaN();
  }
}
