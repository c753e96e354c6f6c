package org.phasezero.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs the same request on many threads released at one moment by a barrier, the way simultaneous
 * clicks and retries reach the server, and returns every answer's status.
 */
public final class Race {

  /** The number of threads the integrity tests race: enough to get past any check-then-insert. */
  public static final int THREADS = 25;

  private Race() {}

  public static List<Integer> of(Callable<Integer> call) throws Exception {
    return of(THREADS, call);
  }

  public static List<Integer> of(int threads, Callable<Integer> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(() -> {
          start.await(30, TimeUnit.SECONDS);
          return call.call();
        }));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : results) {
        statuses.add(f.get(60, TimeUnit.SECONDS));
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  /** How many answers had the status. */
  public static long count(List<Integer> statuses, int status) {
    return statuses.stream().filter(s -> s == status).count();
  }
}
