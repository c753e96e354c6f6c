package org.phasezero.value.internal;

import java.time.LocalDate;
import org.phasezero.socialcapital.NetworkAnalyses;
import org.phasezero.socialcapital.NetworkAnalysis;
import org.phasezero.socialcapital.NetworkQuery;
import org.phasezero.value.SideBySide;
import org.springframework.stereotype.Component;

/**
 * Public value as the network shows it: linking ties (community to statutory) and the community
 * side's reach the day before a period and at its end, for a partnership's part of the network.
 * Totals only, the same for whoever reads them.
 */
@Component
public class NetworkChange {

  private final NetworkAnalyses networks;

  NetworkChange(NetworkAnalyses networks) {
    this.networks = networks;
  }

  public SideBySide.PublicValue between(long partnershipId, LocalDate from, LocalDate to) {
    NetworkAnalysis.Figures a = networks.of(of(NetworkQuery.standard(from.minusDays(1)), partnershipId)).figures();
    NetworkAnalysis.Figures b = networks.of(of(NetworkQuery.standard(to), partnershipId)).figures();
    return new SideBySide.PublicValue(a.linkingTies(), b.linkingTies(), a.reachShare(), b.reachShare());
  }

  private static NetworkQuery of(NetworkQuery q, long partnershipId) {
    return new NetworkQuery(q.sources(), q.from(), q.to(), q.nodes(), partnershipId, q.tieKinds());
  }
}
