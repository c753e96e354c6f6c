package org.phasezero.cli.corpus;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.phasezero.analysis.corpus.AssociationMeasure;
import org.phasezero.analysis.corpus.Collocates;
import org.phasezero.analysis.corpus.Corpus;
import org.phasezero.cli.Json;
import org.phasezero.cli.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code phasezero corpus collocates --node WORD}: words associated with a node in a window. */
@Command(name = "collocates", mixinStandardHelpOptions = true,
    description = {"Collocates of a node word within N tokens either side (windows merged, "
        + "clipped at document edges, each token counted once; E11 = window tokens x f(c) / N, "
        + "i.e. f(n)·f(c)·2N/corpus size without overlaps), after Evert (2008).",
        "Measures: mi = log2(O/E) (Church & Hanks 1990); mi3 = log2(O^3/E); t = (O-E)/sqrt(O); "
        + "z = (O-E)/sqrt(E); ll = Dunning's G2 over the 2x2 table; logdice = 14 + "
        + "log2(2 f(n,c)/(f(n)+f(c))) (Rychly 2008)."})
public class CorpusCollocatesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  CorpusSource source;

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
  OutputFormat format;

  @Override
  public Integer call() {
    AssociationMeasure m = AssociationMeasure.named(measure);
    if (window < 1) {
      throw new IllegalArgumentException("--window must be at least 1, was " + window);
    }
    Corpus corpus = source.load();
    Collocates.Result r = Collocates.of(corpus, node, window, m, minFreq, source.ignoreCase(), top);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("node", node);
        result.put("node_frequency", r.nodeFrequency());
        result.put("window", window);
        result.put("window_tokens", r.windowTokens());
        result.put("tokens", corpus.tokenCount());
        result.put("measure", r.measure());
        result.put("collocates", r.collocates().stream().map(c -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("collocate", c.word());
          row.put("observed", c.observed());
          row.put("expected", c.expected());
          row.put("frequency", c.frequency());
          row.put("score", c.score());
          return row;
        }).toList());
        Json.print(out, result);
      }
      case CSV -> Tables.csv(out, List.of("collocate", "observed", "expected", "frequency",
          "score"), r.collocates().stream().<List<?>>map(c -> List.of(c.word(), c.observed(),
              c.expected(), c.frequency(), c.score())).toList());
      default -> {
        out.printf(Locale.ROOT, "node '%s': frequency %d, window %d each side (%d window tokens),"
            + " %d tokens, measure %s%n", node, r.nodeFrequency(), window, r.windowTokens(),
            corpus.tokenCount(), r.measure());
        if (!r.collocates().isEmpty()) {
          out.printf("%-24s %9s %10s %10s %10s%n", "collocate", "observed", "expected",
              "frequency", "score");
        }
        for (Collocates.Collocate c : r.collocates()) {
          out.printf("%-24s %9d %10s %10d %10s%n", c.word(), c.observed(),
              Tables.number(c.expected()), c.frequency(), Tables.number(c.score()));
        }
      }
    }
    return 0;
  }
}
