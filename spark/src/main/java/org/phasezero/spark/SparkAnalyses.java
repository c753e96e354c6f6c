package org.phasezero.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.phasezero.analysis.corpus.AssociationMeasure;
import org.phasezero.analysis.corpus.Collocates;
import org.phasezero.analysis.corpus.FrequencyList;
import org.phasezero.analysis.corpus.Keyness;
import org.phasezero.analysis.corpus.KeynessScore;
import org.phasezero.analysis.corpus.Tokenization;
import scala.Tuple2;

/**
 * Frequency lists, keyness and collocates from {@link SparkCounts}, each giving exactly the
 * analysis library's result for the same documents: the statistics are computed by the library's
 * own functions from counts that Spark sums, and ranked by the library's own orders.
 */
public final class SparkAnalyses {

  private SparkAnalyses() {}

  /** The {@code top} most frequent types (all when top is not positive), as FrequencyList.top. */
  public static List<FrequencyList.Entry> frequencyList(SparkCounts counts, int top) {
    List<FrequencyList.Count> ranked = TopK.of(counts.frequencies(),
        row -> new FrequencyList.Count(row.getString(0), row.getLong(1)),
        () -> FrequencyList.ORDER, top);
    return FrequencyList.entries(ranked, counts.tokens());
  }

  /** Key words of the target against the reference, as Keyness.of with the same arguments. */
  public static List<KeynessScore> keyness(SparkCounts target, SparkCounts reference,
      Keyness.Ranking ranking, int minFreq, boolean includeUnderused, int top) {
    if (!target.tokenization().equals(reference.tokenization())) {
      throw new IllegalArgumentException("target and reference are tokenised differently");
    }
    long c = target.tokens();
    long d = reference.tokens();
    Dataset<Row> joined = target.frequencies().withColumnRenamed(SparkCounts.FREQUENCY, "a")
        .join(reference.frequencies().withColumnRenamed(SparkCounts.FREQUENCY, "b"),
            new String[] {SparkCounts.TYPE}, "full_outer")
        .select(col(SparkCounts.TYPE), coalesce(col("a"), lit(0L)).as("a"),
            coalesce(col("b"), lit(0L)).as("b"));
    return TopK.of(joined, row -> {
      long a = row.getLong(1);
      long b = row.getLong(2);
      return Keyness.kept(a, c, b, d, minFreq, includeUnderused)
          ? KeynessScore.of(row.getString(0), a, c, b, d) : null;
    }, ranking::order, top);
  }

  /**
   * Collocates of {@code node} within {@code window} tokens each side, as Collocates.of on a
   * corpus whose documents are these. Windows never cross a document, so each document's windows
   * are walked where it lies, with the library's convention: windows merged, node tokens left
   * out, each token counted once.
   */
  public static Collocates.Result collocates(Dataset<String> documents, SparkCounts counts,
      String node, int window, String measureName, int minFreq, int top) {
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1 token, was " + window);
    }
    AssociationMeasure measure = AssociationMeasure.named(measureName);
    Tokenization t = counts.tokenization();
    String pattern = t.pattern();
    boolean ignoreCase = t.ignoreCase();
    String normalised = t.normalise(node);
    MapPartitionsFunction<String, Tuple2<String, Long>> walk = partition ->
        windowCounts(partition, new Tokenization(pattern, ignoreCase), normalised, window);
    Dataset<Row> observed = documents
        .mapPartitions(walk, Encoders.tuple(Encoders.STRING(), Encoders.LONG()))
        .toDF(SparkCounts.TYPE, "observed")
        .groupBy(col(SparkCounts.TYPE)).agg(sum(col("observed")).as("observed"))
        .cache();
    try {
      List<Row> totals = observed.where(col(SparkCounts.TYPE).isin(NODE_FREQUENCY, WINDOW_TOKENS))
          .collectAsList();
      long nodeFrequency = 0;
      long windowTokens = 0;
      for (Row r : totals) {
        if (r.getString(0).equals(NODE_FREQUENCY)) {
          nodeFrequency = r.getLong(1);
        } else {
          windowTokens = r.getLong(1);
        }
      }
      long tokens = counts.tokens();
      long nodes = nodeFrequency;
      long inWindows = windowTokens;
      Dataset<Row> scored = observed.where(col(SparkCounts.TYPE).startsWith(WORD))
          .select(col(SparkCounts.TYPE).substr(WORD.length() + 1, Integer.MAX_VALUE)
              .as(SparkCounts.TYPE), col("observed"))
          .where(col("observed").geq(minFreq))
          .join(counts.frequencies(), SparkCounts.TYPE);
      List<Collocates.Collocate> best = TopK.of(scored, row -> Collocates.collocate(
              row.getString(0), row.getLong(1), inWindows, row.getLong(2), tokens, nodes,
              AssociationMeasure.named(measureName)),
          () -> Collocates.ORDER, top);
      return new Collocates.Result(node, nodeFrequency, windowTokens, measure.name(), best);
    } finally {
      observed.unpersist();
    }
  }

  // The walk's output keys: a word is prefixed so that it cannot collide with the two totals.
  private static final String WORD = "w:";
  private static final String NODE_FREQUENCY = "#node";
  private static final String WINDOW_TOKENS = "#window";

  private static Iterator<Tuple2<String, Long>> windowCounts(Iterator<String> partition,
      Tokenization tokenization, String node, int window) {
    Map<String, long[]> counts = new HashMap<>();
    long nodeFrequency = 0;
    long windowTokens = 0;
    List<String> tokens = new ArrayList<>();
    var tokenizer = tokenization.tokenizer();
    var sink = tokenization.folding((chars, start, end) ->
        tokens.add(new String(chars, start, end - start)));
    while (partition.hasNext()) {
      String text = partition.next();
      // Unfolded tokens are substrings of their text, so most documents are skipped untokenised.
      if (text == null || !tokenization.ignoreCase() && !text.contains(node)) {
        continue;
      }
      tokens.clear();
      char[] chars = text.toCharArray();
      tokenizer.tokenize(chars, 0, chars.length, sink);
      int covered = -1;
      int last = tokens.size() - 1;
      for (int p = 0; p <= last; p++) {
        if (!tokens.get(p).equals(node)) {
          continue;
        }
        nodeFrequency++;
        int lo = Math.max(Math.max(p - window, 0), covered + 1);
        int hi = Math.min(p + window, last);
        for (int i = lo; i <= hi; i++) {
          String token = tokens.get(i);
          if (token.equals(node)) {
            continue;
          }
          windowTokens++;
          counts.computeIfAbsent(token, k -> new long[1])[0]++;
        }
        covered = Math.max(covered, hi);
      }
    }
    List<Tuple2<String, Long>> out = new ArrayList<>(counts.size() + 2);
    counts.forEach((word, n) -> out.add(new Tuple2<>(WORD + word, n[0])));
    out.add(new Tuple2<>(NODE_FREQUENCY, nodeFrequency));
    out.add(new Tuple2<>(WINDOW_TOKENS, windowTokens));
    return out.iterator();
  }
}
