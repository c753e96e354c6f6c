package org.phasezero.socialcapital;

import java.util.ArrayList;
import java.util.List;
import org.phasezero.partnerships.ComputedRisk;
import org.phasezero.partnerships.ComputedRisks;
import org.phasezero.partnerships.RiskCategory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Key-person dependency computed from the network, for the risk register: one risk per key person of
 * the standard network (ties and meetings between people over the past year), of the whole network
 * or of one partnership. A person whose leaving cuts the sides apart is rated likelihood 3 × impact
 * 5 (high); one who carries most linking paths, 3 × 4 (medium). The likelihood is the register's
 * "possible": people move on, and brokers more than most. The link opens the map without dates, so
 * that each reader gets the period their role may ask for (a statutory partner, the financial year).
 */
@Component
class KeyPersonRisks implements ComputedRisks {

  private final NetworkAnalyses analyses;
  private final NetworkReports reports;
  private final MessageSource messages;

  KeyPersonRisks(NetworkAnalyses analyses, NetworkReports reports, MessageSource messages) {
    this.analyses = analyses;
    this.reports = reports;
    this.messages = messages;
  }

  @Override
  public List<ComputedRisk> current(Long partnershipId) {
    NetworkQuery standard = NetworkQuery.standard(analyses.today());
    NetworkQuery q = new NetworkQuery(standard.sources(), standard.from(), standard.to(), standard.nodes(),
        partnershipId, standard.tieKinds());
    NetworkViewer.View view = reports.view(analyses.of(q));
    List<ComputedRisk> risks = new ArrayList<>();
    for (NetworkReports.KeyPerson k : reports.keyPeople(view)) {
      String title = messages.getMessage("network.risk.title", new Object[] {k.who()}, LocaleContextHolder.getLocale());
      risks.add(new ComputedRisk(RiskCategory.KEY_PERSON_DEPENDENCY, title, k.reason(), 3, k.disconnectsSides() ? 5 : 4,
          "/social-capital?sources=ties" + (partnershipId == null ? "" : "&partnership=" + partnershipId)
              + "#key-people"));
    }
    return risks;
  }
}
