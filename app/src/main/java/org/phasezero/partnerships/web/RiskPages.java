package org.phasezero.partnerships.web;

import jakarta.validation.Valid;
import org.phasezero.partnerships.Partnership;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.partnerships.Risk;
import org.phasezero.partnerships.RiskCategory;
import org.phasezero.partnerships.RiskForm;
import org.phasezero.partnerships.Risks;
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
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages for the risk register: the list, recording, reviewing and voiding a risk. */
@Controller
@RequestMapping("/risks")
class RiskPages {

  private final Risks risks;
  private final Partnerships partnerships;
  private final org.phasezero.network.PersonPicker picker;
  private final ListExports exports;
  private final MessageSource messages;

  RiskPages(Risks risks, Partnerships partnerships, ListExports exports, MessageSource messages,
      org.phasezero.network.PersonPicker picker) {
    this.picker = picker;
    this.exports = exports;
    this.messages = messages;
    this.risks = risks;
    this.partnerships = partnerships;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("categoryValues", RiskCategory.values());
    model.addAttribute("names", partnerships.all().stream()
        .collect(java.util.stream.Collectors.toMap(Partnership::id, Partnership::name)));
  }

  @GetMapping
  String list(@RequestParam(required = false) Long partnershipId, @RequestParam(required = false) RiskCategory category,
      @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir, @RequestParam(defaultValue = "0") int page, Model model) {
    Sorting.Sort chosen = Risks.SORTING.resolve(sort, dir);
    model.addAttribute("partnershipId", partnershipId);
    model.addAttribute("category", category);
    model.addAttribute("q", q);
    model.addAttribute("partnerships", partnerships.all());
    model.addAttribute("links", links(partnershipId, category, q, chosen));
    model.addAttribute("results", risks.search(partnershipId, false, category, q, false, chosen,
        new Page.Request(page, 25)));
    boolean computedMatch = (category == null || category == RiskCategory.KEY_PERSON_DEPENDENCY)
        && (q == null || q.isBlank()) && page == 0;
    model.addAttribute("computed", computedMatch ? risks.computed(partnershipId) : List.of());
    return "risks/list";
  }

  /** The risk register as it is filtered and sorted, as CSV or XLSX (audited). */
  @GetMapping("/export")
  ResponseEntity<byte[]> export(@RequestParam(required = false) Long partnershipId,
      @RequestParam(required = false) RiskCategory category, @RequestParam(required = false) String q,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(defaultValue = "csv") String format, Model model) {
    Sorting.Sort chosen = Risks.SORTING.resolve(sort, dir);
    @SuppressWarnings("unchecked")
    Map<Long, String> names = (Map<Long, String>) model.getAttribute("names");
    String network = messages.getMessage("risk.network", null, LocaleContextHolder.getLocale());
    List<ListExports.Column<Risk>> columns = List.of(
        ListExports.column("risk.title", Risk::title),
        ListExports.column("risk.category", Risk::category),
        ListExports.column("risk.scope", r -> r.partnershipId() == null ? network : names.get(r.partnershipId())),
        ListExports.column("risk.likelihood", Risk::likelihood),
        ListExports.column("risk.impact", Risk::impact),
        ListExports.column("risk.rating", Risk::rating),
        ListExports.column("risk.owner", Risk::ownerName),
        ListExports.column("risk.mitigation", Risk::mitigation),
        ListExports.column("risk.reviewOn", Risk::reviewOn));
    return exports.download("risks", "risks.title", links(partnershipId, category, q, chosen),
        p -> risks.search(partnershipId, false, category, q, false, chosen, p), columns, format);
  }

  private static ListLinks links(Long partnershipId, RiskCategory category, String q, Sorting.Sort sort) {
    return ListLinks.of("/risks", Risks.SORTING, sort, "partnershipId", partnershipId, "category", category, "q", q);
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    Risk r = risks.get(id);
    model.addAttribute("risk", r);
    model.addAttribute("mayEdit", risks.mayEdit(r));
    return "risks/show";
  }

  @GetMapping("/new")
  String createForm(@RequestParam(required = false) Long partnershipId, Model model) {
    risks.requireMayCreate();
    RiskForm form = new RiskForm();
    form.setPartnershipId(partnershipId == null ? null : partnerships.get(partnershipId).id());
    return form(model, null, form);
  }

  @PostMapping("/new")
  String create(@Valid @ModelAttribute("form") RiskForm form, BindingResult result, Model model) {
    risks.requireMayCreate();
    if (org.phasezero.network.PersonPicker.searching()) {
      return org.phasezero.network.PersonPicker.searchStep(model, result, () -> form(model, null, form));
    }
    return FormErrors.submit(result, () -> "redirect:/risks/" + risks.create(form).id() + "?added",
        () -> form(model, null, form));
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    Risk r = risks.get(id);
    MayEdit.require(risks.mayEdit(r));
    return form(model, r, RiskForm.of(r));
  }

  @PostMapping("/{id}/edit")
  String edit(@PathVariable long id, @Valid @ModelAttribute("form") RiskForm form, BindingResult result, Model model) {
    Risk r = risks.get(id);
    MayEdit.require(risks.mayEdit(r));
    if (org.phasezero.network.PersonPicker.searching()) {
      return org.phasezero.network.PersonPicker.searchStep(model, result, () -> form(model, r, form));
    }
    return FormErrors.submit(result, () -> {
      risks.update(id, form);
      return "redirect:/risks/" + id + "?saved";
    }, () -> form(model, r, form));
  }

  private String form(Model model, Risk risk, RiskForm form) {
    model.addAttribute("risk", risk);
    model.addAttribute("partnershipChoices", partnerships.all().stream().map(p -> new Choice(p.id(), p.name())).toList());
    model.addAttribute("picks", picker.onThisRequest().field("ownerPersonId", form.getOwnerPersonId()));
    model.addAttribute("scale", java.util.List.of(1, 2, 3, 4, 5));
    model.addAttribute("form", form);
    return "risks/form";
  }

  @GetMapping("/{id}/void")
  String voidForm(@PathVariable long id, Model model) {
    Risk r = risks.get(id);
    MayEdit.require(risks.mayEdit(r));
    return VoidPage.show(model, r.title(), "/risks/" + id, new VoidRequest(null));
  }

  @PostMapping("/{id}/void")
  String voidRecord(@PathVariable long id, @Valid @ModelAttribute("form") VoidRequest form, BindingResult result,
      Model model) {
    Risk r = risks.get(id);
    MayEdit.require(risks.mayEdit(r));
    if (result.hasErrors()) {
      return VoidPage.show(model, r.title(), "/risks/" + id, form);
    }
    risks.voidRecord(id, form.getReason());
    return "redirect:/risks/" + id + "?voided";
  }
}
