package org.phasezero.analysis.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a per-source computation over a list of sources on several threads and sums what each
 * thread accumulated.
 *
 * <p>Determinism: thread {@code t} of {@code T} takes sources {@code t, t + T, t + 2T, ...} in
 * order (interleaving balances the work when cost varies with position) and adds into its own
 * array; the arrays are then summed in thread order. The result is therefore bitwise identical run
 * after run for a given thread count; different thread counts differ only in floating-point
 * rounding of the final sum (relative 1e-15). Memory: one result array per thread.
 */
final class ParallelSources {

  /** Per-thread work: state (such as a {@link ShortestPathCounts}) is private to the thread. */
  interface Visitor {
    void visit(int source, double[] into);
  }

  interface VisitorFactory {
    Visitor create();
  }

  private ParallelSources() {}

  /** The default degree of parallelism: every available core. */
  static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  static double[] sum(int length, int[] sources, int threads, VisitorFactory factory) {
    int t = Math.max(1, Math.min(threads, sources.length));
    if (t == 1) {
      return work(length, sources, 0, 1, factory);
    }
    ExecutorService pool = Executors.newFixedThreadPool(t, r -> {
      Thread thread = new Thread(r, "phasezero-graph");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<double[]>> parts = new ArrayList<>();
      for (int i = 0; i < t; i++) {
        int offset = i;
        parts.add(pool.submit(() -> work(length, sources, offset, t, factory)));
      }
      double[] total = new double[length];
      for (Future<double[]> part : parts) {
        double[] p = part.get();
        for (int i = 0; i < length; i++) {
          total[i] += p[i];
        }
      }
      return total;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }

  private static double[] work(int length, int[] sources, int offset, int stride,
      VisitorFactory factory) {
    double[] into = new double[length];
    Visitor visitor = factory.create();
    for (int i = offset; i < sources.length; i += stride) {
      visitor.visit(sources[i], into);
    }
    return into;
  }

  static int[] all(int n) {
    int[] s = new int[n];
    for (int i = 0; i < n; i++) {
      s[i] = i;
    }
    return s;
  }
}
