package org.phasezero.spark.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.phasezero.analysis.corpus.FrequencyList;
import org.phasezero.analysis.corpus.Tokenization;
import org.phasezero.spark.SparkAnalyses;
import org.phasezero.spark.SparkCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phasezero spark freq --input PATH}: tokens, types, documents and the top types. */
@Command(name = "freq", mixinStandardHelpOptions = true,
    description = "Frequency list: tokens, types and documents, and the top N types by frequency "
        + "(ties in code-unit order), with frequency per million tokens.")
public class FreqCommand implements Callable<Integer> {

  private static final List<String> HEADER = List.of("rank", "type", "frequency", "per_million");

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Option(names = "--input", paramLabel = "FILE_OR_DIR", required = true,
      description = "JSON Lines, Parquet or CSV: a file, a folder or a glob.")
  String path;

  @Option(names = "--where", paramLabel = "CONDITION",
      description = "Only rows this Spark SQL condition keeps, e.g. \"forum = 'carers'\".")
  String where;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20",
      description = "How many types to list (0 = all; default 20).")
  int top;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), json or csv.")
  Output.Format format;

  @Override
  public Integer call() {
    Tokenization tokenization = input.tokenization();
    input.session();
    try (SparkCounts counts = SparkCounts.of(input.documents(path, where), tokenization)) {
      List<FrequencyList.Entry> list = SparkAnalyses.frequencyList(counts, top);
      print(counts, list);
    }
    Skipped.report(spec, input.skipped());
    return 0;
  }

  private void print(SparkCounts counts, List<FrequencyList.Entry> list) {
    PrintWriter out = spec.commandLine().getOut();
    List<List<?>> rows = list.stream().<List<?>>map(e ->
        List.of(e.rank(), e.type(), e.frequency(), e.perMillion())).toList();
    switch (format) {
      case JSON -> {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("tokens", counts.tokens());
        result.put("types", counts.types());
        result.put("documents", counts.documents());
        result.put("top", Output.records(HEADER, rows));
        Output.json(out, result);
      }
      case CSV -> Output.csv(out, HEADER, rows);
      default -> {
        out.printf("tokens: %d%ntypes: %d%ndocuments: %d%n", counts.tokens(), counts.types(),
            counts.documents());
        if (!list.isEmpty()) {
          out.printf("%6s  %-24s %10s %12s%n", "rank", "type", "frequency", "per million");
        }
        for (FrequencyList.Entry e : list) {
          out.printf("%6d  %-24s %10d %12s%n", e.rank(), e.type(), e.frequency(),
              Output.number(e.perMillion()));
        }
      }
    }
    out.flush();
  }
}
