package org.phasezero.value.web.wellbeing;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.phasezero.analysis.wellbeing.WellbeingScale;
import org.phasezero.network.PersonPicker;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.Choice;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.FormErrors;
import org.phasezero.shared.MayEdit;
import org.phasezero.shared.VoidPage;
import org.phasezero.shared.VoidRequest;
import org.phasezero.value.ResponseMode;
import org.phasezero.value.WellbeingAnswersForm;
import org.phasezero.value.WellbeingChanges;
import org.phasezero.value.WellbeingMeasure;
import org.phasezero.value.WellbeingMeasureForm;
import org.phasezero.value.WellbeingMeasures;
import org.phasezero.value.WellbeingWordingForm;
import org.phasezero.value.WellbeingWordings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Wellbeing outcome pages: measures and their change, answers entered by a facilitator or from
 * paper, one-time links, the scales' wording, and the questionnaire a person answers on their
 * own phone through a link (no account, no JavaScript needed).
 */
@Controller
class WellbeingPages {

  private static final String BASE = "/value/wellbeing/";

  private final WellbeingMeasures measures;
  private final WellbeingChanges changes;
  private final WellbeingWordings wordings;
  private final Partnerships partnerships;
  private final PersonPicker picker;
  private final org.phasezero.shared.Reasons reasons;

  WellbeingPages(WellbeingMeasures measures, WellbeingChanges changes, WellbeingWordings wordings,
      Partnerships partnerships, PersonPicker picker, org.phasezero.shared.Reasons reasons) {
    this.reasons = reasons;
    this.measures = measures;
    this.changes = changes;
    this.wordings = wordings;
    this.partnerships = partnerships;
    this.picker = picker;
  }

  @GetMapping("/value/wellbeing")
  String list(@RequestParam(required = false) Long partnershipId, Model model) {
    model.addAttribute("measures", measures.list(partnershipId));
    model.addAttribute("mayCreate", CurrentUser.require().worksWithPeople());
    model.addAttribute("mayWord", CurrentUser.require().isCoordinator());
    model.addAttribute("scales", WellbeingScale.values());
    return "value/wellbeing/list";
  }

  @GetMapping(BASE + "{id}")
  String show(@PathVariable long id, @RequestParam(required = false) Integer followUp, Model model) {
    WellbeingMeasure m = measures.get(id);
    model.addAttribute("summary", changes.summary(id, followUp));
    model.addAttribute("measure", m);
    model.addAttribute("mayRecord", measures.mayRecord(m));
    model.addAttribute("worded", wordings.forQuestionnaire(m.scale(), "en").isPresent());
    return "value/wellbeing/show";
  }

  @GetMapping(BASE + "new")
  String createForm(@RequestParam(required = false) Long partnershipId, Model model) {
    measures.requireMayCreate();
    WellbeingMeasureForm form = new WellbeingMeasureForm();
    form.setPartnershipId(partnershipId);
    return form(model, form);
  }

  @PostMapping(BASE + "new")
  String create(@Valid @ModelAttribute("form") WellbeingMeasureForm form, BindingResult result, Model model) {
    measures.requireMayCreate();
    return FormErrors.submit(result, () -> "redirect:" + BASE + measures.create(form).id() + "?added",
        () -> form(model, form));
  }

  private String form(Model model, WellbeingMeasureForm form) {
    model.addAttribute("partnershipChoices", partnerships.all().stream().filter(p -> !p.voided())
        .filter(partnerships::mayContribute).map(p -> new Choice(p.id(), p.name())).toList());
    model.addAttribute("scales", WellbeingScale.values());
    model.addAttribute("form", form);
    return "value/wellbeing/form";
  }

  @GetMapping(BASE + "{id}/void")
  String voidForm(@PathVariable long id, Model model) {
    WellbeingMeasure m = measures.get(id);
    MayEdit.require(measures.mayRecord(m));
    return VoidPage.show(model, m.title(), BASE + id, new VoidRequest(null));
  }

  @PostMapping(BASE + "{id}/void")
  String voidRecord(@PathVariable long id, @Valid @ModelAttribute("form") VoidRequest form, BindingResult result,
      Model model) {
    WellbeingMeasure m = measures.get(id);
    MayEdit.require(measures.mayRecord(m));
    return VoidPage.submit(model, m.title(), BASE + id, form, result, reason -> measures.voidRecord(id, reason),
        "redirect:" + BASE + id + "?voided");
  }

  // Answers entered by a facilitator or from paper

  @GetMapping(BASE + "{id}/answers")
  String answersForm(@PathVariable long id, @RequestParam(required = false) Integer timePoint, Model model) {
    WellbeingMeasure m = measures.get(id);
    MayEdit.require(measures.mayRecord(m));
    WellbeingAnswersForm form = new WellbeingAnswersForm();
    form.setTimePoint(timePoint == null ? 0 : timePoint);
    return answersForm(model, m, form);
  }

  @PostMapping(BASE + "{id}/answers")
  String answers(@PathVariable long id, @Valid @ModelAttribute("form") WellbeingAnswersForm form,
      BindingResult result, Model model) {
    WellbeingMeasure m = measures.get(id);
    MayEdit.require(measures.mayRecord(m));
    if (PersonPicker.searching()) {
      return PersonPicker.searchStep(model, result, () -> answersForm(model, m, form));
    }
    return FormErrors.submit(result, () -> {
      measures.record(id, form);
      return "redirect:" + BASE + id + "?added";
    }, () -> answersForm(model, m, form));
  }

