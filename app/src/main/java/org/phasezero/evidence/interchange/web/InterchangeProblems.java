package org.phasezero.evidence.interchange.web;

import org.phasezero.evidence.interchange.QdcRefused;
import org.phasezero.evidence.interchange.QdpxRefused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused {@code .qdpx} or {@code .qdc} as problem details: 400 when unreadable or unsafe, 413
 * when too large, 422 when inconsistent.
 */
@RestControllerAdvice(assignableTypes = InterchangeApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class InterchangeProblems {

  @ExceptionHandler(QdpxRefused.class)
  ProblemDetail refused(QdpxRefused e) {
    HttpStatus status = e.unreadable() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_ENTITY;
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage());
    p.setTitle(e.unreadable() ? "Not a readable REFI-QDA project" : "The project cannot be imported as it is");
    p.setProperty("problems", e.problems());
    return p;
  }

  @ExceptionHandler(QdcRefused.class)
  ProblemDetail refused(QdcRefused e) {
    HttpStatus status = switch (e.reason()) {
      case UNREADABLE -> HttpStatus.BAD_REQUEST;
      case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
      case INCONSISTENT -> HttpStatus.UNPROCESSABLE_ENTITY;
    };
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage());
    p.setTitle(switch (e.reason()) {
      case UNREADABLE -> "Not a readable REFI-QDA codebook";
      case TOO_LARGE -> "Upload too large";
      case INCONSISTENT -> "The codebook cannot be imported as it is";
    });
    p.setProperty("problems", e.problems());
    return p;
  }
}
