package org.phasezero.partnerships.web;

import org.phasezero.shared.Conflict;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.VoidRequest;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the partnership pages share with the network's pages (whose helpers are internal to that
 * module): a service's refusal shown on the form next to its field, the edit guard, and the shared
 * "void this record" page.
 */
final class Forms {

  private Forms() {}

  static void reject(BindingResult result, Conflict e) {
    if (e.field() != null && result.getFieldType(e.field()) != null) {
      result.rejectValue(e.field(), "conflict", e.getMessage());
    } else {
      result.reject("conflict", e.getMessage());
    }
  }

  static void requireMayEdit(boolean mayEdit) {
    if (!mayEdit) {
      throw new Forbidden("You can see this record but not change it.");
    }
  }

  static String voidPage(Model model, String name, String recordPath, VoidRequest form) {
    model.addAttribute("recordName", name);
    model.addAttribute("recordPath", recordPath);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", form);
    }
    return "void";
  }
}
