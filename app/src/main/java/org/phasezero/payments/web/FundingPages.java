package org.phasezero.payments.web;

import org.phasezero.shared.FormErrors;
import jakarta.validation.Valid;
import org.phasezero.network.Organisations;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.payments.BudgetForm;
import org.phasezero.payments.Budgets;
import org.phasezero.payments.Claims;
import org.phasezero.payments.FundingForm;
import org.phasezero.payments.FundingRecords;
import org.phasezero.shared.Forbidden;
import java.util.List;
import org.phasezero.payments.Budget;
import org.phasezero.shared.ListExports;
import org.phasezero.shared.ListLinks;
import org.phasezero.shared.Page;
import org.phasezero.shared.Sorting;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Budgets with spend against them, and funding with its independence figure. */
@Controller
@RequestMapping("/payments")
class FundingPages {

  private final Budgets budgets;
  private final FundingRecords funding;
  private final Partnerships partnerships;
  private final Organisations organisations;
  private final Claims claims;
  private final ListExports exports;

  FundingPages(Budgets budgets, FundingRecords funding, Partnerships partnerships, Organisations organisations,
      Claims claims, ListExports exports) {
    this.exports = exports;
    this.budgets = budgets;
    this.funding = funding;
    this.partnerships = partnerships;
    this.organisations = organisations;
    this.claims = claims;
  }

  static final List<ListExports.Column<Budget>> BUDGET_COLUMNS = List.of(
      ListExports.column("budget.partnership", Budget::partnershipName),
      ListExports.column("budget.funder", Budget::funderName),
      ListExports.column("budget.periodFrom", Budget::periodFrom),
      ListExports.column("budget.periodTo", Budget::periodTo),
      ListExports.column("budget.amount", Budget::amount),
      ListExports.column("budget.spent", Budget::spent),
      ListExports.column("budget.remaining", Budget::remaining),
      ListExports.column("budget.description", Budget::description));

  @GetMapping("/budgets")
  String budgets(@RequestParam(required = false) Long partnershipId, @RequestParam(required = false) Long funderId,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(defaultValue = "0") int page, Model model) {
    Sorting.Sort chosen = Budgets.SORTING.resolve(sort, dir);
    var results = budgets.search(partnershipId, funderId, chosen, new Page.Request(page, 25));
    model.addAttribute("results", results);
    model.addAttribute("partnershipId", partnershipId);
    model.addAttribute("funderId", funderId);
    model.addAttribute("partnershipChoices", Choices.partnerships(partnerships));
    model.addAttribute("funderChoices", Choices.organisations(organisations));
    model.addAttribute("links", budgetLinks(partnershipId, funderId, chosen));
    model.addAttribute("mayEdit", claims.mayDecide());
    return "payments/budgets";
  }

  /** The budgets list as it is filtered and sorted, as CSV or XLSX (audited). */
  @GetMapping("/budgets/export")
  ResponseEntity<byte[]> exportBudgets(@RequestParam(required = false) Long partnershipId,
      @RequestParam(required = false) Long funderId, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir, @RequestParam(defaultValue = "csv") String format) {
    Sorting.Sort chosen = Budgets.SORTING.resolve(sort, dir);
    return exports.download("budgets", "budgets.title", budgetLinks(partnershipId, funderId, chosen),
        p -> budgets.search(partnershipId, funderId, chosen, p), BUDGET_COLUMNS, format);
  }

  private static ListLinks budgetLinks(Long partnershipId, Long funderId, Sorting.Sort sort) {
    return ListLinks.of("/payments/budgets", Budgets.SORTING, sort, "partnershipId", partnershipId,
        "funderId", funderId);
  }

  @GetMapping("/budgets/new")
  String budgetForm(@RequestParam(required = false) Long partnershipId, Model model) {
    requireCoordinator();
    BudgetForm form = new BudgetForm();
    form.setPartnershipId(partnershipId);
    return budgetPage(form, model);
  }

  @PostMapping("/budgets/new")
  String createBudget(@Valid @ModelAttribute("form") BudgetForm form, BindingResult result, Model model) {
    return FormErrors.submit(result, () -> {
      budgets.create(form);
      return "redirect:/payments/budgets?added";
    }, () -> budgetPage(form, model));
  }

  private String budgetPage(BudgetForm form, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("partnershipChoices", Choices.partnerships(partnerships));
    model.addAttribute("funders", Choices.organisations(organisations));
    return "payments/budget-form";
  }

  @GetMapping("/funding")
  String funding(Model model) {
    model.addAttribute("funding", funding.list(null));
    model.addAttribute("independence", funding.independence());
    model.addAttribute("mayEdit", claims.mayDecide());
    return "payments/funding";
  }

  @GetMapping("/funding/new")
  String fundingForm(@RequestParam(required = false) Long partnershipId, Model model) {
    requireCoordinator();
    FundingForm form = new FundingForm();
    form.setPartnershipId(partnershipId);
    return fundingPage(form, model);
  }

  @PostMapping("/funding/new")
  String createFunding(@Valid @ModelAttribute("form") FundingForm form, BindingResult result, Model model) {
    return FormErrors.submit(result, () -> {
      funding.create(form);
      return "redirect:/payments/funding?added";
    }, () -> fundingPage(form, model));
  }

  private String fundingPage(FundingForm form, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("partnershipChoices", Choices.partnerships(partnerships));
    model.addAttribute("funders", Choices.organisations(organisations));
    return "payments/funding-form";
  }

  private void requireCoordinator() {
    if (!claims.mayDecide()) {
      throw new Forbidden("Only a coordinator can record budgets and funding.");
    }
  }
}
