package org.phasezero.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * Reads posts, turns or pages from JSON Lines, Parquet or CSV (a file or a folder of them) and
 * takes one column as the documents' text, optionally only the rows a Spark SQL condition keeps
 * (a sub-corpus: one forum, one side, one period).
 *
 * <p>A malformed JSON line or CSV record either stops the job, naming it, or is left out and
 * counted, as the user chooses. Without a condition, JSON Lines are read with a schema of the
 * text column alone, so the input is scanned once; a condition needs the input's fields, which
 * Spark learns with one more scan (Parquet states them, so it costs nothing there).
 */
public final class SparkInputs {

  /** The input's format; {@link #of} guesses it from a file name. */
  public enum Format {
    JSONL, PARQUET, CSV;

    public static Format of(String path) {
      String name = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
      if (name.endsWith(".parquet")) {
        return PARQUET;
      }
      if (name.endsWith(".csv")) {
        return CSV;
      }
      return JSONL;
    }

    public static Format named(String name) {
      return switch (name.toLowerCase(Locale.ROOT)) {
        case "jsonl", "json", "ndjson" -> JSONL;
        case "parquet" -> PARQUET;
        case "csv" -> CSV;
        default -> throw new IllegalArgumentException("unknown input format '" + name
            + "' (expected jsonl, parquet or csv)");
      };
    }
  }

  /** What to do with a line that is not a valid record. */
  public enum BadLines { STOP, SKIP }

  private static final String CORRUPT = "_corrupt_record";

  private final SparkSession spark;
  private final BadLines badLines;
  private final LongAccumulator skipped;

  public SparkInputs(SparkSession spark, BadLines badLines) {
    this.spark = spark;
    this.badLines = badLines;
    SparkContext context = spark.sparkContext();
    this.skipped = context.longAccumulator("malformed records skipped");
  }

  /** How many malformed records were left out so far (known once a job has run). */
  public long skipped() {
    return skipped.value();
  }

  /**
   * The text of each kept row of {@code path}, one document per row; rows without text are not
   * documents.
   *
   * @throws IllegalArgumentException when the text column or a condition's field is missing
   */
  public Dataset<String> documents(String path, Format format, String textColumn, String where) {
    return kept(path, format, textColumn, where, where != null)
        .select(col(textColumn).cast(DataTypes.StringType)).as(Encoders.STRING());
  }

  /**
   * As {@link #documents}, with each document's group beside it: the value of the Spark SQL
   * expression {@code group} (a column such as {@code forum}, or e.g. {@code year(created_at)})
   * as a string, or null. Columns: the group, then the text.
   *
   * @throws IllegalArgumentException when a column is missing or the expression is not valid
   */
  public Dataset<Row> groupedDocuments(String path, Format format, String textColumn, String where,
      String group) {
    Dataset<Row> rows = kept(path, format, textColumn, where, true);
    try {
      return rows.select(expr(group).cast(DataTypes.StringType).as("grp"),
          col(textColumn).cast(DataTypes.StringType).as("text"));
    } catch (Exception e) {
      throw new IllegalArgumentException("cannot group by '" + group + "': "
          + firstLine(e.getMessage()));
    }
  }

  /** The rows of {@code path} that are well formed and that {@code where} keeps. */
  private Dataset<Row> kept(String path, Format format, String textColumn, String where,
      boolean allFields) {
    Dataset<Row> rows = read(path, format, textColumn, allFields);
    if (!Arrays.asList(rows.columns()).contains(textColumn)) {
      throw new IllegalArgumentException("no column '" + textColumn + "' in " + path
          + " (it has: " + String.join(", ", visible(rows.columns())) + ")");
    }
    if (Arrays.asList(rows.columns()).contains(CORRUPT)) {
      LongAccumulator counter = skipped;
      rows = rows.filter((FilterFunction<Row>) row -> {
        boolean bad = !row.isNullAt(row.fieldIndex(CORRUPT));
        if (bad) {
          counter.add(1);
        }
        return !bad;
      });
    }
    if (where != null) {
      try {
        rows = rows.where(where);
      } catch (Exception e) {
        throw new IllegalArgumentException("cannot apply the condition '" + where + "': "
            + firstLine(e.getMessage()));
      }
    }
    return rows;
  }

  private Dataset<Row> read(String path, Format format, String textColumn, boolean allFields) {
    DataFrameReader reader = spark.read();
    try {
      return switch (format) {
        case PARQUET -> reader.parquet(path);
        case JSONL -> {
          reader.option("mode", badLines == BadLines.STOP ? "FAILFAST" : "PERMISSIVE")
              .option("columnNameOfCorruptRecord", CORRUPT);
          if (!allFields) {
            reader.schema(new StructType().add(textColumn, DataTypes.StringType)
                .add(CORRUPT, DataTypes.StringType));
          }
          yield reader.json(path);
        }
        case CSV -> {
          reader.option("header", true).option("multiLine", true).option("escape", "\"")
              .option("mode", badLines == BadLines.STOP ? "FAILFAST" : "PERMISSIVE")
              .option("columnNameOfCorruptRecord", CORRUPT);
          yield reader.csv(path);
        }
      };
    } catch (Exception e) {
      throw new IllegalArgumentException("cannot read " + path + " as " + format.name()
          .toLowerCase(Locale.ROOT) + ": " + firstLine(e.getMessage()));
    }
  }

  private static String[] visible(String[] columns) {
    return Arrays.stream(columns).filter(c -> !c.equals(CORRUPT)).toArray(String[]::new);
  }

  static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
