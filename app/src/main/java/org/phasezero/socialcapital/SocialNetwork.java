package org.phasezero.socialcapital;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.phasezero.analysis.graph.Graph;
import org.phasezero.analysis.graph.GraphBuilder;
import org.phasezero.analysis.graph.Partition;
import org.phasezero.network.Side;

/**
 * A network built from the platform's records: nodes (people, organisations) and undirected edges
 * between them. Each edge merges every record that ties the two ends, keeping what kinds of record
 * they were, how many meetings and engagements the two shared, and the highest trust recorded.
 * Measures read the network as unweighted (a tie is there or not), as networkx and igraph do by
 * default; an edge's weight (the number of records behind it) is for drawing and exports.
 */
public record SocialNetwork(NetworkQuery query, List<Node> nodes, List<Edge> edges) {

  /** Node key prefixes: {@code p12} is person 12, {@code o3} organisation 3. */
  public enum NodeType {
    PERSON("p"), ORGANISATION("o");

    private final String prefix;

    NodeType(String prefix) {
      this.prefix = prefix;
    }

    public String key(long id) {
      return prefix + id;
    }
  }

  /**
   * A node. {@code name} is the person's or organisation's name, never shown to a role that may not
   * see it (see {@link NetworkViewer}); {@code side} is null for a person in no organisation.
   */
  public record Node(String key, NodeType type, long recordId, String name, String pseudonym, Long organisationId,
      String organisationName, Side side) {

    public boolean isPerson() {
      return type == NodeType.PERSON;
    }
  }

  /** What kind of record ties two nodes, the strongest evidence of a tie first. Labels for people are under {@code enum.EdgeKind.*}. */
  public enum EdgeKind { LINKING, BRIDGING, BONDING, MEETINGS, ENGAGEMENT, MEMBERSHIP }

  /**
   * An edge between nodes {@code a < b} (indexes into {@link #nodes()}).
   *
   * @param weight the number of records behind the edge (ties, shared meetings, engagements, memberships)
   */
  public record Edge(int a, int b, Set<EdgeKind> kinds, int meetings, int engagements, Integer trust, int weight) {

    /** The kind that describes the edge best: a recorded tie first (linking, bridging, bonding), then the rest. */
    public EdgeKind mainKind() {
      return kinds.iterator().next();
    }

    public boolean isLinkingTie() {
      return kinds.contains(EdgeKind.LINKING);
    }
  }

  /** The graph the analysis library measures: node labels are the node keys. */
  public Graph graph() {
    GraphBuilder b = GraphBuilder.undirected();
    for (Node n : nodes) {
      b.addNode(n.key());
    }
    for (Edge e : edges) {
      b.addEdge(nodes.get(e.a()).key(), nodes.get(e.b()).key());
    }
    return b.build(false);
  }

  /** Nodes by side name ({@code community}, {@code statutory}, {@code independent}, {@code none}). */
  public Partition partition(Graph g) {
    Map<String, String> groups = new HashMap<>();
    for (Node n : nodes) {
      groups.put(n.key(), n.side() == null ? "none" : n.side().name().toLowerCase(java.util.Locale.ROOT));
    }
    return Partition.of(g, groups);
  }

  static Set<EdgeKind> kinds() {
    return EnumSet.noneOf(EdgeKind.class);
  }
}
