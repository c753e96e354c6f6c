package org.phasezero.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CrossSideReachTest {

  private static CrossSideReach.Reach reach(Graph g, Map<String, String> sides, int steps) {
    Partition p = Partition.of(g, sides);
    return CrossSideReach.of(g, p.members("community"), p.members("statutory"), steps);
  }

  @Test
  void countsCommunityNodesWithinTheGivenStepsOfTheStatutorySide() {
    // The worked example: c1 – c2 – c3 – s. Two steps reach c3 and c2, not c1.
    Graph g = Graphs.undirected("c1-c2 c2-c3 c3-s");
    Map<String, String> sides = Map.of("c1", "community", "c2", "community", "c3", "community",
        "s", "statutory");
    CrossSideReach.Reach r = reach(g, sides, 2);
    assertThat(r.reached()).isEqualTo(2);
    assertThat(r.community()).isEqualTo(3);
    assertThat(r.share()).isEqualTo(2.0 / 3);
    assertThat(reach(g, sides, 3).reached()).isEqualTo(3);
    assertThat(reach(g, sides, 0).reached()).isZero();
  }

  @Test
  void aPathThroughAnIndependentNodeCountsItsSteps() {
    Graph g = Graphs.undirected("c-i i-s lonely");
    Map<String, String> sides = Map.of("c", "community", "i", "independent", "s", "statutory",
        "lonely", "community");
    assertThat(reach(g, sides, 1).reached()).isZero();
    assertThat(reach(g, sides, 2).reached()).isEqualTo(1);
    assertThat(reach(g, sides, 2).community()).isEqualTo(2);
  }

  @Test
  void directedTiesCountEitherWay() {
    Graph g = Graphs.directed("s-c");
    assertThat(reach(g, Map.of("c", "community", "s", "statutory"), 1).reached()).isEqualTo(1);
  }

  @Test
  void emptySidesGiveNoShareOrZero() {
    Graph g = Graphs.undirected("a-b");
    assertThat(reach(g, Map.of("a", "community", "b", "community"), 2).share()).isZero();
    assertThat(reach(g, Map.of("a", "statutory", "b", "statutory"), 2).share()).isNaN();
    assertThatThrownBy(() -> reach(g, Map.of("a", "community", "b", "statutory"), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
