package org.phasezero.bench.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.phasezero.analysis.corpus.AssociationMeasure;
import org.phasezero.analysis.corpus.BigramCollocations;
import org.phasezero.analysis.corpus.Collocates;
import org.phasezero.analysis.corpus.Concordance;
import org.phasezero.analysis.corpus.Corpus;
import org.phasezero.analysis.corpus.CorpusIndexFile;
import org.phasezero.analysis.corpus.FrequencyList;
import org.phasezero.analysis.corpus.Keyness;
import org.phasezero.analysis.corpus.ParallelCorpus;
import org.phasezero.analysis.corpus.TextDecoding;
import org.phasezero.analysis.corpus.Tokenization;

/**
 * End-to-end timings of the corpus statistics on generated data, printed as {@code name value}
 * lines for bench/run-corpus.sh: indexing throughput, index size, and the queries answered from a
 * loaded (memory-mapped) index. Query times are the median of several runs after warm-up runs,
 * because a researcher's session asks many queries of one index.
 *
 * <p>usage: CorpusTimings query FILES_DIR COPIES INDEX_DIR WORD | keyness TARGET_DIR REF_DIR
 */
public final class CorpusTimings {

  /** Threads that build a corpus: every core unless -Dpz.threads=N (1 shows the one-core figure). */
  private static final int THREADS = Integer.getInteger("pz.threads", ParallelCorpus.defaultThreads());

  private CorpusTimings() {}

  public static void main(String[] args) throws IOException {
    if (args[0].equals("keyness")) {
      keyness(Path.of(args[1]), Path.of(args[2]));
    } else {
      query(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]), args[4]);
    }
  }

  private static void query(Path dir, int copies, Path indexDir, String word) throws IOException {
    List<Path> files = files(dir).subList(0, copies);
    long t0 = System.nanoTime();
    Corpus corpus = read(files);
    double build = seconds(t0);
    print("threads", THREADS);
    print("tokens", corpus.tokenCount());
    print("types", corpus.typeCount());
    print("build_s", build);
    print("tokens_per_s", corpus.tokenCount() / build);
    t0 = System.nanoTime();
    CorpusIndexFile.save(corpus, indexDir);
    double save = seconds(t0);
    print("save_s", save);
    // Tokenising, interning, building the postings and writing them: NLTK's ConcordanceIndex
    // build is the counterpart.
    print("index_s", build + save);
    long bytes = CorpusIndexFile.size(indexDir);
    print("index_bytes", bytes);
    print("bytes_per_token", (double) bytes / corpus.tokenCount());
    corpus = null;
    print("heap_peak_mb", peakHeapMb());
    t0 = System.nanoTime();
    Corpus loaded = CorpusIndexFile.load(indexDir);
    print("load_ms", seconds(t0) * 1000);
    print("hits", Concordance.of(loaded, word, 20, Concordance.Sort.NONE, false).size());
    print("kwic_ms", median(7, () -> Concordance.of(loaded, word, 20, Concordance.Sort.NONE,
        false)));
    print("kwic_sorted_ms", median(7, () -> Concordance.of(loaded, word, 20,
        Concordance.Sort.LEFT, false)));
    print("collocates_ms", median(5, () -> Collocates.of(loaded, word, 5,
        AssociationMeasure.named("mi"), 3, false, 20)));
    print("freq_ms", median(3, () -> FrequencyList.top(loaded, 20)));
    print("bigrams_ms", median(3, () -> BigramCollocations.of(loaded,
        AssociationMeasure.named("pmi"), 3, 20)));
  }

  private static void keyness(Path targetDir, Path referenceDir) throws IOException {
    long t0 = System.nanoTime();
    Corpus target = read(files(targetDir));
    Corpus reference = read(files(referenceDir));
    print("keyness_tokens_target", target.tokenCount());
    print("keyness_tokens_reference", reference.tokenCount());
    print("keyness_build_s", seconds(t0));
    print("keyness_ms", median(5, () -> Keyness.of(target, reference, Keyness.Ranking.LL, 3,
        false, 20)));
    List<?> top = Keyness.of(target, reference, Keyness.Ranking.LL, 3, false, 3);
    System.out.println("# top keywords " + top);
  }

  /** As {@code phasezero corpus index} reads files: on every core. */
  private static Corpus read(List<Path> files) throws IOException {
    return ParallelCorpus.build(Tokenization.DEFAULT, files, f -> f.toFile().length(), THREADS, (builder, f) -> {
      TextDecoding.Text text = TextDecoding.detect(Files.readAllBytes(f));
      builder.add(f.getFileName().toString(), text.chars(), 0, text.length());
    });
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** Median milliseconds of {@code runs} timed runs after three warm-up runs. */
  private static double median(int runs, Supplier<?> task) {
    Object sink = null;
    for (int i = 0; i < 3; i++) {
      sink = task.get();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      sink = task.get();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    if (sink == null) {
      throw new IllegalStateException();
    }
    Arrays.sort(ms);
    return ms[runs / 2];
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Sum of the heap pools' peak use: an upper bound of the peak heap in use so far. */
  private static double peakHeapMb() {
    long bytes = 0;
    for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / 1048576.0;
  }

  private static void print(String name, double value) {
    System.out.println(name + " " + String.format(Locale.ROOT, value == Math.rint(value)
        && Math.abs(value) < 1e15 ? "%.0f" : "%.4f", value));
  }
}
