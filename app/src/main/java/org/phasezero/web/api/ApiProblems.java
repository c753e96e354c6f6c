package org.phasezero.web.api;

import java.util.List;
import java.util.Map;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.PlausibleDates;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every API error is an RFC 9457 problem: a title, the status and a detail that says what is wrong
 * and where (the field, the value), so that a script author can fix the request.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApiProblems.class);

  @ExceptionHandler(NotFound.class)
  ProblemDetail notFound(NotFound e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(Forbidden.class)
  ProblemDetail forbidden(Forbidden e) {
    return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
  }

  @ExceptionHandler(Conflict.class)
  ProblemDetail conflict(Conflict e) {
    ProblemDetail p = problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    if (e.field() != null) {
      p.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
    }
    return p;
  }

  @ExceptionHandler(VersionRequired.Missing.class)
  ProblemDetail versionRequired(VersionRequired.Missing e) {
    ProblemDetail p = problem(HttpStatus.PRECONDITION_REQUIRED, "Version required", e.getMessage());
    p.setProperty("errors", List.of(Map.of("field", "version", "message", "Send the version of the record you read.")));
    return p;
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badArgument(IllegalArgumentException e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid request",
        "Parameter '" + e.getName() + "' has an invalid value '" + e.getValue() + "'." + hint(e.getRequiredType()));
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail integrity(DataIntegrityViolationException e) {
    // The client is told only that the change conflicts; the log keeps which rule refused it.
    LOG.warn("Refused by a database rule: {}", e.getMostSpecificCause().getMessage());
    return problem(HttpStatus.CONFLICT, "Conflict",
        "The change conflicts with another record (for example a duplicate, or a reference to a record that does not exist).");
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Map<String, String>> errors = e.getBindingResult().getAllErrors().stream()
        .map(err -> Map.of(
            "field", err instanceof org.springframework.validation.FieldError fe ? fe.getField() : err.getObjectName(),
            "message", String.valueOf(err.getDefaultMessage())))
        .toList();
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Invalid request",
        errors.size() == 1 ? errors.get(0).get("field") + ": " + errors.get(0).get("message")
            : errors.size() + " fields are invalid; see 'errors'.");
    p.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(p);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed request body", explain(e)));
  }

  /** Turns a JSON parsing failure into one sentence naming the field and the problem. */
  static String explain(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof UnrecognizedPropertyException u) {
      return "Unknown field '" + u.getPropertyName() + "'.";
    }
    if (cause instanceof InvalidFormatException f) {
      String field = path(f);
      String allowed = f.getTargetType() != null && f.getTargetType().isEnum()
          ? " Allowed values: " + String.join(", ", java.util.Arrays.stream(f.getTargetType().getEnumConstants())
              .map(String::valueOf).toList()) + "." : "";
      return "Field '" + field + "' has an invalid value '" + f.getValue() + "'." + allowed + hint(f.getTargetType());
    }
    if (cause instanceof DatabindException d && !d.getPath().isEmpty()) {
      return "Field '" + path(d) + "' has the wrong type or format.";
    }
    if (cause instanceof JacksonException j) {
      return "The body is not valid JSON: " + j.getOriginalMessage();
    }
    return "The request body is missing or is not valid JSON.";
  }

  /** What a valid value looks like, for types whose rule is ours rather than the parser's. */
  private static String hint(Class<?> type) {
    return type == java.time.LocalDate.class ? " " + PlausibleDates.MESSAGE : "";
  }

  private static String path(DatabindException e) {
    return e.getPath().stream()
        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("?");
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    return p;
  }
}
