package org.phasezero.analysis.graph;

/**
 * An immutable graph in compressed sparse row (CSR) form: node {@code v}'s out-neighbours are
 * {@code outTargets[outStart[v] .. outStart[v + 1])}, with optional weights alongside. Nodes are
 * the ints {@code 0 .. n-1}; {@link #label(int)} maps them back to the caller's ids.
 *
 * <p>An undirected graph stores each edge in both directions and shares one array set for "in" and
 * "out". A directed graph also keeps the reversed arcs (the in-CSR) because Brandes accumulation
 * and eigenvector centrality walk arcs backwards. Neighbour lists are sorted ascending, without
 * duplicates or self-loops (see {@link GraphBuilder} for the policy).
 *
 * <p>Memory: about {@code 4(n + 1) + 4·2m} bytes undirected ({@code + 8·2m} weighted); twice that
 * directed.
 */
public final class Graph {

  private final String[] labels;
  private final boolean directed;
  private final int edgeCount;
  final int[] outStart;
  final int[] outTargets;
  final double[] outWeights;
  final int[] inStart;
  final int[] inSources;
  final double[] inWeights;

  Graph(String[] labels, boolean directed, int edgeCount, int[] outStart, int[] outTargets,
      double[] outWeights, int[] inStart, int[] inSources, double[] inWeights) {
    this.labels = labels;
    this.directed = directed;
    this.edgeCount = edgeCount;
    this.outStart = outStart;
    this.outTargets = outTargets;
    this.outWeights = outWeights;
    this.inStart = inStart;
    this.inSources = inSources;
    this.inWeights = inWeights;
  }

  public int nodeCount() {
    return labels.length;
  }

  /** Distinct edges (undirected) or arcs (directed). */
  public int edgeCount() {
    return edgeCount;
  }

  public boolean isDirected() {
    return directed;
  }

  public boolean isWeighted() {
    return outWeights != null;
  }

  public String label(int node) {
    return labels[node];
  }

  public int outDegree(int node) {
    return outStart[node + 1] - outStart[node];
  }

  public int inDegree(int node) {
    return inStart[node + 1] - inStart[node];
  }

  /** The out-neighbours of a node, ascending (a copy). */
  public int[] outNeighbours(int node) {
    return java.util.Arrays.copyOfRange(outTargets, outStart[node], outStart[node + 1]);
  }

  /** The weight of arc {@code from → to}, 1 when unweighted, or NaN when there is no such arc. */
  public double weight(int from, int to) {
    int i = java.util.Arrays.binarySearch(outTargets, outStart[from], outStart[from + 1], to);
    if (i < 0) {
      return Double.NaN;
    }
    return outWeights == null ? 1.0 : outWeights[i];
  }

  public boolean hasArc(int from, int to) {
    return java.util.Arrays.binarySearch(outTargets, outStart[from], outStart[from + 1], to) >= 0;
  }

  /**
   * The same nodes with every arc made an undirected tie; the weight of a tie is the number of arcs
   * between the two nodes (1 or 2). Measures defined on ties regardless of direction (components,
   * cut vertices, Burt's measures) use this. An undirected graph returns an unweighted copy of
   * itself (itself when already unweighted), so each tie counts 1.
   */
  public Graph ties() {
    if (!directed && outWeights == null) {
      return this;
    }
    GraphBuilder b = GraphBuilder.undirected();
    for (String label : labels) {
      b.addNode(label);
    }
    if (!directed) {
      for (int v = 0; v < labels.length; v++) {
        for (int i = outStart[v]; i < outStart[v + 1]; i++) {
          if (v < outTargets[i]) {
            b.addEdge(v, outTargets[i], 1.0);
          }
        }
      }
      return b.build(false);
    }
    for (int v = 0; v < labels.length; v++) {
      for (int i = outStart[v]; i < outStart[v + 1]; i++) {
        int w = outTargets[i];
        boolean reciprocal = hasArc(w, v);
        if (!reciprocal || v < w) {
          b.addEdge(v, w, reciprocal ? 2.0 : 1.0);
        }
      }
    }
    return b.build(true);
  }
}
