package org.phasezero.cli.discourse;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.phasezero.cli.DatabaseOptions;
import org.phasezero.cli.Json;
import org.phasezero.cli.OutputFormat;
import org.phasezero.cli.corpus.Tables;
import org.phasezero.discourse.Analyses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phasezero discourse collocates --corpus NAME --node WORD}: a word's collocates. */
@Command(name = "collocates", mixinStandardHelpOptions = true,
    description = "Collocates of a word in a corpus (or sub-corpus) within a window, scored by an association measure.")
public class DiscourseCollocatesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  CorpusChoice choice;

  @Option(names = "--node", paramLabel = "WORD", required = true, description = "The word.")
  String node;

  @Option(names = "--window", paramLabel = "N", defaultValue = "5", description = "Words either side (default 5).")
  int window;

  @Option(names = "--measure", paramLabel = "NAME", defaultValue = "logdice",
      description = "logdice (default), mi, mi3, t, z or ll.")
  String measure;

  @Option(names = "--min-freq", paramLabel = "N", defaultValue = "3", description = "Together at least N times (default 3).")
  int minFreq;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "How many (default 20).")
  int top;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json or csv.")
  OutputFormat format;

  @Mixin
  DatabaseOptions database;

  @Override
  public Integer call() {
    Analyses.Collocation c = choice.analyse(database, (analyses, chosen) -> analyses.collocates(chosen.corpusId(),
        chosen.subId(), node, window, measure, minFreq, top));
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> Json.print(out, c);
      case CSV -> Tables.csv(out, List.of("collocate", "observed", "expected", "frequency", c.result().measure()),
          c.result().collocates().stream().<List<?>>map(x -> List.of(x.word(), x.observed(), Tables.number(x.expected()),
              x.frequency(), Tables.number(x.score()))).toList());
      default -> {
        out.printf(Locale.ROOT, "'%s': %,d times in %s (%s)%n", c.result().node(), c.result().nodeFrequency(), c.name(),
            c.result().measure());
        c.result().collocates().forEach(x -> out.printf(Locale.ROOT, "%-24s %6d  %10.3f%n", x.word(), x.observed(),
            x.score()));
      }
    }
    return 0;
  }
}
