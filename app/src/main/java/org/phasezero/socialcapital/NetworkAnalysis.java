package org.phasezero.socialcapital;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.phasezero.analysis.graph.Bridges;
import org.phasezero.analysis.graph.ConnectedComponents;
import org.phasezero.analysis.graph.CrossSideReach;
import org.phasezero.analysis.graph.Graph;
import org.phasezero.analysis.graph.NodeMeasures;
import org.phasezero.analysis.graph.Partition;
import org.phasezero.network.Side;

/**
 * A network and every measure of it, computed once by the analysis library: node measures,
 * brokerage with side as the partition, key-person risk between the community and statutory sides,
 * components, bridges and community ↔ statutory reach within two steps.
 */
public record NetworkAnalysis(SocialNetwork network, Graph graph, NodeMeasures measures, Figures figures,
    List<Integer> keyPeople, List<int[]> bridges, Map<String, Integer> index, int[] opaque, int[] fromOpaque) {

  /** A share of linking paths at or above which one node is said to carry most of them. */
  public static final double MOST = 0.5;

  /** Steps within which a community member counts as reaching the statutory side. */
  public static final int REACH_STEPS = 2;

  /**
   * Network-level figures.
   *
   * @param reachShare share of community-side nodes within {@value #REACH_STEPS} steps of the
   *     statutory side (NaN without a community side)
   * @param topBroker the node carrying the largest share of linking paths, or -1 when none is on any
   * @param cutPoints articulation points: nodes whose removal splits a part of the network in two
   * @param bridges ties whose removal splits a part of the network in two
   */
  public record Figures(int people, int organisations, int edges, int linkingTies, int components,
      int largestComponent, int community, int statutory, int reached, double reachShare, long crossSidePairs,
      int topBroker, double topBrokerShare, int cutPoints, int bridges) {}

  public static NetworkAnalysis of(SocialNetwork network) {
    Graph g = network.graph();
    Partition partition = network.partition(g);
    boolean[] community = sideMembers(network, Side.COMMUNITY);
    boolean[] statutory = sideMembers(network, Side.STATUTORY);
    NodeMeasures m = NodeMeasures.of(g, partition, "community", "statutory");
    if (m.risk() == null) {
      // One side is missing: risk is all zeros rather than absent, so pages and exports need no special case.
      m = new NodeMeasures(m.degree(), m.betweenness(), m.betweennessNormalised(), m.closeness(),
          m.harmonicCloseness(), m.eigenvector(), m.effectiveSize(), m.constraint(), m.articulationPoint(),
          m.brokerage(), org.phasezero.analysis.graph.KeyPersonRisk.of(g, community, statutory), m.notes());
    }
    CrossSideReach.Reach reach = CrossSideReach.of(g, community, statutory, REACH_STEPS);
    ConnectedComponents.Labels components = ConnectedComponents.of(g);
    int largest = 0;
    for (int size : components.sizes()) {
      largest = Math.max(largest, size);
    }
    double[] share = m.risk().share();
    int top = -1;
    for (int v = 0; v < share.length; v++) {
      if (share[v] > 0 && (top < 0 || share[v] > share[top])) {
        top = v;
      }
    }
    List<Integer> key = new ArrayList<>();
    for (int v = 0; v < share.length; v++) {
      if (m.risk().disconnects()[v] || share[v] >= MOST) {
        key.add(v);
      }
    }
    key.sort(Comparator.comparingDouble((Integer v) -> -share[v]).thenComparing(v -> v));
    int people = (int) network.nodes().stream().filter(SocialNetwork.Node::isPerson).count();
    int linking = (int) network.edges().stream().filter(SocialNetwork.Edge::isLinkingTie).count();
    List<int[]> bridges = Bridges.of(g);
    Figures figures = new Figures(people, network.nodes().size() - people, network.edges().size(), linking,
        components.count(), largest, reach.community(), count(statutory), reach.reached(), reach.share(),
        m.risk().connectedPairs(), top, top < 0 ? 0 : share[top], count(m.articulationPoint()), bridges.size());
    Map<String, Integer> index = new HashMap<>();
    for (int v = 0; v < network.nodes().size(); v++) {
      index.put(network.nodes().get(v).key(), v);
    }
    // Opaque numbers for nodes a viewer may see but not name: a random permutation, so that the
    // number says nothing about the person's record (ids are in order of creation).
    int n = network.nodes().size();
    int[] opaque = new int[n];
    for (int v = 0; v < n; v++) {
      opaque[v] = v;
    }
    java.security.SecureRandom random = new java.security.SecureRandom();
    for (int v = n - 1; v > 0; v--) {
      int w = random.nextInt(v + 1);
      int t = opaque[v];
      opaque[v] = opaque[w];
      opaque[w] = t;
    }
    int[] fromOpaque = new int[n];
    for (int v = 0; v < n; v++) {
      fromOpaque[opaque[v]] = v;
    }
    return new NetworkAnalysis(network, g, m, figures, List.copyOf(key), bridges, Map.copyOf(index), opaque,
        fromOpaque);
  }

  static boolean[] sideMembers(SocialNetwork network, Side side) {
    boolean[] members = new boolean[network.nodes().size()];
    for (int v = 0; v < members.length; v++) {
      members[v] = network.nodes().get(v).side() == side;
    }
    return members;
  }

  private static int count(boolean[] flags) {
    int c = 0;
    for (boolean f : flags) {
      c += f ? 1 : 0;
    }
    return c;
  }

  /** The node with this key, or -1. */
  public int nodeIndex(String key) {
    return index.getOrDefault(key, -1);
  }

  public double linkingShare(int v) {
    return measures.risk().share()[v];
  }

  public boolean disconnectsSides(int v) {
    return measures.risk().disconnects()[v];
  }

  /** Nodes with at least one neighbour on each side: people who could carry linking paths. */
  public List<Integer> tiedToBothSides() {
    List<Integer> both = new ArrayList<>();
    for (int v = 0; v < graph.nodeCount(); v++) {
      boolean c = false;
      boolean s = false;
      for (int w : graph.outNeighbours(v)) {
        Side side = network.nodes().get(w).side();
        c |= side == Side.COMMUNITY;
        s |= side == Side.STATUTORY;
      }
      if (c && s) {
        both.add(v);
      }
    }
    return both;
  }
}
