package org.phasezero.network.web;

import org.phasezero.shared.VoidRequest;
import org.springframework.ui.Model;

/** The shared "void this record" confirmation page: records are voided with a reason, never deleted. */
final class VoidPage {

  private VoidPage() {}

  static String show(Model model, String name, String recordPath, VoidRequest form) {
    model.addAttribute("recordName", name);
    model.addAttribute("recordPath", recordPath);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", form);
    }
    return "void";
  }
}
