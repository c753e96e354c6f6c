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

/** {@code phasezero discourse keyness --corpus NAME --sub TARGET --reference REF}: keyness of one voice against another. */
@Command(name = "keyness", mixinStandardHelpOptions = true,
    description = {"Keyness of a sub-corpus (--sub) against another (--reference), or against the whole corpus when one"
        + " is left out: log-likelihood (two-term, Rayson and Garside), G2, log ratio and %DIFF."})
public class DiscourseKeynessCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  CorpusChoice choice;

  @Option(names = "--reference", paramLabel = "NAME", description = "The reference sub-corpus (default: the whole corpus).")
  String reference;

  @Option(names = "--measure", paramLabel = "NAME", defaultValue = "ll",
      description = "Rank by ll (default), g2, log-ratio or pct-diff.")
  String measure;

  @Option(names = "--min-freq", paramLabel = "N", defaultValue = "3", description = "Used at least N times in the target (default 3).")
  int minFreq;

  @Option(names = "--underused", description = "Also list the words the target uses less.")
  boolean underused;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "How many (default 20).")
  int top;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json or csv.")
  OutputFormat format;

  @Mixin
  DatabaseOptions database;

  @Override
  public Integer call() {
    Analyses.KeynessResult k = choice.analyse(database, (analyses, chosen) -> analyses.keyness(chosen.corpusId(),
        chosen.subId(), chosen.subNamed(reference), measure, minFreq, underused, top));
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> Json.print(out, k);
      case CSV -> Tables.csv(out, List.of("word", "target", "reference", "log_likelihood", "g2", "log_ratio", "pct_diff",
          "use"), k.scores().stream().<List<?>>map(s -> List.of(s.word(), s.a(), s.b(), Tables.number(s.logLikelihood()),
              Tables.number(s.g2()), Tables.number(s.logRatio()), Tables.number(s.percentDiff()),
              s.overused() ? "over" : "under")).toList());
      default -> {
        out.printf(Locale.ROOT, "%s (%,d tokens) against %s (%,d tokens), by %s%n", k.target(), k.targetTokens(),
            k.reference(), k.referenceTokens(), k.ranking());
        k.scores().forEach(s -> out.printf(Locale.ROOT, "%-24s %6d %6d  LL %8.2f  log ratio %6.2f  %s%n", s.word(),
            s.a(), s.b(), s.logLikelihood(), s.logRatio(), s.significance()));
      }
    }
    return 0;
  }
}
