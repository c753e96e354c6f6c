package org.phasezero.security.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.security.web.util.UrlUtils;

/**
 * Remembers the page an anonymous visitor asked for, so that signing in leads back to it. Kept in a
 * short-lived cookie rather than an HTTP session, so that anonymous requests create no session;
 * and only the path on this site is kept, never a host, so that the redirect after sign-in cannot
 * be pointed elsewhere by a forged {@code Host} header or a crafted cookie.
 */
final class ReturnAddressCookie implements RequestCache {

  static final String NAME = "PZ_RETURN_TO";
  private static final Duration KEPT_FOR = Duration.ofMinutes(30);
  private static final int LONGEST_PATH = 1000;

  @Override
  public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
    String path = UrlUtils.buildRequestUrl(request);
    if (worthReturningTo(request) && isLocalPath(path) && path.length() <= LONGEST_PATH) {
      write(request, response,
          Base64.getUrlEncoder().withoutPadding().encodeToString(path.getBytes(StandardCharsets.UTF_8)), KEPT_FOR);
    }
  }

  @Override
  public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
    String path = read(request);
    return path == null ? null : new SimpleSavedRequest(path);
  }

  /** Forgets the address once the visitor has arrived there; the request itself needs no replaying (it was a GET). */
  @Override
  public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
    String path = read(request);
    if (path != null && path.equals(UrlUtils.buildRequestUrl(request))) {
      removeRequest(request, response);
    }
    return null;
  }

  @Override
  public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
    if (read(request) != null) {
      write(request, response, "", Duration.ZERO);
    }
  }

  /** A page a person asked for in the browser: not a script's or htmx's request, and not the sign-in page itself. */
  private static boolean worthReturningTo(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    String path = request.getServletPath();
    return "GET".equals(request.getMethod())
        && request.getHeader("HX-Request") == null
        && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
        && (accept == null || accept.contains("text/html") || accept.contains("*/*"))
        && !path.startsWith("/login") && !path.startsWith("/error") && !path.contains("favicon");
  }

  /** A path on this site: one leading slash, not {@code //host} or {@code /\host}, no control characters. */
  static boolean isLocalPath(String path) {
    return path != null && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
        && path.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
  }

  private static String read(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie c : cookies) {
      if (NAME.equals(c.getName()) && !c.getValue().isEmpty()) {
        try {
          String path = new String(Base64.getUrlDecoder().decode(c.getValue()), StandardCharsets.UTF_8);
          return isLocalPath(path) ? path : null;
        } catch (IllegalArgumentException notBase64) {
          return null;
        }
      }
    }
    return null;
  }

  private static void write(HttpServletRequest request, HttpServletResponse response, String value, Duration maxAge) {
    String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
    response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(NAME, value).path(path).maxAge(maxAge)
        .httpOnly(true).secure(request.isSecure()).sameSite("Lax").build().toString());
  }
}
