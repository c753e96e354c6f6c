package org.phasezero.socialcapital.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phasezero.socialcapital.NetworkAnalysis;
import org.phasezero.socialcapital.NetworkReports;
import org.phasezero.socialcapital.NetworkViewer;
import org.phasezero.socialcapital.NetworkWords;
import org.phasezero.socialcapital.WhatIf;

/** A what-if's result as the API and the page show it, in the viewer's view of the network as it is. */
final class WhatIfReport {

  private WhatIfReport() {}

  static Map<String, Object> of(WhatIf w, NetworkViewer.View view, NetworkReports reports, NetworkWords words) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("removed", w.removed().stream().map(v -> node(view, words, v)).toList());
    body.put("added", w.added().stream().map(t -> List.of(node(view, words, t[0]), node(view, words, t[1]))).toList());
    body.put("before", figures(w.before().figures()));
    body.put("after", figures(w.after().figures()));
    body.put("linkingPairsLost", w.linkingPairsLost());
    body.put("cutOffCount", w.cutOff().size());
    body.put("cutOff", w.cutOff().stream().filter(view::names).map(v -> node(view, words, v)).toList());
    List<Map<String, Object>> successors = new ArrayList<>();
    for (int s : w.successors()) {
      int original = view.analysis().nodeIndex(w.after().network().nodes().get(s).key());
      if (view.shows(original)) {
        Map<String, Object> row = node(view, words, original);
        row.put("linkingShareAfter", w.after().linkingShare(s));
        successors.add(row);
      }
    }
    body.put("successors", successors);
    return body;
  }

  private static Map<String, Object> node(NetworkViewer.View view, NetworkWords words, int v) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("id", view.id(v));
    n.put("label", words.label(view, v));
    return n;
  }

  static Map<String, Object> figures(NetworkAnalysis.Figures f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nodes", f.people() + f.organisations());
    m.put("ties", f.edges());
    m.put("linkingTies", f.linkingTies());
    m.put("components", f.components());
    m.put("reach", Double.isNaN(f.reachShare()) ? null : f.reachShare());
    m.put("reachedWithinTwoSteps", f.reached());
    m.put("connectedCrossSidePairs", f.crossSidePairs());
    m.put("topBrokerShare", f.topBrokerShare());
    return m;
  }
}
