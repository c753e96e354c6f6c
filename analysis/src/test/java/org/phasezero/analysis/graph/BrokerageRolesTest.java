package org.phasezero.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BrokerageRolesTest {

  private static final Map<String, String> GROUPS = Map.of(
      "x1", "X", "x2", "X", "x3", "X", "y", "Y", "z", "Z");

  private static BrokerageRoles.Counts roles(Graph g) {
    return BrokerageRoles.of(g, Partition.of(g, GROUPS));
  }

  @Test
  void sameGroupTwoPathIsCoordination() {
    Graph g = Graphs.directed("x1-x2 x2-x3");
    assertThat(roles(g).coordinator()).containsExactly(0, 1, 0);
    assertThat(roles(g).total(1)).isEqualTo(1);
  }

  @Test
  void closedTwoPathNeedsNoBroker() {
    Graph g = Graphs.directed("x1-x2 x2-x3 x1-x3");
    assertThat(roles(g).total(1)).isZero();
  }

  @Test
  void outsiderBetweenTwoMembersIsItinerant() {
    BrokerageRoles.Counts c = roles(Graphs.directed("x1-y y-x2"));
    assertThat(c.itinerant()[1]).isEqualTo(1);
    assertThat(c.total(1)).isEqualTo(1);
  }

  @Test
  void memberPassingOutwardIsRepresentative() {
    BrokerageRoles.Counts c = roles(Graphs.directed("x1-x2 x2-y"));
    assertThat(c.representative()[1]).isEqualTo(1);
    assertThat(c.total(1)).isEqualTo(1);
  }

  @Test
  void memberLettingAnOutsiderInIsGatekeeper() {
    BrokerageRoles.Counts c = roles(Graphs.directed("y-x1 x1-x2"));
    assertThat(c.gatekeeper()[1]).isEqualTo(1);
    assertThat(c.total(1)).isEqualTo(1);
  }

  @Test
  void threeGroupsMakeALiaison() {
    BrokerageRoles.Counts c = roles(Graphs.directed("x1-y y-z"));
    assertThat(c.liaison()[1]).isEqualTo(1);
    assertThat(c.total(1)).isEqualTo(1);
  }

  @Test
  void undirectedTieIsReadBothWays() {
    // x1 – x2 – y: x1→x2→y (representative) and y→x2→x1 (gatekeeper).
    BrokerageRoles.Counts c = roles(Graphs.undirected("x1-x2 x2-y"));
    assertThat(c.representative()[1]).isEqualTo(1);
    assertThat(c.gatekeeper()[1]).isEqualTo(1);
    assertThat(c.total(1)).isEqualTo(2);
    assertThat(c.total(0)).isZero();
  }
}
