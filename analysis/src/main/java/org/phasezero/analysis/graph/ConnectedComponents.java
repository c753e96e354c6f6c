package org.phasezero.analysis.graph;

/**
 * Connected components by breadth-first search, O(n + m). A directed graph is split into weakly
 * connected components (arcs followed either way): in a co-production network a one-way tie
 * still puts two people in touch. Components are numbered from 0 in order of their lowest node id.
 */
public final class ConnectedComponents {

  /** The component of every node and the number of components. */
  public record Labels(int[] componentOf, int count) {

    public int[] sizes() {
      int[] size = new int[count];
      for (int c : componentOf) {
        size[c]++;
      }
      return size;
    }
  }

  private ConnectedComponents() {}

  public static Labels of(Graph g) {
    Graph ties = g.ties();
    int n = ties.nodeCount();
    int[] component = new int[n];
    java.util.Arrays.fill(component, -1);
    int[] queue = new int[n];
    int count = 0;
    for (int root = 0; root < n; root++) {
      if (component[root] >= 0) {
        continue;
      }
      int head = 0;
      int tail = 0;
      queue[tail++] = root;
      component[root] = count;
      while (head < tail) {
        int v = queue[head++];
        for (int i = ties.outStart[v]; i < ties.outStart[v + 1]; i++) {
          int w = ties.outTargets[i];
          if (component[w] < 0) {
            component[w] = count;
            queue[tail++] = w;
          }
        }
      }
      count++;
    }
    return new Labels(component, count);
  }
}
