package org.phasezero.network.web;

import jakarta.validation.Valid;
import org.phasezero.network.ConsentForm;
import org.phasezero.network.ConsentMethod;
import org.phasezero.network.ConsentPurpose;
import org.phasezero.network.Consents;
import org.phasezero.network.ContactPreference;
import org.phasezero.network.EthnicGroup;
import org.phasezero.network.Organisations;
import org.phasezero.network.People;
import org.phasezero.network.PersonActivity;
import org.phasezero.network.Person;
import org.phasezero.network.PersonForm;
import org.phasezero.network.PersonPicker;
import org.phasezero.network.PersonRole;
import org.phasezero.network.Religion;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.FormErrors;
import org.phasezero.shared.MayEdit;
import java.util.List;
import org.phasezero.network.Membership;
import org.phasezero.network.Side;
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

/** Pages for finding, adding and changing people, their memberships and consents. */
@Controller
@RequestMapping("/people")
class PeoplePages {

  private final People people;
  private final Consents consents;
  private final Organisations organisations;
  /** Sections for a person's page from every capability (ties, meetings attended, claims). */
  private final java.util.List<PersonActivity> activity;
  private final PersonPicker picker;

  private final ListExports exports;

  PeoplePages(People people, Consents consents, Organisations organisations, java.util.List<PersonActivity> activity,
      PersonPicker picker, ListExports exports) {
    this.exports = exports;
    this.people = people;
    this.picker = picker;
    this.consents = consents;
    this.organisations = organisations;
    this.activity = activity;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("roleValues", PersonRole.values());
    model.addAttribute("contactValues", ContactPreference.values());
    model.addAttribute("ethnicValues", EthnicGroup.values());
    model.addAttribute("religionValues", Religion.values());
    model.addAttribute("purposeValues", ConsentPurpose.values());
    model.addAttribute("methodValues", ConsentMethod.values());
  }

  /** A download of the people list: the columns the list shows (never contact or special-category data). */
  static final List<ListExports.Column<Person>> COLUMNS = List.of(
      ListExports.column("person.displayName", Person::displayName),
      ListExports.column("person.roles", Person::roles),
      ListExports.column("person.memberships", p -> p.memberships().stream().map(Membership::organisationName).toList()));

