package org.phasezero.payments.web;

import org.phasezero.shared.VoidPage;
import org.phasezero.shared.FormErrors;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.phasezero.payments.Claim;
import org.phasezero.payments.ClaimDecisions;
import org.phasezero.payments.Claims;
import org.phasezero.payments.DeclineForm;
import org.phasezero.payments.DeclineReason;
import org.phasezero.payments.PaymentForm;
import org.phasezero.payments.PaymentMethod;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.VoidRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Approving, paying, declining and voiding a claim from its page. */
@Controller
@RequestMapping("/payments/claims/{id}")
class ClaimDecisionPages {

  private final Claims claims;
  private final ClaimDecisions decisions;
  private final Clock clock;

  ClaimDecisionPages(Claims claims, ClaimDecisions decisions, Clock clock) {
    this.claims = claims;
    this.decisions = decisions;
    this.clock = clock;
  }

  /** A refused approval (already approved by someone else, voided) shows the 409 page with the reason. */
  @PostMapping("/approve")
  String approve(@PathVariable long id) {
    decisions.approve(id);
    return "redirect:/payments/claims/" + id + "?approved";
  }

  @GetMapping("/pay")
  String payForm(@PathVariable long id, Model model) {
    Claim c = claims.get(id);
    requireCoordinator();
    PaymentForm form = new PaymentForm();
    form.setPaidOn(LocalDate.now(clock));
    return payPage(c, form, model);
  }

  @PostMapping("/pay")
  String pay(@PathVariable long id, @Valid @ModelAttribute("form") PaymentForm form, BindingResult result, Model model) {
    Claim c = claims.get(id);
    return FormErrors.submit(result, () -> {
      decisions.pay(id, form);
      return "redirect:/payments/claims/" + id + "?saved";
    }, () -> payPage(c, form, model));
  }

  private String payPage(Claim c, PaymentForm form, Model model) {
    model.addAttribute("claim", c);
    model.addAttribute("form", form);
    model.addAttribute("methods", PaymentMethod.values());
    return "payments/pay";
  }

  @GetMapping("/decline")
  String declineForm(@PathVariable long id, Model model) {
    DeclineForm form = new DeclineForm();
    form.setDeclinedOn(LocalDate.now(clock));
    return declinePage(claims.get(id), form, model);
  }

  @PostMapping("/decline")
  String decline(@PathVariable long id, @Valid @ModelAttribute("form") DeclineForm form, BindingResult result,
      Model model) {
    Claim c = claims.get(id);
    return FormErrors.submit(result, () -> {
      decisions.decline(id, form);
      return "redirect:/payments/claims/" + id + "?saved";
    }, () -> declinePage(c, form, model));
  }

  private String declinePage(Claim c, DeclineForm form, Model model) {
    model.addAttribute("claim", c);
    model.addAttribute("form", form);
    model.addAttribute("reasons", DeclineReason.values());
    return "payments/decline";
  }

  @GetMapping("/void")
  String voidForm(@PathVariable long id, Model model) {
    return VoidPage.show(model, name(claims.get(id)), "/payments/claims/" + id, new VoidRequest(null));
  }

  @PostMapping("/void")
  String voidRecord(@PathVariable long id, @Valid @ModelAttribute("form") VoidRequest form, BindingResult result,
      Model model) {
    Claim c = claims.get(id);
    if (result.hasErrors()) {
      return VoidPage.show(model, name(c), "/payments/claims/" + id, form);
    }
    claims.voidRecord(id, form.getReason());
    return "redirect:/payments/claims/" + id + "?voided";
  }

  private static String name(Claim c) {
    return "claim " + c.id() + " (" + c.personName() + ")";
  }

  private void requireCoordinator() {
    if (!claims.mayDecide()) {
      throw new Forbidden("Only a coordinator can record a payment.");
    }
  }
}
