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
