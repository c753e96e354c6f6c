package org.phasezero.bench.http;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The discourse pages on a large posts corpus, timed through the real server: the first keyword in
 * context (which builds the corpus for the library), then the page again and again, one client
 * and then several, and the same through the API. Goal: the page's p95 under 100 ms on a corpus
 * of 10 million tokens. Run by {@code bench/run-discourse.sh}.
 */
public final class DiscourseClient {

  private static final Pattern CORPUS = Pattern.compile(
      "\"id\"\\s*:\\s*(\\d+)[^}]*?\"name\"\\s*:\\s*\"Bench posts\"");

  private DiscourseClient() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: DiscourseClient BASE USER PASSWORD WORD [requests] [clients]");
      System.exit(2);
    }
    String word = args[3];
    int requests = args.length > 4 ? Integer.parseInt(args[4]) : 200;
    int clients = args.length > 5 ? Integer.parseInt(args[5]) : 10;
    SignedInClient client = new SignedInClient(args[0], 8);
    client.signIn(args[1], args[2]);
    client.makeToken();
    String corpora = get(client, "/api/v1/discourse/corpora", true);
    Matcher m = CORPUS.matcher(corpora);
    if (!m.find()) {
      throw new IllegalStateException("no corpus 'Bench posts' in " + corpora);
    }
    String id = m.group(1);
    String page = "/discourse/corpora/" + id + "/kwic?word=" + word;
    long t0 = System.nanoTime();
    get(client, page, false);
    System.out.printf("first keyword in context (builds the corpus): %.0f ms%n",
        (System.nanoTime() - t0) / 1e6);
    String frequencies = get(client, "/api/v1/discourse/corpora/" + id + "/frequencies?top=1", true);
    System.out.println("corpus: " + frequencies.replaceAll("\\s+", " ")
        .replaceAll(".*?(\"tokens\"\\s*:\\s*\\d+).*?(\"texts\"\\s*:\\s*\\d+).*", "$1, $2"));
    Latencies.of(client, page, requests, 1, 20).print(page + ", one client");
    Latencies.of(client, page, requests, clients, 20).print(page + ", " + clients + " clients");
    String api = "/api/v1/discourse/corpora/" + id + "/kwic?word=" + word;
    Latencies.of(client, api, requests, 1, 20).print(api + ", one client");
    String freq = "/discourse/corpora/" + id + "/frequencies";
    Latencies.of(client, freq, requests, 1, 20).print(freq + ", one client");
    System.exit(0);
  }

  private static String get(SignedInClient client, String path, boolean api) throws Exception {
    HttpResponse<String> r = client.http.send(client.request(path, api).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }
}
