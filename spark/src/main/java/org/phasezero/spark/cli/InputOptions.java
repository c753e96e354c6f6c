package org.phasezero.spark.cli;

import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.phasezero.analysis.corpus.Tokenization;
import org.phasezero.spark.SparkInputs;
import org.phasezero.spark.SparkSessions;
import picocli.CommandLine.Option;

/** Where the documents come from, how they are tokenised, and where Spark runs. */
public class InputOptions {

  @Option(names = "--text", paramLabel = "COL", defaultValue = "text",
      description = "The column (field) holding each document's text (default: text).")
  String text;

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "jsonl, parquet or csv (default: from the name; jsonl otherwise).")
  String inputFormat;

  @Option(names = "--bad-lines", paramLabel = "WHAT", defaultValue = "stop",
      description = "A malformed JSON line or CSV record: stop (default) or skip (leave it out, "
          + "and count it).")
  String badLines;

  @Option(names = "--token-pattern", paramLabel = "REGEX",
      description = "Regular expression for one token (default: runs of Unicode letters and "
          + "digits with inner ' or -, as in 'phasezero corpus').")
  String pattern;

  @Option(names = "--ignore-case", description = "Lower-case tokens.")
  boolean ignoreCase;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (default: spark-submit's, else local[*]); e.g. local[2].")
  String master;

  private SparkInputs inputs;

  Tokenization tokenization() {
    return new Tokenization(pattern, ignoreCase);
  }

  SparkSession session() {
    SparkSession spark = SparkSessions.start(master, System.console() != null);
    inputs = new SparkInputs(spark, switch (badLines.toLowerCase(Locale.ROOT)) {
      case "stop" -> SparkInputs.BadLines.STOP;
      case "skip" -> SparkInputs.BadLines.SKIP;
      default -> throw new IllegalArgumentException("--bad-lines is stop or skip, not '"
          + badLines + "'");
    });
    return spark;
  }

  /** The documents of {@code path}, optionally only the rows {@code where} keeps. */
  Dataset<String> documents(String path, String where) {
    SparkInputs.Format format = inputFormat == null
        ? SparkInputs.Format.of(path) : SparkInputs.Format.named(inputFormat);
    return inputs.documents(path, format, text, where);
  }

  /** The documents with their group (the value of {@code group}, a Spark SQL expression). */
  Dataset<Row> groupedDocuments(String path, String where, String group) {
    SparkInputs.Format format = inputFormat == null
        ? SparkInputs.Format.of(path) : SparkInputs.Format.named(inputFormat);
    return inputs.groupedDocuments(path, format, text, where, group);
  }

  /** How many malformed records were skipped, once the counting has run. */
  long skipped() {
    return inputs.skipped();
  }
}
