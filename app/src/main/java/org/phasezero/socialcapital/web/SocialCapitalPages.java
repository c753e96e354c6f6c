package org.phasezero.socialcapital.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.phasezero.network.TieKind;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.shared.Page;
import org.phasezero.socialcapital.NetworkAnalyses;
import org.phasezero.socialcapital.NetworkDownloads;
import org.phasezero.socialcapital.NetworkMap;
import org.phasezero.socialcapital.NetworkQuery;
import org.phasezero.socialcapital.NetworkReports;
import org.phasezero.socialcapital.NetworkSource;
import org.phasezero.socialcapital.NetworkViewer;
import org.phasezero.socialcapital.NetworkWords;
import org.phasezero.socialcapital.NodeKind;
import org.phasezero.socialcapital.SocialNetwork;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network map page: the network chosen by the filter form, its figures, the computed key-person
 * risk, the map (SVG, made interactive by Cytoscape.js when JavaScript runs), and sortable tables of
 * every node and tie, with downloads. Every fact on the map is also in a table.
 */
@Controller
@RequestMapping("/social-capital")
class SocialCapitalPages {

  private static final int ROWS = 25;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A tie as the table lists it. */
  record TieRow(String from, String to, String kind, String kinds, Integer trust, int meetings) {}

  private final NetworkAnalyses analyses;
  private final NetworkReports reports;
  private final NetworkViewer viewer;
  private final NetworkWords words;
  private final NetworkMap map;
  private final NetworkDownloads downloads;
  private final Partnerships partnerships;

  @org.springframework.beans.factory.annotation.Value("${phasezero.cytoscape.version}")
  private String cytoscapeVersion;

  SocialCapitalPages(NetworkAnalyses analyses, NetworkReports reports, NetworkViewer viewer, NetworkWords words,
      NetworkMap map, NetworkDownloads downloads, Partnerships partnerships) {
    this.analyses = analyses;
    this.reports = reports;
    this.viewer = viewer;
    this.words = words;
    this.map = map;
    this.downloads = downloads;
    this.partnerships = partnerships;
  }

  /** What every page of the network needs for its filter form, and the query itself (or why it is refused). */
  static NetworkQuery chooser(NetworkParams p, org.springframework.validation.BindingResult binding,
      NetworkAnalyses analyses, Partnerships partnerships, NetworkWords words, Model model) {
    model.addAttribute("sourceValues", NetworkSource.values());
    model.addAttribute("nodeKinds", NodeKind.values());
    model.addAttribute("tieKinds", TieKind.values());
    model.addAttribute("partnerships", partnerships.all());
    // Links on a page whose query was refused fall back to the standard network.
    model.addAttribute("queryString", NetworkQuery.standard(analyses.today()).queryString());
    if (binding.hasErrors()) {
      // A date that is not a real one (or out of range), or a number that is not one.
      var e = binding.getFieldErrors().get(0);
      boolean date = e.getField().equals("from") || e.getField().equals("to");
      throw new IllegalArgumentException("The " + e.getField() + " is not valid"
          + (e.getRejectedValue() == null ? "" : " ('" + e.getRejectedValue() + "')") + ". "
          + (date ? org.phasezero.shared.PlausibleDates.MESSAGE : "Enter a whole number."));
    }
    NetworkQuery q = p.query(analyses.today());
    model.addAttribute("query", q);
    model.addAttribute("queryString", q.queryString());
    model.addAttribute("described", words.describe(q));
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    q.parameters().forEach((name, value) -> {
      if (value instanceof List<?> list) {
        list.forEach(v -> fields.add(Map.entry(name, String.valueOf(v))));
      } else {
        fields.add(Map.entry(name, String.valueOf(value)));
      }
    });
    model.addAttribute("queryFields", fields);
    return q;
  }

