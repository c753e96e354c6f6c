package org.phasezero.socialcapital.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.socialcapital.NetworkAnalyses;
import org.phasezero.socialcapital.NetworkChange;
import org.phasezero.socialcapital.NetworkHistory;
import org.phasezero.socialcapital.NetworkQuery;
import org.phasezero.socialcapital.NetworkReports;
import org.phasezero.socialcapital.NetworkViewer;
import org.phasezero.socialcapital.NetworkWords;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * How the network changed: the network at two dates side by side (ties gained and lost, linking
 * ties, reach, the top broker's share), and a chart of each month over the chosen period with the
 * same figures in a table — the evidence that phase zero built social capital.
 */
@Controller
class ChangePages {

  /** A month as the page names it, "Dec 2025" (the API and exports keep 2025-12). */
  private static final DateTimeFormatter MONTH_NAME =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

  private final NetworkAnalyses analyses;
  private final NetworkHistory history;
  private final NetworkReports reports;
  private final NetworkViewer viewer;
  private final NetworkWords words;
  private final Partnerships partnerships;
  private final MessageSource messages;

  ChangePages(NetworkAnalyses analyses, NetworkHistory history, NetworkReports reports, NetworkViewer viewer,
      NetworkWords words, Partnerships partnerships, MessageSource messages) {
    this.analyses = analyses;
    this.history = history;
    this.reports = reports;
    this.viewer = viewer;
    this.words = words;
    this.partnerships = partnerships;
    this.messages = messages;
  }

  @GetMapping("/social-capital/change")
  String change(@ModelAttribute("params") NetworkParams p,
      org.springframework.validation.BindingResult binding,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate first,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate second,
      @RequestParam(defaultValue = "12") int window, Model model, jakarta.servlet.http.HttpServletResponse response) {
    model.addAttribute("showsPeople", viewer.showsPeople());
    NetworkQuery q;
    try {
      q = SocialCapitalPages.chooser(p, binding, analyses, partnerships, words, model);
      LocalDate b = second == null ? q.to() : second;
      LocalDate a = first == null ? b.minusYears(1) : first;
      model.addAttribute("first", a);
      model.addAttribute("second", b);
      model.addAttribute("window", window);
      NetworkChange change = history.change(q, a, b, window);
      model.addAttribute("change", ChangeReport.of(change, reports, words));
      model.addAttribute("firstFigures", change.first().figures());
      model.addAttribute("secondFigures", change.second().figures());
      trend(q, model);
    } catch (IllegalArgumentException e) {
      return SocialCapitalPages.refused(e, model, response, "socialcapital/change");
    }
    return "socialcapital/change";
  }

  private void trend(NetworkQuery q, Model model) {
    List<NetworkChange.Month> months = history.trend(q);
    List<Map<String, Object>> rows = new ArrayList<>();
    List<YearMonth> labels = new ArrayList<>();
    List<Double> ties = new ArrayList<>();
    List<Double> linking = new ArrayList<>();
    List<Double> reach = new ArrayList<>();
    List<Double> broker = new ArrayList<>();
    for (NetworkChange.Month m : months) {
      Map<String, Object> row = new LinkedHashMap<>(ChangeReport.month(m, viewer));
      row.put("name", m.month().format(MONTH_NAME));
      rows.add(row);
      labels.add(m.month());
      ties.add(asDouble(row.get("ties")));
      linking.add(asDouble(row.get("linkingTies")));
      reach.add(asDouble(row.get("reach")));
      broker.add(asDouble(row.get("topBrokerShare")));
    }
    model.addAttribute("months", rows);
    model.addAttribute("countsCharts", TrendChart.of(labels, List.of(
        new TrendChart.Series("ties", say("network.ties"), ties),
        new TrendChart.Series("linking", say("network.linkingTies"), linking)), false));
    model.addAttribute("sharesCharts", TrendChart.of(labels, List.of(
        new TrendChart.Series("reach", say("network.change.reach"), reach),
        new TrendChart.Series("linking", say("network.change.topBroker"), broker)), true));
  }

  private String say(String code) {
    return messages.getMessage(code, null, LocaleContextHolder.getLocale());
  }

  private static Double asDouble(Object o) {
    return o == null ? null : ((Number) o).doubleValue();
  }
}
