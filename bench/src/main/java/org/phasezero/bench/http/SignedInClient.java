package org.phasezero.bench.http;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A benchmark's way into the platform, as a person gets in: the sign-in form (with its CSRF token)
 * for pages, and a personal access token made on the account page for the API.
 */
final class SignedInClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern TOKEN = Pattern.compile("class=\"pz-token\"[^>]*>\\s*(pz_[^<\\s]+)");

  final HttpClient http;
  final String base;
  String token;

  SignedInClient(String base, int threads) {
    this.base = base;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5))
        .executor(Executors.newFixedThreadPool(threads)).build();
  }

  void signIn(String user, String password) throws Exception {
    String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf("/login"));
    HttpResponse<String> r = post("/login", form);
    String location = r.headers().firstValue("Location").orElse("");
    if (r.statusCode() != 302 || location.contains("error")) {
      throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + location);
    }
  }

  /** A personal access token for the API, made on the account page as a person would. */
  void makeToken() throws Exception {
    String form = "name=" + enc("benchmark") + "&days=1&_csrf=" + enc(csrf("/account/tokens"));
    HttpResponse<String> r = post("/account/tokens", form);
    Matcher m = TOKEN.matcher(r.body());
    if (r.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException("no token made: " + r.statusCode());
    }
    token = m.group(1);
  }

  HttpRequest.Builder request(String path, boolean api) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    return api ? b.header("Authorization", "Bearer " + token).header("Accept", "application/json") : b;
  }

  String csrf(String path) throws Exception {
    String page = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher m = CSRF.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token on " + path);
    }
    return m.group(1);
  }

  HttpResponse<String> post(String path, String form) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
