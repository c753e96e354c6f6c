package org.phasezero.evidence.search.web;

import java.util.Arrays;
import org.phasezero.evidence.Codebook;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.internal.ProjectAccess;
import org.phasezero.evidence.search.EvidenceSearch;
import org.phasezero.evidence.search.SearchText;
import org.phasezero.network.Side;
import org.phasezero.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A project's search page: the form (words, speaker's side, code, case) and, once words are given,
 * how many turns match and a keyword-in-context table of their hits, each linking to its turn on the
 * source's page. A plain GET form, so it works without JavaScript and a search can be bookmarked.
 */
@Controller
class SearchPages {

  static final int PAGE_SIZE = 20;

  private final EvidenceSearch search;
  private final ResearchProjects projects;
  private final Codebook codebook;

  SearchPages(EvidenceSearch search, ResearchProjects projects, Codebook codebook) {
    this.search = search;
    this.projects = projects;
    this.codebook = codebook;
  }

  @GetMapping("/research/{projectId}/search")
  String search(@PathVariable long projectId, @RequestParam(required = false) String q,
      @RequestParam(required = false) Side side, @RequestParam(required = false) Long codeId,
      @RequestParam(required = false) Long caseId, @RequestParam(defaultValue = "0") int page, Model model) {
    ProjectAccess.requireResearchRole(CurrentUser.require());
    ResearchProject project = projects.get(projectId);
    model.addAttribute("project", project);
    model.addAttribute("q", q);
    model.addAttribute("side", side);
    model.addAttribute("codeId", codeId);
    model.addAttribute("caseId", caseId);
    model.addAttribute("sides", Arrays.asList(Side.values()));
    model.addAttribute("codes", codebook.tree(projectId));
    model.addAttribute("cases", search.cases(projectId));
    if (q != null && q.length() > SearchText.MAX_LENGTH) {
      model.addAttribute("searchError", q.length());
    } else if (q != null && !q.isBlank()) {
      int shown = Math.max(0, page);
      model.addAttribute("results", search.search(new EvidenceSearch.Query(q, projectId, side, codeId, caseId,
          shown * PAGE_SIZE, PAGE_SIZE)));
      model.addAttribute("page", shown);
    }
    return "research/search";
  }
}
