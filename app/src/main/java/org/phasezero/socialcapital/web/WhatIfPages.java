package org.phasezero.socialcapital.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.socialcapital.NetworkAnalyses;
import org.phasezero.socialcapital.NetworkAnalysis;
import org.phasezero.socialcapital.NetworkQuery;
import org.phasezero.socialcapital.NetworkReports;
import org.phasezero.socialcapital.NetworkViewer;
import org.phasezero.socialcapital.NetworkWords;
import org.phasezero.socialcapital.WhatIf;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "What if someone left?": remove people (the broker leaves) or add a tie (a successor is
 * introduced) and see what disconnects, which linking paths vanish, how reach changes, and who could
 * step in. A GET form: nothing is saved, and the result can be bookmarked or shared.
 */
@Controller
class WhatIfPages {

  /** People offered in the form: the key people and those carrying most linking paths or betweenness. */
  private static final int OFFERED = 30;

  /** One person or organisation offered in the form. */
  record Choice(String id, String label, boolean chosen) {}

  private final NetworkAnalyses analyses;
  private final NetworkReports reports;
  private final NetworkViewer viewer;
  private final NetworkWords words;
  private final Partnerships partnerships;

  WhatIfPages(NetworkAnalyses analyses, NetworkReports reports, NetworkViewer viewer, NetworkWords words,
      Partnerships partnerships) {
    this.analyses = analyses;
    this.reports = reports;
    this.viewer = viewer;
    this.words = words;
    this.partnerships = partnerships;
  }

  @GetMapping("/social-capital/what-if")
  String whatIf(@ModelAttribute("params") NetworkParams p,
      org.springframework.validation.BindingResult binding, @RequestParam(required = false) List<String> remove,
      @RequestParam(required = false) String addFrom, @RequestParam(required = false) String addTo,
      @RequestParam(required = false) String find, @RequestParam(required = false) String step, Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    viewer.requireNodes();
    model.addAttribute("showsPeople", true);
    NetworkQuery q;
    try {
      q = SocialCapitalPages.chooser(p, binding, analyses, partnerships, words, model);
    } catch (IllegalArgumentException e) {
      model.addAttribute("candidates", List.of());
      return SocialCapitalPages.refused(e, model, response, "socialcapital/what-if");
    }
    NetworkViewer.View view = reports.view(analyses.of(q));
    List<String> removed = remove == null ? List.of() : remove.stream().filter(s -> !s.isBlank()).distinct().toList();
    boolean from = addFrom != null && !addFrom.isBlank();
    boolean to = addTo != null && !addTo.isBlank();
    boolean adding = from && to;
    String found = find == null ? "" : find.strip();
    model.addAttribute("candidates", candidates(view, removed, adding ? List.of(addFrom, addTo) : List.of(), found));
    model.addAttribute("addFrom", addFrom);
    model.addAttribute("addTo", addTo);
    model.addAttribute("find", found);
    // "Search" (or Enter in the find box) only adds people to choose from; "See what changes" runs it.
    if (removed.isEmpty() && !from && !to || "find".equals(step)) {
      return "socialcapital/what-if";
    }
    try {
      if (from != to) {
        throw new IllegalArgumentException("Choose both people to introduce to each other.");
      }
      List<Integer> nodes = new ArrayList<>();
      for (String id : removed) {
        nodes.add(view.resolve(id));
      }
      List<int[]> ties = adding ? List.<int[]>of(new int[] {view.resolve(addFrom), view.resolve(addTo)}) : List.of();
      WhatIf w = WhatIf.of(view.analysis(), nodes, ties);
      Map<String, Object> result = WhatIfReport.of(w, view, reports, words);
      model.addAttribute("result", result);
      model.addAttribute("removedLabels", String.join(", ", nodes.stream().map(v -> words.label(view, v)).toList()));
      model.addAttribute("before", w.before().figures());
      model.addAttribute("after", w.after().figures());
    } catch (IllegalArgumentException e) {
      return SocialCapitalPages.refused(e, model, response, "socialcapital/what-if");
    }
    return "socialcapital/what-if";
  }

  /**
   * The people offered: the key people, those who carry most linking paths or sit between most
   * others, anyone already chosen, and those whose name (as this user sees it) holds what was typed
   * into "Find someone".
   */
  private List<Choice> candidates(NetworkViewer.View view, List<String> removed, List<String> added, String find) {
    NetworkAnalysis a = view.analysis();
    Set<Integer> offered = new LinkedHashSet<>(a.keyPeople());
    if (!find.isEmpty()) {
      String wanted = find.toLowerCase(java.util.Locale.ROOT);
      for (int v = 0; v < a.network().nodes().size() && offered.size() < OFFERED * 3; v++) {
        if (view.shows(v) && words.label(view, v).toLowerCase(java.util.Locale.ROOT).contains(wanted)) {
          offered.add(v);
        }
      }
    }
    List<Integer> named = new ArrayList<>();
    for (int v = 0; v < a.network().nodes().size(); v++) {
      if (view.names(v)) {
        named.add(v);
      }
    }
    named.stream().sorted(Comparator.comparingDouble((Integer v) -> -a.linkingShare(v)).thenComparing(v -> v))
        .limit(OFFERED / 2).forEach(offered::add);
    named.stream().sorted(Comparator.comparingDouble((Integer v) -> -a.measures().betweenness()[v])
        .thenComparing(v -> v)).limit(OFFERED).forEach(offered::add);
    for (String id : removed) {
      offered.add(resolveOrSkip(view, id));
    }
    for (String id : added) {
      offered.add(resolveOrSkip(view, id));
    }
    offered.remove(-1);
    List<Choice> choices = new ArrayList<>();
    for (int v : offered) {
      if (view.names(v) || view.shows(v)) {
        choices.add(new Choice(view.id(v), words.label(view, v), removed.contains(view.id(v))));
      }
    }
    choices.sort(Comparator.comparing(c -> c.label().toLowerCase(java.util.Locale.ROOT)));
    return choices;
  }

  private static int resolveOrSkip(NetworkViewer.View view, String id) {
    try {
      return view.resolve(id);
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }
}
