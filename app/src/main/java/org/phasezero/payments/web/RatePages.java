package org.phasezero.payments.web;

import jakarta.validation.Valid;
import org.phasezero.payments.Activity;
import org.phasezero.payments.Claims;
import org.phasezero.payments.RateForm;
import org.phasezero.payments.RateUnit;
import org.phasezero.payments.Rates;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.FormErrors;
import org.phasezero.shared.MayEdit;
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

/** The rate card: everyone reads it; the coordinator adds and voids rates. */
@Controller
@RequestMapping("/payments/rates")
class RatePages {

  private final Rates rates;
  private final Claims claims;

  RatePages(Rates rates, Claims claims) {
    this.rates = rates;
    this.claims = claims;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("activities", Activity.values());
    model.addAttribute("units", RateUnit.values());
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("rates", rates.all(false));
    model.addAttribute("mayEdit", claims.mayDecide());
    return "payments/rates";
  }

  @GetMapping("/new")
  String createForm(Model model) {
    if (!claims.mayDecide()) {
      throw new Forbidden("Only a coordinator can set payment rates.");
    }
    model.addAttribute("form", new RateForm());
    return "payments/rate-form";
  }

  @PostMapping("/new")
  String create(@Valid @ModelAttribute("form") RateForm form, BindingResult result) {
    if (result.hasErrors()) {
      return "payments/rate-form";
    }
    try {
      rates.create(form);
      return "redirect:/payments/rates?added";
    } catch (Conflict e) {
      FormErrors.reject(result, e);
      return "payments/rate-form";
    }
  }

  @GetMapping("/{id}/void")
  String voidForm(@PathVariable long id, Model model) {
    rates.get(id);
    // The form is refused to those who could not void the rate, rather than shown to fail on submit.
    MayEdit.require(claims.mayDecide());
    return VoidPage.show(model, "rate " + id, "/payments/rates/" + id, new VoidRequest(null));
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id) {
    rates.get(id);
    return "redirect:/payments/rates";
  }

  @PostMapping("/{id}/void")
  String voidRecord(@PathVariable long id, @Valid @ModelAttribute("form") VoidRequest form, BindingResult result,
      Model model) {
    MayEdit.require(claims.mayDecide());
    if (result.hasErrors()) {
      return VoidPage.show(model, "rate " + id, "/payments/rates/" + id, form);
    }
    rates.voidRecord(id, form.getReason());
    return "redirect:/payments/rates?voided";
  }
}
