package org.phasezero.spaces.web;

import org.phasezero.shared.Conflict;
import org.springframework.validation.BindingResult;

/** Puts a service's refusal on the form, next to the field it concerns, for the error summary. */
final class FormRefusals {

  private FormRefusals() {}

  static void reject(BindingResult result, Conflict e) {
    if (e.field() != null && result.getFieldType(e.field()) != null) {
      result.rejectValue(e.field(), "conflict", e.getMessage());
    } else {
      result.reject("conflict", e.getMessage());
    }
  }
}
