package org.phasezero.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One link of the language switcher: the page being shown, with {@code lang} set and every other
 * parameter kept (a filtered list stays filtered). A relative address, never built from the Host header.
 *
 * @param current whether this is the page's language (shown as text, not as a link)
 */
public record LanguageLink(Language language, String href, boolean current) {

  static List<LanguageLink> forCurrentRequest(Language shown) {
    String here = here();
    return Arrays.stream(Language.values())
        .map(l -> new LanguageLink(l, withLanguage(here, l), l == shown))
        .toList();
  }

  /** The address with {@code lang} replaced; an address that cannot be parsed becomes its path alone. */
  static String withLanguage(String pathAndQuery, Language language) {
    try {
      return UriComponentsBuilder.fromUriString(pathAndQuery).replaceQueryParam("lang", language.tag())
          .build(true).toUriString();
    } catch (IllegalArgumentException e) {
      String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
      return path + "?lang=" + language.tag();
    }
  }

  /**
   * The page being shown, as the browser asked for it: an error page shows the address that failed
   * (the servlet's forward to /error keeps it in an attribute), not /error.
   */
  private static String here() {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a)) {
      return "/";
    }
    HttpServletRequest request = a.getRequest();
    Object forwarded = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
    if (forwarded instanceof String uri) {
      return uri;
    }
    String query = request.getQueryString();
    return request.getRequestURI() + (query == null ? "" : "?" + query);
  }
}
