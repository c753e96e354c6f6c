package org.phasezero.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.phasezero.analysis.corpus.Tokenization;
import org.phasezero.analysis.corpus.TypeDictionary;
import scala.Tuple2;

/**
 * The frequency of every type in a set of documents, tokenised once: each partition counts its
 * own documents in a {@link TypeDictionary} (no string per token) and emits one row per type,
 * which Spark then sums across partitions. The number of documents travels in the same pass as a
 * row with a null type, so one scan of the input gives tokens, types and documents.
 *
 * <p>The counts are persisted (memory, then disk) because every analysis reads them more than
 * once; {@link #close()} releases them.
 */
public final class SparkCounts implements AutoCloseable {

  /** Column names of {@link #frequencies()}. */
  public static final String TYPE = "type";
  public static final String FREQUENCY = "frequency";

  private final Tokenization tokenization;
  private final Dataset<Row> grouped;
  private final long tokens;
  private final long types;
  private final long documents;

  private SparkCounts(Tokenization tokenization, Dataset<Row> grouped, long tokens,
      long types, long documents) {
    this.tokenization = tokenization;
    this.grouped = grouped;
    this.tokens = tokens;
    this.types = types;
    this.documents = documents;
  }

  /** Counts the documents' tokens; each string is one document (null texts are not documents). */
  public static SparkCounts of(Dataset<String> documents, Tokenization tokenization) {
    String pattern = tokenization.pattern();
    boolean ignoreCase = tokenization.ignoreCase();
    MapPartitionsFunction<String, Tuple2<String, Long>> count =
        partition -> countPartition(partition, new Tokenization(pattern, ignoreCase));
    Dataset<Row> grouped = documents
        .mapPartitions(count, Encoders.tuple(Encoders.STRING(), Encoders.LONG()))
        .toDF(TYPE, FREQUENCY)
        .groupBy(col(TYPE)).agg(sum(col(FREQUENCY)).as(FREQUENCY))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Row totals = grouped.agg(
        sum(when(col(TYPE).isNotNull(), col(FREQUENCY))),
        count(col(TYPE)),
        sum(when(col(TYPE).isNull(), col(FREQUENCY))))
        .first();
    return new SparkCounts(tokenization, grouped, longOrZero(totals, 0),
        longOrZero(totals, 1), longOrZero(totals, 2));
  }

  private static Iterator<Tuple2<String, Long>> countPartition(Iterator<String> partition,
      Tokenization tokenization) {
    TypeDictionary types = new TypeDictionary();
    long[][] counts = {new long[1024]};
    long documents = 0;
    var tokenizer = tokenization.tokenizer();
    var sink = tokenization.folding((chars, start, end) -> {
      int id = types.intern(chars, start, end);
      if (id == counts[0].length) {
        counts[0] = java.util.Arrays.copyOf(counts[0], 2 * id);
      }
      counts[0][id]++;
    });
    while (partition.hasNext()) {
      String text = partition.next();
      if (text == null) {
        continue;
      }
      documents++;
      char[] chars = text.toCharArray();
      tokenizer.tokenize(chars, 0, chars.length, sink);
    }
    List<Tuple2<String, Long>> out = new ArrayList<>(types.size() + 1);
    for (int id = 0; id < types.size(); id++) {
      out.add(new Tuple2<>(types.type(id), counts[0][id]));
    }
    out.add(new Tuple2<>(null, documents));
    return out.iterator();
  }

  private static long longOrZero(Row row, int i) {
    return row.isNullAt(i) ? 0 : row.getLong(i);
  }

  public Tokenization tokenization() {
    return tokenization;
  }

  /** One row per type: {@link #TYPE} (string) and {@link #FREQUENCY} (long). */
  public Dataset<Row> frequencies() {
    return grouped.where(col(TYPE).isNotNull());
  }

  public long tokens() {
    return tokens;
  }

  public long types() {
    return types;
  }

  public long documents() {
    return documents;
  }

  @Override
  public void close() {
    grouped.unpersist();
  }
}
