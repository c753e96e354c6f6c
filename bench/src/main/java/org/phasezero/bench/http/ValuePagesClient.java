package org.phasezero.bench.http;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Value through the real server, on the demo: the SROI account page (result, sensitivity and a
 * 10,000-draw Monte Carlo on every request), making an evidence pack (from the request to READY,
 * and the server's own time from created to ready), and the pack's PDF and XLSX. Goals: the account
 * page (with its simulation) under 1 s; the demo partnership's pack under 5 s. Run by
 * {@code bench/run-value-pages.sh}.
 */
public final class ValuePagesClient {

  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
  private static final Pattern PARTNERSHIP = Pattern.compile("\"partnershipId\":(\\d+)");

  private ValuePagesClient() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: ValuePagesClient BASE USER PASSWORD [requests] [packs]");
      System.exit(2);
    }
    int requests = args.length > 3 ? Integer.parseInt(args[3]) : 100;
    int packs = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    SignedInClient client = new SignedInClient(args[0], 4);
    client.signIn(args[1], args[2]);
    client.makeToken();
    String accounts = get(client, "/api/v1/sroi-accounts");
    String account = first(ID, accounts);
    String partnership = first(PARTNERSHIP, accounts);

    Latencies.of(client, "/value/accounts/" + account, requests, 1, 10)
        .print("GET /value/accounts/" + account + " (result, sensitivity, 10,000 draws), one client");

    Latencies made = new Latencies();
    Latencies server = new Latencies();
    String last = null;
    for (int i = 0; i < packs; i++) {
      long start = System.nanoTime();
      String body = "{\"partnershipId\":" + partnership + ",\"periodFrom\":\"2025-01-01\",\"periodTo\":\"2026-12-31\","
          + "\"sroiAccountId\":" + account + "}";
      HttpResponse<String> r = client.http.send(client.request("/api/v1/evidence-packs", true)
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      last = first(ID, r.body());
      String pack;
      do {
        pack = get(client, "/api/v1/evidence-packs/" + last);
      } while (pack.contains("\"GENERATING\""));
      made.add((System.nanoTime() - start) / 1000, pack.contains("\"READY\""));
      Instant created = Instant.parse(field(pack, "createdAt"));
      Instant ready = Instant.parse(field(pack, "readyAt"));
      server.add(java.time.Duration.between(created, ready).toNanos() / 1000, true);
    }
    made.print("POST /api/v1/evidence-packs until READY (request, background work, polling)");
    server.print("the pack's own time from created to ready (read, value, simulate, hash)");
    Latencies.of(client, "/value/packs/" + last + ".pdf", Math.max(1, requests / 5), 1, 3)
        .print("GET /value/packs/" + last + ".pdf");
    Latencies.of(client, "/value/packs/" + last + ".xlsx", Math.max(1, requests / 5), 1, 3)
        .print("GET /value/packs/" + last + ".xlsx");
    System.exit(0);
  }

  private static String get(SignedInClient client, String path) throws Exception {
    HttpResponse<String> r = client.http.send(client.request(path, true).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + r.statusCode());
    }
    return r.body();
  }

  private static String first(Pattern p, String text) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("no " + p + " in " + text);
    }
    return m.group(1);
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return m.group(1);
  }
}
