package org.phasezero.analysis.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Graph} from labelled edges, mapping each distinct label to an int in order of
 * first appearance.
 *
 * <p>Policies: a self-loop is rejected ({@link IllegalArgumentException}) because none of the
 * measures here is defined with one (a person is not their own broker) and silently dropping it
 * would hide a data error. A repeated edge (in an undirected graph, {@code a,b} and {@code b,a} are
 * the same edge) is merged into one, keeping the smallest weight: weights are read as distances,
 * and the shorter route is the one a shortest path would take. Weights must be finite and
 * positive; zero-length edges would make shortest-path counts depend on tie-breaking.
 */
public final class GraphBuilder {

  private final boolean directed;
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> labels = new ArrayList<>();
  private int[] from = new int[16];
  private int[] to = new int[16];
  private double[] weight = new double[16];
  private int size;

  private GraphBuilder(boolean directed) {
    this.directed = directed;
  }

  public static GraphBuilder directed() {
    return new GraphBuilder(true);
  }

  public static GraphBuilder undirected() {
    return new GraphBuilder(false);
  }

  public static GraphBuilder of(boolean directed) {
    return new GraphBuilder(directed);
  }

  /** Adds a node (possibly isolated) and returns its int id; an existing label keeps its id. */
  public int addNode(String label) {
    Integer id = ids.get(label);
    if (id != null) {
      return id;
    }
    ids.put(label, labels.size());
    labels.add(label);
    return labels.size() - 1;
  }

  /** Adds an unweighted edge (weight 1). */
  public GraphBuilder addEdge(String source, String target) {
    return addEdge(source, target, 1.0);
  }

  public GraphBuilder addEdge(String source, String target, double distance) {
    if (source.equals(target)) {
      throw new IllegalArgumentException("self-loop on node " + source + " is not allowed");
    }
    return addEdge(addNode(source), addNode(target), distance);
  }

  GraphBuilder addEdge(int source, int target, double distance) {
    if (!(distance > 0) || Double.isInfinite(distance)) {
      throw new IllegalArgumentException("edge weight must be a positive finite number, got "
          + distance);
    }
    if (source == target) {
      throw new IllegalArgumentException("self-loop on node " + labels.get(source)
          + " is not allowed");
    }
    if (size == from.length) {
      from = Arrays.copyOf(from, size * 2);
      to = Arrays.copyOf(to, size * 2);
      weight = Arrays.copyOf(weight, size * 2);
    }
    from[size] = source;
    to[size] = target;
    weight[size] = distance;
    size++;
    return this;
  }

  /** The graph, weighted when {@code weighted} (otherwise weights are dropped). */
  public Graph build(boolean weighted) {
    int n = labels.size();
    String[] names = labels.toArray(new String[0]);
    if (directed) {
      Csr out = Csr.of(n, from, to, weight, size, weighted);
      Csr in = Csr.of(n, to, from, weight, size, weighted);
      return new Graph(names, true, out.arcs(), out.start, out.targets, out.weights,
          in.start, in.targets, in.weights);
    }
    int[] a = Arrays.copyOf(from, size * 2);
    int[] b = Arrays.copyOf(to, size * 2);
    double[] w = Arrays.copyOf(weight, size * 2);
    System.arraycopy(to, 0, a, size, size);
    System.arraycopy(from, 0, b, size, size);
    System.arraycopy(weight, 0, w, size, size);
    Csr both = Csr.of(n, a, b, w, size * 2, weighted);
    return new Graph(names, false, both.arcs() / 2, both.start, both.targets, both.weights,
        both.start, both.targets, both.weights);
  }

  /** One CSR array set: counting sort by source, then each row sorted and de-duplicated. */
  private static final class Csr {
    final int[] start;
    final int[] targets;
    final double[] weights;

    private Csr(int[] start, int[] targets, double[] weights) {
      this.start = start;
      this.targets = targets;
      this.weights = weights;
    }

    int arcs() {
      return targets.length;
    }

    static Csr of(int n, int[] src, int[] dst, double[] w, int count, boolean weighted) {
      int[] start = new int[n + 1];
      for (int i = 0; i < count; i++) {
        start[src[i] + 1]++;
      }
      for (int v = 0; v < n; v++) {
        start[v + 1] += start[v];
      }
      int[] fill = Arrays.copyOf(start, n);
      // Neighbour in the high 32 bits, arc index in the low: sorting a row sorts by neighbour.
      long[] keyed = new long[count];
      for (int i = 0; i < count; i++) {
        keyed[fill[src[i]]++] = ((long) dst[i] << 32) | i;
      }
      int[] newStart = new int[n + 1];
      int[] targets = new int[count];
      double[] weights = weighted ? new double[count] : null;
      int k = 0;
      for (int v = 0; v < n; v++) {
        Arrays.sort(keyed, start[v], start[v + 1]);
        int previous = -1;
        for (int i = start[v]; i < start[v + 1]; i++) {
          int neighbour = (int) (keyed[i] >>> 32);
          double d = w[(int) keyed[i]];
          if (neighbour == previous) {
            if (weighted) {
              weights[k - 1] = Math.min(weights[k - 1], d);
            }
            continue;
          }
          targets[k] = neighbour;
          if (weighted) {
            weights[k] = d;
          }
          previous = neighbour;
          k++;
        }
        newStart[v + 1] = k;
      }
      return new Csr(newStart, Arrays.copyOf(targets, k),
          weighted ? Arrays.copyOf(weights, k) : null);
    }
  }
}
