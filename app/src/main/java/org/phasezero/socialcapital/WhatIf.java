package org.phasezero.socialcapital;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.phasezero.analysis.graph.ConnectedComponents;
import org.phasezero.network.Side;

/**
 * What-if simulation: the network with some nodes removed (the broker leaves) and some ties added
 * (a successor is introduced), measured again and set beside the network as it is. Nothing is
 * saved; a tie is recorded only through the network's own form.
 *
 * @param before the network as it is
 * @param after the network with the changes
 * @param cutOff community-side nodes that had a path to the statutory side and have none after
 * @param successors nodes of the changed network with ties on both sides, most linking paths first
 */
public record WhatIf(NetworkAnalysis before, NetworkAnalysis after, List<Integer> removed, List<int[]> added,
    List<Integer> cutOff, List<Integer> successors) {

  /** The most ties one what-if may add or nodes it may remove. */
  public static final int MAX_CHANGES = 50;

  /** Successors suggested, at most. */
  public static final int SUCCESSORS = 10;

  /** Removes the nodes and adds the ties (node indexes of {@code before}) and measures the result. */
  public static WhatIf of(NetworkAnalysis before, List<Integer> remove, List<int[]> add) {
    if (remove.size() > MAX_CHANGES || add.size() > MAX_CHANGES) {
      throw new IllegalArgumentException("A what-if may remove and add at most " + MAX_CHANGES + " each.");
    }
    if (remove.isEmpty() && add.isEmpty()) {
      throw new IllegalArgumentException("Choose someone to remove or a tie to add.");
    }
    SocialNetwork network = before.network();
    remove = remove.stream().distinct().toList();
    Set<Integer> gone = new HashSet<>(remove);
    Map<Integer, Integer> kept = new HashMap<>();
    List<SocialNetwork.Node> nodes = new ArrayList<>();
    for (int v = 0; v < network.nodes().size(); v++) {
      if (!gone.contains(v)) {
        kept.put(v, nodes.size());
        nodes.add(network.nodes().get(v));
      }
    }
    Map<Long, SocialNetwork.Edge> edges = new HashMap<>();
    for (SocialNetwork.Edge e : network.edges()) {
      if (kept.containsKey(e.a()) && kept.containsKey(e.b())) {
        put(edges, new SocialNetwork.Edge(kept.get(e.a()), kept.get(e.b()), e.kinds(), e.meetings(), e.engagements(),
            e.trust(), e.weight()));
      }
    }
    for (int[] pair : add) {
      if (pair[0] == pair[1]) {
        throw new IllegalArgumentException("A tie joins two different people or organisations.");
      }
      if (gone.contains(pair[0]) || gone.contains(pair[1])) {
        throw new IllegalArgumentException("A tie cannot be added to someone who is removed.");
      }
      int a = Math.min(kept.get(pair[0]), kept.get(pair[1]));
      int b = Math.max(kept.get(pair[0]), kept.get(pair[1]));
      edges.putIfAbsent(((long) a << 32) | b, new SocialNetwork.Edge(a, b,
          java.util.EnumSet.of(kindBetween(network.nodes().get(pair[0]), network.nodes().get(pair[1]))), 0, 0, null, 1));
    }
    List<SocialNetwork.Edge> sorted = edges.values().stream()
        .sorted(Comparator.comparingInt(SocialNetwork.Edge::a).thenComparingInt(SocialNetwork.Edge::b)).toList();
    NetworkAnalysis after = NetworkAnalysis.of(new SocialNetwork(network.query(), List.copyOf(nodes), sorted));

    boolean[] linkedBefore = linked(before);
    boolean[] linkedAfter = linked(after);
    List<Integer> cutOff = new ArrayList<>();
    for (int v = 0; v < linkedBefore.length; v++) {
      if (linkedBefore[v] && !gone.contains(v) && !linkedAfter[kept.get(v)]
          && network.nodes().get(v).side() == Side.COMMUNITY) {
        cutOff.add(v);
      }
    }
    List<Integer> successors = after.tiedToBothSides().stream()
        .sorted(Comparator.comparingDouble((Integer v) -> -after.linkingShare(v)).thenComparing(v -> v))
        .limit(SUCCESSORS).toList();
    return new WhatIf(before, after, List.copyOf(remove), List.copyOf(add), cutOff, successors);
  }

  /**
   * The kind of a tie introduced between two nodes, from where they stand: across the community and
   * statutory sides it is linking, within one organisation bonding, otherwise bridging (as the
   * survey import decides a tie's kind).
   */
  static SocialNetwork.EdgeKind kindBetween(SocialNetwork.Node x, SocialNetwork.Node y) {
    if (x.side() == Side.COMMUNITY && y.side() == Side.STATUTORY || x.side() == Side.STATUTORY
        && y.side() == Side.COMMUNITY) {
      return SocialNetwork.EdgeKind.LINKING;
    }
    Long xOrganisation = x.isPerson() ? x.organisationId() : Long.valueOf(x.recordId());
    Long yOrganisation = y.isPerson() ? y.organisationId() : Long.valueOf(y.recordId());
    return xOrganisation != null && xOrganisation.equals(yOrganisation) ? SocialNetwork.EdgeKind.BONDING
        : SocialNetwork.EdgeKind.BRIDGING;
  }

  private static void put(Map<Long, SocialNetwork.Edge> edges, SocialNetwork.Edge e) {
    edges.put(((long) e.a() << 32) | e.b(), e);
  }

  /** For each node, whether its component holds both a community and a statutory node. */
  private static boolean[] linked(NetworkAnalysis a) {
    ConnectedComponents.Labels labels = ConnectedComponents.of(a.graph());
    boolean[] community = new boolean[labels.count()];
    boolean[] statutory = new boolean[labels.count()];
    for (int v = 0; v < labels.componentOf().length; v++) {
      Side side = a.network().nodes().get(v).side();
      community[labels.componentOf()[v]] |= side == Side.COMMUNITY;
      statutory[labels.componentOf()[v]] |= side == Side.STATUTORY;
    }
    boolean[] linked = new boolean[labels.componentOf().length];
    for (int v = 0; v < linked.length; v++) {
      int c = labels.componentOf()[v];
      linked[v] = community[c] && statutory[c];
    }
    return linked;
  }

  /** Connected community ↔ statutory pairs that the changes disconnect (negative when they connect more). */
  public long linkingPairsLost() {
    return before.figures().crossSidePairs() - after.figures().crossSidePairs();
  }
}
