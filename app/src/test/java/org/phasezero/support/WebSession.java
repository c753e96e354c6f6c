package org.phasezero.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A signed-in browser session without a browser: cookies, CSRF tokens and form posts. */
public final class WebSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private final HttpClient http;
  private final String base;

  public record Page(int status, String body, String location) {}

  private WebSession(int port) {
    this.base = "http://127.0.0.1:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public static WebSession signIn(int port, String username, String password) {
    WebSession s = new WebSession(port);
    Page signedIn = s.post("/login", "/login", Map.of("username", username, "password", password));
    if (signedIn.status() != 302 || signedIn.location().contains("error")) {
      throw new IllegalStateException("sign-in failed for " + username + ": " + signedIn.location());
    }
    return s;
  }

  public static WebSession anonymous(int port) {
    return new WebSession(port);
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** Posts a form, taking the CSRF token from the page the form is on. */
  public Page post(String formPage, String action, Map<String, String> fields) {
    Matcher m = CSRF.matcher(get(formPage).body());
    String csrf = m.find() ? m.group(1) : "";
    String body = fields.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&")) + "&_csrf=" + enc(csrf);
    return send(HttpRequest.newBuilder(URI.create(base + action))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private Page send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Page(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
