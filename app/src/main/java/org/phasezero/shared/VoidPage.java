package org.phasezero.shared;

import org.springframework.ui.Model;

/** The shared "void this record" confirmation page: records are voided with a reason, never deleted. */
public final class VoidPage {

  private VoidPage() {}

  public static String show(Model model, String name, String recordPath, VoidRequest form) {
    return confirm(model, "void", name, recordPath, recordPath + "/void", form);
  }

  /**
   * The same for a record without a page of its own (a project's member): {@code backPath} is the
   * page it is listed on, {@code action} where the confirmation is posted.
   */
  public static String show(Model model, String name, String backPath, String action, VoidRequest form) {
    return confirm(model, "void", name, backPath, action, form);
  }

  /**
   * The confirmation's answer: shown again with its error when no reason was given; otherwise the
   * record is voided with the reason and the person goes on to {@code then}.
   */
  public static String submit(Model model, String name, String recordPath, VoidRequest form,
      org.springframework.validation.BindingResult result, java.util.function.Consumer<String> voidWithReason,
      String then) {
    return submit(model, name, recordPath, recordPath + "/void", form, result, voidWithReason, then);
  }

  /** The answer to a confirmation shown with an explicit {@code action}. */
  public static String submit(Model model, String name, String backPath, String action, VoidRequest form,
      org.springframework.validation.BindingResult result, java.util.function.Consumer<String> voidWithReason,
      String then) {
    if (result.hasErrors()) {
      return show(model, name, backPath, action, form);
    }
    voidWithReason.accept(form.getReason());
    return then;
  }

  /**
   * The same confirmation for taking someone off a list they belong to (a project's member): worded
   * as a removal, since the person is not a record being voided; it is kept, with the reason, all the same.
   */
  public static String showRemoval(Model model, String name, String backPath, String action, VoidRequest form) {
    return confirm(model, "remove", name, backPath, action, form);
  }

  /** The answer to a removal's confirmation. */
  public static String submitRemoval(Model model, String name, String backPath, String action, VoidRequest form,
      org.springframework.validation.BindingResult result, java.util.function.Consumer<String> removeWithReason,
      String then) {
    if (result.hasErrors()) {
      return showRemoval(model, name, backPath, action, form);
    }
    removeWithReason.accept(form.getReason());
    return then;
  }

  /** The same confirmation for a data-protection erasure, which also needs a reason. */
  public static String showErase(Model model, String name, String recordPath, VoidRequest form) {
    return confirm(model, "erase", name, recordPath, recordPath + "/erase", form);
  }

  private static String confirm(Model model, String mode, String name, String recordPath, String action,
      VoidRequest form) {
    model.addAttribute("mode", mode);
    model.addAttribute("action", action);
    model.addAttribute("recordName", name);
    model.addAttribute("recordPath", recordPath);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", form);
    }
    return "void";
  }
}
