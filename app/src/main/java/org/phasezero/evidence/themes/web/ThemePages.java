package org.phasezero.evidence.themes.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.phasezero.evidence.Code;
import org.phasezero.evidence.Codebook;
import org.phasezero.evidence.CodedSegment;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.themes.ThematicNetwork;
import org.phasezero.evidence.themes.ThematicNetworks;
import org.phasezero.evidence.themes.Theme;
import org.phasezero.evidence.themes.ThemeEvidence;
import org.phasezero.evidence.themes.ThemeForm;
import org.phasezero.evidence.themes.Themes;
import org.phasezero.network.Side;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.FormErrors;
import org.phasezero.shared.VoidPage;
import org.phasezero.shared.VoidRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A theme's page: the quotes that support it (filtered by the speaker's side or a case), its
 * passages by side and by case, the themes under it, and the forms that rename or move it, group
 * codes under a basic theme and remove it.
 */
@Controller
class ThemePages {

  private final ResearchProjects projects;
  private final ThematicNetworks networks;
  private final Themes themes;
  private final ThemeEvidence evidence;
  private final Codebook codebook;

  ThemePages(ResearchProjects projects, ThematicNetworks networks, Themes themes, ThemeEvidence evidence,
      Codebook codebook) {
    this.projects = projects;
    this.networks = networks;
    this.themes = themes;
    this.evidence = evidence;
    this.codebook = codebook;
  }

  @GetMapping("/research/themes/{id}")
  String show(@PathVariable long id, @RequestParam(required = false) Side side,
      @RequestParam(required = false) Long caseId, Model model) {
    Theme theme = themes.get(id);
    ThemeEvidence.Trace trace = evidence.trace(theme.networkId());
    ThematicNetwork network = trace.network();
    ResearchProject project = projects.get(network.projectId());
    List<CodedSegment> quotes = evidence.quotes(id, side, caseId);
    model.addAttribute("project", project);
    model.addAttribute("network", network);
    model.addAttribute("theme", theme);
    model.addAttribute("node", trace.nodes().stream().filter(n -> n.theme().id() == id).findFirst().orElse(null));
    model.addAttribute("sides", trace.sides());
    model.addAttribute("quotes", quotes);
    model.addAttribute("side", side);
    model.addAttribute("caseId", caseId);
    model.addAttribute("filtered", side != null || caseId != null);
    model.addAttribute("total", side != null || caseId != null ? evidence.quotes(id, null, null).size() : quotes.size());
    model.addAttribute("cases", evidence.byCase(id));
    Theme.Tier parentTier = theme.tier().parentTier();
    model.addAttribute("parents", parentTier == null ? List.of()
        : themes.ofNetwork(theme.networkId()).stream().filter(t -> t.tier() == parentTier).toList());
    Set<Long> held = Set.copyOf(theme.codeIds());
    List<Code> tree = codebook.tree(project.id());
    model.addAttribute("heldCodes", tree.stream().filter(c -> held.contains(c.id())).toList());
    model.addAttribute("freeCodes", tree.stream().filter(c -> !held.contains(c.id())).toList());
    model.addAttribute("mayWork", !theme.voided() && !network.voided() && !project.voided());
    if (!model.containsAttribute("form")) {
      ThemeForm form = new ThemeForm(theme.name(), theme.tier(), theme.parentId());
      form.setDescription(theme.description());
      form.setVersion(theme.version());
      model.addAttribute("form", form);
    }
    return "research/themes/theme";
  }

  @PostMapping("/research/themes/{id}")
  String update(@PathVariable long id, @Valid @ModelAttribute("form") ThemeForm form, BindingResult result,
      Model model) {
    return FormErrors.submit(result, () -> {
      themes.update(id, form);
      return "redirect:/research/themes/" + id + "?saved";
    }, () -> show(id, null, null, model));
  }

  @PostMapping("/research/themes/{id}/codes")
  String attach(@PathVariable long id, @RequestParam(required = false) Long codeId, Model model) {
    try {
      if (codeId == null) {
        throw new Conflict("codeId", "Choose the code to group under this theme.");
      }
      themes.attach(id, codeId);
      return "redirect:/research/themes/" + id + "?saved#codes";
    } catch (Conflict e) {
      model.addAttribute("codeError", e.getMessage());
      return show(id, null, null, model);
    }
  }

  @PostMapping("/research/themes/{id}/codes/{codeId}/detach")
  String detach(@PathVariable long id, @PathVariable long codeId) {
    themes.detach(id, codeId);
    return "redirect:/research/themes/" + id + "?saved#codes";
  }

  @GetMapping("/research/themes/{id}/void")
  String removeForm(@PathVariable long id, Model model) {
    Theme t = themes.get(id);
    return VoidPage.show(model, t.name(), "/research/themes/" + id, new VoidRequest());
  }

  @PostMapping("/research/themes/{id}/void")
  String remove(@PathVariable long id, @Valid @ModelAttribute("form") VoidRequest form, BindingResult result,
      Model model) {
    Theme t = themes.get(id);
    return VoidPage.submit(model, t.name(), "/research/themes/" + id, form, result, reason -> themes.remove(id, reason),
        "redirect:/research/theme-networks/" + t.networkId() + "?voided");
  }
}
