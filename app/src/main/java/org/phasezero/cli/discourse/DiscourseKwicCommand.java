package org.phasezero.cli.discourse;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.phasezero.analysis.corpus.Concordance;
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

/** {@code phasezero discourse kwic --corpus NAME --query WORD}: keyword in context, each line with where it is. */
@Command(name = "kwic", mixinStandardHelpOptions = true,
    description = "Keyword in context of a word in a corpus (or sub-corpus), each line with its source and turn or post.")
public class DiscourseKwicCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  CorpusChoice choice;

  @Option(names = "--query", paramLabel = "WORD", required = true, description = "The word.")
  String query;

  @Option(names = "--width", paramLabel = "N", defaultValue = "5", description = "Words either side (default 5).")
  int width;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "none", description = "none (default), left or right.")
  Concordance.Sort sort;

  @Option(names = "--top", paramLabel = "N", defaultValue = "100", description = "At most N lines (default 100).")
  int top;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json or csv.")
  OutputFormat format;

  @Mixin
  DatabaseOptions database;

  @Override
  public Integer call() {
    Analyses.Kwic k = choice.analyse(database, (analyses, chosen) -> analyses.kwic(chosen.corpusId(), chosen.subId(),
        query, width, sort, 0, top));
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> Json.print(out, k);
      case CSV -> Tables.csv(out, List.of("left", "node", "right", "where", "side", "link"), k.lines().stream()
          .<List<?>>map(l -> List.of(l.left(), l.node(), l.right(), l.label(), l.side() == null ? "" : l.side().name(),
              l.link())).toList());
      default -> {
        out.printf(Locale.ROOT, "%d hits for '%s' in %s%n", k.total(), k.word(), k.name());
        int left = k.lines().stream().mapToInt(l -> l.left().length()).max().orElse(1);
        k.lines().forEach(l -> out.printf("%" + Math.max(1, left) + "s  [%s]  %s   (%s)%n", l.left(), l.node(), l.right(),
            l.label()));
      }
    }
    return 0;
  }
}
