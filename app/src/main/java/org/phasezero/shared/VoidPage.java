package org.phasezero.shared;

import org.springframework.ui.Model;

/** The shared "void this record" confirmation page: records are voided with a reason, never deleted. */
public final class VoidPage {

  private VoidPage() {}

  public static String show(Model model, String name, String recordPath, VoidRequest form) {
    return confirm(model, "void", name, recordPath, form);
  }

  /**
   * The confirmation's answer: shown again with its error when no reason was given; otherwise the
   * record is voided with the reason and the person goes on to {@code then}.
   */
  public static String submit(Model model, String name, String recordPath, VoidRequest form,
      org.springframework.validation.BindingResult result, java.util.function.Consumer<String> voidWithReason,
      String then) {
    if (result.hasErrors()) {
      return show(model, name, recordPath, form);
    }
    voidWithReason.accept(form.getReason());
    return then;
  }

  /** The same confirmation for a data-protection erasure, which also needs a reason. */
  public static String showErase(Model model, String name, String recordPath, VoidRequest form) {
    return confirm(model, "erase", name, recordPath, form);
  }

  private static String confirm(Model model, String mode, String name, String recordPath, VoidRequest form) {
    model.addAttribute("mode", mode);
    model.addAttribute("recordName", name);
    model.addAttribute("recordPath", recordPath);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", form);
    }
    return "void";
  }
}
