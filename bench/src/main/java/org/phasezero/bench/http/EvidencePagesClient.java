package org.phasezero.bench.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The evidence workspace's three goals through a running PhaseZero server on loopback, as a user
 * and a script would meet them: a REFI-QDA project imported over {@code POST /api/v1/projects/import}
 * (upload to 201), every page of its largest source opened as a signed-in member
 * ({@code GET /research/sources/{id}?page=N}, 40 turns and their codings), codes applied with
 * {@code POST /api/v1/codings} (one client, then several at once), and the same pages' turns as JSON
 * ({@code GET /api/v1/sources/{id}/turns}) for comparison. Signs in with the form, makes a personal
 * access token on the account page for the API, and prints each measure's percentiles.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.phasezero.bench.http.EvidencePagesClient BASE USER
 * PASSWORD QDPX [imports] [page-rounds] [codings] [clients]}
 */
public final class EvidencePagesClient {

  private static final Pattern PROJECT_ID = Pattern.compile("\"project\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*(\\d+)");
  private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\\}");
  private static final int TURNS_PER_PAGE = 40;

  private final SignedInClient client;
  private final HttpClient http;

  private EvidencePagesClient(String base) {
    this.client = new SignedInClient(base, 4);
    this.http = client.http;
  }

  private HttpRequest.Builder request(String path, boolean api) {
    return client.request(path, api);
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: EvidencePagesClient BASE USER PASSWORD QDPX [imports] [page-rounds] [codings] [clients]");
      System.exit(2);
    }
    String base = args[0];
    if (!base.startsWith("http://127.0.0.1") && !base.startsWith("http://localhost")) {
      System.err.println("EvidencePagesClient only targets loopback addresses");
      System.exit(2);
    }
    Path qdpx = Path.of(args[3]);
    int imports = args.length > 4 ? Integer.parseInt(args[4]) : 3;
    int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 5;
    int codings = args.length > 6 ? Integer.parseInt(args[6]) : 500;
    int clients = args.length > 7 ? Integer.parseInt(args[7]) : 10;
    EvidencePagesClient c = new EvidencePagesClient(base);
    int status = 0;
    try {
      c.client.signIn(args[1], args[2]);
      c.client.makeToken();
      c.run(Files.readAllBytes(qdpx), qdpx.getFileName().toString(), imports, rounds, codings, clients);
    } catch (Exception | AssertionError e) {
      e.printStackTrace();
      status = 1;
    }
    // The HTTP client's worker threads are not daemons: end the JVM either way.
    System.exit(status);
  }

  private void run(byte[] file, String fileName, int imports, int rounds, int codings, int clients) throws Exception {
    System.out.printf("--- import %s (%,d bytes) via POST /api/v1/projects/import, %d times%n", fileName, file.length,
        imports);
    long project = -1;
    for (int i = 1; i <= imports; i++) {
      long t0 = System.nanoTime();
      HttpResponse<String> r = importProject(file, fileName, "Benchmark import " + i + " " + System.currentTimeMillis());
      long ms = (System.nanoTime() - t0) / 1_000_000;
      if (r.statusCode() != 201) {
        throw new IllegalStateException("import answered " + r.statusCode() + ": " + r.body());
      }
      Matcher m = PROJECT_ID.matcher(r.body());
      if (!m.find()) {
        throw new IllegalStateException("no project id in " + r.body());
      }
      project = Long.parseLong(m.group(1));
      System.out.printf("import %d: %,d ms (upload to 201; project %d; %s)%n", i, ms, project,
          field(r.body(), "codings") + " codings");
    }

    // The source of the last imported project with the most codings (the largest, if none has any).
    long source = -1;
    int segments = 0;
    int chars = 0;
    int existing = -1;
    for (String o : objects(apiGet("/api/v1/projects/" + project + "/sources").body())) {
      long id = Long.parseLong(field(o, "id"));
      int n = Integer.parseInt(field(o, "charCount"));
      int coded = objects(apiGet("/api/v1/sources/" + id + "/codings").body()).size();
      System.out.printf("source %d '%s': %,d characters, %,d turns, %d codings%n", id, field(o, "name"), n,
          Integer.parseInt(field(o, "segmentCount")), coded);
      if (coded > existing || (coded == existing && n > chars)) {
        existing = coded;
        chars = n;
        segments = Integer.parseInt(field(o, "segmentCount"));
        source = id;
      }
    }
    List<Long> codes = new ArrayList<>();
    for (String o : objects(apiGet("/api/v1/projects/" + project + "/codes").body())) {
      if ("true".equals(field(o, "codable"))) {
        codes.add(Long.parseLong(field(o, "id")));
      }
    }
    int pages = Math.max(1, (segments + TURNS_PER_PAGE - 1) / TURNS_PER_PAGE);
    System.out.printf("source %d: %,d characters, %,d turns, %d pages of %d, %d codings; %d codable codes%n",
        source, chars, segments, pages, TURNS_PER_PAGE, existing, codes.size());

    System.out.printf("--- source page, signed-in session, one client: every page, 1 warm-up round + %d rounds%n", rounds);
    Latencies pageStats = pages("/research/sources/" + source + "?page=%d", pages, rounds, false, 0);
    pageStats.print("GET /research/sources/{id}?page=N");

    System.out.printf("--- the same turns as JSON, bearer token, one client: 1 warm-up round + %d rounds%n", rounds);
    Latencies apiStats = pages("/api/v1/sources/" + source + "/turns?from=%d&count=" + TURNS_PER_PAGE, pages, rounds, true,
        TURNS_PER_PAGE);
    apiStats.print("GET /api/v1/sources/{id}/turns?from=&count=40");
    System.out.printf("ratio page / JSON turns: p50 %.1f×, p95 %.1f×%n", pageStats.pct(50) / apiStats.pct(50),
        pageStats.pct(95) / apiStats.pct(95));

    // Disjoint ranges, in random order: slot i of [0, chars) holds one range of 20-200 characters.
    int warmUp = Math.min(50, codings);
    int slots = warmUp + 2 * codings;
    int width = chars / slots;
    if (width < 22) {
      throw new IllegalStateException("the source is too short for " + slots + " disjoint codings");
    }
    Random random = new Random(20261201L);
    List<int[]> ranges = new ArrayList<>();
    for (int i = 0; i < slots; i++) {
      int len = 20 + random.nextInt(Math.min(181, width - 21));
      int start = i * width + random.nextInt(width - len);
      ranges.add(new int[] {start, start + len});
    }
    Collections.shuffle(ranges, random);
    System.out.printf("--- apply a code: POST /api/v1/codings, %d warm-up, %d by one client, %d by %d clients at once%n",
        warmUp, codings, codings, clients);
    apply(source, codes, ranges.subList(0, warmUp), 1);
    Latencies one = apply(source, codes, ranges.subList(warmUp, warmUp + codings), 1);
    one.print("POST /api/v1/codings, 1 client");
    Latencies many = apply(source, codes, ranges.subList(warmUp + codings, slots), clients);
    many.print("POST /api/v1/codings, " + clients + " clients");

    System.out.printf("--- the source page again, now with %d more codings: 1 warm-up round + %d rounds%n",
        warmUp + 2 * codings, rounds);
    pages("/research/sources/" + source + "?page=%d", pages, rounds, false, 0)
        .print("GET /research/sources/{id}?page=N (" + (existing + warmUp + 2 * codings) + " codings)");
  }

  /** Every page once as a warm-up, then {@code rounds} times, timed. */
  private Latencies pages(String pattern, int pages, int rounds, boolean api, int step) throws Exception {
    Latencies stats = new Latencies();
    for (int round = 0; round <= rounds; round++) {
      for (int p = 0; p < pages; p++) {
        String path = String.format(pattern, step == 0 ? p : p * step);
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = http.send(request(path, api).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        long micros = (System.nanoTime() - t0) / 1000;
        if (round > 0) {
          stats.add(micros, r.statusCode() == 200);
          stats.bytes += r.body().length;
        }
      }
    }
    return stats;
  }

  private Latencies apply(long source, List<Long> codes, List<int[]> ranges, int clients) throws Exception {
    Latencies stats = new Latencies();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> running = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      running.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < ranges.size(); i = next.getAndIncrement()) {
          int[] range = ranges.get(i);
          String json = "{\"sourceId\":" + source + ",\"codeId\":" + codes.get(i % codes.size()) + ",\"start\":"
              + range[0] + ",\"end\":" + range[1] + "}";
          long s = System.nanoTime();
          boolean ok;
          try {
            HttpResponse<String> r = http.send(request("/api/v1/codings", true)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            ok = r.statusCode() == 201;
            if (!ok && stats.firstError == null) {
              stats.firstError = r.statusCode() + " " + r.body();
            }
          } catch (Exception e) {
            ok = false;
          }
          stats.add((System.nanoTime() - s) / 1000, ok);
        }
        return null;
      }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    stats.wallNanos = System.nanoTime() - t0;
    pool.shutdown();
    return stats;
  }



  private HttpResponse<String> apiGet(String path) throws Exception {
    HttpResponse<String> r = http.send(request(path, true).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
    }
    return r;
  }

  private HttpResponse<String> importProject(byte[] file, String fileName, String name) throws Exception {
    String boundary = "----phasezero-bench-" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n" + name + "\r\n")
        .getBytes(StandardCharsets.UTF_8));
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(file);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(request("/api/v1/projects/import", true)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> objects(String json) {
    List<String> out = new ArrayList<>();
    Matcher m = OBJECT.matcher(json);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^,\"}]*)").matcher(json);
    return m.find() ? m.group(1) : "?";
  }

}
