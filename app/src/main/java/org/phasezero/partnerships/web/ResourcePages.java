package org.phasezero.partnerships.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.phasezero.network.Organisations;
import org.phasezero.partnerships.Partnership;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.partnerships.ResourceContribution;
import org.phasezero.partnerships.ResourceKind;
import org.phasezero.partnerships.ResourceForm;
import org.phasezero.partnerships.ResourceType;
import org.phasezero.partnerships.Resources;
import org.phasezero.partnerships.internal.Access;
import org.phasezero.shared.Choice;
import org.phasezero.shared.FormErrors;
import org.phasezero.shared.MayEdit;
import org.phasezero.shared.ListExports;
import org.phasezero.shared.ListLinks;
import org.phasezero.shared.Page;
import org.phasezero.shared.Sorting;
import org.springframework.http.ResponseEntity;
import org.phasezero.shared.VoidPage;
import org.phasezero.shared.VoidRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages for resource contributions: the list with its summaries, recording one, reading one, voiding one. */
@Controller
@RequestMapping("/resources")
class ResourcePages {

  private final Resources resources;
  private final Partnerships partnerships;
  private final Organisations organisations;
  private final org.phasezero.network.PersonPicker picker;
  private final ListExports exports;

  ResourcePages(Resources resources, Partnerships partnerships, Organisations organisations,
      org.phasezero.network.PersonPicker picker, ListExports exports) {
    this.exports = exports;
    this.resources = resources;
    this.partnerships = partnerships;
    this.organisations = organisations;
    this.picker = picker;
  }

  @GetMapping
  String list(@RequestParam(required = false) Long partnershipId, @RequestParam(required = false) ResourceKind kind,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(defaultValue = "0") int page, Model model) {
    Sorting.Sort chosen = Resources.SORTING.resolve(sort, dir);
    model.addAttribute("partnershipId", partnershipId);
    model.addAttribute("kind", kind);
    model.addAttribute("resourceKinds", ResourceKind.values());
    model.addAttribute("links", links(partnershipId, kind, chosen));
    model.addAttribute("partnerships", partnerships.all());
    model.addAttribute("names", partnerships.all().stream()
        .collect(java.util.stream.Collectors.toMap(Partnership::id, Partnership::name)));
    var summary = resources.summary(partnershipId);
    model.addAttribute("summary", summary);
    Map<String, java.util.List<org.phasezero.partnerships.ResourceSummary.Line>> breakdowns = new java.util.LinkedHashMap<>();
    breakdowns.put("byKind", summary.byKind());
    breakdowns.put("bySide", summary.bySide());
    breakdowns.put("byQuarter", summary.byQuarter());
    model.addAttribute("breakdowns", breakdowns);
    model.addAttribute("results", resources.search(partnershipId, kind, false, chosen, new Page.Request(page, 25)));
    return "resources/list";
  }

  /** The resources list as it is filtered and sorted, as CSV or XLSX (audited). */
  @GetMapping("/export")
  ResponseEntity<byte[]> export(@RequestParam(required = false) Long partnershipId,
      @RequestParam(required = false) ResourceKind kind, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir, @RequestParam(defaultValue = "csv") String format) {
    Sorting.Sort chosen = Resources.SORTING.resolve(sort, dir);
    Map<Long, String> names = partnerships.all().stream()
        .collect(java.util.stream.Collectors.toMap(Partnership::id, Partnership::name));
    List<ListExports.Column<ResourceContribution>> columns = List.of(
        ListExports.column("resource.givenOn", ResourceContribution::givenOn),
        ListExports.column("engagement.partnership", r -> names.get(r.partnershipId())),
        ListExports.column("resource.description", ResourceContribution::description),
        ListExports.column("resource.giver", ResourceContribution::giverName),
        ListExports.column("resources.bySide.key", ResourceContribution::giverSide),
        ListExports.column("resources.byKind.key", ResourceContribution::kind),
        ListExports.column("resource.type", ResourceContribution::type),
        ListExports.column("resource.hours", ResourceContribution::hours),
        ListExports.column("resource.money", ResourceContribution::money));
    return exports.download("resources", "resources.title", links(partnershipId, kind, chosen),
        p -> resources.search(partnershipId, kind, false, chosen, p), columns, format);
  }

  private static ListLinks links(Long partnershipId, ResourceKind kind, Sorting.Sort sort) {
    return ListLinks.of("/resources", Resources.SORTING, sort, "partnershipId", partnershipId, "kind", kind);
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    ResourceContribution r = resources.get(id);
    Partnership p = partnerships.get(r.partnershipId());
    model.addAttribute("resource", r);
    model.addAttribute("partnership", p);
    model.addAttribute("mayEdit", !r.voided() && partnerships.mayContribute(p));
    return "resources/show";
  }

  @GetMapping("/new")
  String createForm(@RequestParam(required = false) Long partnershipId, Model model) {
    Access.requireRecorder("record a resource");
    ResourceForm form = new ResourceForm();
    if (partnershipId != null) {
      form.setPartnershipId(partnerships.get(partnershipId).id());
    }
    return form(model, form);
  }

  @PostMapping("/new")
  String create(@Valid @ModelAttribute("form") ResourceForm form, BindingResult result, Model model) {
    if (org.phasezero.network.PersonPicker.searching()) {
      return org.phasezero.network.PersonPicker.searchStep(model, result, () -> form(model, form));
    }
    return FormErrors.submit(result, () -> "redirect:/resources/" + resources.create(form).id() + "?added",
        () -> form(model, form));
  }

  private String form(Model model, ResourceForm form) {
    Access.requireRecorder("record a resource");
    model.addAttribute("partnershipChoices", partnerships.all().stream().filter(partnerships::mayContribute)
        .map(p -> new Choice(p.id(), p.name())).toList());
    model.addAttribute("organisationChoices", organisations.choices().stream()
        .map(o -> new Choice(o.id(), o.name())).toList());
    model.addAttribute("picks", picker.onThisRequest().field("giverPersonId", form.getGiverPersonId()));
    model.addAttribute("typeValues", ResourceType.values());
    model.addAttribute("form", form);
    return "resources/form";
  }

  @GetMapping("/{id}/void")
  String voidForm(@PathVariable long id, Model model) {
    ResourceContribution r = resources.get(id);
    MayEdit.require(!r.voided() && partnerships.mayContribute(partnerships.get(r.partnershipId())));
    return VoidPage.show(model, r.description(), "/resources/" + id, new VoidRequest(null));
  }

  @PostMapping("/{id}/void")
  String voidRecord(@PathVariable long id, @Valid @ModelAttribute("form") VoidRequest form, BindingResult result,
      Model model) {
    ResourceContribution r = resources.get(id);
    MayEdit.require(!r.voided() && partnerships.mayContribute(partnerships.get(r.partnershipId())));
    if (result.hasErrors()) {
      return VoidPage.show(model, r.description(), "/resources/" + id, form);
    }
    resources.voidRecord(id, form.getReason());
    return "redirect:/resources/" + id + "?voided";
  }
}
