package org.phasezero.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in browser session without a browser: cookies, CSRF tokens and form posts. Extra
 * headers (such as {@code X-Forwarded-For} or {@code X-Forwarded-Proto}, as a proxy in front of
 * the server would add them) are sent with every request.
 */
public final class WebSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private final HttpClient http;
  private final String base;
  private final Map<String, String> headers;

  public record Page(int status, String body, String location, HttpHeaders headers) {
    /** The Set-Cookie headers of this response. */
    public List<String> cookies() {
      return headers.allValues("Set-Cookie");
    }
  }

  private WebSession(int port, Map<String, String> headers) {
    this.base = "http://127.0.0.1:" + port;
    this.headers = Map.copyOf(headers);
    this.http = HttpClient.newBuilder().cookieHandler(new BehindTlsProxy())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public static WebSession signIn(int port, String username, String password) {
    return signIn(port, username, password, Map.of());
  }

  /** Signs in with extra headers on every request; fails unless the sign-in succeeds. */
  public static WebSession signIn(int port, String username, String password, Map<String, String> headers) {
    WebSession s = new WebSession(port, headers);
    Page signedIn = s.post("/login", "/login", Map.of("username", username, "password", password));
    if (signedIn.status() != 302 || signedIn.location().contains("error")) {
      throw new IllegalStateException("sign-in failed for " + username + ": " + signedIn.location());
    }
    return s;
  }

  public static WebSession anonymous(int port) {
    return new WebSession(port, Map.of());
  }

  public static WebSession anonymous(int port, Map<String, String> headers) {
    return new WebSession(port, headers);
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** A file downloaded in this session: the status, the bytes, and the Content-Type and Content-Disposition. */
  public record Download(int status, byte[] body, String contentType, String disposition) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  public Download download(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
    headers.forEach(b::header);
    try {
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Download(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""),
          r.headers().firstValue("Content-Disposition").orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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

  /** Uploads one file in a multipart form, as a browser's file input does, with the CSRF token from a page. */
  public Page upload(String csrfPage, String action, String field, String fileName, byte[] content) {
    Matcher m = CSRF.matcher(get(csrfPage).body());
    String csrf = m.find() ? m.group(1) : "";
    String boundary = "pz" + java.util.UUID.randomUUID().toString().replace("-", "");
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(URI.create(base + action))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** Sends JSON to the API with this session's cookie, and the CSRF token from a page as a browser script would. */
  public Page sendJson(String method, String csrfPage, String path, String json) {
    Matcher m = CSRF.matcher(get(csrfPage).body());
    String csrf = m.find() ? m.group(1) : "";
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .header("X-CSRF-TOKEN", csrf)
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
  }

  private Page send(HttpRequest.Builder b) {
    headers.forEach(b::header);
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Page(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(""), r.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Keeps cookies as a browser talking HTTPS to a TLS-terminating proxy would: it sends a cookie
   * marked Secure back, although this client talks plain HTTP to the server behind the proxy.
   */
  private static final class BehindTlsProxy extends CookieHandler {
    private final CookieManager cookies = new CookieManager();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
      return cookies.get(uri, requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
      Map<String, List<String>> withoutSecure = new java.util.HashMap<>(responseHeaders);
      withoutSecure.replaceAll((name, values) -> "Set-Cookie".equalsIgnoreCase(name)
          ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure", "")).toList() : values);
      cookies.put(uri, withoutSecure);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
