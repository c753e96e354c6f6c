package org.phasezero.analysis.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An assignment of every node of a graph to one group (e.g. side: community / statutory /
 * independent), with the groups numbered in order of first appearance by node id.
 */
public record Partition(List<String> groups, int[] groupOf) {

  /**
   * The partition given by a label → group map; every node of the graph must have a group, because
   * an unassigned node would silently change brokerage roles and key-person shares.
   */
  public static Partition of(Graph g, Map<String, String> groupByLabel) {
    List<String> groups = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    int[] of = new int[g.nodeCount()];
    for (int v = 0; v < of.length; v++) {
      String group = groupByLabel.get(g.label(v));
      if (group == null) {
        throw new IllegalArgumentException("node " + g.label(v) + " has no group");
      }
      of[v] = index.computeIfAbsent(group, k -> {
        groups.add(k);
        return groups.size() - 1;
      });
    }
    return new Partition(List.copyOf(groups), of);
  }

  /** An indicator per node of membership of the named group (all false if the group is absent). */
  public boolean[] members(String group) {
    int k = groups.indexOf(group);
    boolean[] in = new boolean[groupOf.length];
    for (int v = 0; v < in.length; v++) {
      in[v] = groupOf[v] == k;
    }
    return in;
  }
}
