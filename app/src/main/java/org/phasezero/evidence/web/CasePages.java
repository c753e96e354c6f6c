package org.phasezero.evidence.web;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phasezero.evidence.CaseForm;
import org.phasezero.evidence.CaseVariable;
import org.phasezero.evidence.Cases;
import org.phasezero.evidence.EvidenceCase;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.Sources;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.FormErrors;
import org.phasezero.shared.VoidPage;
import org.phasezero.shared.VoidRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A project's cases: the people who speak in its sources and the sites it observed, added from the
 * network with their side and organisation, cases the researcher names, and the attributes they
 * are compared by. Attribute values are posted as {@code value-<attribute id>} fields.
 */
@Controller
class CasePages {

  private final ResearchProjects projects;
  private final Cases cases;
  private final Sources sources;

  CasePages(ResearchProjects projects, Cases cases, Sources sources) {
    this.projects = projects;
    this.cases = cases;
    this.sources = sources;
  }

  @GetMapping("/research/{projectId}/cases")
  String list(@PathVariable long projectId, Model model) {
    ResearchProject project = projects.get(projectId);
    model.addAttribute("project", project);
    model.addAttribute("cases", cases.ofProject(projectId));
    model.addAttribute("variables", cases.variables(projectId));
    model.addAttribute("mayWork", !project.voided());
    if (!project.voided()) {
      model.addAttribute("speakers", cases.speakersWithoutCase(projectId));
      model.addAttribute("sites", cases.sitesWithoutCase(projectId));
    }
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new CaseForm());
    }
    return "research/cases";
  }

  @PostMapping("/research/{projectId}/cases")
  String create(@PathVariable long projectId, @Valid @ModelAttribute("form") CaseForm form, BindingResult result,
      Model model) {
    return FormErrors.submit(result, () -> {
      EvidenceCase c = cases.create(projectId, form);
      return "redirect:/research/cases/" + c.id() + "?added";
    }, () -> list(projectId, model));
  }

  /** Adds one speaker, or every speaker listed, as cases; each is checked for consent again. */
  @PostMapping("/research/{projectId}/cases/people")
  String addPeople(@PathVariable long projectId, @RequestParam(required = false) List<Long> personId, Model model) {
    return refusedOnList(projectId, model, "peopleError", () -> {
      if (personId == null || personId.isEmpty()) {
        throw new Conflict("Choose who to add as a case.");
      }
      personId.forEach(id -> cases.addPerson(projectId, id));
    });
  }

  @PostMapping("/research/{projectId}/cases/sites")
  String addSite(@PathVariable long projectId, @RequestParam(required = false) Long siteId, Model model) {
    return refusedOnList(projectId, model, "siteError", () -> {
      if (siteId == null) {
        throw new Conflict("Choose a site.");
      }
      cases.addSite(projectId, siteId);
    });
  }

  @PostMapping("/research/{projectId}/cases/attributes")
  String addAttribute(@PathVariable long projectId, @RequestParam(required = false) String name, Model model) {
    return refusedOnList(projectId, model, "attributeError", () -> cases.addVariable(projectId, name));
  }

  @GetMapping("/research/cases/{id}")
  String show(@PathVariable long id, Model model) {
    EvidenceCase c = cases.get(id);
    ResearchProject project = projects.get(c.projectId());
    List<Map.Entry<Long, String>> linked = cases.linkedSources(id);
    model.addAttribute("kase", c);
    model.addAttribute("project", project);
    model.addAttribute("variables", cases.variables(c.projectId()));
    model.addAttribute("linked", linked);
    model.addAttribute("unlinked", sources.ofProject(c.projectId()).stream()
        .filter(s -> linked.stream().noneMatch(l -> l.getKey() == s.id())).toList());
    model.addAttribute("mayWork", !c.voided() && !project.voided());
    if (!model.containsAttribute("form")) {
      CaseForm form = new CaseForm(c.name(), c.description());
      form.setValues(new LinkedHashMap<>(c.values()));
      form.setVersion(c.version());
      model.addAttribute("form", form);
    }
    return "research/case";
  }

  @PostMapping("/research/cases/{id}")
  String update(@PathVariable long id, @Valid @ModelAttribute("form") CaseForm form, BindingResult result,
      @RequestParam MultiValueMap<String, String> fields, Model model) {
    EvidenceCase c = cases.get(id);
    Map<String, String> values = new LinkedHashMap<>();
    for (CaseVariable v : cases.variables(c.projectId())) {
      String posted = fields.getFirst("value-" + v.id());
      if (posted != null) {
        values.put(v.name(), posted);
      }
    }
    form.setValues(values);
    return FormErrors.submit(result, () -> {
      cases.update(id, form);
      return "redirect:/research/cases/" + id + "?saved";
    }, () -> show(id, model));
  }

  @PostMapping("/research/cases/{id}/sources")
  String link(@PathVariable long id, @RequestParam(required = false) Long sourceId, Model model) {
    try {
      if (sourceId == null) {
        throw new Conflict("Choose a source to link.");
      }
      cases.linkSource(id, sourceId);
      return "redirect:/research/cases/" + id + "?saved#sources";
    } catch (Conflict e) {
      model.addAttribute("linkError", e.getMessage());
      return show(id, model);
    }
  }

  @PostMapping("/research/cases/{id}/sources/{sourceId}/unlink")
  String unlink(@PathVariable long id, @PathVariable long sourceId) {
    cases.unlinkSource(id, sourceId);
    return "redirect:/research/cases/" + id + "?saved#sources";
  }

  @GetMapping("/research/cases/{id}/void")
  String removeForm(@PathVariable long id, Model model) {
    return VoidPage.show(model, cases.get(id).name(), "/research/cases/" + id, new VoidRequest());
  }

  @PostMapping("/research/cases/{id}/void")
  String remove(@PathVariable long id, @Valid @ModelAttribute("form") VoidRequest form, BindingResult result,
      Model model) {
    EvidenceCase c = cases.get(id);
    return VoidPage.submit(model, c.name(), "/research/cases/" + id, form, result, reason -> cases.remove(id, reason),
        "redirect:/research/" + c.projectId() + "/cases?voided");
  }

  private String refusedOnList(long projectId, Model model, String errorName, Runnable change) {
    try {
      change.run();
      return "redirect:/research/" + projectId + "/cases?saved";
    } catch (Conflict e) {
      model.addAttribute(errorName, e.getMessage());
      return list(projectId, model);
    }
  }
}
