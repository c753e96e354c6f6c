package org.phasezero.analysis.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Every node measure of a network at once, as the command line and the platform report them:
 * degree ({@link DegreeCentrality}), betweenness raw and normalised ({@link BrandesBetweenness}),
 * closeness and harmonic closeness ({@link ClosenessCentrality}), eigenvector centrality
 * ({@link EigenvectorCentrality}), Burt's effective size and constraint ({@link EffectiveSize},
 * {@link BurtConstraint}), articulation points ({@link ArticulationPoints}), and, when sides are
 * given, Gould–Fernandez brokerage roles over the partition ({@link BrokerageRoles}) and key-person
 * risk between the community and statutory sides ({@link KeyPersonRisk}).
 *
 * <p>Each array is indexed by node. Eigenvector centrality is null (and a note says why) when it
 * does not exist for the graph; effective size and constraint are NaN for isolates, as their
 * definitions leave them undefined. Brokerage and risk are null without a partition; risk is also
 * null (with a note) when the partition lacks one of the two sides.
 */
public record NodeMeasures(int[] degree, double[] betweenness, double[] betweennessNormalised,
    double[] closeness, double[] harmonicCloseness, double[] eigenvector, double[] effectiveSize,
    double[] constraint, boolean[] articulationPoint, BrokerageRoles.Counts brokerage,
    KeyPersonRisk risk, List<String> notes) {

  /** The measures that need no sides. */
  public static NodeMeasures of(Graph g) {
    return of(g, null, null, null);
  }

  /**
   * All measures; {@code partition} may be null, and {@code community} / {@code statutory} name
   * its two sides for key-person risk.
   */
  public static NodeMeasures of(Graph g, Partition partition, String community, String statutory) {
    List<String> notes = new ArrayList<>();
    double[] betweenness = BrandesBetweenness.of(g);
    ClosenessCentrality.Scores closeness = ClosenessCentrality.of(g);
    double[] eigenvector = null;
    try {
      eigenvector = EigenvectorCentrality.of(g);
    } catch (IllegalArgumentException e) {
      notes.add(e.getMessage());
    }
    BrokerageRoles.Counts roles = partition == null ? null : BrokerageRoles.of(g, partition);
    KeyPersonRisk risk = null;
    if (partition != null && partition.groups().contains(community)
        && partition.groups().contains(statutory)) {
      risk = KeyPersonRisk.of(g, partition.members(community), partition.members(statutory));
    } else if (partition != null) {
      notes.add("key-person risk needs partition values '" + community + "' and '" + statutory
          + "'; found " + partition.groups());
    }
    return new NodeMeasures(DegreeCentrality.of(g), betweenness,
        BrandesBetweenness.normalised(g, betweenness), closeness.closeness(), closeness.harmonic(),
        eigenvector, EffectiveSize.of(g), BurtConstraint.of(g), ArticulationPoints.of(g), roles, risk,
        List.copyOf(notes));
  }
}
