package org.phasezero.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants on small random graphs, each checked against a brute-force oracle. */
class GraphPropertiesTest {

  private static final double CLOSE = 1e-9;

  /** A seeded random graph on nodes "0".."n-1" (ids equal labels); weights 1..3 when weighted. */
  private static Graph random(int n, long seed, boolean directed, boolean weighted) {
    Random r = new Random(seed);
    double p = 0.1 + 0.6 * r.nextDouble();
    GraphBuilder b = GraphBuilder.of(directed);
    for (int v = 0; v < n; v++) {
      b.addNode(Integer.toString(v));
    }
    for (int u = 0; u < n; u++) {
      for (int v = directed ? 0 : u + 1; v < n; v++) {
        if (u != v && r.nextDouble() < p) {
          b.addEdge(u, v, weighted ? 1 + r.nextInt(3) : 1);
        }
      }
    }
    return b.build(weighted);
  }

  @Property(tries = 300)
  void betweennessEqualsTheAllPairsPathCountDefinition(@ForAll @IntRange(min = 1, max = 11) int n,
      @ForAll long seed, @ForAll boolean directed, @ForAll boolean weighted) {
    Graph g = random(n, seed, directed, weighted);
    assertThat(BrandesBetweenness.of(g, 2))
        .containsExactly(new AllPairsPaths(g).betweenness(directed), within(CLOSE));
  }

  @Property(tries = 200)
  void closenessEqualsTheDistanceMatrixDefinition(@ForAll @IntRange(min = 1, max = 11) int n,
      @ForAll long seed, @ForAll boolean directed, @ForAll boolean weighted) {
    Graph g = random(n, seed, directed, weighted);
    AllPairsPaths oracle = new AllPairsPaths(g);
    ClosenessCentrality.Scores s = ClosenessCentrality.of(g, 2);
    for (int u = 0; u < n; u++) {
      double sum = 0;
      double inverse = 0;
      int reached = 0;
      for (int v = 0; v < n; v++) {
        if (v != u && oracle.d[u][v] < Double.POSITIVE_INFINITY) {
          sum += oracle.d[u][v];
          inverse += 1 / oracle.d[u][v];
          reached++;
        }
      }
      double expected = reached == 0 ? 0 : (reached / sum) * (reached / (double) (n - 1));
      assertThat(s.closeness()[u]).isCloseTo(expected, within(CLOSE));
      assertThat(s.harmonic()[u]).isCloseTo(n > 1 ? inverse / (n - 1) : 0, within(CLOSE));
    }
  }

