package org.phasezero.socialcapital.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phasezero.socialcapital.NetworkAnalyses;
import org.phasezero.socialcapital.NetworkAnalysis;
import org.phasezero.socialcapital.NetworkChange;
import org.phasezero.socialcapital.NetworkDownloads;
import org.phasezero.socialcapital.NetworkHistory;
import org.phasezero.socialcapital.NetworkQuery;
import org.phasezero.socialcapital.NetworkReports;
import org.phasezero.socialcapital.NetworkViewer;
import org.phasezero.socialcapital.NetworkWords;
import org.phasezero.socialcapital.SurveyImport;
import org.phasezero.socialcapital.WhatIf;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/networks}: the social network built from the records, as the caller may see it.
 * Every call takes the parameters of {@link NetworkParams}; statutory partners and peer researchers
 * get network-level figures only (summary, key-person risk without names, change and trend).
 */
@RestController
@RequestMapping("/api/v1/networks")
class NetworksApi {

  /** A what-if: node ids to remove and ties to add, as ids the caller was shown. */
  record WhatIfRequest(List<String> remove, List<Tie> add) {}

  record Tie(String from, String to) {}

  private final NetworkAnalyses analyses;
  private final NetworkReports reports;
  private final NetworkViewer viewer;
  private final NetworkWords words;
  private final NetworkHistory history;
  private final NetworkDownloads downloads;
  private final SurveyImport survey;

  NetworksApi(NetworkAnalyses analyses, NetworkReports reports, NetworkViewer viewer, NetworkWords words,
      NetworkHistory history, NetworkDownloads downloads, SurveyImport survey) {
    this.analyses = analyses;
    this.reports = reports;
    this.viewer = viewer;
    this.words = words;
    this.history = history;
    this.downloads = downloads;
    this.survey = survey;
  }

  private NetworkViewer.View view(NetworkParams p) {
    NetworkQuery q = p.query(analyses.today());
    viewer.requireAllowedPeriod(q);
    return reports.view(analyses.of(q));
  }

  @GetMapping("/summary")
  Map<String, Object> summary(@ModelAttribute NetworkParams p) {
    NetworkViewer.View view = view(p);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", view.analysis().network().query().parameters());
    body.put("summary", reports.summary(view));
    return body;
  }

  @GetMapping("/measures")
  Map<String, Object> measures(@ModelAttribute NetworkParams p, @RequestParam(required = false) String order) {
    viewer.requireNodes();
    NetworkViewer.View view = view(p);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", view.analysis().network().query().parameters());
    body.put("summary", reports.summary(view));
    body.put("notes", view.analysis().measures().notes());
    body.put("nodes", reports.rows(view, order));
    // Ties whose loss would split a part of the network, as pairs of the ids this user was shown.
    List<List<String>> bridges = new ArrayList<>();
    for (int[] b : view.analysis().bridges()) {
      if (view.shows(b[0]) && view.shows(b[1]) && (view.names(b[0]) || view.names(b[1]))) {
        bridges.add(List.of(view.id(b[0]), view.id(b[1])));
      }
    }
    body.put("bridges", bridges);
    return body;
  }

  @GetMapping("/key-person-risk")
  Map<String, Object> keyPersonRisk(@ModelAttribute NetworkParams p) {
    NetworkViewer.View view = view(p);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", view.analysis().network().query().parameters());
    body.put("threshold", NetworkAnalysis.MOST);
    body.put("topBrokerShare", view.analysis().figures().topBrokerShare());
    body.put("keyPeople", reports.keyPeople(view));
    return body;
  }

  @PostMapping("/what-if")
  Map<String, Object> whatIf(@ModelAttribute NetworkParams p, @RequestBody WhatIfRequest request) {
    viewer.requireNodes();
    NetworkViewer.View view = view(p);
    List<Integer> remove = new ArrayList<>();
    for (String id : request.remove() == null ? List.<String>of() : request.remove()) {
      remove.add(view.resolve(id));
    }
    List<int[]> add = new ArrayList<>();
    for (Tie t : request.add() == null ? List.<Tie>of() : request.add()) {
      if (t == null || t.from() == null || t.to() == null) {
        throw new IllegalArgumentException("Each tie to add needs 'from' and 'to'.");
      }
      add.add(new int[] {view.resolve(t.from()), view.resolve(t.to())});
    }
    return WhatIfReport.of(WhatIf.of(view.analysis(), remove, add), view, reports, words);
  }

  @GetMapping("/change")
  Map<String, Object> change(@ModelAttribute NetworkParams p,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "12") int window) {
    p.setFrom(null);
    p.setTo(null);
    NetworkChange change = history.change(p.query(analyses.today()), from, to, window);
    return ChangeReport.of(change, reports, words);
  }

  @GetMapping("/trend")
  List<Map<String, Object>> trend(@ModelAttribute NetworkParams p) {
    List<Map<String, Object>> months = new ArrayList<>();
    NetworkQuery q = p.query(analyses.today());
    for (NetworkChange.Month m : history.trend(q)) {
      months.add(ChangeReport.month(m, viewer));
    }
    return months;
  }

  @GetMapping("/export.gexf")
  ResponseEntity<byte[]> gexf(@ModelAttribute NetworkParams p) {
    return downloads.download(p.query(analyses.today()), org.phasezero.socialcapital.NetworkDownloads.Format.GEXF);
  }

  @GetMapping("/export.graphml")
  ResponseEntity<byte[]> graphml(@ModelAttribute NetworkParams p) {
    return downloads.download(p.query(analyses.today()), org.phasezero.socialcapital.NetworkDownloads.Format.GRAPHML);
  }

  @GetMapping("/export.csv")
  ResponseEntity<byte[]> csv(@ModelAttribute NetworkParams p, @RequestParam(defaultValue = "edges") String list) {
    NetworkDownloads.Format format = switch (list) {
      case "nodes" -> NetworkDownloads.Format.CSV_NODES;
      case "edges" -> NetworkDownloads.Format.CSV_EDGES;
      default -> throw new IllegalArgumentException("list is nodes or edges, not '" + list + "'");
    };
    return downloads.download(p.query(analyses.today()), format);
  }

  /** Ties from a network survey (name-generator CSV); {@code dryRun=true} (the default) only previews. */
  @PostMapping(path = "/survey", consumes = {"text/csv", "text/plain"})
  SurveyImport.Result survey(@RequestBody String csv, @RequestParam(defaultValue = "true") boolean dryRun) {
    return survey.run(csv, dryRun);
  }
}
