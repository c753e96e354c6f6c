package org.phasezero.analysis.graph;

/**
 * Key-person risk between the two sides of a co-production network: for each node, the share of
 * community ↔ statutory shortest paths through it ({@link LinkingPathShare}) and whether removing
 * it disconnects the sides ({@link SideSeparation}). A high share means most linking runs through
 * one person; a disconnecting node is a single point of failure.
 */
public record KeyPersonRisk(double[] share, boolean[] disconnects, long connectedPairs) {

  public static KeyPersonRisk of(Graph g, boolean[] community, boolean[] statutory) {
    LinkingPathShare.Shares shares = LinkingPathShare.of(g, community, statutory);
    return new KeyPersonRisk(shares.share(), SideSeparation.of(g, community, statutory),
        shares.connectedPairs());
  }
}
