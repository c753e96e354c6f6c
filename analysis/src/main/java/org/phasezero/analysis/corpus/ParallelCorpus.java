package org.phasezero.analysis.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToLongFunction;

/**
 * Builds a corpus on several cores. The documents are cut into consecutive runs of about equal
 * weight (for files, their size in bytes); each run is read and tokenised by its own
 * {@link CorpusBuilder} on its own thread, and the parts are {@linkplain CorpusBuilder#join
 * joined}, so the corpus is identical, id for id, to one builder's.
 *
 * <p>Why: reading, decoding, tokenising and interning are most of the cost of building an index
 * (about 60% at 100M tokens), and each document's share is independent of the others'. Only the
 * join (mapping each later part's type ids, O(N)) runs on one thread. Memory: each thread holds
 * the document it is reading, and the parts' token arrays are copied into one before being let
 * go, so the peak is about 12 bytes per token instead of 8.
 */
public final class ParallelCorpus {

  /** Reads one document (decoding it, typically) and adds it to the builder. */
  @FunctionalInterface
  public interface Reader<T> {
    void add(CorpusBuilder builder, T document) throws IOException;
  }

  private ParallelCorpus() {}

  /** The threads to use by default: one per available core. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * The corpus of the documents, in order, read by {@code reader} on up to {@code threads}
   * threads. A failure of the reader is rethrown as it was thrown (the earliest part's first);
   * the other parts are then abandoned.
   */
  public static <T> Corpus build(Tokenization tokenization, List<T> documents, ToLongFunction<T> weight,
      int threads, Reader<T> reader) throws IOException {
    List<List<T>> runs = runs(documents, weight, Math.max(1, threads));
    if (runs.size() <= 1) {
      CorpusBuilder builder = new CorpusBuilder(tokenization);
      for (T document : documents) {
        reader.add(builder, document);
      }
      return builder.build();
    }
    ExecutorService pool = Executors.newFixedThreadPool(runs.size(), task -> {
      Thread t = new Thread(task, "corpus-build");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<CorpusBuilder>> futures = new ArrayList<>();
      for (List<T> run : runs) {
        futures.add(pool.submit(() -> {
          CorpusBuilder builder = new CorpusBuilder(tokenization);
          for (T document : run) {
            reader.add(builder, document);
          }
          return builder;
        }));
      }
      List<CorpusBuilder> parts = new ArrayList<>();
      for (Future<CorpusBuilder> f : futures) {
        parts.add(result(f));
      }
      return CorpusBuilder.join(parts);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Consecutive runs of about {@code total / parts} weight each, at most {@code parts} of them. */
  static <T> List<List<T>> runs(List<T> documents, ToLongFunction<T> weight, int parts) {
    long[] weights = new long[documents.size()];
    long total = 0;
    for (int i = 0; i < weights.length; i++) {
      weights[i] = Math.max(1, weight.applyAsLong(documents.get(i)));
      total += weights[i];
    }
    List<List<T>> runs = new ArrayList<>();
    int from = 0;
    long done = 0;
    for (int i = 0; i < weights.length; i++) {
      done += weights[i];
      // Cut after document i once the runs so far hold their share of the weight.
      if (done * parts >= (runs.size() + 1) * total || i == weights.length - 1) {
        runs.add(documents.subList(from, i + 1));
        from = i + 1;
      }
    }
    return runs;
  }

  private static CorpusBuilder result(Future<CorpusBuilder> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building a corpus", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
