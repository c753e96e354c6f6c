package org.phasezero.evidence.web;

import org.phasezero.evidence.files.UnreadableSourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A file that cannot be read as the source it claims to be (a .docx that is not one, text in an
 * unknown encoding, a malformed transcript) is the sender's to fix: 422 with the reader's message,
 * which says what is wrong and how to save the file so that it can be read.
 */
@RestControllerAdvice(basePackages = "org.phasezero.evidence")
class EvidenceProblems {

  @ExceptionHandler(UnreadableSourceException.class)
  ProblemDetail unreadable(UnreadableSourceException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    p.setTitle("The file cannot be read");
    return p;
  }
}
