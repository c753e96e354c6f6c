package org.phasezero.cli.corpus;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.phasezero.analysis.corpus.Corpus;
import org.phasezero.analysis.corpus.FrequencyList;
import org.phasezero.cli.Json;
import org.phasezero.cli.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code phasezero corpus freq}: token and type counts and the most frequent types. */
@Command(name = "freq", mixinStandardHelpOptions = true,
    description = "Frequency list: number of tokens and types, and the top N types by frequency "
        + "(ties in code-unit order), with frequency per million tokens.")
public class CorpusFreqCommand implements Callable<Integer> {

  private static final List<String> HEADER = List.of("rank", "type", "frequency", "per_million");

  @Spec
  CommandSpec spec;

  @Mixin
  CorpusSource source;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20",
      description = "How many types to list (0 = all; default 20).")
  int top;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), json or csv.")
  OutputFormat format;

  @Override
  public Integer call() {
    Corpus corpus = source.loadForCounting();
    List<FrequencyList.Entry> list = FrequencyList.top(corpus, top);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("tokens", corpus.tokenCount());
        result.put("types", corpus.typeCount());
        result.put("documents", corpus.documentCount());
        result.put("top", list.stream().map(e -> Tables.record(HEADER, row(e))).toList());
        Json.print(out, result);
      }
      case CSV -> Tables.csv(out, HEADER, list.stream().map(CorpusFreqCommand::row).toList());
      default -> {
        out.printf("tokens: %d%ntypes: %d%ndocuments: %d%n", corpus.tokenCount(),
            corpus.typeCount(), corpus.documentCount());
        if (!list.isEmpty()) {
          out.printf("%6s  %-24s %10s %12s%n", "rank", "type", "frequency", "per million");
        }
        for (FrequencyList.Entry e : list) {
          out.printf("%6d  %-24s %10d %12s%n", e.rank(), e.type(), e.frequency(),
              Tables.number(e.perMillion()));
        }
      }
    }
    return 0;
  }

  private static List<?> row(FrequencyList.Entry e) {
    return List.of(e.rank(), e.type(), e.frequency(), e.perMillion());
  }
}
