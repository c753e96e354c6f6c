package org.phasezero.bench.http;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small closed-loop HTTP load generator for a PhaseZero server on loopback: signs in once, then
 * N clients each send requests back to back for a fixed time, cycling through the given paths.
 * Prints the request count, errors (any status other than 200, or an exception), throughput and
 * latency percentiles. Bounded in time; never targets anything but the given base URL.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.phasezero.bench.http.LoadClient BASE USER PASSWORD
 * CLIENTS SECONDS PATH...}
 */
public final class LoadClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private LoadClient() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 6) {
      System.err.println("usage: LoadClient BASE USER PASSWORD CLIENTS SECONDS PATH...");
      System.exit(2);
    }
    String base = args[0];
    if (!base.startsWith("http://127.0.0.1") && !base.startsWith("http://localhost")) {
      System.err.println("LoadClient only targets loopback addresses");
      System.exit(2);
    }
    int clients = Integer.parseInt(args[3]);
    long seconds = Long.parseLong(args[4]);
    List<String> paths = Arrays.asList(args).subList(5, args.length);
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5))
        .executor(Executors.newFixedThreadPool(4)).build();
    signIn(http, base, args[1], args[2]);

    // Warm up the JIT and the caches, then measure.
    run(http, base, paths, clients, 5);
    Result r = run(http, base, paths, clients, seconds);
    long[] sorted = r.latenciesMicros.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf("paths=%s clients=%d seconds=%d requests=%d errors=%d throughput=%.0f/s "
            + "p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%n",
        paths, clients, seconds, sorted.length, r.errors.get(), sorted.length / (double) seconds,
        pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1] / 1000.0);
    // The HTTP client's worker threads are not daemons: without this the JVM stayed up after the
    // figures were printed, until the script's `timeout 120` killed it (and `set -e` ended the script).
    System.exit(0);
  }

  private record Result(List<Long> latenciesMicros, AtomicInteger errors) {}

  private static Result run(HttpClient http, String base, List<String> paths, int clients, long seconds)
      throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicInteger errors = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<List<Long>>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int offset = c;
      futures.add(pool.submit(() -> {
        List<Long> lat = new ArrayList<>();
        int i = offset;
        while (System.nanoTime() < end) {
          String path = paths.get(i++ % paths.size());
          long t0 = System.nanoTime();
          try {
            HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (resp.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (Exception e) {
            errors.incrementAndGet();
          }
          lat.add((System.nanoTime() - t0) / 1000);
        }
        return lat;
      }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<List<Long>> f : futures) {
      all.addAll(f.get());
    }
    pool.shutdown();
    return new Result(all, errors);
  }

  private static double pct(long[] sorted, int p) {
    int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, idx)] / 1000.0;
  }

  private static void signIn(HttpClient http, String base, String user, String password) throws Exception {
    String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher m = CSRF.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token on the sign-in page");
    }
    String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    String location = r.headers().firstValue("Location").orElse("");
    if (r.statusCode() != 302 || location.contains("error")) {
      throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + location);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
