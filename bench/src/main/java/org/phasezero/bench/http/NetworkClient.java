package org.phasezero.bench.http;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The network map at scale, through the real server: building the network and every measure
 * (each request for a different end date, so nothing is served from the analyses kept in memory),
 * then the map page one client at a time and several at once, and the GraphML and measures that
 * {@code bench/python/network_networkx.py} compares with networkx. Goals at demo scale 10: building
 * and measuring under 1 s, the map page p95 under 300 ms. Run by {@code bench/run-network.sh}.
 */
public final class NetworkClient {

  private static final String NETWORK = "sources=ties&sources=meetings";

  private NetworkClient() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: NetworkClient BASE USER PASSWORD OUT_DIR [builds] [requests] [clients]");
      System.exit(2);
    }
    Path out = Path.of(args[3]);
    int builds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    int requests = args.length > 5 ? Integer.parseInt(args[5]) : 200;
    int clients = args.length > 6 ? Integer.parseInt(args[6]) : 10;
    SignedInClient client = new SignedInClient(args[0], 8);
    client.signIn(args[1], args[2]);
    client.makeToken();

    String measures = get(client, "/api/v1/networks/measures?" + NETWORK, true);
    Files.writeString(out.resolve("measures.json"), measures);
    Files.writeString(out.resolve("network.graphml"), get(client, "/api/v1/networks/export.graphml?" + NETWORK, true));
    String summary = measures.substring(measures.indexOf("\"summary\""), measures.indexOf("\"notes\""));
    System.out.println("network: " + summary);

    Latencies build = new Latencies();
    LocalDate today = LocalDate.now();
    long t0 = System.nanoTime();
    for (int i = 1; i <= builds; i++) {
      long start = System.nanoTime();
      HttpResponse<String> r = client.http.send(client.request("/api/v1/networks/measures?" + NETWORK + "&to="
          + today.minusDays(i), true).GET().build(), HttpResponse.BodyHandlers.ofString());
      build.add((System.nanoTime() - start) / 1000, r.statusCode() == 200);
    }
    build.wallNanos = System.nanoTime() - t0;
    build.print("build the network and every measure (uncached, ties and meetings, JSON of every node)");
    Files.writeString(out.resolve("build-ms.txt"), String.valueOf(build.pct(50)));

    String page = "/social-capital?" + NETWORK;
    Latencies.of(client, page, requests, 1, 10).print("GET " + page + ", one client");
    Latencies.of(client, page, requests, clients, 10).print("GET " + page + ", " + clients + " clients");
    String whatIf = "/social-capital/what-if?" + NETWORK + "&remove=p1";
    Latencies.of(client, whatIf, Math.max(1, requests / 10), 1, 10).print("GET " + whatIf + " (the broker leaves), one client");
    // The HTTP client's worker threads would keep the JVM alive.
    System.exit(0);
  }

  private static String get(SignedInClient client, String path, boolean api) throws Exception {
    HttpResponse<String> r = client.http.send(client.request(path, api).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + r.statusCode());
    }
    return r.body();
  }


}
