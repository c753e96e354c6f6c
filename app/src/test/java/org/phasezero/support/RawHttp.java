package org.phasezero.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * HTTP/1.1 over a plain socket, for requests Java's HTTP client will not send: a forged
 * {@code Host} header, as an attacker (or a careless proxy) would present it. Keeps the cookies it
 * is given, like a browser, and reads CSRF tokens from pages.
 */
public final class RawHttp {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private final int port;
  private final String host;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  /** @param host the Host header to send with every request */
  public RawHttp(int port, String host) {
    this.port = port;
    this.host = host;
  }

  public record Response(int status, Map<String, List<String>> headers, String body) {
    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null ? "" : values.get(0);
    }

    public String location() {
      return header("Location");
    }
  }

  public Response get(String path) {
    return send("GET", path, null);
  }

  /** Posts a form, taking the CSRF token from the page the form is on. */
  public Response post(String formPage, String action, Map<String, String> fields) {
    Matcher m = CSRF.matcher(get(formPage).body());
    String csrf = m.find() ? m.group(1) : "";
    String body = fields.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&")) + "&_csrf=" + enc(csrf);
    return send("POST", action, body);
  }

  private Response send(String method, String path, String form) {
    byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n")
        .append("Host: ").append(host).append("\r\n")
        .append("Accept: text/html\r\n")
        .append("Connection: close\r\n");
    if (!cookies.isEmpty()) {
      head.append("Cookie: ").append(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining("; "))).append("\r\n");
    }
    if (form != null) {
      head.append("Content-Type: application/x-www-form-urlencoded\r\n")
          .append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      Response r = parse(socket.getInputStream().readAllBytes());
      r.headers().getOrDefault("set-cookie", List.of()).forEach(this::keep);
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void keep(String setCookie) {
    String pair = setCookie.split(";", 2)[0];
    int eq = pair.indexOf('=');
    String name = pair.substring(0, eq).strip();
    String value = pair.substring(eq + 1).strip();
    if (value.isEmpty() || setCookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
      cookies.remove(name);
    } else {
      cookies.put(name, value);
    }
  }

  private static Response parse(byte[] raw) throws IOException {
    String all = new String(raw, StandardCharsets.ISO_8859_1);
    int end = all.indexOf("\r\n\r\n");
    String[] lines = all.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).strip());
    }
    byte[] rest = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    boolean chunked = headers.getOrDefault("transfer-encoding", List.of()).stream()
        .anyMatch(v -> v.equalsIgnoreCase("chunked"));
    return new Response(status, headers, new String(chunked ? unchunk(rest) : rest, StandardCharsets.UTF_8));
  }

  private static byte[] unchunk(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InputStream in = new java.io.ByteArrayInputStream(data);
    while (true) {
      StringBuilder size = new StringBuilder();
      int c;
      while ((c = in.read()) != -1 && c != '\n') {
        if (c != '\r') {
          size.append((char) c);
        }
      }
      int n = size.isEmpty() ? 0 : Integer.parseInt(size.toString().split(";")[0].strip(), 16);
      if (n == 0) {
        return out.toByteArray();
      }
      out.write(in.readNBytes(n));
      in.skip(2);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
