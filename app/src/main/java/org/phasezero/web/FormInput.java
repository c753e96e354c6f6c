package org.phasezero.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.phasezero.shared.IncomingText;
import org.phasezero.shared.PlausibleDates;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The input rules for everything bound from a request outside a JSON body (form fields and query
 * parameters, on pages and in the API): text is cleaned by {@link IncomingText}, and a date outside
 * {@link PlausibleDates} is a type mismatch, which pages show in the error summary
 * (typeMismatch.java.time.LocalDate) and the API answers as a 400 naming the parameter. JSON bodies
 * get the same rules from web.api.JsonInput.
 */
@ControllerAdvice
class FormInput {

  @InitBinder
  void inputRules(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new CleanText());
    binder.registerCustomEditor(LocalDate.class, new PlausibleDate());
  }

  /** Editors hold state, so each binder gets its own. */
  private static final class CleanText extends PropertyEditorSupport {
    @Override
    public void setAsText(String text) {
      setValue(IncomingText.clean(text));
    }

    @Override
    public String getAsText() {
      Object v = getValue();
      return v == null ? "" : v.toString();
    }
  }

  /** ISO dates (yyyy-MM-dd, as {@code <input type="date">} sends them); blank is no date. */
  private static final class PlausibleDate extends PropertyEditorSupport {
    @Override
    public void setAsText(String text) {
      if (text == null || text.isBlank()) {
        setValue(null);
        return;
      }
      try {
        setValue(PlausibleDates.require(LocalDate.parse(text.trim())));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(PlausibleDates.MESSAGE, e);
      }
    }

    @Override
    public String getAsText() {
      Object v = getValue();
      return v == null ? "" : v.toString();
    }
  }
}
