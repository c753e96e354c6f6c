package org.phasezero.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Problem details for API requests that reach no controller: a method the address does not allow
 * (405, with {@code Allow}), an address that does not exist (404), a body type it does not take
 * (415). {@link ApiProblems} cannot answer these, as it applies to API controllers and here there is
 * none. Requests outside {@code /api/} are declined by rethrowing, which lets Spring MVC carry on
 * with its usual handling (the error page). Ordered after {@link ApiProblems}, which answers the
 * same exceptions when an API controller was found.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiRoutingProblems {

  @ExceptionHandler({HttpRequestMethodNotSupportedException.class, NoResourceFoundException.class,
      HttpMediaTypeNotSupportedException.class})
  ResponseEntity<ProblemDetail> unrouted(Exception e, HttpServletRequest request) throws Exception {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      throw e;
    }
    ErrorResponse error = (ErrorResponse) e;
    ProblemDetail p = ProblemDetail.forStatusAndDetail(error.getStatusCode(), detail(e, request));
    p.setTitle(HttpStatus.valueOf(error.getStatusCode().value()).getReasonPhrase());
    return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
  }

  private static String detail(Exception e, HttpServletRequest request) {
    if (e instanceof HttpRequestMethodNotSupportedException m) {
      String allowed = m.getSupportedHttpMethods() == null ? ""
          : " Allowed: " + m.getSupportedHttpMethods().stream().map(Object::toString).sorted()
              .collect(Collectors.joining(", ")) + ".";
      return request.getRequestURI() + " does not accept " + m.getMethod() + "." + allowed;
    }
    if (e instanceof HttpMediaTypeNotSupportedException t) {
      return "The body must be sent as application/json, not " + t.getContentType() + ".";
    }
    return "There is no API address " + request.getRequestURI() + ". The OpenAPI document at /v3/api-docs lists them.";
  }
}
