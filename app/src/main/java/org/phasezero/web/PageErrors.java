package org.phasezero.web;

import jakarta.servlet.http.HttpServletResponse;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.NotFound;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors on pages: a page that says what happened, with the right status, inside the usual layout. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageErrors {

  private final LayoutModel layout;
  private final org.phasezero.shared.Reasons reasons;

  PageErrors(LayoutModel layout, org.phasezero.shared.Reasons reasons) {
    this.layout = layout;
    this.reasons = reasons;
  }

  @ExceptionHandler(NotFound.class)
  String notFound(HttpServletResponse response, org.springframework.ui.Model model) {
    response.setStatus(404);
    layout.addTo(model);
    return "error/404";
  }

  /**
   * Words where the address needs a number or one of a list: a record's id in the path is a page
   * that does not exist (404); a search's or a form's value (a page number, a minimum frequency
   * typed as letters) is a request to correct (400), saying which value was not understood.
   */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  String mismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response,
      org.springframework.ui.Model model) {
    if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
      return notFound(response, model);
    }
    Class<?> type = org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(
        e.getParameter().getNestedParameterType());
    String key = Number.class.isAssignableFrom(type) ? "error.400.notANumber" : "error.400.notAChoice";
    return badRequest(new IllegalArgumentException(reasons.say(key, String.valueOf(e.getValue()), e.getName())),
        response, model);
  }

  @ExceptionHandler(Forbidden.class)
  String forbidden(Forbidden e, HttpServletResponse response, org.springframework.ui.Model model) {
    response.setStatus(403);
    layout.addTo(model);
    model.addAttribute("reason", e.getMessage());
    return "error/403";
  }

  /** A request the page cannot answer as asked (a date out of range, a period a role may not choose): 400, saying why. */
  @ExceptionHandler(IllegalArgumentException.class)
  String badRequest(IllegalArgumentException e, HttpServletResponse response, org.springframework.ui.Model model) {
    response.setStatus(400);
    layout.addTo(model);
    model.addAttribute("reason", e.getMessage());
    return "error/400";
  }

  @ExceptionHandler(Conflict.class)
  String conflict(Conflict e, HttpServletResponse response, org.springframework.ui.Model model) {
    response.setStatus(409);
    layout.addTo(model);
    model.addAttribute("reason", reasons.of(e));
    return "error/409";
  }
}
