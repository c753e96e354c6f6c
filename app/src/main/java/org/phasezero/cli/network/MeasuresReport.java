package org.phasezero.cli.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phasezero.analysis.graph.Bridges;
import org.phasezero.analysis.graph.BrokerageRoles;
import org.phasezero.analysis.graph.ConnectedComponents;
import org.phasezero.analysis.graph.Graph;
import org.phasezero.analysis.graph.KeyPersonRisk;
import org.phasezero.analysis.graph.NodeMeasures;
import org.phasezero.analysis.graph.Partition;

/**
 * Every measure of {@code network measures} for one graph: a row per node (stable snake_case
 * keys, sorted by betweenness, highest first, then by node id) and a summary. Missing values
 * (constraint of an isolate, eigenvector centrality that does not exist) are null.
 */
record MeasuresReport(Map<String, Object> summary, List<Map<String, Object>> rows) {

  static MeasuresReport of(Graph g, Partition partition, String community, String statutory) {
    int n = g.nodeCount();
    NodeMeasures m = NodeMeasures.of(g, partition, community, statutory);
    List<String> notes = new ArrayList<>(m.notes());
    if (partition != null && m.risk() == null) {
      notes.set(notes.size() - 1, notes.get(notes.size() - 1)
          .replace("; found", " (see --community and --statutory); found"));
    }
    int[] degree = m.degree();
    double[] betweenness = m.betweenness();
    double[] normalised = m.betweennessNormalised();
    double[] eigenvector = m.eigenvector();
    double[] effectiveSize = m.effectiveSize();
    double[] constraint = m.constraint();
    boolean[] cut = m.articulationPoint();
    BrokerageRoles.Counts roles = m.brokerage();
    KeyPersonRisk risk = m.risk();
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
      row.put("closeness", m.closeness()[v]);
      row.put("harmonic_closeness", m.harmonicCloseness()[v]);
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
