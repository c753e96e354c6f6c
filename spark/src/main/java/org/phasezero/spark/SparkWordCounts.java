package org.phasezero.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.phasezero.analysis.corpus.Tokenization;
import org.phasezero.analysis.corpus.TypeDictionary;
import scala.Tuple3;

/**
 * A word list counted in groups of documents (by forum, by year, by anything a Spark SQL
 * expression computes from a row), as the platform counts its word lists by side and year: each
 * group's tokens, each word's frequency after the corpus's normalisation, their sum (the hits) and
 * the hits per 10,000 tokens, so that groups of different sizes compare.
 *
 * <p>Each partition tokenises its documents once, interning tokens in a {@link TypeDictionary}
 * whose first ids are the list's words, so a word is recognised by its id without a string per
 * token; Spark then sums the partitions' counts per group.
 */
public final class SparkWordCounts {

  /** One group: {@code byWord} in the order of the list's words. A null group is rows whose expression was null. */
  public record Group(String group, long tokens, List<Long> byWord, long hits, double perTenThousand) {}

  private static final int TOKENS = -1;

  private SparkWordCounts() {}

  /**
   * The groups of {@code documents} (rows of the group, as a string or null, then the text), in
   * the group's order with the null group last; rows without text are left out.
   */
  public static List<Group> of(Dataset<Row> documents, Tokenization tokenization, List<String> words) {
    if (words.isEmpty()) {
      throw new IllegalArgumentException("give at least one word to count");
    }
    List<String> normalised = words.stream().map(tokenization::normalise).toList();
    String pattern = tokenization.pattern();
    boolean ignoreCase = tokenization.ignoreCase();
    MapPartitionsFunction<Row, Tuple3<String, Integer, Long>> count =
        partition -> countPartition(partition, new Tokenization(pattern, ignoreCase), normalised);
    List<Row> summed = documents
        .mapPartitions(count, Encoders.tuple(Encoders.STRING(), Encoders.INT(), Encoders.LONG()))
        .toDF("grp", "word", "n")
        .groupBy(col("grp"), col("word")).agg(sum(col("n")).as("n"))
        .collectAsList();
    Map<String, long[]> byGroup = new HashMap<>();
    for (Row r : summed) {
      String group = r.isNullAt(0) ? null : r.getString(0);
      long[] counts = byGroup.computeIfAbsent(group, g -> new long[words.size() + 1]);
      counts[r.getInt(1) + 1] += r.getLong(2);
    }
    List<Group> groups = new ArrayList<>();
    byGroup.forEach((group, counts) -> {
      List<Long> byWord = new ArrayList<>();
      long hits = 0;
      for (int w = 0; w < words.size(); w++) {
        byWord.add(counts[w + 1]);
        hits += counts[w + 1];
      }
      long tokens = counts[0];
      groups.add(new Group(group, tokens, byWord, hits, tokens == 0 ? 0 : hits * 10_000.0 / tokens));
    });
    groups.sort(Comparator.comparing(Group::group, Comparator.nullsLast(Comparator.naturalOrder())));
    return groups;
  }

  private static Iterator<Tuple3<String, Integer, Long>> countPartition(Iterator<Row> partition,
      Tokenization tokenization, List<String> words) {
    TypeDictionary types = new TypeDictionary();
    for (String w : words) {
      types.intern(w);
    }
    int listed = types.size(); // fewer than words.size() when the list repeats a word
    Map<String, long[]> counts = new HashMap<>();
    long[][] current = {null};
    var tokenizer = tokenization.tokenizer();
    var sink = tokenization.folding((chars, start, end) -> {
      current[0][0]++;
      int id = types.intern(chars, start, end);
      if (id < listed) {
        current[0][id + 1]++;
      }
    });
    while (partition.hasNext()) {
      Row row = partition.next();
      if (row.isNullAt(1)) {
        continue;
      }
      String group = row.isNullAt(0) ? null : row.getString(0);
      current[0] = counts.computeIfAbsent(group, g -> new long[listed + 1]);
      char[] chars = row.getString(1).toCharArray();
      tokenizer.tokenize(chars, 0, chars.length, sink);
    }
    List<Tuple3<String, Integer, Long>> out = new ArrayList<>();
    counts.forEach((group, c) -> {
      out.add(new Tuple3<>(group, TOKENS, c[0]));
      for (int w = 0; w < words.size(); w++) {
        int id = types.idOf(words.get(w));
        out.add(new Tuple3<>(group, w, c[id + 1]));
      }
    });
    return out.iterator();
  }
}
