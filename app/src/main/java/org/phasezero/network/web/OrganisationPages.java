package org.phasezero.network.web;

import jakarta.validation.Valid;
import org.phasezero.network.Organisation;
import org.phasezero.network.OrganisationForm;
import org.phasezero.network.OrganisationType;
import org.phasezero.network.Organisations;
import org.phasezero.network.Side;
import org.phasezero.network.Sites;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.FormErrors;
import org.phasezero.shared.MayEdit;
import org.phasezero.shared.Page;
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

/** Pages for finding, adding, changing and voiding organisations. */
@Controller
@RequestMapping("/organisations")
class OrganisationPages {

  private final Organisations organisations;
  private final Sites sites;

  OrganisationPages(Organisations organisations, Sites sites) {
    this.organisations = organisations;
    this.sites = sites;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("types", OrganisationType.values());
    model.addAttribute("sideValues", Side.values());
  }

  @GetMapping
  String list(@RequestParam(required = false) String q, @RequestParam(required = false) Side side,
      @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("q", q);
    model.addAttribute("side", side);
    model.addAttribute("results", organisations.search(new Organisations.Query(q, side, null, false),
        new Page.Request(page, 25)));
    return "organisations/list";
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    Organisation o = organisations.get(id);
    model.addAttribute("organisation", o);
    model.addAttribute("mayEdit", organisations.mayEdit(o));
    model.addAttribute("sites", sites.search(null, id, false, new Page.Request(0, 50)).items());
    return "organisations/show";
  }

  @GetMapping("/new")
  String createForm(Model model) {
    organisations.requireMayCreate();
    model.addAttribute("form", new OrganisationForm());
    return "organisations/form";
  }

  @PostMapping("/new")
  String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult result) {
    if (result.hasErrors()) {
      return "organisations/form";
    }
    try {
      return "redirect:/organisations/" + organisations.create(form).id() + "?added";
    } catch (Conflict e) {
      FormErrors.reject(result, e);
      return "organisations/form";
    }
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    Organisation o = organisations.get(id);
    MayEdit.require(organisations.mayEdit(o));
    model.addAttribute("organisation", o);
    model.addAttribute("mayClassify", organisations.mayClassify());
    model.addAttribute("form", OrganisationForm.of(o));
    return "organisations/form";
  }

  @PostMapping("/{id}/edit")
  String edit(@PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult result,
      Model model) {
    model.addAttribute("organisation", organisations.get(id));
    model.addAttribute("mayClassify", organisations.mayClassify());
    if (result.hasErrors()) {
      return "organisations/form";
    }
    try {
      organisations.update(id, form);
      return "redirect:/organisations/" + id + "?saved";
    } catch (Conflict e) {
      FormErrors.reject(result, e);
      return "organisations/form";
    }
  }

  @GetMapping("/{id}/void")
  String voidForm(@PathVariable long id, Model model) {
    Organisation o = organisations.get(id);
    organisations.requireMayVoid();
    return VoidPage.show(model, o.name(), "/organisations/" + id, new VoidRequest(null));
  }

  @PostMapping("/{id}/void")
  String voidRecord(@PathVariable long id, @Valid @ModelAttribute("form") VoidRequest form, BindingResult result,
      Model model) {
    Organisation o = organisations.get(id);
    organisations.requireMayVoid();
    if (result.hasErrors()) {
      return VoidPage.show(model, o.name(), "/organisations/" + id, form);
    }
    organisations.voidRecord(id, form.getReason());
    return "redirect:/organisations/" + id + "?voided";
  }
}
