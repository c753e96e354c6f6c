package org.phasezero.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.phasezero.analysis.testing.SharedData;

/**
 * The classic networks in {@code shared/data/sna}, read in place. Expected values are published
 * figures where the literature gives them, otherwise networkx 2.8.8 (Debian's python3-networkx)
 * and python-igraph 0.10.2, computed once with {@code /usr/bin/python3
 * bench/python/sna_reference.py ../shared/data/sna} (edges from the CSV's source/target[/weight]
 * columns, as in {@link Graphs#fromCsv}); betweenness is also checked for every node against the
 * definition-based oracle {@link AllPairsPaths}.
 */
class ReferenceNetworksConformanceTest {

  private static final double NX = 1e-9;

  private static Graph florentine() {
    return Graphs.fromCsv(SharedData.file("sna/padgett_florentine_marriage_edges.csv"),
        "source", "target", null);
  }

  private static Graph karate(boolean weighted) {
    return Graphs.fromCsv(SharedData.file("sna/zachary_karate_club_edges.csv"),
        "source", "target", weighted ? "weight" : null);
  }

  private static Graph lesMiserables(boolean weighted) {
    return Graphs.fromCsv(SharedData.file("sna/les_miserables_coappearance_edges.csv"),
        "source", "target", weighted ? "weight" : null);
  }

  @Test
  void mediciBrokerTheFlorentineMarriageNetwork() {
    // Published: Medici betweenness 47.5, normalised 47.5 / C(14,2) = 47.5/91 = .522 (e.g.
    // Jackson 2008, Social and Economic Networks, ch. 2); Guadagni next at 23.17.
    Graph g = florentine();
    double[] b = BrandesBetweenness.of(g);
    assertThat(Graphs.at(g, b, "Medici")).isCloseTo(47.5, within(NX));
    assertThat(Graphs.at(g, BrandesBetweenness.normalised(g, b), "Medici"))
        .isCloseTo(0.522, within(5e-4));
    assertThat(Graphs.at(g, b, "Guadagni")).isCloseTo(23.166666666666664, within(NX));
    assertThat(Graphs.at(g, b, "Salviati")).isCloseTo(13.0, within(NX));
    assertThat(b).containsExactly(new AllPairsPaths(g).betweenness(false), within(NX));
  }

  @Test
  void florentineClosenessEigenvectorAndStructuralHolesMatchNetworkx() {
    Graph g = florentine();
    double[] c = ClosenessCentrality.of(g).closeness();
    assertThat(Graphs.at(g, c, "Medici")).isCloseTo(0.56, within(NX));
    assertThat(Graphs.at(g, c, "Pazzi")).isCloseTo(0.2857142857, within(NX));
    // networkx eigenvector_centrality(tol=1e-12) divided by its maximum (Medici).
    double[] e = EigenvectorCentrality.of(g);
    assertThat(Graphs.at(g, e, "Medici")).isEqualTo(1.0);
    assertThat(Graphs.at(g, e, "Strozzi")).isCloseTo(0.8272687717, within(1e-8));
    assertThat(Graphs.at(g, e, "Pazzi")).isCloseTo(0.1041426748, within(1e-8));
    double[] k = BurtConstraint.of(g);
    assertThat(Graphs.at(g, k, "Medici")).isCloseTo(0.2098765432, within(NX));
    assertThat(Graphs.at(g, k, "Peruzzi")).isCloseTo(0.6558641975, within(NX));
    assertThat(Graphs.at(g, k, "Tornabuoni")).isCloseTo(0.4598765432, within(NX));
    double[] es = EffectiveSize.of(g);
    assertThat(Graphs.at(g, es, "Medici")).isCloseTo(5.6666666667, within(NX));
    assertThat(Graphs.at(g, es, "Castellani")).isCloseTo(2.3333333333, within(NX));
  }

  @Test
  void florentineCutVerticesAndBridgesMatchNetworkx() {
    Graph g = florentine();
    boolean[] cut = ArticulationPoints.of(g);
    java.util.List<String> cuts = new java.util.ArrayList<>();
    for (int v = 0; v < cut.length; v++) {
      if (cut[v]) {
        cuts.add(g.label(v));
      }
    }
    assertThat(cuts).containsExactlyInAnyOrder("Albizzi", "Guadagni", "Medici", "Salviati");
    assertThat(Bridges.of(g)).extracting(e -> sorted(g.label(e[0]), g.label(e[1])))
        .containsExactlyInAnyOrder("Acciaiuoli-Medici", "Albizzi-Ginori",
            "Guadagni-Lamberteschi", "Medici-Salviati", "Pazzi-Salviati");
    assertThat(ConnectedComponents.of(g).count()).isEqualTo(1);
  }

