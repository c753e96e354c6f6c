package org.phasezero.spaces.web;

import org.phasezero.shared.FormErrors;
import jakarta.validation.Valid;
import org.phasezero.network.PersonPicker;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.Choice;
import org.phasezero.shared.Forbidden;
import org.phasezero.spaces.MemberForm;
import org.phasezero.spaces.ParticipationMeasures;
import org.phasezero.spaces.ParticipationTrend;
import org.phasezero.spaces.SharedSpace;
import org.phasezero.spaces.SharedSpaces;
import org.phasezero.spaces.SpaceForm;
import org.phasezero.spaces.SpaceKind;
import org.phasezero.spaces.internal.SpaceAccess;
import org.phasezero.shared.ListExports;
import org.phasezero.shared.ListLinks;
import org.phasezero.shared.Page;
import org.phasezero.shared.Sorting;
import org.phasezero.spaces.SpaceOverview;
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

/**
 * Pages for shared spaces. Every role sees the list and each space's participation chart; members
 * and meetings are shown to the roles that see people (coordinators, site leads).
 */
@Controller
@RequestMapping("/spaces")
class SpacePages {

  private final SharedSpaces spaces;
  private final ParticipationMeasures measures;
  private final Partnerships partnerships;
  private final PersonPicker picker;
  private final org.phasezero.spaces.Meetings meetings;
  private final ListExports exports;

  SpacePages(SharedSpaces spaces, ParticipationMeasures measures, Partnerships partnerships, PersonPicker picker,
      org.phasezero.spaces.Meetings meetings, ListExports exports) {
    this.exports = exports;
    this.spaces = spaces;
    this.measures = measures;
    this.partnerships = partnerships;
    this.picker = picker;
    this.meetings = meetings;
  }

  static final java.util.List<ListExports.Column<SpaceOverview>> COLUMNS = java.util.List.of(
      ListExports.column("space.name", SpaceOverview::name),
      ListExports.column("space.kind", SpaceOverview::kind),
      ListExports.column("space.partnership", SpaceOverview::partnershipName));

  @GetMapping
  String list(@RequestParam(required = false) Long partnershipId, @RequestParam(required = false) SpaceKind kind,
      @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir, @RequestParam(defaultValue = "0") int page, Model model) {
    Sorting.Sort chosen = SharedSpaces.SORTING.resolve(sort, dir);
    model.addAttribute("partnershipId", partnershipId);
    model.addAttribute("kind", kind);
    model.addAttribute("q", q);
    model.addAttribute("kindValues", SpaceKind.values());
    model.addAttribute("partnerships", partnerships.all());
    model.addAttribute("links", links(partnershipId, kind, q, chosen));
    model.addAttribute("results", spaces.overviews(partnershipId, kind, q, chosen, new Page.Request(page, 25)));
    model.addAttribute("seesPeople", SpaceAccess.seesPeople(CurrentUser.require()));
    return "spaces/list";
  }

  /** The shared spaces list as it is filtered and sorted, as CSV or XLSX (audited); names and kinds only. */
  @GetMapping("/export")
  ResponseEntity<byte[]> export(@RequestParam(required = false) Long partnershipId,
      @RequestParam(required = false) SpaceKind kind, @RequestParam(required = false) String q,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(defaultValue = "csv") String format) {
    Sorting.Sort chosen = SharedSpaces.SORTING.resolve(sort, dir);
    return exports.download("spaces", "spaces.title", links(partnershipId, kind, q, chosen),
        p -> spaces.overviews(partnershipId, kind, q, chosen, p), COLUMNS, format);
  }

  private static ListLinks links(Long partnershipId, SpaceKind kind, String q, Sorting.Sort sort) {
    return ListLinks.of("/spaces", SharedSpaces.SORTING, sort, "partnershipId", partnershipId, "kind", kind, "q", q);
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    model.addAttribute("overview", spaces.overview(id));
    ParticipationTrend trend = measures.trend(id);
    model.addAttribute("trend", trend);
    model.addAttribute("charts", ParticipationChart.of(trend));
    if (SpaceAccess.seesPeople(CurrentUser.require())) {
      SharedSpace s = spaces.get(id);
      model.addAttribute("space", s);
      model.addAttribute("meetings", meetings.ofSpace(id));
      model.addAttribute("mayEdit", spaces.mayEdit(s));
      if (!model.containsAttribute("memberForm")) {
        model.addAttribute("memberForm", new MemberForm());
      }
      MemberForm member = (MemberForm) model.getAttribute("memberForm");
      model.addAttribute("picks", picker.onThisRequest().field("personId", member.getPersonId()));
    }
    return "spaces/show";
  }

  @PostMapping("/{id}/members")
  String addMember(@PathVariable long id, @Valid @ModelAttribute("memberForm") MemberForm form, BindingResult result,
      Model model) {
    if (PersonPicker.searching()) {
      return PersonPicker.searchStep(model, result, () -> show(id, model));
    }
    return FormErrors.submit(result, () -> {
      spaces.addMember(id, form.getPersonId(), form.getJoinedOn());
      return "redirect:/spaces/" + id + "?saved#members";
    }, () -> show(id, model));
  }

  @GetMapping("/new")
  String createForm(@RequestParam(required = false) Long partnershipId, Model model) {
    if (!SpaceAccess.seesPeople(CurrentUser.require())) {
      throw new Forbidden("Only a coordinator or a site lead can form a shared space.");
    }
    SpaceForm form = new SpaceForm();
    if (partnershipId != null) {
      partnerships.get(partnershipId);
      form.setPartnershipId(partnershipId);
    }
    model.addAttribute("form", form);
    return form(model);
  }

  @PostMapping("/new")
  String create(@Valid @ModelAttribute("form") SpaceForm form, BindingResult result, Model model) {
    if (PersonPicker.searching()) {
      return PersonPicker.searchStep(model, result, () -> form(model));
    }
    return FormErrors.submit(result, () -> "redirect:/spaces/" + spaces.create(form).id() + "?added",
        () -> form(model));
  }

  private String form(Model model) {
    model.addAttribute("kinds", SpaceKind.values());
    model.addAttribute("partnershipChoices", partnerships.all().stream().filter(partnerships::mayContribute)
        .map(p -> new Choice(p.id(), p.name())).toList());
    SpaceForm form = (SpaceForm) model.getAttribute("form");
    model.addAttribute("picks", picker.onThisRequest().field("chairPersonId", form.getChairPersonId()));
    return "spaces/form";
  }
}
