package org.phasezero.socialcapital.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.phasezero.socialcapital.NetworkAnalysis;
import org.phasezero.socialcapital.NetworkChange;
import org.phasezero.socialcapital.NetworkReports;
import org.phasezero.socialcapital.NetworkViewer;
import org.phasezero.socialcapital.NetworkWords;

/** The network at two dates, and a month of the trend, as the API and the page show them. */
final class ChangeReport {

  private ChangeReport() {}

  static Map<String, Object> of(NetworkChange c, NetworkReports reports, NetworkWords words) {
    NetworkViewer.View first = reports.view(c.first());
    NetworkViewer.View second = reports.view(c.second());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("first", side(first, reports, words));
    body.put("second", side(second, reports, words));
    body.put("tiesGained", first.count(c.gained().size()));
    body.put("tiesLost", first.count(c.lost().size()));
    return body;
  }

  private static Map<String, Object> side(NetworkViewer.View view, NetworkReports reports, NetworkWords words) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("query", view.analysis().network().query().parameters());
    m.put("summary", reports.summary(view));
    int top = view.analysis().figures().topBroker();
    m.put("topBroker", top < 0 ? null : words.who(view, top));
    return m;
  }

  /** One month: its figures, counts withheld for statutory partners as everywhere. */
  static Map<String, Object> month(NetworkChange.Month month, NetworkViewer viewer) {
    NetworkAnalysis.Figures f = month.figures();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("month", month.month().toString());
    m.put("ties", viewer.count(f.edges()));
    m.put("linkingTies", viewer.count(f.linkingTies()));
    m.put("reach", viewer.count(f.reached()) == null || viewer.count(f.community() - f.reached()) == null
        || Double.isNaN(f.reachShare()) ? null : f.reachShare());
    m.put("topBrokerShare", f.topBrokerShare());
    return m;
  }
}
