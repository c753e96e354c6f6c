package org.phasezero.value.web.accounts;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.payments.Activity;
import org.phasezero.payments.RateUnit;
import org.phasezero.payments.Rates;
import org.phasezero.shared.Choice;
import org.phasezero.shared.FormErrors;
import org.phasezero.shared.MayEdit;
import org.phasezero.shared.VoidPage;
import org.phasezero.shared.VoidRequest;
import org.phasezero.value.AccountInputs;
import org.phasezero.value.OtherInputForm;
import org.phasezero.value.ProxyOrigin;
import org.phasezero.value.SroiAccount;
import org.phasezero.value.SroiAccountForm;
import org.phasezero.value.SroiAccounts;
import org.phasezero.value.SroiFigures;
import org.phasezero.value.SroiOutcome;
import org.phasezero.value.SroiOutcomeForm;
import org.phasezero.value.SroiResults;
import org.phasezero.value.WellbeingMeasures;
import org.phasezero.value.game.Cohort;
import org.phasezero.value.game.ValueGames;
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
 * SROI account pages: the list, an account with its inputs from the ledger, outcomes, result,
 * sensitivity and simulation, and the forms that build it.
 */
@Controller
@RequestMapping("/value/accounts")
class SroiAccountPages {

  private static final String BASE = "/value/accounts/";

  private final SroiAccounts accounts;
  private final SroiResults results;
  private final Partnerships partnerships;
  private final Rates rates;
  private final WellbeingMeasures measures;
  private final ValueGames games;

  SroiAccountPages(SroiAccounts accounts, SroiResults results, Partnerships partnerships, Rates rates,
      WellbeingMeasures measures, ValueGames games) {
    this.measures = measures;
    this.games = games;
    this.accounts = accounts;
    this.results = results;
    this.partnerships = partnerships;
    this.rates = rates;
  }

  @GetMapping
  String list(@RequestParam(required = false) Long partnershipId, Model model) {
    model.addAttribute("accounts", accounts.list(partnershipId, false));
    model.addAttribute("partnershipId", partnershipId);
    model.addAttribute("partnerships", partnerships.all());
    model.addAttribute("mayCreate", org.phasezero.value.internal.ValueAccess.mayBuild());
    return "value/accounts";
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    SroiAccount a = accounts.get(id);
    AccountInputs inputs = results.inputs(a);
    List<SroiOutcome> outcomes = accounts.outcomes(id);
    SroiFigures figures = results.figures(a, inputs, outcomes);
    model.addAttribute("account", a);
    model.addAttribute("inputs", inputs);
    model.addAttribute("others", accounts.otherInputs(id));
    model.addAttribute("outcomes", outcomes);
    model.addAttribute("figures", figures);
    model.addAttribute("charts", figures.histogram() == null ? null
        : HistogramChart.of(figures.histogram(), figures.ratio()));
    model.addAttribute("mayEdit", accounts.mayEdit(a));
    model.addAttribute("flagged", outcomes.stream().anyMatch(o -> o.proxyOrigin() != ProxyOrigin.ENTERED));
    return "value/account";
  }

  @GetMapping("/new")
  String createForm(@RequestParam(required = false) Long partnershipId, Model model) {
    accounts.requireMayCreate();
    SroiAccountForm form = new SroiAccountForm();
    form.setPartnershipId(partnershipId == null ? null : partnerships.get(partnershipId).id());
    LocalDate today = LocalDate.now();
    form.setPeriodFrom(today.minusYears(1).plusDays(1));
    form.setPeriodTo(today);
    // In-kind time is valued at the network's own hourly involvement rate, when it has one.
    rates.validOn(Activity.MEETING, RateUnit.HOUR, today).ifPresent(r -> form.setHourRate(r.amount()));
    return form(model, null, form);
  }

  @PostMapping("/new")
  String create(@Valid @ModelAttribute("form") SroiAccountForm form, BindingResult result, Model model) {
    accounts.requireMayCreate();
    return FormErrors.submit(result, () -> "redirect:" + BASE + accounts.create(form).id() + "?added",
        () -> form(model, null, form));
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    SroiAccount a = accounts.get(id);
    MayEdit.require(accounts.mayEdit(a));
    return form(model, a, SroiAccountForm.of(a));
  }

  @PostMapping("/{id}/edit")
  String edit(@PathVariable long id, @Valid @ModelAttribute("form") SroiAccountForm form, BindingResult result,
      Model model) {
    SroiAccount a = accounts.get(id);
    MayEdit.require(accounts.mayEdit(a));
    return FormErrors.submit(result, () -> {
      accounts.update(id, form);
      return "redirect:" + BASE + id + "?saved";
    }, () -> form(model, a, form));
  }

  private String form(Model model, SroiAccount account, SroiAccountForm form) {
    model.addAttribute("account", account);
    model.addAttribute("partnershipChoices", partnerships.all().stream().filter(p -> !p.voided())
        .map(p -> new Choice(p.id(), p.name())).toList());
    model.addAttribute("mayChooseNetwork", org.phasezero.value.internal.ValueAccess.mayReadNetwork());
    model.addAttribute("form", form);
    return "value/account-form";
  }

  @GetMapping("/{id}/void")
  String voidForm(@PathVariable long id, Model model) {
    SroiAccount a = accounts.get(id);
    MayEdit.require(accounts.mayEdit(a));
    return VoidPage.show(model, a.title(), BASE + id, new VoidRequest(null));
  }

