package org.phasezero.shared;

import org.springframework.validation.BindingResult;

/** Puts a service's refusal on the form, next to the field it concerns, for the error summary. */
public final class FormErrors {

  private FormErrors() {}

  public static void reject(BindingResult result, Conflict e) {
    // A conflict about a field the form does not have is shown as a whole-form error.
    if (e.field() != null && result.getFieldType(e.field()) != null) {
      result.rejectValue(e.field(), "conflict", e.getMessage());
    } else {
      result.reject("conflict", e.getMessage());
    }
  }
}
