package org.phasezero.bench.http;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analysing-together pages of the demo, timed through the real server: the thematic network
 * (drawing, nested list, themes by side and case), a closed blind round with its agreement, its
 * disagreements, and the member checks. Signs in as the demo researcher, finds the demo project's
 * network and round through the API, then opens each page after a warm-up, one client at a time and
 * then several at once. Goal: the network page p95 under 150 ms. Run by
 * {@code bench/run-analysis-pages.sh}.
 */
public final class AnalysisPagesClient {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

  private final SignedInClient client;

  private AnalysisPagesClient(String base) {
    this.client = new SignedInClient(base, 8);
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: AnalysisPagesClient BASE USER PASSWORD [requests] [clients]");
      System.exit(2);
    }
    int requests = args.length > 3 ? Integer.parseInt(args[3]) : 200;
    int clients = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    AnalysisPagesClient c = new AnalysisPagesClient(args[0]);
    c.client.signIn(args[1], args[2]);
    c.client.makeToken();
    String project = c.firstId(c.apiGet("/api/v1/projects"));
    String network = c.firstId(c.apiGet("/api/v1/projects/" + project + "/theme-networks"));
    String round = c.firstId(c.apiGet("/api/v1/projects/" + project + "/coding-rounds"));
    List<String> pages = List.of("/research/theme-networks/" + network, "/research/rounds/" + round,
        "/research/rounds/" + round + "/disagreements", "/research/" + project + "/member-checks");
    for (String page : pages) {
      Latencies.of(c.client, page, requests, 1, 20).print(page + ", one client");
    }
    Latencies.of(c.client, pages.get(0), requests, clients, 20).print(pages.get(0) + ", " + clients + " clients");
    // The HTTP client's worker threads would keep the JVM alive.
    System.exit(0);
  }



  private String firstId(String json) {
    Matcher m = ID.matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no id in " + json);
    }
    return m.group(1);
  }

  private String apiGet(String path) throws Exception {
    HttpResponse<String> r = client.http.send(client.request(path, true).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }
}
