package org.phasezero.partnerships.web;

import jakarta.validation.Valid;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.phasezero.network.Organisations;
import org.phasezero.partnerships.Partnership;
import org.phasezero.partnerships.PartnershipDetailsForm;
import org.phasezero.partnerships.PartnershipForm;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.partnerships.Phase;
import org.phasezero.partnerships.PhaseMoveForm;
import org.phasezero.partnerships.ReadinessAssessment;
import org.phasezero.partnerships.Timeline;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.FormErrors;
import org.phasezero.shared.ListExports;
import org.phasezero.shared.ListLinks;
import org.phasezero.shared.MayEdit;
import org.phasezero.shared.Page;
import org.phasezero.shared.Sorting;
import org.phasezero.shared.VoidPage;
import org.phasezero.shared.VoidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The network board of partnerships by phase, a partnership's page, its phase moves, readiness and timeline. */
@Controller
@RequestMapping("/partnerships")
class PartnershipPages {

  private final Partnerships partnerships;
  private final ReadinessAssessment readiness;
  private final Timeline timeline;
  private final Organisations organisations;
  private final ListExports exports;

  PartnershipPages(Partnerships partnerships, ReadinessAssessment readiness, Timeline timeline,
      Organisations organisations, ListExports exports) {
    this.exports = exports;
    this.organisations = organisations;
    this.partnerships = partnerships;
    this.readiness = readiness;
    this.timeline = timeline;
  }

  /**
   * The board: the partnerships the user sees, grouped by phase in phase order (empty phases shown
   * too, unless one phase is asked for), found by the words of their name or focus.
   */
  @GetMapping
  String board(@RequestParam(required = false) String q, @RequestParam(required = false) Phase phase, Model model) {
    Map<Phase, List<Partnership>> byPhase = new EnumMap<>(Phase.class);
    for (Phase p : Phase.values()) {
      if (phase == null || p == phase) {
        byPhase.put(p, new java.util.ArrayList<>());
      }
    }
    Page.all(r -> partnerships.search(q, phase, false, r), ListExports.MAX_ROWS)
        .forEach(p -> byPhase.get(p.phase()).add(p));
    model.addAttribute("byPhase", byPhase);
    model.addAttribute("q", q);
    model.addAttribute("phase", phase);
    model.addAttribute("phaseValues", Phase.values());
    model.addAttribute("links", links(q, phase, null));
    return "partnerships/board";
  }

  static final List<ListExports.Column<Partnership>> COLUMNS = List.of(
      ListExports.column("partnership.name", Partnership::name),
      ListExports.column("partnership.focus", Partnership::focus),
      ListExports.column("partnerships.phase", Partnership::phase),
      ListExports.column("partnership.startedOn", Partnership::startedOn),
      ListExports.column("partnerships.members", p -> p.members().stream().map(Partnership.Member::name).toList()));

  /** The partnerships the board shows, as a list sorted by name (or as asked), as CSV or XLSX (audited). */
  @GetMapping("/export")
  ResponseEntity<byte[]> export(@RequestParam(required = false) String q, @RequestParam(required = false) Phase phase,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(defaultValue = "csv") String format) {
    Sorting.Sort chosen = Partnerships.SORTING.resolve(sort, dir);
    return exports.download("partnerships", "partnerships.board", links(q, phase, chosen),
        r -> partnerships.search(q, phase, false, chosen, r), COLUMNS, format);
  }

  private static ListLinks links(String q, Phase phase, Sorting.Sort sort) {
    return ListLinks.of("/partnerships", Partnerships.SORTING, sort, "q", q, "phase", phase);
  }

  @GetMapping("/new")
  String startForm(Model model) {
    partnerships.requireMayStart();
    return startPage(model, new PartnershipForm());
  }

  @PostMapping("/new")
  String start(@Valid @ModelAttribute("form") PartnershipForm form, BindingResult result, Model model) {
    partnerships.requireMayStart();
    return FormErrors.submit(result, () -> "redirect:/partnerships/" + partnerships.create(form).id() + "?added",
        () -> startPage(model, form));
  }

