package org.phasezero.shared;

import org.springframework.validation.BindingResult;

/** Puts a service's refusal on the form, next to the field it concerns, for the error summary. */
public final class FormErrors {

  private FormErrors() {}

  /**
   * The usual form submission: when the form is valid, save it and return where to go next; when
   * it is invalid, or the service refuses the change, show the form again with the errors.
   */
  public static String submit(BindingResult result, java.util.function.Supplier<String> save,
      java.util.function.Supplier<String> redisplay) {
    if (!result.hasErrors()) {
      try {
        return save.get();
      } catch (Conflict e) {
        reject(result, e);
      }
    }
    return redisplay.get();
  }

  public static void reject(BindingResult result, Conflict e) {
    // A conflict about a field the form does not have is shown as a whole-form error. One with
    // words in the bundles (Conflict.said) is shown in the reader's language.
    String code = e.getCodes() == null ? "conflict" : e.getCodes()[0];
    if (e.field() != null && result.getFieldType(e.field()) != null) {
      result.rejectValue(e.field(), code, e.getArguments(), e.getMessage());
    } else {
      result.reject(code, e.getArguments(), e.getMessage());
    }
  }
}