  @PostMapping("/{id}/void")
  String voidRecord(@PathVariable long id, @Valid @ModelAttribute("form") VoidRequest form, BindingResult result,
      Model model) {
    SroiAccount a = accounts.get(id);
    MayEdit.require(accounts.mayEdit(a));
    return VoidPage.submit(model, a.title(), BASE + id, form, result, reason -> accounts.voidRecord(id, reason),
        "redirect:" + BASE + id + "?voided");
  }

  // Outcomes

  /** A new outcome; from a value game's result, its proxy comes prefilled with the cohort's value. */
  @GetMapping("/{id}/outcomes/new")
  String outcomeForm(@PathVariable long id, @RequestParam(required = false) Long gameOutcome,
      @RequestParam(required = false) Cohort cohort, @RequestParam(required = false) Integer round, Model model) {
    SroiAccount a = accounts.get(id);
    MayEdit.require(accounts.mayEdit(a));
    SroiOutcomeForm form = gameOutcome == null ? new SroiOutcomeForm()
        : games.proxyFrom(gameOutcome, cohort == null ? Cohort.EVERYONE : cohort, round);
    if (form.getProxyYear() == null) {
      form.setProxyYear(a.periodTo().getYear());
    }
    return outcomeForm(model, a, null, form);
  }

  @PostMapping("/{id}/outcomes/new")
  String addOutcome(@PathVariable long id, @Valid @ModelAttribute("form") SroiOutcomeForm form,
      BindingResult result, Model model) {
    SroiAccount a = accounts.get(id);
    MayEdit.require(accounts.mayEdit(a));
    return FormErrors.submit(result, () -> {
      accounts.addOutcome(id, form);
      return "redirect:" + BASE + id + "?added#outcomes";
    }, () -> outcomeForm(model, a, null, form));
  }

  @GetMapping("/{id}/outcomes/{outcomeId}")
  String changeOutcomeForm(@PathVariable long id, @PathVariable long outcomeId, Model model) {
    SroiAccount a = accounts.get(id);
    MayEdit.require(accounts.mayEdit(a));
    SroiOutcome o = accounts.outcome(id, outcomeId);
    return outcomeForm(model, a, o, SroiOutcomeForm.of(o));
  }

  @PostMapping("/{id}/outcomes/{outcomeId}")
  String changeOutcome(@PathVariable long id, @PathVariable long outcomeId,
      @Valid @ModelAttribute("form") SroiOutcomeForm form, BindingResult result, Model model) {
    SroiAccount a = accounts.get(id);
    MayEdit.require(accounts.mayEdit(a));
    SroiOutcome o = accounts.outcome(id, outcomeId);
    return FormErrors.submit(result, () -> {
      accounts.updateOutcome(id, outcomeId, form);
      return "redirect:" + BASE + id + "?saved#outcomes";
    }, () -> outcomeForm(model, a, o, form));
  }

  @PostMapping("/{id}/outcomes/{outcomeId}/remove")
  String removeOutcome(@PathVariable long id, @PathVariable long outcomeId) {
    SroiAccount a = accounts.get(id);
    MayEdit.require(accounts.mayEdit(a));
    accounts.removeOutcome(id, outcomeId);
    return "redirect:" + BASE + id + "?removed#outcomes";
  }

  private String outcomeForm(Model model, SroiAccount account, SroiOutcome outcome, SroiOutcomeForm form) {
    model.addAttribute("account", account);
    model.addAttribute("outcome", outcome);
    model.addAttribute("originValues", ProxyOrigin.values());
    model.addAttribute("measureChoices", account.partnershipId() == null ? List.of()
        : measures.list(account.partnershipId()).stream().map(m -> new Choice(m.id(), m.title())).toList());
    model.addAttribute("stakeholders", accounts.outcomes(account.id()).stream().map(SroiOutcome::stakeholder)
        .distinct().toList());
    model.addAttribute("form", form);
    return "value/outcome-form";
  }

  // Inputs entered by hand

  @GetMapping("/{id}/inputs/new")
  String inputForm(@PathVariable long id, Model model) {
    SroiAccount a = accounts.get(id);
    MayEdit.require(accounts.mayEdit(a));
    return inputForm(model, a, new OtherInputForm());
  }

  @PostMapping("/{id}/inputs/new")
  String addInput(@PathVariable long id, @Valid @ModelAttribute("form") OtherInputForm form, BindingResult result,
      Model model) {
    SroiAccount a = accounts.get(id);
    MayEdit.require(accounts.mayEdit(a));
    return FormErrors.submit(result, () -> {
      accounts.addInput(id, form);
      return "redirect:" + BASE + id + "?added#inputs";
    }, () -> inputForm(model, a, form));
  }

  @PostMapping("/{id}/inputs/{inputId}/remove")
  String removeInput(@PathVariable long id, @PathVariable long inputId) {
    SroiAccount a = accounts.get(id);
    MayEdit.require(accounts.mayEdit(a));
    accounts.removeInput(id, inputId);
    return "redirect:" + BASE + id + "?removed#inputs";
  }

  private String inputForm(Model model, SroiAccount account, OtherInputForm form) {
    model.addAttribute("account", account);
    model.addAttribute("form", form);
    return "value/input-form";
  }
}
