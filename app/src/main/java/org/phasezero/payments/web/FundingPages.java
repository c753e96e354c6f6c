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

  FundingPages(Budgets budgets, FundingRecords funding, Partnerships partnerships, Organisations organisations,
      Claims claims) {
    this.budgets = budgets;
    this.funding = funding;
    this.partnerships = partnerships;
    this.organisations = organisations;
    this.claims = claims;
  }

  @GetMapping("/budgets")
  String budgets(Model model) {
    model.addAttribute("budgets", budgets.list(null));
    model.addAttribute("mayEdit", claims.mayDecide());
    return "payments/budgets";
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
