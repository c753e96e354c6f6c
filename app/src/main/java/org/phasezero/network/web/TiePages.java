package org.phasezero.network.web;

import org.phasezero.shared.MayEdit;
import org.phasezero.shared.VoidPage;
import jakarta.validation.Valid;
import org.phasezero.network.Organisations;
import org.phasezero.network.PersonPicker;
import org.phasezero.network.Tie;
import org.phasezero.network.TieForm;
import org.phasezero.network.TieKind;
import org.phasezero.network.Ties;
import org.phasezero.shared.FormErrors;
import org.phasezero.shared.Page;
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
  private final PersonPicker picker;

  TiePages(Ties ties, Organisations organisations, PersonPicker picker) {
    this.ties = ties;
    this.organisations = organisations;
    this.picker = picker;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("kindValues", TieKind.values());
  }

  @GetMapping
  String list(@RequestParam(required = false) TieKind kind, @RequestParam(required = false) Long personId,
      @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("kind", kind);
    model.addAttribute("results", ties.search(kind, personId, false, new Page.Request(page, 25)));
    return "ties/list";
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
