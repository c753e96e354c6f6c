package org.phasezero.web;

import jakarta.servlet.http.HttpServletResponse;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.NotFound;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors on pages: a plain page that says what happened, with the right status. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageErrors {

  @ExceptionHandler({NotFound.class, MethodArgumentTypeMismatchException.class})
  String notFound(HttpServletResponse response) {
    response.setStatus(404);
    return "error/404";
  }

  @ExceptionHandler(Forbidden.class)
  String forbidden(Forbidden e, HttpServletResponse response, org.springframework.ui.Model model) {
    response.setStatus(403);
    model.addAttribute("reason", e.getMessage());
    return "error/403";
  }

  @ExceptionHandler(Conflict.class)
  String conflict(Conflict e, HttpServletResponse response, org.springframework.ui.Model model) {
    response.setStatus(409);
    model.addAttribute("reason", e.getMessage());
    return "error/409";
  }
}
