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
import java.util.List;
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

/** Pages for finding, adding, changing and voiding organisations. */
@Controller
@RequestMapping("/organisations")
class OrganisationPages {

  private final Organisations organisations;
  private final Sites sites;
  private final ListExports exports;

  OrganisationPages(Organisations organisations, Sites sites, ListExports exports) {
    this.organisations = organisations;
    this.sites = sites;
    this.exports = exports;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("types", OrganisationType.values());
    model.addAttribute("sideValues", Side.values());
  }

  static final List<ListExports.Column<Organisation>> COLUMNS = List.of(
      ListExports.column("organisation.name", Organisation::name),
      ListExports.column("organisation.type", Organisation::type),
      ListExports.column("organisation.side", Organisation::side),
      ListExports.column("organisation.communities", Organisation::communities),
      ListExports.column("organisation.languages", Organisation::languages));

  @GetMapping
  String list(@RequestParam(required = false) String q, @RequestParam(required = false) Side side,
      @RequestParam(required = false) OrganisationType type, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir, @RequestParam(defaultValue = "0") int page, Model model) {
    Sorting.Sort chosen = Organisations.SORTING.resolve(sort, dir);
    model.addAttribute("q", q);
    model.addAttribute("side", side);
    model.addAttribute("type", type);
    model.addAttribute("links", links(q, side, type, chosen));
    model.addAttribute("results", organisations.search(new Organisations.Query(q, side, type, false), chosen,
        new Page.Request(page, 25)));
    return "organisations/list";
  }

  /** The organisations list as it is filtered and sorted, as CSV or XLSX (audited). */
  @GetMapping("/export")
  ResponseEntity<byte[]> export(@RequestParam(required = false) String q, @RequestParam(required = false) Side side,
      @RequestParam(required = false) OrganisationType type, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir, @RequestParam(defaultValue = "csv") String format) {
    Sorting.Sort chosen = Organisations.SORTING.resolve(sort, dir);
    Organisations.Query query = new Organisations.Query(q, side, type, false);
    return exports.download("organisations", "organisations.title", links(q, side, type, chosen),
        p -> organisations.search(query, chosen, p), COLUMNS, format);
  }

  private static ListLinks links(String q, Side side, OrganisationType type, Sorting.Sort sort) {
    return ListLinks.of("/organisations", Organisations.SORTING, sort, "q", q, "side", side, "type", type);
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
