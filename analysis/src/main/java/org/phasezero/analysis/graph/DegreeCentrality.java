package org.phasezero.analysis.graph;

/**
 * Degree centrality: the number of ties a node has (Freeman 1979, "Centrality in social networks:
 * conceptual clarification", Social Networks 1:215–239). In a directed graph, out-degree counts
 * arcs sent, in-degree arcs received, and degree their sum (a reciprocated pair counts twice, as in
 * networkx and igraph {@code mode="all"}). Normalised degree divides by {@code n − 1}, the most
 * ties one node can have in each direction. Repeated edges were merged when the graph was built,
 * so degree counts distinct neighbours. Time O(n).
 */
public final class DegreeCentrality {

  private DegreeCentrality() {}

  /** Degree (in + out when directed) of every node. */
  public static int[] of(Graph g) {
    int[] d = new int[g.nodeCount()];
    for (int v = 0; v < d.length; v++) {
      d[v] = g.isDirected() ? g.outDegree(v) + g.inDegree(v) : g.outDegree(v);
    }
    return d;
  }

  public static int[] in(Graph g) {
    int[] d = new int[g.nodeCount()];
    for (int v = 0; v < d.length; v++) {
      d[v] = g.inDegree(v);
    }
    return d;
  }

  public static int[] out(Graph g) {
    int[] d = new int[g.nodeCount()];
    for (int v = 0; v < d.length; v++) {
      d[v] = g.outDegree(v);
    }
    return d;
  }

  /** Degree divided by {@code n − 1} (0 for a one-node graph). */
  public static double[] normalised(Graph g) {
    int[] d = of(g);
    double[] out = new double[d.length];
    for (int v = 0; v < d.length; v++) {
      out[v] = d.length > 1 ? d[v] / (double) (d.length - 1) : 0;
    }
    return out;
  }
}