  private String startPage(Model model, PartnershipForm form) {
    model.addAttribute("form", form);
    model.addAttribute("organisationChoices", organisations.choices());
    return "partnerships/start";
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    Partnership p = partnerships.get(id);
    model.addAttribute("partnership", p);
    model.addAttribute("moves", partnerships.moves(id));
    model.addAttribute("mayContribute", partnerships.mayContribute(p));
    model.addAttribute("mayManage", partnerships.mayManage(p));
    return "partnerships/show";
  }

  @GetMapping("/{id}/move")
  String moveForm(@PathVariable long id, Model model) {
    Partnership p = partnerships.get(id);
    MayEdit.require(partnerships.mayManage(p));
    return move(model, p, new PhaseMoveForm());
  }

  @PostMapping("/{id}/move")
  String moveTo(@PathVariable long id, @Valid @ModelAttribute("form") PhaseMoveForm form, BindingResult result,
      Model model) {
    Partnership p = partnerships.get(id);
    MayEdit.require(partnerships.mayManage(p));
    return FormErrors.submit(result, () -> {
      partnerships.moveTo(id, form);
      return "redirect:/partnerships/" + id + "?moved";
    }, () -> move(model, p, form));
  }

  private String move(Model model, Partnership p, PhaseMoveForm form) {
    model.addAttribute("partnership", p);
    model.addAttribute("phases", java.util.Arrays.stream(Phase.values()).filter(x -> x != p.phase()).toList());
    model.addAttribute("readiness", readiness.assess(p.id()));
    model.addAttribute("form", form);
    return "partnerships/move";
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    Partnership p = partnerships.get(id);
    MayEdit.require(partnerships.mayManage(p));
    model.addAttribute("partnership", p);
    model.addAttribute("form", PartnershipDetailsForm.of(p));
    return "partnerships/edit";
  }

  @PostMapping("/{id}/edit")
  String edit(@PathVariable long id, @Valid @ModelAttribute("form") PartnershipDetailsForm form, BindingResult result,
      Model model) {
    Partnership p = partnerships.get(id);
    MayEdit.require(partnerships.mayManage(p));
    model.addAttribute("partnership", p);
    if (result.hasErrors()) {
      return "partnerships/edit";
    }
    try {
      partnerships.changeDetails(id, form);
      return "redirect:/partnerships/" + id + "?saved";
    } catch (Conflict e) {
      FormErrors.reject(result, e);
      return "partnerships/edit";
    }
  }

  @GetMapping("/{id}/readiness")
  String readiness(@PathVariable long id, Model model) {
    model.addAttribute("readiness", readiness.assess(id));
    model.addAttribute("partnership", partnerships.get(id));
    return "partnerships/readiness";
  }

  @GetMapping("/{id}/timeline")
  String timeline(@PathVariable long id, Model model) {
    model.addAttribute("partnership", partnerships.get(id));
    model.addAttribute("entries", timeline.of(id));
    return "partnerships/timeline";
  }

  @GetMapping("/{id}/void")
  String voidForm(@PathVariable long id, Model model) {
    Partnership p = partnerships.get(id);
    MayEdit.require(partnerships.mayManage(p));
    return VoidPage.show(model, p.name(), "/partnerships/" + id, new VoidRequest(null));
  }

  @PostMapping("/{id}/void")
  String voidRecord(@PathVariable long id, @Valid @ModelAttribute("form") VoidRequest form, BindingResult result,
      Model model) {
    Partnership p = partnerships.get(id);
    MayEdit.require(partnerships.mayManage(p));
    if (result.hasErrors()) {
      return VoidPage.show(model, p.name(), "/partnerships/" + id, form);
    }
    partnerships.voidRecord(id, form.getReason());
    return "redirect:/partnerships/" + id + "?voided";
  }
}
