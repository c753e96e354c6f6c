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

/** {@code phasezero discourse freq --corpus NAME}: the frequency list of a corpus or sub-corpus. */
@Command(name = "freq", mixinStandardHelpOptions = true,
    description = "Frequency list of a corpus (or one of its sub-corpora): tokens, types and the top words.")
public class DiscourseFreqCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  CorpusChoice choice;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "How many words (default 20).")
  int top;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json or csv.")
  OutputFormat format;

  @Mixin
  DatabaseOptions database;

  @Override
  public Integer call() {
    Analyses.Frequencies f = choice.analyse(database, (analyses, chosen) -> analyses.frequencies(chosen.corpusId(),
        chosen.subId(), top));
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> Json.print(out, f);
      case CSV -> Tables.csv(out, List.of("rank", "word", "frequency", "per_million"), f.entries().stream()
          .<List<?>>map(e -> List.of(e.rank(), e.type(), e.frequency(), Tables.number(e.perMillion()))).toList());
      default -> {
        out.printf(Locale.ROOT, "%s: %,d tokens, %,d types, %,d texts%n", f.name(), f.tokens(), f.types(), f.texts());
        f.entries().forEach(e -> out.printf(Locale.ROOT, "%6d  %-24s %,10d%n", e.rank(), e.type(), e.frequency()));
      }
    }
    return 0;
  }
}
