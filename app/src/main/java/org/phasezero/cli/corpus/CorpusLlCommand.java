package org.phasezero.cli.corpus;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.phasezero.analysis.corpus.KeynessScore;
import org.phasezero.cli.Json;
import org.phasezero.cli.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code phasezero corpus ll}: the log-likelihood calculator for four numbers. */
@Command(name = "ll", mixinStandardHelpOptions = true,
    description = "Log-likelihood calculator (as the UCREL wizard): a word seen A times in a "
        + "corpus of N1 tokens and B times in one of N2 tokens. Prints the two-term LL of Rayson"
        + " & Garside (2000), the four-term G2 of Dunning (1993), log ratio and %%DIFF.")
public class CorpusLlCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--freq1", paramLabel = "A", required = true, description = "Frequency in "
      + "corpus 1.")
  long freq1;

  @Option(names = "--size1", paramLabel = "N1", required = true, description = "Tokens in "
      + "corpus 1.")
  long size1;

  @Option(names = "--freq2", paramLabel = "B", required = true, description = "Frequency in "
      + "corpus 2.")
  long freq2;

  @Option(names = "--size2", paramLabel = "N2", required = true, description = "Tokens in "
      + "corpus 2.")
  long size2;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), json or csv.")
  OutputFormat format;

  @Override
  public Integer call() {
    check("--freq1", freq1, 0);
    check("--size1", size1, 1);
    check("--freq2", freq2, 0);
    check("--size2", size2, 1);
    if (freq1 > size1 || freq2 > size2) {
      throw new IllegalArgumentException("a frequency cannot exceed its corpus size (--freq1 "
          + freq1 + " of --size1 " + size1 + ", --freq2 " + freq2 + " of --size2 " + size2 + ")");
    }
    KeynessScore s = KeynessScore.of("", freq1, size1, freq2, size2);
    List<String> header = List.of("freq1", "size1", "freq2", "size2", "ll", "g2", "log_ratio",
        "pct_diff", "direction", "significance");
    List<?> row = List.of(freq1, size1, freq2, size2, s.logLikelihood(), s.g2(), s.logRatio(),
        s.percentDiff(), s.overused() ? "+" : "-", s.significance());
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> Json.print(out, Tables.record(header, row));
      case CSV -> Tables.csv(out, header, List.of(row));
      default -> {
        out.printf("log-likelihood (Rayson & Garside 2000, two-term): %s  (%s)%n",
            Tables.number(s.logLikelihood()), s.significance());
        out.printf("G2 (Dunning 1993, four-term):                     %s%n", Tables.number(s.g2()));
        out.printf("log ratio (Hardie 2014):                          %s%n",
            Tables.number(s.logRatio()));
        out.printf("%%DIFF (Gabrielatos & Marchi 2012):                %s%n",
            Tables.number(s.percentDiff()));
        out.printf("direction: %s%n", s.overused() ? "+ (relatively more frequent in corpus 1)"
            : "- (not more frequent in corpus 1)");
      }
    }
    return 0;
  }

  private static void check(String option, long value, long min) {
    if (value < min) {
      throw new IllegalArgumentException(option + " must be " + (min == 0 ? "0 or more" : "positive")
          + ", was " + value);
    }
  }
}
