package org.phasezero.partnerships.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.phasezero.network.People;
import org.phasezero.network.Side;
import org.phasezero.partnerships.Engagement;
import org.phasezero.partnerships.EngagementForm;
import org.phasezero.partnerships.Engagements;
import org.phasezero.partnerships.Partnership;
import org.phasezero.partnerships.Partnerships;
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

/** Pages for phase-zero conversations: the list, recording one, reading one, voiding one. */
@Controller
@RequestMapping("/engagements")
class EngagementPages {

  private final Engagements engagements;
  private final Partnerships partnerships;
  private final People people;
  private final ListExports exports;
  private final MessageSource messages;

  private final org.phasezero.network.PersonPicker picker;

  EngagementPages(Engagements engagements, Partnerships partnerships, People people, ListExports exports,
      MessageSource messages, org.phasezero.network.PersonPicker picker) {
    this.picker = picker;
    this.exports = exports;
    this.messages = messages;
    this.engagements = engagements;
    this.partnerships = partnerships;
    this.people = people;
  }

  @GetMapping
  String list(@RequestParam(required = false) Long partnershipId, @RequestParam(required = false) String q,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(defaultValue = "0") int page, Model model) {
    Sorting.Sort chosen = Engagements.SORTING.resolve(sort, dir);
    model.addAttribute("partnershipId", partnershipId);
    model.addAttribute("q", q);
    model.addAttribute("searchLabel", messages.getMessage("engagements.search", null, LocaleContextHolder.getLocale()));
    model.addAttribute("partnerships", partnerships.all());
    model.addAttribute("names", names());
    model.addAttribute("links", links(partnershipId, q, chosen));
    model.addAttribute("results", engagements.search(partnershipId, q, false, chosen, new Page.Request(page, 25)));
    return "engagements/list";
  }

  /** The engagements list as it is filtered and sorted, as CSV or XLSX (audited); who took part is left out. */
  @GetMapping("/export")
  ResponseEntity<byte[]> export(@RequestParam(required = false) Long partnershipId,
      @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir, @RequestParam(defaultValue = "csv") String format) {
    Sorting.Sort chosen = Engagements.SORTING.resolve(sort, dir);
    Map<Long, String> names = names();
    List<ListExports.Column<Engagement>> columns = List.of(
        ListExports.column("engagement.heldOn", Engagement::heldOn),
        ListExports.column("engagement.partnership", e -> names.get(e.partnershipId())),
        ListExports.column("engagement.purpose", Engagement::purpose),
        ListExports.column("engagement.sides", Engagement::sides),
        ListExports.column("engagement.mutualGains", Engagement::mutualGains),
        ListExports.column("engagement.barriers", Engagement::barriers),
        ListExports.column("engagement.nextSteps", Engagement::nextSteps));
    return exports.download("engagements", "engagements.title", links(partnershipId, q, chosen),
        p -> engagements.search(partnershipId, q, false, chosen, p), columns, format);
  }

  private static ListLinks links(Long partnershipId, String q, Sorting.Sort sort) {
    return ListLinks.of("/engagements", Engagements.SORTING, sort, "partnershipId", partnershipId, "q", q);
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    Engagement e = engagements.get(id);
    Partnership p = partnerships.get(e.partnershipId());
    model.addAttribute("engagement", e);
    model.addAttribute("partnership", p);
    model.addAttribute("mayEdit", !e.voided() && engagements.mayRecord(p));
    model.addAttribute("people", peopleNames(e.personIds()));
    return "engagements/show";
  }

  @GetMapping("/new")
  String createForm(@RequestParam(required = false) Long partnershipId, Model model) {
    Access.requireRecorder("record an engagement");
    EngagementForm form = new EngagementForm();
    if (partnershipId != null) {
      form.setPartnershipId(partnerships.get(partnershipId).id());
    }
    return form(model, form);
  }

  @PostMapping("/new")
  String create(@Valid @ModelAttribute("form") EngagementForm form, BindingResult result, Model model) {
    if (org.phasezero.network.PersonPicker.searching()) {
      return org.phasezero.network.PersonPicker.searchStep(model, result, () -> form(model, form));
    }
    return FormErrors.submit(result, () -> "redirect:/engagements/" + engagements.create(form).id() + "?added",
        () -> form(model, form));
  }

  private String form(Model model, EngagementForm form) {
    Access.requireRecorder("record an engagement");
    model.addAttribute("partnershipChoices", partnerships.all().stream().filter(partnerships::mayContribute)
        .map(p -> new Choice(p.id(), p.name())).toList());
    model.addAttribute("sideValues", Side.values());
    model.addAttribute("picks", picker.onThisRequest().fieldMany("personIds", form.getPersonIds()));
    model.addAttribute("form", form);
    return "engagements/form";
  }

  @GetMapping("/{id}/void")
  String voidForm(@PathVariable long id, Model model) {
    Engagement e = engagements.get(id);
    MayEdit.require(!e.voided() && engagements.mayRecord(partnerships.get(e.partnershipId())));
    return VoidPage.show(model, e.purpose(), "/engagements/" + id, new VoidRequest(null));
  }

  @PostMapping("/{id}/void")
  String voidRecord(@PathVariable long id, @Valid @ModelAttribute("form") VoidRequest form, BindingResult result,
      Model model) {
    Engagement e = engagements.get(id);
    MayEdit.require(!e.voided() && engagements.mayRecord(partnerships.get(e.partnershipId())));
    if (result.hasErrors()) {
      return VoidPage.show(model, e.purpose(), "/engagements/" + id, form);
    }
    engagements.voidRecord(id, form.getReason());
    return "redirect:/engagements/" + id + "?voided";
  }

  private Map<Long, String> names() {
    return partnerships.all().stream().collect(java.util.stream.Collectors.toMap(Partnership::id, Partnership::name));
  }

  /** People are named to those who may see them; for everyone else only the number who took part is shown. */
  private List<String> peopleNames(List<Long> ids) {
    try {
      Map<Long, String> visible = people.choices().stream()
          .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
      return ids.stream().filter(visible::containsKey).map(visible::get).toList();
    } catch (org.phasezero.shared.Forbidden noPeopleAccess) {
      return List.of();
    }
  }
}
