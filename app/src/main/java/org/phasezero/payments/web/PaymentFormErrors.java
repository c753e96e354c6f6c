package org.phasezero.payments.web;

import org.phasezero.shared.Conflict;
import org.springframework.validation.BindingResult;

/** Puts a service's refusal on the form, next to the field it concerns, for the error summary. */
final class PaymentFormErrors {

  private PaymentFormErrors() {}

  static void reject(BindingResult result, Conflict e) {
    if (e.field() != null && result.getFieldType(e.field()) != null) {
      result.rejectValue(e.field(), "conflict", e.getMessage());
    } else {
      result.reject("conflict", e.getMessage());
    }
  }

  /** The shared "void this record" page. */
  static String voidPage(org.springframework.ui.Model model, String name, String path,
      org.phasezero.shared.VoidRequest form) {
    model.addAttribute("recordName", name);
    model.addAttribute("recordPath", path);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", form);
    }
    return "void";
  }
}
