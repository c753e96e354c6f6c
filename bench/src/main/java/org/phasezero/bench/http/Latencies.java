package org.phasezero.bench.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Response times of a run of requests (thread-safe), with percentiles, errors and throughput. */
final class Latencies {

  private final List<Long> micros = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger errors = new AtomicInteger();
  long wallNanos;
  /** Bytes received, when the run counts them (shown as a mean size). */
  long bytes;
  volatile String firstError;

  /**
   * Times {@code requests} GETs of a page by each of {@code clients} concurrent clients sharing one
   * session, after {@code warmUp} untimed ones.
   */
  static Latencies of(SignedInClient client, String path, int requests, int clients, int warmUp) throws Exception {
    for (int i = 0; i < warmUp; i++) {
      client.http.send(client.request(path, false).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }
    Latencies stats = new Latencies();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
    long t0 = System.nanoTime();
    List<java.util.concurrent.Future<?>> done = new ArrayList<>();
    for (int k = 0; k < clients; k++) {
      done.add(pool.submit(() -> {
        for (int i = 0; i < requests; i++) {
          long start = System.nanoTime();
          java.net.http.HttpResponse<byte[]> r = client.http.send(client.request(path, false).GET().build(),
              java.net.http.HttpResponse.BodyHandlers.ofByteArray());
          stats.add((System.nanoTime() - start) / 1000, r.statusCode() == 200);
        }
        return null;
      }));
    }
    for (java.util.concurrent.Future<?> f : done) {
      f.get();
    }
    stats.wallNanos = System.nanoTime() - t0;
    pool.shutdown();
    return stats;
  }

  void add(long us, boolean ok) {
    micros.add(us);
    if (!ok) {
      errors.incrementAndGet();
    }
  }

  /** The p-th percentile in milliseconds (nearest rank). */
  double pct(int p) {
    long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
    return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000.0;
  }

  void print(String what) {
    long max = micros.stream().mapToLong(Long::longValue).max().orElse(0);
    String rate = wallNanos > 0 ? String.format(" throughput=%.0f/s", micros.size() / (wallNanos / 1e9)) : "";
    String size = bytes > 0 ? String.format(" mean-size=%,dB", bytes / micros.size()) : "";
    System.out.printf("%s: requests=%d errors=%d p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%s%s%n", what,
        micros.size(), errors.get(), pct(50), pct(95), pct(99), max / 1000.0, rate, size);
    if (firstError != null) {
      System.out.println("first error: " + firstError);
    }
  }
}
