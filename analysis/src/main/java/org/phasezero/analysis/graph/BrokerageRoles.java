package org.phasezero.analysis.graph;

/**
 * Gould–Fernandez brokerage roles (Gould &amp; Fernandez 1989, "Structures of mediation: a formal
 * approach to brokerage in transaction networks", Sociological Methodology 19:89–126).
 *
 * <p>Definition: node {@code b} brokers when there is a two-path {@code a → b → c} with {@code a ≠
 * c} and no arc {@code a → c} (the broker is needed). Each such path is counted once, in the role
 * fixed by the groups of {@code a}, {@code b}, {@code c}:
 * <ul>
 *   <li>coordinator — all three in one group;
 *   <li>itinerant (consultant) — {@code a}, {@code c} in one group, {@code b} in another;
 *   <li>representative — {@code b} in {@code a}'s group, {@code c} outside it (b speaks for its
 *       group);
 *   <li>gatekeeper — {@code b} in {@code c}'s group, {@code a} outside it (b lets outsiders in);
 *   <li>liaison — three different groups.
 * </ul>
 * Raw counts, not normalised by the expectation under random assignment.
 *
 * <p>Undirected graphs: each edge is read as a reciprocated pair of arcs, so an open two-path
 * {@code a – b – c} counts twice, once each way: twice as coordinator, itinerant or liaison, or
 * once as representative and once as gatekeeper. Gould and Fernandez defined the roles for
 * directed transactions; this reading keeps every count an integer and the role totals symmetric.
 *
 * <p>Time O(Σ_b Σ_{a ∈ in(b)} (outdeg(a) + outdeg(b))) with a marker array for the closing-arc
 * test.
 */
public final class BrokerageRoles {

  /** Counts per node for each role. */
  public record Counts(long[] coordinator, long[] gatekeeper, long[] representative,
      long[] itinerant, long[] liaison) {

    /** All five roles for one node. */
    public long total(int node) {
      return coordinator[node] + gatekeeper[node] + representative[node] + itinerant[node]
          + liaison[node];
    }
  }

  private BrokerageRoles() {}

  public static Counts of(Graph g, Partition partition) {
    int n = g.nodeCount();
    int[] group = partition.groupOf();
    long[] coordinator = new long[n];
    long[] gatekeeper = new long[n];
    long[] representative = new long[n];
    long[] itinerant = new long[n];
    long[] liaison = new long[n];
    int[] mark = new int[n];
    java.util.Arrays.fill(mark, -1);
    int token = 0;
    for (int b = 0; b < n; b++) {
      int gb = group[b];
      for (int i = g.inStart[b]; i < g.inStart[b + 1]; i++) {
        int a = g.inSources[i];
        int ga = group[a];
        token++;
        for (int k = g.outStart[a]; k < g.outStart[a + 1]; k++) {
          mark[g.outTargets[k]] = token;
        }
        for (int k = g.outStart[b]; k < g.outStart[b + 1]; k++) {
          int c = g.outTargets[k];
          if (c == a || mark[c] == token) {
            continue;
          }
          int gc = group[c];
          if (ga == gb && gb == gc) {
            coordinator[b]++;
          } else if (ga == gc) {
            itinerant[b]++;
          } else if (ga == gb) {
            representative[b]++;
          } else if (gb == gc) {
            gatekeeper[b]++;
          } else {
            liaison[b]++;
          }
        }
      }
    }
    return new Counts(coordinator, gatekeeper, representative, itinerant, liaison);
  }
}
