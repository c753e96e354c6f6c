package org.phasezero.cli.corpus;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.phasezero.analysis.corpus.Corpus;
import org.phasezero.analysis.corpus.Keyness;
import org.phasezero.analysis.corpus.KeynessScore;
import org.phasezero.cli.Json;
import org.phasezero.cli.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code phasezero corpus keyness --target FILES --reference FILES}: key words of a corpus. */
@Command(name = "keyness", mixinStandardHelpOptions = true,
    description = {"Key words of a target corpus against a reference corpus. Every word gets: "
        + "ll, the two-term log-likelihood of Rayson & Garside (2000) (the default ranking); "
        + "g2, the four-term G2 of Dunning (1993); log_ratio, log2 of the ratio of relative "
        + "frequencies (Hardie 2014; 0 counted as 0.5); pct_diff, %%DIFF (Gabrielatos & Marchi "
        + "2012).",
        "Words over-used in the target are listed, strongest first; --include-underused adds "
        + "the under-used ones at the end."})
public class CorpusKeynessCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--target", paramLabel = "FILE", arity = "1..*",
      description = "Target text files.")
  List<Path> target;

  @Option(names = "--target-index", paramLabel = "DIR", description = "Target index folder.")
  Path targetIndex;

  @Option(names = "--reference", paramLabel = "FILE", arity = "1..*",
      description = "Reference text files.")
  List<Path> reference;

  @Option(names = "--reference-index", paramLabel = "DIR",
      description = "Reference index folder.")
  Path referenceIndex;

  @Mixin
  TokenOptions tokens;

  @Option(names = "--measure", paramLabel = "NAME", defaultValue = "ll",
      description = "Ranking: ll (default), g2, log-ratio or pct-diff.")
  String measure;

  @Option(names = "--min-freq", paramLabel = "N", defaultValue = "3",
      description = "Minimum frequency in the corpus where the word is relatively more frequent "
          + "(default 3).")
  int minFreq;

  @Option(names = "--include-underused", description = "Also list words under-used in the target.")
  boolean includeUnderused;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20",
      description = "How many words to list (0 = all; default 20).")
  int top;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), json or csv.")
  OutputFormat format;

  @Override
  public Integer call() {
    Keyness.Ranking ranking = Keyness.Ranking.named(measure);
    Corpus t = load("target", target, targetIndex);
    Corpus r = load("reference", reference, referenceIndex);
    List<KeynessScore> words = Keyness.of(t, r, ranking, minFreq, includeUnderused, top);
    PrintWriter out = spec.commandLine().getOut();
    List<String> header = List.of("word", "target_freq", "reference_freq", "ll", "g2",
        "log_ratio", "pct_diff", "direction", "significance");
    switch (format) {
      case JSON -> {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("target_tokens", t.tokenCount());
        result.put("reference_tokens", r.tokenCount());
        result.put("measure", measure);
        result.put("keywords", words.stream().map(s -> Tables.record(header, row(s))).toList());
        Json.print(out, result);
      }
      case CSV -> Tables.csv(out, header, words.stream().map(CorpusKeynessCommand::row).toList());
      default -> {
        out.printf("target %d tokens, reference %d tokens, ranked by %s%n", t.tokenCount(),
            r.tokenCount(), measure);
        if (!words.isEmpty()) {
          out.printf("%-24s %9s %9s %10s %10s %9s %10s  %s%n", "word", "target", "reference",
              "LL", "G2", "log ratio", "%DIFF", "");
        }
        for (KeynessScore s : words) {
          out.printf("%-24s %9d %9d %10s %10s %9s %10s  %s %s%n", s.word(), s.a(), s.b(),
              Tables.number(s.logLikelihood()), Tables.number(s.g2()),
              Tables.number(s.logRatio()), Tables.number(s.percentDiff()),
              s.overused() ? "+" : "-", s.significance());
        }
      }
    }
    return 0;
  }

  private Corpus load(String role, List<Path> files, Path index) {
    if ((files == null || files.isEmpty()) == (index == null)) {
      throw new IllegalArgumentException("give either --" + role + " FILES or --" + role
          + "-index DIR (exactly one)");
    }
    Corpus corpus = CorpusReader.read(files, index, tokens);
    if (corpus.tokenCount() == 0) {
      throw new IllegalArgumentException("the " + role + " corpus has no tokens");
    }
    return corpus;
  }

  private static List<?> row(KeynessScore s) {
    return List.of(s.word(), s.a(), s.b(), s.logLikelihood(), s.g2(), s.logRatio(),
        s.percentDiff(), s.overused() ? "+" : "-", s.significance());
  }
}