  private String answersForm(Model model, WellbeingMeasure m, WellbeingAnswersForm form) {
    model.addAttribute("measure", m);
    model.addAttribute("wording", wordings.forQuestionnaire(m.scale(), form.getLanguage()).orElse(null));
    model.addAttribute("picks", picker.onThisRequest().field("personId", form.getPersonId()));
    model.addAttribute("modes", List.of(ResponseMode.FACILITATED, ResponseMode.PAPER));
    model.addAttribute("timePoints", List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
    model.addAttribute("form", form);
    return "value/wellbeing/answers";
  }

  // One-time links

  @GetMapping(BASE + "{id}/links/new")
  String linkForm(@PathVariable long id, Model model) {
    WellbeingMeasure m = measures.get(id);
    MayEdit.require(measures.mayRecord(m));
    return linkForm(model, m, new LinkForm());
  }

  @PostMapping(BASE + "{id}/links/new")
  String makeLink(@PathVariable long id, @ModelAttribute("form") LinkForm form, BindingResult result, Model model) {
    WellbeingMeasure m = measures.get(id);
    MayEdit.require(measures.mayRecord(m));
    if (PersonPicker.searching()) {
      return PersonPicker.searchStep(model, result, () -> linkForm(model, m, form));
    }
    if (form.getPersonId() == null) {
      result.rejectValue("personId", "required", "Choose who the link is for.");
      return linkForm(model, m, form);
    }
    try {
      WellbeingMeasures.Link link = measures.makeLink(id, form.getPersonId(), form.getTimePoint(), form.getLanguage());
      model.addAttribute("measure", m);
      model.addAttribute("link", link);
      model.addAttribute("address", UriComponentsBuilder.fromUriString(
          org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().toUriString())
          .path(link.path()).toUriString());
      return "value/wellbeing/link";
    } catch (Conflict e) {
      FormErrors.reject(result, e);
      return linkForm(model, m, form);
    }
  }

  private String linkForm(Model model, WellbeingMeasure m, LinkForm form) {
    model.addAttribute("measure", m);
    model.addAttribute("picks", picker.onThisRequest().field("personId", form.getPersonId()));
    model.addAttribute("timePoints", List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
    model.addAttribute("wordingLanguages", WellbeingWordings.LANGUAGES);
    model.addAttribute("form", form);
    return "value/wellbeing/link-form";
  }

  /** Who a link is for, at which time point, in which language. */
  public static class LinkForm {
    private Long personId;
    private int timePoint;
    private String language = "en";

    public Long getPersonId() { return personId; }
    public void setPersonId(Long v) { personId = v; }
    public int getTimePoint() { return timePoint; }
    public void setTimePoint(int v) { timePoint = v; }
    public String getLanguage() { return language; }
    public void setLanguage(String v) { language = v; }
  }

  // The scales' wording

  @GetMapping("/value/wellbeing/wording")
  String wordingForm(@RequestParam(defaultValue = "SWEMWBS") WellbeingScale scale,
      @RequestParam(defaultValue = "en") String language, Model model) {
    requireCoordinator();
    WellbeingWordingForm form = wordings.get(scale, language).map(WellbeingWordingForm::of)
        .orElseGet(WellbeingWordingForm::new);
    return wordingForm(model, scale, language, form);
  }

  @PostMapping("/value/wellbeing/wording")
  String saveWording(@RequestParam WellbeingScale scale, @RequestParam String language,
      @Valid @ModelAttribute("form") WellbeingWordingForm form, BindingResult result, Model model) {
    requireCoordinator();
    return FormErrors.submit(result, () -> {
      wordings.save(scale, language, form);
      return "redirect:/value/wellbeing/wording?scale=" + scale + "&language=" + language + "&saved";
    }, () -> wordingForm(model, scale, language, form));
  }

  private String wordingForm(Model model, WellbeingScale scale, String language, WellbeingWordingForm form) {
    if (!WellbeingWordings.LANGUAGES.contains(language)) {
      throw new org.phasezero.shared.NotFound("wording language", language);
    }
    model.addAttribute("scale", scale);
    model.addAttribute("wordingLanguage", language);
    model.addAttribute("scales", WellbeingScale.values());
    model.addAttribute("wordingLanguages", WellbeingWordings.LANGUAGES);
    model.addAttribute("form", form);
    return "value/wellbeing/wording";
  }

  private static void requireCoordinator() {
    if (!CurrentUser.require().isCoordinator()) {
      throw new org.phasezero.shared.Forbidden("Only a coordinator enters a questionnaire's wording.");
    }
  }

  // The person, through their link

  @GetMapping("/wellbeing/{token}")
  String questionnaire(@PathVariable String token, Model model, HttpServletResponse response) {
    WellbeingMeasures.Questionnaire q = measures.open(token);
    model.addAttribute("q", q);
    model.addAttribute("token", token);
    if (q.expired() && !q.answered()) {
      response.setStatus(410);
      return "value/wellbeing/closed";
    }
    return "value/wellbeing/questionnaire";
  }

  @PostMapping("/wellbeing/{token}")
  String answer(@PathVariable String token, @RequestParam Map<String, String> form, Model model,
      HttpServletResponse response) {
    WellbeingMeasures.Questionnaire q = measures.open(token);
    java.util.List<Integer> items = new java.util.ArrayList<>();
    for (int i = 0; i < q.scale().items(); i++) {
      String v = form.get("item" + i);
      items.add(v != null && v.matches("[1-5]") ? Integer.valueOf(v) : null);
    }
    try {
      measures.answer(token, items);
    } catch (Conflict e) {
      model.addAttribute("answerError", reasons.of(e));
      model.addAttribute("given", items);
      response.setStatus(409);
      model.addAttribute("q", q);
      model.addAttribute("token", token);
      return "value/wellbeing/questionnaire";
    }
    return "redirect:/wellbeing/" + token + "?thanks";
  }
}