  @Property(tries = 200)
  void linkingShareIsTheMeanFractionOfCrossSidePathsThroughTheNode(
      @ForAll @IntRange(min = 2, max = 11) int n, @ForAll long seed, @ForAll boolean directed,
      @ForAll boolean weighted) {
    Graph g = random(n, seed, directed, weighted);
    boolean[][] sides = sides(n, seed);
    boolean[] c = sides[0];
    boolean[] s = sides[1];
    AllPairsPaths oracle = new AllPairsPaths(g);
    double[] sum = new double[n];
    long pairs = 0;
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        boolean cross = (c[a] && s[b]) || (directed && s[a] && c[b]);
        if (cross && oracle.sigma[a][b] > 0) {
          pairs++;
          for (int v = 0; v < n; v++) {
            sum[v] += oracle.through(a, v, b);
          }
        }
      }
    }
    LinkingPathShare.Shares shares = LinkingPathShare.of(g, c, s, 2);
    assertThat(shares.connectedPairs()).isEqualTo(pairs);
    for (int v = 0; v < n; v++) {
      assertThat(shares.share()[v]).isCloseTo(pairs == 0 ? 0 : sum[v] / pairs, within(CLOSE));
    }
  }

  @Property(tries = 300)
  void articulationPointsAreTheNodesWhoseRemovalAddsComponents(
      @ForAll @IntRange(min = 1, max = 12) int n, @ForAll long seed, @ForAll boolean directed) {
    Graph g = random(n, seed, directed, false);
    boolean[] cut = ArticulationPoints.of(g);
    int before = components(g, -1, -1, -1);
    for (int v = 0; v < n; v++) {
      // Removing v also removes its own component entry when v was an isolate.
      int after = components(g, v, -1, -1);
      assertThat(cut[v]).as("node %d", v).isEqualTo(after > before - (isolated(g, v) ? 1 : 0));
    }
  }

  @Property(tries = 300)
  void bridgesAreTheTiesWhoseRemovalAddsComponents(@ForAll @IntRange(min = 1, max = 12) int n,
      @ForAll long seed, @ForAll boolean directed) {
    Graph g = random(n, seed, directed, false);
    List<String> expected = new ArrayList<>();
    int before = components(g, -1, -1, -1);
    for (int u = 0; u < n; u++) {
      for (int v = u + 1; v < n; v++) {
        if ((g.hasArc(u, v) || g.hasArc(v, u)) && components(g, -1, u, v) > before) {
          expected.add(u + "-" + v);
        }
      }
    }
    assertThat(Bridges.of(g)).extracting(e -> e[0] + "-" + e[1])
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Property(tries = 300)
  void sideSeparationEqualsRemovingEachNodeInTurn(@ForAll @IntRange(min = 2, max = 12) int n,
      @ForAll long seed, @ForAll boolean directed) {
    Graph g = random(n, seed, directed, false);
    boolean[][] sides = sides(n, seed);
    boolean linkedBefore = linked(g, sides[0], sides[1], -1);
    boolean[] separates = SideSeparation.of(g, sides[0], sides[1]);
    for (int v = 0; v < n; v++) {
      assertThat(separates[v]).as("node %d", v)
          .isEqualTo(linkedBefore && !linked(g, sides[0], sides[1], v));
    }
  }

  @Property(tries = 200)
  void effectiveSizeIsBorgattisFormulaOnUndirectedGraphs(
      @ForAll @IntRange(min = 1, max = 12) int n, @ForAll long seed) {
    Graph g = random(n, seed, false, false);
    double[] es = EffectiveSize.of(g);
    for (int v = 0; v < n; v++) {
      int[] nb = g.outNeighbours(v);
      int ties = 0;
      for (int a = 0; a < nb.length; a++) {
        for (int b = a + 1; b < nb.length; b++) {
          ties += g.hasArc(nb[a], nb[b]) ? 1 : 0;
        }
      }
      if (nb.length == 0) {
        assertThat(es[v]).isNaN();
      } else {
        assertThat(es[v]).isCloseTo(nb.length - 2.0 * ties / nb.length, within(CLOSE))
            .isBetween(1.0 - CLOSE, nb.length + CLOSE);
      }
    }
  }

  @Property(tries = 200)
  void constraintEqualsBurtsSumOverTheAdjacencyMatrix(@ForAll @IntRange(min = 1, max = 12) int n,
      @ForAll long seed, @ForAll boolean directed) {
    Graph g = random(n, seed, directed, false);
    // Mutual weights a_ij + a_ji from the arcs, then p_ij = w_ij / Σ_k w_ik.
    double[][] p = new double[n][n];
    for (int i = 0; i < n; i++) {
      double total = 0;
      for (int j = 0; j < n; j++) {
        p[i][j] = (g.hasArc(i, j) ? 1 : 0) + (g.hasArc(j, i) ? 1 : 0);
        total += p[i][j];
      }
      for (int j = 0; j < n; j++) {
        p[i][j] = total == 0 ? 0 : p[i][j] / total;
      }
    }
    double[] constraint = BurtConstraint.of(g);
    for (int i = 0; i < n; i++) {
      double c = 0;
      boolean any = false;
      for (int j = 0; j < n; j++) {
        if (j == i || p[i][j] == 0) {
          continue;
        }
        any = true;
        double local = p[i][j];
        for (int q = 0; q < n; q++) {
          if (q != i && q != j) {
            local += p[i][q] * p[q][j];
          }
        }
        c += local * local;
      }
      if (any) {
        assertThat(constraint[i]).isCloseTo(c, within(CLOSE));
      } else {
        assertThat(constraint[i]).isNaN();
      }
    }
  }

  @Property(tries = 200)
  void undirectedBrokerageCountsEveryOpenTwoPathBothWays(
      @ForAll @IntRange(min = 1, max = 12) int n, @ForAll long seed) {
    Graph g = random(n, seed, false, false);
    boolean[][] sides = sides(n, seed);
    java.util.Map<String, String> groups = new java.util.HashMap<>();
    for (int v = 0; v < n; v++) {
      groups.put(Integer.toString(v), sides[0][v] ? "c" : sides[1][v] ? "s" : "i");
    }
    BrokerageRoles.Counts roles = BrokerageRoles.of(g, Partition.of(g, groups));
    for (int v = 0; v < n; v++) {
      int[] nb = g.outNeighbours(v);
      int ties = 0;
      for (int a = 0; a < nb.length; a++) {
        for (int b = a + 1; b < nb.length; b++) {
          ties += g.hasArc(nb[a], nb[b]) ? 1 : 0;
        }
      }
      assertThat(roles.total(v)).isEqualTo((long) nb.length * (nb.length - 1) - 2L * ties);
      assertThat(roles.representative()[v]).isEqualTo(roles.gatekeeper()[v]);
    }
  }

  @Property(tries = 100)
  void renumberingTheNodesDoesNotChangeAnyonesBetweenness(
      @ForAll @IntRange(min = 1, max = 12) int n, @ForAll long seed, @ForAll boolean directed) {
    Graph g = random(n, seed, directed, false);
    List<Integer> order = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      order.add(v);
    }
    Collections.shuffle(order, new Random(seed + 1));
    GraphBuilder b = GraphBuilder.of(directed);
    for (int v : order) {
      b.addNode(Integer.toString(v));
    }
    for (int u = 0; u < n; u++) {
      for (int v : g.outNeighbours(u)) {
        b.addEdge(Integer.toString(u), Integer.toString(v));
      }
    }
    Graph h = b.build(false);
    double[] bg = BrandesBetweenness.of(g);
    double[] bh = BrandesBetweenness.of(h);
    for (int v = 0; v < n; v++) {
      assertThat(Graphs.at(h, bh, Integer.toString(v))).isCloseTo(bg[v], within(CLOSE));
    }
  }

  @Property(tries = 200)
  void eigenvectorOfAConnectedGraphSatisfiesTheEigenEquation(
      @ForAll @IntRange(min = 2, max = 12) int n, @ForAll long seed) {
    Graph g = random(n, seed, false, false);
    net.jqwik.api.Assume.that(ConnectedComponents.of(g).count() == 1);
    double[] x = EigenvectorCentrality.of(g);
    // λ from the node with the largest score (x = 1): λ = Σ of its neighbours' scores.
    int top = 0;
    for (int v = 0; v < n; v++) {
      top = x[v] > x[top] ? v : top;
    }
    double lambda = 0;
    for (int w : g.outNeighbours(top)) {
      lambda += x[w];
    }
    for (int v = 0; v < n; v++) {
      double ax = 0;
      for (int w : g.outNeighbours(v)) {
        ax += x[w];
      }
      assertThat(ax).isCloseTo(lambda * x[v], within(1e-8));
      assertThat(x[v]).isPositive();
    }
  }

  /** Community, statutory, or neither, drawn from the seed. */
  private static boolean[][] sides(int n, long seed) {
    Random r = new Random(~seed);
    boolean[] c = new boolean[n];
    boolean[] s = new boolean[n];
    for (int v = 0; v < n; v++) {
      int side = r.nextInt(3);
      c[v] = side == 0;
      s[v] = side == 1;
    }
    return new boolean[][] {c, s};
  }

  private static boolean isolated(Graph g, int v) {
    return g.outDegree(v) == 0 && g.inDegree(v) == 0;
  }

  /** Components of the tie graph with node {@code removed} and tie {@code u–w} taken out. */
  private static int components(Graph g, int removed, int u, int w) {
    int n = g.nodeCount();
    int[] label = reach(g, removed, u, w);
    int count = 0;
    for (int v = 0; v < n; v++) {
      if (v != removed && label[v] == v) {
        count++;
      }
    }
    return count;
  }

  /** For each node, the smallest node id in its component (naive flood fill). */
  private static int[] reach(Graph g, int removed, int u, int w) {
    int n = g.nodeCount();
    int[] label = new int[n];
    java.util.Arrays.fill(label, -1);
    for (int start = 0; start < n; start++) {
      if (start == removed || label[start] >= 0) {
        continue;
      }
      java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
      queue.add(start);
      label[start] = start;
      while (!queue.isEmpty()) {
        int x = queue.poll();
        for (int y = 0; y < n; y++) {
          boolean tie = g.hasArc(x, y) || g.hasArc(y, x);
          boolean cutTie = (x == u && y == w) || (x == w && y == u);
          if (tie && !cutTie && y != removed && label[y] < 0) {
            label[y] = start;
            queue.add(y);
          }
        }
      }
    }
    return label;
  }

  private static boolean linked(Graph g, boolean[] c, boolean[] s, int removed) {
    int[] label = reach(g, removed, -1, -1);
    for (int a = 0; a < c.length; a++) {
      for (int b = 0; b < s.length; b++) {
        if (a != removed && b != removed && c[a] && s[b] && label[a] == label[b]) {
          return true;
        }
      }
    }
    return false;
  }
}
