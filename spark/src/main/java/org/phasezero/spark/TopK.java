package org.phasezero.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.phasezero.analysis.corpus.TopRanked;

/**
 * The best k rows of a dataset under an order defined on Java objects, not on Spark columns: each
 * partition keeps its best k with {@link TopRanked}, and the driver ranks the union of those.
 * This is exact (the best k of a union are among the parts' best k) and uses Java's own order,
 * so ties between words fall in code-unit order as in the analysis library, which Spark's
 * byte-wise string order would not give for every script.
 *
 * <p>Complexity: O(m log k) per partition, O(p·k log k) on the driver for p partitions.
 */
public final class TopK {

  /** Makes the object a row is ranked as, or null to leave the row out. */
  @FunctionalInterface
  public interface Scorer<T> extends Serializable {
    T score(Row row);
  }

  /** Supplies the order on each executor (comparators built from lambdas do not serialise). */
  @FunctionalInterface
  public interface Order<T> extends Serializable {
    Comparator<T> get();
  }

  private TopK() {}

  /** The best {@code k} scored rows, best first (all of them when k is not positive). */
  public static <T> List<T> of(Dataset<Row> rows, Scorer<T> scorer, Order<T> order, int k) {
    MapPartitionsFunction<Row, Row> best = partition -> bestRows(partition, scorer, order, k);
    List<Row> candidates = rows.mapPartitions(best, Encoders.row(rows.schema())).collectAsList();
    TopRanked<T> ranked = new TopRanked<>(order.get(), k);
    for (Row row : candidates) {
      ranked.offer(scorer.score(row));
    }
    return ranked.result();
  }

  /** Rows are scored again on the driver, so only the rows travel, not the scored objects. */
  private static <T> Iterator<Row> bestRows(Iterator<Row> partition, Scorer<T> scorer,
      Order<T> order, int k) {
    Comparator<T> byScore = order.get();
    TopRanked<Scored<T>> ranked =
        new TopRanked<>((x, y) -> byScore.compare(x.value(), y.value()), k);
    while (partition.hasNext()) {
      Row row = partition.next();
      T value = scorer.score(row);
      if (value != null) {
        ranked.offer(new Scored<>(value, row));
      }
    }
    List<Row> out = new ArrayList<>();
    for (Scored<T> s : ranked.result()) {
      out.add(s.row());
    }
    return out.iterator();
  }

  private record Scored<T>(T value, Row row) {}
}
