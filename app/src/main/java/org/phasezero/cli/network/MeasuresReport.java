package org.phasezero.cli.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phasezero.analysis.graph.ArticulationPoints;
import org.phasezero.analysis.graph.BrandesBetweenness;
import org.phasezero.analysis.graph.Bridges;
import org.phasezero.analysis.graph.BrokerageRoles;
import org.phasezero.analysis.graph.BurtConstraint;
import org.phasezero.analysis.graph.ClosenessCentrality;
import org.phasezero.analysis.graph.ConnectedComponents;
import org.phasezero.analysis.graph.DegreeCentrality;
import org.phasezero.analysis.graph.EffectiveSize;
import org.phasezero.analysis.graph.EigenvectorCentrality;
import org.phasezero.analysis.graph.Graph;
import org.phasezero.analysis.graph.KeyPersonRisk;
import org.phasezero.analysis.graph.Partition;

/**
 * Every measure of {@code network measures} for one graph: a row per node (stable snake_case
 * keys, sorted by betweenness, highest first, then by node id) and a summary. Missing values
 * (constraint of an isolate, eigenvector centrality that does not exist) are null.
 */
record MeasuresReport(Map<String, Object> summary, List<Map<String, Object>> rows) {

  static MeasuresReport of(Graph g, Partition partition, String community, String statutory) {
    int n = g.nodeCount();
    double[] betweenness = BrandesBetweenness.of(g);
    double[] normalised = BrandesBetweenness.normalised(g, betweenness);
    ClosenessCentrality.Scores closeness = ClosenessCentrality.of(g);
    List<String> notes = new ArrayList<>();
    double[] eigenvector = null;
    try {
      eigenvector = EigenvectorCentrality.of(g);
    } catch (IllegalArgumentException e) {
      notes.add(e.getMessage());
    }
    double[] effectiveSize = EffectiveSize.of(g);
    double[] constraint = BurtConstraint.of(g);
    boolean[] cut = ArticulationPoints.of(g);
    BrokerageRoles.Counts roles = partition == null ? null : BrokerageRoles.of(g, partition);
    KeyPersonRisk risk = null;
    if (partition != null && partition.groups().contains(community)
        && partition.groups().contains(statutory)) {
      risk = KeyPersonRisk.of(g, partition.members(community), partition.members(statutory));
    } else if (partition != null) {
      notes.add("key-person risk needs partition values '" + community + "' and '" + statutory
          + "' (see --community and --statutory); found " + partition.groups());
    }
    int[] degree = DegreeCentrality.of(g);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("node", g.label(v));
      if (partition != null) {
        row.put("group", partition.groups().get(partition.groupOf()[v]));
      }
      row.put("degree", degree[v]);
      if (g.isDirected()) {
        row.put("in_degree", g.inDegree(v));
        row.put("out_degree", g.outDegree(v));
      }
      row.put("betweenness", betweenness[v]);
      row.put("betweenness_normalised", normalised[v]);
      row.put("closeness", closeness.closeness()[v]);
      row.put("harmonic_closeness", closeness.harmonic()[v]);
      row.put("eigenvector", eigenvector == null ? null : eigenvector[v]);
      row.put("effective_size", orNull(effectiveSize[v]));
      row.put("constraint", orNull(constraint[v]));
      row.put("articulation_point", cut[v]);
      if (roles != null) {
        row.put("coordinator", roles.coordinator()[v]);
        row.put("gatekeeper", roles.gatekeeper()[v]);
        row.put("representative", roles.representative()[v]);
        row.put("itinerant", roles.itinerant()[v]);
        row.put("liaison", roles.liaison()[v]);
      }
      if (risk != null) {
        row.put("key_person_share", risk.share()[v]);
        row.put("disconnects_sides", risk.disconnects()[v]);
      }
      rows.add(row);
    }
    rows.sort(Comparator.comparing((Map<String, Object> r) -> -(double) r.get("betweenness"))
        .thenComparing(r -> (String) r.get("node")));
    return new MeasuresReport(summary(g, cut, risk, partition, notes), rows);
  }

  private static Map<String, Object> summary(Graph g, boolean[] cut, KeyPersonRisk risk,
      Partition partition, List<String> notes) {
    ConnectedComponents.Labels components = ConnectedComponents.of(g);
    int largest = 0;
    for (int size : components.sizes()) {
      largest = Math.max(largest, size);
    }
    List<String> cutNodes = new ArrayList<>();
    for (int v = 0; v < cut.length; v++) {
      if (cut[v]) {
        cutNodes.add(g.label(v));
      }
    }
    cutNodes.sort(null);
    List<List<String>> bridges = new ArrayList<>();
    for (int[] e : Bridges.of(g)) {
      String a = g.label(e[0]);
      String b = g.label(e[1]);
      bridges.add(a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a));
    }
    bridges.sort(Comparator.comparing((List<String> e) -> e.get(0)).thenComparing(e -> e.get(1)));
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("nodes", g.nodeCount());
    s.put("edges", g.edgeCount());
    s.put("directed", g.isDirected());
    s.put("weighted", g.isWeighted());
    s.put("components", components.count());
    s.put("largest_component", largest);
    s.put("articulation_points", cutNodes);
    s.put("bridges", bridges);
    if (partition != null) {
      s.put("groups", partition.groups());
    }
    if (risk != null) {
      s.put("cross_side_pairs", risk.connectedPairs());
      List<String> critical = new ArrayList<>();
      for (int v = 0; v < g.nodeCount(); v++) {
        if (risk.disconnects()[v]) {
          critical.add(g.label(v));
        }
      }
      critical.sort(null);
      s.put("side_disconnecting_nodes", critical);
    }
    s.put("notes", notes);
    return s;
  }

  private static Double orNull(double x) {
    return Double.isNaN(x) ? null : x;
  }
}