  @Test
  void karateClubMatchesNetworkx() {
    Graph g = karate(false);
    double[] nb = BrandesBetweenness.normalised(g, BrandesBetweenness.of(g));
    assertThat(Graphs.at(g, nb, "1")).isCloseTo(0.4376352814, within(NX));
    assertThat(Graphs.at(g, nb, "34")).isCloseTo(0.3040749759, within(NX));
    assertThat(Graphs.at(g, nb, "32")).isCloseTo(0.1382756133, within(NX));
    double[] c = ClosenessCentrality.of(g).closeness();
    assertThat(Graphs.at(g, c, "1")).isCloseTo(0.5689655172, within(NX));
    assertThat(Graphs.at(g, c, "12")).isCloseTo(0.3666666667, within(NX));
    double[] e = EigenvectorCentrality.of(g);
    assertThat(Graphs.at(g, e, "34")).isEqualTo(1.0);
    assertThat(Graphs.at(g, e, "1")).isCloseTo(0.9521323664, within(1e-8));
    assertThat(Graphs.at(g, e, "12")).isCloseTo(0.1415663333, within(1e-8));
    assertThat(Graphs.at(g, BurtConstraint.of(g), "34")).isCloseTo(0.1564186851, within(NX));
    assertThat(Graphs.at(g, EffectiveSize.of(g), "34")).isCloseTo(15.2352941176, within(NX));
    boolean[] cut = ArticulationPoints.of(g);
    assertThat(Graphs.at(g, toDouble(cut), "1")).isEqualTo(1);
    assertThat(countTrue(cut)).isEqualTo(1);
    assertThat(Bridges.of(g)).extracting(x -> sorted(g.label(x[0]), g.label(x[1])))
        .containsExactly("1-12");
  }

  @Test
  void karateWeightedBetweennessReadsInteractionCountsAsDistances() {
    // networkx betweenness_centrality(G, normalized=False, weight='weight').
    Graph g = karate(true);
    double[] b = BrandesBetweenness.of(g);
    assertThat(Graphs.at(g, b, "1")).isCloseTo(250.15, within(NX));
    assertThat(Graphs.at(g, b, "20")).isCloseTo(127.0666666667, within(NX));
    assertThat(Graphs.at(g, b, "14")).isCloseTo(1.2, within(NX));
    assertThat(b).containsExactly(new AllPairsPaths(g).betweenness(false), within(NX));
  }

  @Test
  void lesMiserablesMatchesNetworkxAndIgraph() {
    // Unweighted: networkx; weighted (weights as distances): networkx and igraph agree.
    Graph hops = lesMiserables(false);
    double[] b = BrandesBetweenness.of(hops);
    assertThat(Graphs.at(hops, b, "Valjean")).isCloseTo(1624.4688004333, within(1e-8));
    assertThat(Graphs.at(hops, b, "Myriel")).isCloseTo(504.0, within(NX));
    Graph g = lesMiserables(true);
    double[] w = BrandesBetweenness.of(g);
    assertThat(Graphs.at(g, w, "Valjean")).isCloseTo(1293.6140692641, within(1e-8));
    assertThat(Graphs.at(g, w, "Gavroche")).isCloseTo(812.6849386724, within(1e-8));
    assertThat(Graphs.at(g, w, "Javert")).isCloseTo(551.1907287157, within(1e-8));
    assertThat(w).containsExactly(new AllPairsPaths(g).betweenness(false), within(1e-8));
    double[] c = ClosenessCentrality.of(g).closeness();
    assertThat(Graphs.at(g, c, "Valjean")).isCloseTo(0.3234042553, within(NX));
    assertThat(Graphs.at(g, c, "Myriel")).isCloseTo(0.1407407407, within(NX));
    assertThat(countTrue(ArticulationPoints.of(g))).isEqualTo(8);
    assertThat(Bridges.of(g)).hasSize(18);
  }

  @Test
  void krackhardtKiteFileGivesThePublishedBetweenness() {
    Path file = SharedData.file("sna/krackhardt_kite_edges.csv");
    Graph g = Graphs.fromCsv(file, "source", "target", null);
    double[] b = BrandesBetweenness.of(g);
    assertThat(Graphs.at(g, b, "Heather")).isCloseTo(14, within(NX));
    assertThat(Graphs.at(g, b, "Fernando")).isCloseTo(25.0 / 3, within(NX));
    assertThat(Graphs.at(g, b, "Diane")).isCloseTo(11.0 / 3, within(NX));
  }

  @Test
  void karateFactionsAreLinkedOnlyThroughManyPeople() {
    // With the two factions as the two sides, no single member disconnects them (the club split
    // along them, but the friendship network stayed connected in many places).
    Graph g = karate(false);
    java.util.Map<String, String> club = new java.util.HashMap<>();
    try {
      for (String line : java.nio.file.Files.readAllLines(
          SharedData.file("sna/zachary_karate_club_nodes.csv")).subList(1, 35)) {
        String[] cells = line.split(",");
        club.put(cells[0], cells[1]);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Partition p = Partition.of(g, club);
    KeyPersonRisk r = KeyPersonRisk.of(g, p.members("Mr. Hi"), p.members("Officer"));
    assertThat(r.connectedPairs()).isEqualTo(17 * 17);
    assertThat(r.disconnects()).containsOnly(false);
    // The oracle: the mean over the 289 cross pairs of the fraction of paths through each node.
    AllPairsPaths oracle = new AllPairsPaths(g);
    boolean[] hi = p.members("Mr. Hi");
    boolean[] officer = p.members("Officer");
    for (int v = 0; v < g.nodeCount(); v++) {
      double sum = 0;
      for (int s = 0; s < g.nodeCount(); s++) {
        for (int t = 0; t < g.nodeCount(); t++) {
          if (hi[s] && officer[t]) {
            sum += oracle.through(s, v, t);
          }
        }
      }
      assertThat(r.share()[v]).as(g.label(v)).isCloseTo(sum / 289, within(1e-12));
    }
  }

  private static String sorted(String a, String b) {
    return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
  }

  private static double[] toDouble(boolean[] x) {
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = x[i] ? 1 : 0;
    }
    return d;
  }

  private static int countTrue(boolean[] x) {
    int c = 0;
    for (boolean b : x) {
      c += b ? 1 : 0;
    }
    return c;
  }
}