  @GetMapping
  String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long organisationId,
      @RequestParam(required = false) PersonRole role, @RequestParam(required = false) Side side,
      @RequestParam(required = false) ConsentPurpose consent, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir, @RequestParam(defaultValue = "0") int page, Model model) {
    Sorting.Sort chosen = People.SORTING.resolve(sort, dir);
    model.addAttribute("q", q);
    model.addAttribute("organisationId", organisationId);
    model.addAttribute("role", role);
    model.addAttribute("side", side);
    model.addAttribute("consent", consent);
    model.addAttribute("sideValues", Side.values());
    model.addAttribute("mayFilterByConsent", CurrentUser.require().worksWithPeople());
    model.addAttribute("organisationChoices", organisations.choices());
    model.addAttribute("links", links(q, organisationId, role, side, consent, chosen));
    Page<Person> results = people.search(new People.Query(q, organisationId, role, side, consent, false), chosen,
        new Page.Request(page, 25));
    model.addAttribute("results", results);
    model.addAttribute("namesakes", namesakes(results.items()));
    return "people/list";
  }

  /** The ids of people on a page who share their shown name with another on it: the page tells them apart by pseudonym. */
  static java.util.Set<Long> namesakes(List<Person> shown) {
    java.util.Map<String, Long> byName = shown.stream().collect(java.util.stream.Collectors.groupingBy(
        p -> p.displayName().toLowerCase(java.util.Locale.ROOT), java.util.stream.Collectors.counting()));
    return shown.stream().filter(p -> byName.get(p.displayName().toLowerCase(java.util.Locale.ROOT)) > 1)
        .map(Person::id).collect(java.util.stream.Collectors.toSet());
  }

  /** The people list as it is filtered and sorted, every page of it, as CSV or XLSX (audited). */
  @GetMapping("/export")
  ResponseEntity<byte[]> export(@RequestParam(required = false) String q,
      @RequestParam(required = false) Long organisationId, @RequestParam(required = false) PersonRole role,
      @RequestParam(required = false) Side side, @RequestParam(required = false) ConsentPurpose consent,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(defaultValue = "csv") String format) {
    Sorting.Sort chosen = People.SORTING.resolve(sort, dir);
    People.Query query = new People.Query(q, organisationId, role, side, consent, false);
    return exports.download("people", "people.title", links(q, organisationId, role, side, consent, chosen),
        p -> people.search(query, chosen, p), COLUMNS, format);
  }

  private static ListLinks links(String q, Long organisationId, PersonRole role, Side side, ConsentPurpose consent,
      Sorting.Sort sort) {
    return ListLinks.of("/people", People.SORTING, sort, "q", q, "organisationId", organisationId, "role", role,
        "side", side, "consent", consent);
  }

  /**
   * A person picker's matches as the person types (htmx asks; see {@code fragments/person-picker}):
   * the people the user may choose whose words start with what was typed into {@code <field>-find}.
   */
  @GetMapping("/choose")
  String choose(@RequestParam String field, @RequestParam(required = false) Long chosen,
      @RequestParam(required = false) java.util.List<Long> chosenMany, @RequestParam(defaultValue = "false") boolean many,
      jakarta.servlet.http.HttpServletRequest request, Model model) {
    if (!FIELD.matcher(field).matches()) {
      throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
          "A picker's field is a name of letters and digits.");
    }
    String typed = request.getParameter(field + "-find");
    model.addAttribute("pick", many ? picker.pickMany(field, chosenMany, typed) : picker.pick(field, chosen, typed));
    return "people/choose :: answer";
  }

  private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9]{0,39}");

  @GetMapping("/{id}")
  String show(@PathVariable long id, @RequestParam(required = false) String membershipMissing, Model model) {
    Person p = people.get(id);
    model.addAttribute("person", p);
    model.addAttribute("membershipMissing", membershipMissing != null);
    boolean mayEdit = people.mayEdit(p);
    model.addAttribute("mayEdit", mayEdit);
    if (mayEdit) {
      // The organisations they could be added to: not those they already belong to.
      java.util.Set<Long> theirs = p.memberships().stream().map(Membership::organisationId)
          .collect(java.util.stream.Collectors.toSet());
      model.addAttribute("organisationChoices", organisations.choices().stream()
          .filter(o -> !theirs.contains(o.id())).toList());
    }
    model.addAttribute("activity", activity.stream().map(a -> a.about(id)).flatMap(java.util.Optional::stream)
        .sorted(java.util.Comparator.comparingInt(PersonActivity.Section::order)).toList());
    if (mayEdit || (!p.voided() && CurrentUser.require().isCoordinator())) {
      model.addAttribute("consents", consents.forPerson(id));
      model.addAttribute("specialCategoryConsent", consents.stands(id, ConsentPurpose.SPECIAL_CATEGORY_DATA));
    }
    return "people/show";
  }

  @GetMapping("/new")
  String createForm(@RequestParam(required = false) Long organisationId, Model model) {
    people.requireMayCreate();
    PersonForm form = new PersonForm();
    form.setOrganisationId(organisationId);
    return form(model, form, null, false);
  }

  @PostMapping("/new")
  String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult result, Model model) {
    return FormErrors.submit(result, () -> "redirect:/people/" + people.create(form).id() + "?added",
        () -> form(model, form, null, false));
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    Person p = people.get(id);
    MayEdit.require(people.mayEdit(p));
    return form(model, PersonForm.of(p), p, consents.stands(id, ConsentPurpose.SPECIAL_CATEGORY_DATA));
  }

  @PostMapping("/{id}/edit")
  String edit(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult result, Model model) {
    Person p = people.get(id);
    return FormErrors.submit(result, () -> {
      people.update(id, form);
      return "redirect:/people/" + id + "?saved";
    }, () -> form(model, form, p, consents.stands(id, ConsentPurpose.SPECIAL_CATEGORY_DATA)));
  }

  @GetMapping("/{id}/void")
  String voidForm(@PathVariable long id, Model model) {
    Person p = people.get(id);
    MayEdit.require(people.mayEdit(p));
    return VoidPage.show(model, p.displayName(), "/people/" + id, new VoidRequest());
  }

  @PostMapping("/{id}/void")
  String voidRecord(@PathVariable long id, @Valid @ModelAttribute("form") VoidRequest form, BindingResult result,
      Model model) {
    Person p = people.get(id);
    MayEdit.require(people.mayEdit(p));
    if (result.hasErrors()) {
      return VoidPage.show(model, p.displayName(), "/people/" + id, form);
    }
    people.voidRecord(id, form.getReason());
    return "redirect:/people/" + id + "?voided";
  }

  @GetMapping("/{id}/erase")
  String eraseForm(@PathVariable long id, Model model) {
    people.requireMayErase();
    return VoidPage.showErase(model, people.get(id).displayName(), "/people/" + id, new VoidRequest());
  }

  @PostMapping("/{id}/erase")
  String erase(@PathVariable long id, @Valid @ModelAttribute("form") VoidRequest form, BindingResult result,
      Model model) {
    people.requireMayErase();
    Person p = people.get(id);
    if (result.hasErrors()) {
      return VoidPage.showErase(model, p.displayName(), "/people/" + id, form);
    }
    people.erase(id, form.getReason());
    return "redirect:/people/" + id + "?erased";
  }

  @GetMapping("/{id}/consents/new")
  String consentForm(@PathVariable long id, Model model) {
    model.addAttribute("person", people.get(id));
    consents.requireMayRecord(id);
    model.addAttribute("form", new ConsentForm());
    return "people/consent";
  }

  @PostMapping("/{id}/consents/new")
  String recordConsent(@PathVariable long id, @Valid @ModelAttribute("form") ConsentForm form, BindingResult result,
      Model model) {
    model.addAttribute("person", people.get(id));
    return FormErrors.submit(result, () -> {
      consents.record(id, form);
      return "redirect:/people/" + id + "?saved#consents";
    }, () -> "people/consent");
  }

  @PostMapping("/{id}/consents/{consentId}/withdraw")
  String withdrawConsent(@PathVariable long id, @PathVariable long consentId) {
    if (consents.get(consentId).personId() != id) {
      throw new org.phasezero.shared.NotFound("consent", consentId);
    }
    consents.withdraw(consentId, null, null);
    return "redirect:/people/" + id + "?saved#consents";
  }

  @PostMapping("/{id}/consents/{consentId}/confirm")
  String confirmConsent(@PathVariable long id, @PathVariable long consentId) {
    if (consents.get(consentId).personId() != id) {
      throw new org.phasezero.shared.NotFound("consent", consentId);
    }
    consents.confirm(consentId);
    return "redirect:/people/" + id + "?saved#consents";
  }

  @PostMapping("/{id}/memberships")
  String addMembership(@PathVariable long id, @RequestParam(required = false) Long organisationId,
      @RequestParam(required = false) String roleInOrganisation, Model model) {
    if (organisationId == null) {
      return "redirect:/people/" + id + "?membershipMissing#add-membership";
    }
    people.addMembership(id, organisationId, roleInOrganisation, java.time.LocalDate.now());
    return "redirect:/people/" + id + "?saved";
  }

  private String form(Model model, PersonForm form, Person person, boolean specialCategoryConsent) {
    model.addAttribute("form", form);
    model.addAttribute("person", person);
    model.addAttribute("specialCategoryConsent", specialCategoryConsent);
    model.addAttribute("organisationChoices", organisations.choices());
    return "people/form";
  }
}
