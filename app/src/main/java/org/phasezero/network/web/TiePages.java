package org.phasezero.network.web;

import org.phasezero.shared.MayEdit;
import org.phasezero.shared.VoidPage;
import jakarta.validation.Valid;
import java.util.List;
import org.phasezero.network.Organisations;
import org.phasezero.network.People;
import org.phasezero.network.PersonPicker;
import org.phasezero.network.Tie;
import org.phasezero.network.TieForm;
import org.phasezero.network.TieKind;
import org.phasezero.network.Ties;
import org.phasezero.shared.FormErrors;
import org.phasezero.shared.ListExports;
import org.phasezero.shared.ListLinks;
import org.phasezero.shared.Page;
import org.phasezero.shared.Sorting;
import org.springframework.http.ResponseEntity;
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

/** Pages for ties between people and organisations. */
@Controller
@RequestMapping("/ties")
class TiePages {

  private final Ties ties;
  private final Organisations organisations;
  private final ListExports exports;
  private final People people;
  private final PersonPicker picker;

  TiePages(Ties ties, People people, Organisations organisations, PersonPicker picker, ListExports exports) {
    this.exports = exports;
    this.people = people;
    this.ties = ties;
    this.organisations = organisations;
    this.picker = picker;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("kindValues", TieKind.values());
  }

  static final List<ListExports.Column<Tie>> COLUMNS = List.of(
      ListExports.column("tie.from", t -> t.from().name()),
      ListExports.column("tie.to", t -> t.to().name()),
      ListExports.column("tie.kind", Tie::kind),
      ListExports.column("tie.trust", Tie::trust),
      ListExports.column("tie.since", Tie::since),
      ListExports.column("tie.lastContact", Tie::lastContact),
      ListExports.column("tie.brokeredBy", Tie::brokeredByName));

  @GetMapping
  String list(@RequestParam(required = false) TieKind kind, @RequestParam(required = false) Long personId,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(defaultValue = "0") int page, Model model) {
    Sorting.Sort chosen = Ties.SORTING.resolve(sort, dir);
    model.addAttribute("kind", kind);
    model.addAttribute("personId", personId);
    model.addAttribute("results", ties.search(kind, personId, false, chosen, new Page.Request(page, 25)));
    model.addAttribute("personChoices", people.choices());
    model.addAttribute("links", links(kind, personId, chosen));
    return "ties/list";
  }

  /** The ties list as it is filtered and sorted, as CSV or XLSX (audited). */
  @GetMapping("/export")
  ResponseEntity<byte[]> export(@RequestParam(required = false) TieKind kind,
      @RequestParam(required = false) Long personId, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir, @RequestParam(defaultValue = "csv") String format) {
    Sorting.Sort chosen = Ties.SORTING.resolve(sort, dir);
    return exports.download("ties", "ties.title", links(kind, personId, chosen),
        p -> ties.search(kind, personId, false, chosen, p), COLUMNS, format);
  }

  private static ListLinks links(TieKind kind, Long personId, Sorting.Sort sort) {
    return ListLinks.of("/ties", Ties.SORTING, sort, "kind", kind, "personId", personId);
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    Tie t = ties.get(id);
    model.addAttribute("tie", t);
    model.addAttribute("mayEdit", ties.mayEdit(t));
    return "ties/show";
  }

  @GetMapping("/new")
  String createForm(@RequestParam(required = false) Long fromPersonId, Model model) {
    ties.requireMayCreate();
    TieForm form = new TieForm();
    form.setFromPersonId(fromPersonId);
    return form(model, form, null);
  }

  @PostMapping("/new")
  String create(@Valid @ModelAttribute("form") TieForm form, BindingResult result, Model model) {
    if (PersonPicker.searching()) {
      return PersonPicker.searchStep(model, result, () -> form(model, form, null));
    }
    return FormErrors.submit(result, () -> "redirect:/ties/" + ties.create(form).id() + "?added",
        () -> form(model, form, null));
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    Tie t = ties.get(id);
    MayEdit.require(ties.mayEdit(t));
    return form(model, TieForm.of(t), t);
  }

  @PostMapping("/{id}/edit")
  String edit(@PathVariable long id, @Valid @ModelAttribute("form") TieForm form, BindingResult result, Model model) {
    Tie t = ties.get(id);
    if (PersonPicker.searching()) {
      return PersonPicker.searchStep(model, result, () -> form(model, form, t));
    }
    return FormErrors.submit(result, () -> {
      ties.update(id, form);
      return "redirect:/ties/" + id + "?saved";
    }, () -> form(model, form, t));
  }

  @GetMapping("/{id}/void")
  String voidForm(@PathVariable long id, Model model) {
    Tie t = ties.get(id);
    MayEdit.require(ties.mayEdit(t));
    return VoidPage.show(model, t.from().name() + " – " + t.to().name(), "/ties/" + id, new VoidRequest());
  }

  @PostMapping("/{id}/void")
  String voidRecord(@PathVariable long id, @Valid @ModelAttribute("form") VoidRequest form, BindingResult result,
      Model model) {
    Tie t = ties.get(id);
    MayEdit.require(ties.mayEdit(t));
    if (result.hasErrors()) {
      return VoidPage.show(model, t.from().name() + " – " + t.to().name(), "/ties/" + id, form);
    }
    ties.voidRecord(id, form.getReason());
    return "redirect:/ties/" + id + "?voided";
  }

  private String form(Model model, TieForm form, Tie tie) {
    model.addAttribute("form", form);
    model.addAttribute("tie", tie);
    model.addAttribute("picks", picker.onThisRequest().field("fromPersonId", form.getFromPersonId())
        .field("toPersonId", form.getToPersonId()).field("brokeredById", form.getBrokeredById()));
    model.addAttribute("organisationChoices", organisations.choices());
    return "ties/form";
  }
}