  @GetMapping
  String map(@ModelAttribute("params") NetworkParams p,
      org.springframework.validation.BindingResult binding, @RequestParam(defaultValue = "degree") String size,
      @RequestParam(defaultValue = "betweenness") String order, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "0") int tiePage, Model model, jakarta.servlet.http.HttpServletResponse response) {
    model.addAttribute("showsPeople", viewer.showsPeople());
    NetworkQuery q;
    try {
      q = chooser(p, binding, analyses, partnerships, words, model);
      viewer.requireAllowedPeriod(q);
    } catch (IllegalArgumentException e) {
      return refused(e, model, response, "socialcapital/map");
    }
    NetworkViewer.View view = reports.view(analyses.of(q));
    model.addAttribute("view", view);
    model.addAttribute("summary", reports.summary(view));
    model.addAttribute("keyPeople", reports.keyPeople(view));
    model.addAttribute("figures", view.analysis().figures());
    model.addAttribute("notes", view.analysis().measures().notes());
    if (view.mode() != NetworkViewer.Mode.FIGURES) {
      if (!NetworkMap.SIZES.contains(size) || !NetworkReports.ORDERS.contains(order)) {
        size = NetworkMap.SIZES.contains(size) ? size : "degree";
        order = NetworkReports.ORDERS.contains(order) ? order : "betweenness";
      }
      NetworkMap.Drawing drawing = map.draw(view, size);
      model.addAttribute("drawing", drawing);
      model.addAttribute("elements", JSON.writeValueAsString(drawing.elements()).replace("</", "<\\/"));
      model.addAttribute("cytoscapeVersion", cytoscapeVersion);
      model.addAttribute("size", size);
      model.addAttribute("sizes", NetworkMap.SIZES);
      model.addAttribute("order", order);
      model.addAttribute("orders", NetworkReports.ORDERS);
      String base = "/social-capital?" + q.queryString() + "&size=" + size;
      List<NetworkReports.NodeRow> rows = reports.rows(view, order);
      Page<NetworkReports.NodeRow> nodes = slice(rows, page);
      model.addAttribute("nodes", nodes);
      Page<TieRow> ties = slice(tieRows(view), tiePage);
      // Each table's pager keeps the other table's page.
      model.addAttribute("nodesPrevious", base + "&order=" + order + "&tiePage=" + ties.page() + "&page="
          + (nodes.page() - 1) + "#nodes");
      model.addAttribute("nodesNext", base + "&order=" + order + "&tiePage=" + ties.page() + "&page="
          + (nodes.page() + 1) + "#nodes");
      model.addAttribute("orderBase", base + "&tiePage=" + ties.page() + "&order=");
      model.addAttribute("ties", ties);
      model.addAttribute("tiesPrevious", base + "&order=" + order + "&page=" + nodes.page() + "&tiePage="
          + (ties.page() - 1) + "#ties");
      model.addAttribute("tiesNext", base + "&order=" + order + "&page=" + nodes.page() + "&tiePage="
          + (ties.page() + 1) + "#ties");
    }
    return "socialcapital/map";
  }

  /** The page again, with the filter form and why the network cannot be shown: a 400 a person can act on. */
  static String refused(IllegalArgumentException e, Model model, jakarta.servlet.http.HttpServletResponse response,
      String template) {
    response.setStatus(400);
    model.addAttribute("error", e.getMessage());
    return template;
  }

  private List<TieRow> tieRows(NetworkViewer.View view) {
    List<TieRow> rows = new ArrayList<>();
    for (SocialNetwork.Edge e : view.analysis().network().edges()) {
      if (view.shows(e)) {
        rows.add(new TieRow(words.label(view, e.a()), words.label(view, e.b()), e.mainKind().name(),
            String.join(", ", e.kinds().stream().map(Enum::name).toList()), e.trust(), e.meetings()));
      }
    }
    return rows;
  }

  static <T> Page<T> slice(List<T> all, int page) {
    int pages = Math.max(1, (all.size() + ROWS - 1) / ROWS);
    int p = Math.max(0, Math.min(page, pages - 1));
    return new Page<>(all.subList(p * ROWS, Math.min(all.size(), (p + 1) * ROWS)), p, ROWS, all.size());
  }

  @GetMapping("/export.gexf")
  ResponseEntity<byte[]> gexf(@ModelAttribute NetworkParams p) {
    return downloads.download(p.query(analyses.today()), NetworkDownloads.Format.GEXF);
  }

  @GetMapping("/export.graphml")
  ResponseEntity<byte[]> graphml(@ModelAttribute NetworkParams p) {
    return downloads.download(p.query(analyses.today()), NetworkDownloads.Format.GRAPHML);
  }

  @GetMapping("/export.csv")
  ResponseEntity<byte[]> csv(@ModelAttribute NetworkParams p, @RequestParam(defaultValue = "edges") String list) {
    return downloads.download(p.query(analyses.today()),
        "nodes".equals(list) ? NetworkDownloads.Format.CSV_NODES : NetworkDownloads.Format.CSV_EDGES);
  }

}
