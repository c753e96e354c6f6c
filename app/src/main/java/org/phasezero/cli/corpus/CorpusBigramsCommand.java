package org.phasezero.cli.corpus;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.phasezero.analysis.corpus.AssociationMeasure;
import org.phasezero.analysis.corpus.BigramCollocations;
import org.phasezero.analysis.corpus.Corpus;
import org.phasezero.cli.Json;
import org.phasezero.cli.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code phasezero corpus bigrams}: whole-corpus bigram collocations. */
@Command(name = "bigrams", mixinStandardHelpOptions = true,
    description = "Adjacent word pairs (within documents) ranked by an association measure; "
        + "pmi = log2(f(xy) N / (f(x) f(y))), as NLTK's BigramAssocMeasures.pmi.")
public class CorpusBigramsCommand implements Callable<Integer> {

  private static final List<String> HEADER = List.of("first", "second", "frequency", "score");

  @Spec
  CommandSpec spec;

  @Mixin
  CorpusSource source;

  @Option(names = "--measure", paramLabel = "NAME", defaultValue = "pmi",
      description = "pmi (default), mi3, t, z, ll or logdice.")
  String measure;

  @Option(names = "--min-freq", paramLabel = "N", defaultValue = "3",
      description = "Minimum bigram frequency (default 3).")
  int minFreq;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20",
      description = "How many bigrams to list (0 = all; default 20).")
  int top;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), json or csv.")
  OutputFormat format;

  @Override
  public Integer call() {
    AssociationMeasure m = AssociationMeasure.named(measure);
    Corpus corpus = source.loadForCounting();
    List<BigramCollocations.Bigram> bigrams = BigramCollocations.of(corpus, m, minFreq, top);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("tokens", corpus.tokenCount());
        result.put("measure", measure);
        result.put("min_freq", minFreq);
        result.put("bigrams", bigrams.stream().map(b -> Tables.record(HEADER, row(b))).toList());
        Json.print(out, result);
      }
      case CSV -> Tables.csv(out, HEADER, bigrams.stream().map(CorpusBigramsCommand::row).toList());
      default -> {
        out.printf("%d tokens, measure %s, minimum frequency %d%n", corpus.tokenCount(), measure,
            minFreq);
        for (BigramCollocations.Bigram b : bigrams) {
          out.printf("%-36s %9d %10s%n", b.first() + " " + b.second(), b.frequency(),
              Tables.number(b.score()));
        }
      }
    }
    return 0;
  }

  private static List<?> row(BigramCollocations.Bigram b) {
    return List.of(b.first(), b.second(), b.frequency(), b.score());
  }
}
