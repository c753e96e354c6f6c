package org.phasezero.network.web;

import jakarta.validation.Valid;
import org.phasezero.network.Organisations;
import org.phasezero.network.Site;
import org.phasezero.network.SiteForm;
import org.phasezero.network.Sites;
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

/** Pages for venues. */
@Controller
@RequestMapping("/sites")
class SitePages {

  private final Sites sites;
  private final Organisations organisations;
  private final ListExports exports;

  SitePages(Sites sites, Organisations organisations, ListExports exports) {
    this.exports = exports;
    this.sites = sites;
    this.organisations = organisations;
  }

  static final List<ListExports.Column<Site>> COLUMNS = List.of(
      ListExports.column("site.name", Site::name),
      ListExports.column("site.organisation", Site::organisationName),
      ListExports.column("site.address", Site::address),
      ListExports.column("site.postcode", Site::postcode),
      ListExports.column("site.accessibilityNotes", Site::accessibilityNotes));

  @GetMapping
  String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long organisationId,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(defaultValue = "0") int page, Model model) {
    Sorting.Sort chosen = Sites.SORTING.resolve(sort, dir);
    model.addAttribute("q", q);
    model.addAttribute("organisationId", organisationId);
    model.addAttribute("organisationChoices", organisations.choices());
    model.addAttribute("links", links(q, organisationId, chosen));
    model.addAttribute("results", sites.search(q, organisationId, false, chosen, new Page.Request(page, 25)));
    return "sites/list";
  }

  /** The sites list as it is filtered and sorted, as CSV or XLSX (audited). */
  @GetMapping("/export")
  ResponseEntity<byte[]> export(@RequestParam(required = false) String q, @RequestParam(required = false) Long organisationId,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(defaultValue = "csv") String format) {
    Sorting.Sort chosen = Sites.SORTING.resolve(sort, dir);
    return exports.download("sites", "sites.title", links(q, organisationId, chosen),
        p -> sites.search(q, organisationId, false, chosen, p), COLUMNS, format);
  }

  private static ListLinks links(String q, Long organisationId, Sorting.Sort sort) {
    return ListLinks.of("/sites", Sites.SORTING, sort, "q", q, "organisationId", organisationId);
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    Site s = sites.get(id);
    model.addAttribute("site", s);
    model.addAttribute("mayEdit", sites.mayEdit(s));
    return "sites/show";
  }

  @GetMapping("/new")
  String createForm(@RequestParam(required = false) Long organisationId, Model model) {
    sites.requireMayCreate();
    SiteForm form = new SiteForm();
    form.setOrganisationId(organisationId);
    return form(model, form, null);
  }

  @PostMapping("/new")
  String create(@Valid @ModelAttribute("form") SiteForm form, BindingResult result, Model model) {
    return FormErrors.submit(result, () -> "redirect:/sites/" + sites.create(form).id() + "?added",
        () -> form(model, form, null));
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    Site s = sites.get(id);
    MayEdit.require(sites.mayEdit(s));
    return form(model, SiteForm.of(s), s);
  }

  @PostMapping("/{id}/edit")
  String edit(@PathVariable long id, @Valid @ModelAttribute("form") SiteForm form, BindingResult result, Model model) {
    Site s = sites.get(id);
    return FormErrors.submit(result, () -> {
      sites.update(id, form);
      return "redirect:/sites/" + id + "?saved";
    }, () -> form(model, form, s));
  }

  @GetMapping("/{id}/void")
  String voidForm(@PathVariable long id, Model model) {
    Site s = sites.get(id);
    MayEdit.require(sites.mayEdit(s));
    return VoidPage.show(model, s.name(), "/sites/" + id, new VoidRequest());
  }

  @PostMapping("/{id}/void")
  String voidRecord(@PathVariable long id, @Valid @ModelAttribute("form") VoidRequest form, BindingResult result,
      Model model) {
    Site s = sites.get(id);
    MayEdit.require(sites.mayEdit(s));
    if (result.hasErrors()) {
      return VoidPage.show(model, s.name(), "/sites/" + id, form);
    }
    sites.voidRecord(id, form.getReason());
    return "redirect:/sites/" + id + "?voided";
  }

  private String form(Model model, SiteForm form, Site site) {
    model.addAttribute("form", form);
    model.addAttribute("site", site);
    model.addAttribute("organisationChoices", organisations.choices().stream().filter(organisations::mayEdit).toList());
    return "sites/form";
  }
}
