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

/** {@code phasezero discourse ngrams --corpus NAME --n 3}: the runs of words a corpus uses most. */
@Command(name = "ngrams", mixinStandardHelpOptions = true,
    description = "Word runs (n-grams) of a corpus or sub-corpus: runs of 2 to 6 words inside one text, by "
        + "frequency, with the number of texts each is in.")
public class DiscourseNgramsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  CorpusChoice choice;

  @Option(names = "--n", paramLabel = "N", defaultValue = "2", description = "Words in a run, 2 to 6 (default 2).")
  int n;

  @Option(names = "--min-freq", paramLabel = "N", defaultValue = "2",
      description = "Only runs used at least this often (default 2).")
  int minFreq;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "How many runs (default 20).")
  int top;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json or csv.")
  OutputFormat format;

  @Mixin
  DatabaseOptions database;

  @Override
  public Integer call() {
    Analyses.NGramList g = choice.analyse(database, (analyses, chosen) -> analyses.ngrams(chosen.corpusId(),
        chosen.subId(), n, minFreq, top));
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> Json.print(out, g);
      case CSV -> Tables.csv(out, List.of("rank", "words", "frequency", "per_million", "texts"), g.entries().stream()
          .<List<?>>map(e -> List.of(e.rank(), e.gram(), e.frequency(), Tables.number(e.perMillion()), e.documents()))
          .toList());
      default -> {
        out.printf(Locale.ROOT, "%s: runs of %d words used at least %d times, among %,d tokens%n", g.name(), g.n(),
            g.minFreq(), g.tokens());
        g.entries().forEach(e -> out.printf(Locale.ROOT, "%6d  %-40s %,10d %,8d texts%n", e.rank(), e.gram(),
            e.frequency(), e.documents()));
      }
    }
    return 0;
  }
}
