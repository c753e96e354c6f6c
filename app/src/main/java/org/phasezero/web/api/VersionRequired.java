package org.phasezero.web.api;

import java.lang.reflect.Type;
import org.phasezero.shared.Versioned;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every API PUT that replaces a versioned record must say which version it replaces, in the body's
 * {@code version} or as {@code If-Match: "<version>"}; otherwise two scripts (or a script and a
 * person) silently overwrite each other. A stale version is refused by the service (409).
 */
@ControllerAdvice(annotations = RestController.class)
class VersionRequired extends RequestBodyAdviceAdapter {

  /** Thrown when a PUT carries neither; answered 428 Precondition Required by {@link ApiProblems}. */
  static final class Missing extends RuntimeException {
    Missing(String message) {
      super(message);
    }
  }

  @Override
  public boolean supports(MethodParameter parameter, Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return parameter.hasMethodAnnotation(PutMapping.class) && Versioned.class.isAssignableFrom(parameter.getParameterType());
  }

  @Override
  public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    Versioned form = (Versioned) body;
    Integer fromHeader = ifMatch(input.getHeaders());
    if (form.getVersion() == null) {
      if (fromHeader == null) {
        throw new Missing("Field 'version' is required: send the version of the record you read (or an If-Match header),"
            + " so that a change made meanwhile is not overwritten.");
      }
      form.setVersion(fromHeader);
    } else if (fromHeader != null && !fromHeader.equals(form.getVersion())) {
      throw new IllegalArgumentException("Field 'version' (" + form.getVersion() + ") and If-Match (" + fromHeader
          + ") disagree.");
    }
    return form;
  }

  /** The version in {@code If-Match: "3"} (or W/"3", or 3); null when absent. */
  private static Integer ifMatch(HttpHeaders headers) {
    String value = headers.getFirst(HttpHeaders.IF_MATCH);
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    v = v.replace("\"", "");
    try {
      return Integer.valueOf(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("If-Match must carry the record's version, for example If-Match: \"3\".");
    }
  }
}
