package org.phasezero.spark.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.phasezero.spark.SparkWordCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code phasezero spark counts --input PATH --words customer,efficiency --by forum}: a word list
 * counted per group of posts (sub-corpus counts), as the platform counts its word lists.
 */
@Command(name = "counts", mixinStandardHelpOptions = true,
    description = {"Sub-corpus counts of a word list: for each group of documents (--by), its "
        + "tokens, each word's frequency, their sum and the sum per 10,000 tokens.",
        "For example market language (customer, efficiency, outcomes) against democratic language "
        + "(voice, power, together), by forum or by year."})
public class CountsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Option(names = "--input", paramLabel = "FILE_OR_DIR", required = true,
      description = "JSON Lines, Parquet or CSV: a file, a folder or a glob.")
  String path;

  @Option(names = "--words", paramLabel = "WORD", split = ",", required = true,
      description = "The words to count, separated by commas.")
  List<String> words;

  @Option(names = "--by", paramLabel = "EXPRESSION", defaultValue = "'all'",
      description = "A Spark SQL expression giving each document's group, e.g. forum or "
          + "\"year(created_at)\" (default: one group, all).")
  String by;

  @Option(names = "--where", paramLabel = "CONDITION",
      description = "Only rows this Spark SQL condition keeps, e.g. \"forum = 'carers'\".")
  String where;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), json or csv.")
  Output.Format format;

  @Override
  public Integer call() {
    List<String> list = new ArrayList<>(new LinkedHashSet<>(words.stream().map(String::strip)
        .filter(w -> !w.isEmpty()).toList()));
    input.session();
    List<SparkWordCounts.Group> groups = SparkWordCounts.of(
        input.groupedDocuments(path, where, by), input.tokenization(), list);
    print(list, groups);
    Skipped.report(spec, input.skipped());
    return 0;
  }

  /** A word's column: wide enough for the word and for a count of ten digits. */
  private static int width(String word) {
    return Math.max(word.length(), 10);
  }

  private void print(List<String> list, List<SparkWordCounts.Group> groups) {
    PrintWriter out = spec.commandLine().getOut();
    List<String> header = new ArrayList<>(List.of("group", "tokens", "hits", "per_10000"));
    header.addAll(list);
    List<List<?>> rows = new ArrayList<>();
    for (SparkWordCounts.Group g : groups) {
      List<Object> row = new ArrayList<>(List.of(g.group() == null ? "" : g.group(), g.tokens(), g.hits(),
          Output.number(g.perTenThousand())));
      row.addAll(g.byWord());
      rows.add(row);
    }
    switch (format) {
      case JSON -> {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("by", by);
        result.put("words", list);
        result.put("groups", Output.records(header, rows));
        Output.json(out, result);
      }
      case CSV -> Output.csv(out, header, rows);
      default -> {
        StringBuilder heading = new StringBuilder(String.format("%-20s %12s %8s %10s", "group", "tokens", "hits",
            "per 10,000"));
        list.forEach(w -> heading.append(String.format(" %" + width(w) + "s", w)));
        out.println(heading);
        for (List<?> row : rows) {
          StringBuilder line = new StringBuilder(String.format("%-20s %12s %8s %10s", row.get(0), row.get(1),
              row.get(2), row.get(3)));
          for (int w = 0; w < list.size(); w++) {
            line.append(String.format(" %" + width(list.get(w)) + "s", row.get(4 + w)));
          }
          out.println(line);
        }
      }
    }
    out.flush();
  }
}
