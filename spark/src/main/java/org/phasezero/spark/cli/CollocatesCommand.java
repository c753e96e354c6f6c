package org.phasezero.spark.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.phasezero.analysis.corpus.AssociationMeasure;
import org.phasezero.analysis.corpus.Collocates;
import org.phasezero.analysis.corpus.Tokenization;
import org.phasezero.spark.SparkAnalyses;
import org.phasezero.spark.SparkCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phasezero spark collocates --node WORD}: words associated with a node in a window. */
@Command(name = "collocates", mixinStandardHelpOptions = true,
    description = {"Collocates of a node word within N tokens either side, as 'phasezero corpus "
        + "collocates': windows merged, clipped at document edges, each token counted once, "
        + "after Evert (2008).",
        "Measures: mi, mi3, t, z, ll (Dunning's G2) or logdice (Rychly 2008)."})
public class CollocatesCommand implements Callable<Integer> {

  private static final List<String> HEADER =
      List.of("collocate", "observed", "expected", "frequency", "score");

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Option(names = "--input", paramLabel = "FILE_OR_DIR", required = true,
      description = "JSON Lines, Parquet or CSV: a file, a folder or a glob.")
  String path;

  @Option(names = "--where", paramLabel = "CONDITION",
      description = "Only rows this Spark SQL condition keeps.")
  String where;

  @Option(names = "--node", paramLabel = "WORD", required = true, description = "The node word.")
  String node;

  @Option(names = "--window", paramLabel = "N", defaultValue = "5",
      description = "Tokens each side of the node (default 5).")
  int window;

  @Option(names = "--measure", paramLabel = "NAME", defaultValue = "logdice",
      description = "mi, mi3, t, z, ll or logdice (default).")
  String measure;

  @Option(names = "--min-freq", paramLabel = "N", defaultValue = "3",
      description = "Minimum co-occurrence frequency O (default 3).")
  int minFreq;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20",
      description = "How many collocates to list (0 = all; default 20).")
  int top;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), json or csv.")
  Output.Format format;

  @Override
  public Integer call() {
    AssociationMeasure.named(measure);
    if (window < 1) {
      throw new IllegalArgumentException("--window must be at least 1, was " + window);
    }
    Tokenization tokenization = input.tokenization();
    input.session();
    Dataset<String> documents = input.documents(path, where);
    try (SparkCounts counts = SparkCounts.of(documents, tokenization)) {
      Collocates.Result r = SparkAnalyses.collocates(documents, counts, node, window, measure,
          minFreq, top);
      print(counts, r);
    }
    Skipped.report(spec, input.skipped());
    return 0;
  }

  private void print(SparkCounts counts, Collocates.Result r) {
    PrintWriter out = spec.commandLine().getOut();
    List<List<?>> rows = r.collocates().stream().<List<?>>map(c -> List.of(c.word(),
        c.observed(), c.expected(), c.frequency(), c.score())).toList();
    switch (format) {
      case JSON -> {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("node", node);
        result.put("node_frequency", r.nodeFrequency());
        result.put("window", window);
        result.put("window_tokens", r.windowTokens());
        result.put("tokens", counts.tokens());
        result.put("measure", r.measure());
        result.put("collocates", Output.records(HEADER, rows));
        Output.json(out, result);
      }
      case CSV -> Output.csv(out, HEADER, rows);
      default -> {
        out.printf(Locale.ROOT, "node '%s': frequency %d, window %d each side (%d window tokens),"
            + " %d tokens, measure %s%n", node, r.nodeFrequency(), window, r.windowTokens(),
            counts.tokens(), r.measure());
        if (!r.collocates().isEmpty()) {
          out.printf("%-24s %9s %10s %10s %10s%n", "collocate", "observed", "expected",
              "frequency", "score");
        }
        for (Collocates.Collocate c : r.collocates()) {
          out.printf("%-24s %9d %10s %10d %10s%n", c.word(), c.observed(),
              Output.number(c.expected()), c.frequency(), Output.number(c.score()));
        }
      }
    }
    out.flush();
  }
}
