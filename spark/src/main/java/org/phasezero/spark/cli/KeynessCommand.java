package org.phasezero.spark.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.phasezero.analysis.corpus.Keyness;
import org.phasezero.analysis.corpus.KeynessScore;
import org.phasezero.analysis.corpus.Tokenization;
import org.phasezero.spark.SparkAnalyses;
import org.phasezero.spark.SparkCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code phasezero spark keyness}: key words of a target against a reference, each a whole input
 * or the rows of one input that a condition keeps (community posts against statutory ones).
 */
@Command(name = "keyness", mixinStandardHelpOptions = true,
    description = {"Key words of a target corpus against a reference corpus, with the measures "
        + "of 'phasezero corpus keyness': ll, the two-term log-likelihood of Rayson & Garside "
        + "(2000), the default ranking; g2, the four-term G2 of Dunning (1993); log_ratio "
        + "(Hardie 2014; 0 counted as 0.5); pct_diff, %%DIFF (Gabrielatos & Marchi 2012).",
        "Each side is --target/--reference PATH, or --input PATH shared by both, narrowed by "
        + "--target-where/--reference-where."})
public class KeynessCommand implements Callable<Integer> {

  private static final List<String> HEADER = List.of("word", "target_freq", "reference_freq",
      "ll", "g2", "log_ratio", "pct_diff", "direction", "significance");

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Option(names = "--input", paramLabel = "FILE_OR_DIR",
      description = "One input for both sides, split by the two conditions.")
  String path;

  @Option(names = "--target", paramLabel = "FILE_OR_DIR", description = "The target's input.")
  String target;

  @Option(names = "--reference", paramLabel = "FILE_OR_DIR",
      description = "The reference's input.")
  String reference;

  @Option(names = "--target-where", paramLabel = "CONDITION",
      description = "Only target rows this Spark SQL condition keeps, e.g. \"side = 'community'\".")
  String targetWhere;

  @Option(names = "--reference-where", paramLabel = "CONDITION",
      description = "Only reference rows this condition keeps, e.g. \"side = 'statutory'\".")
  String referenceWhere;

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
  Output.Format format;

  @Override
  public Integer call() {
    Keyness.Ranking ranking = Keyness.Ranking.named(measure);
    Tokenization tokenization = input.tokenization();
    String targetPath = side("target", target);
    String referencePath = side("reference", reference);
    input.session();
    try (SparkCounts t = counts("target", targetPath, targetWhere, tokenization);
        SparkCounts r = counts("reference", referencePath, referenceWhere, tokenization)) {
      List<KeynessScore> words =
          SparkAnalyses.keyness(t, r, ranking, minFreq, includeUnderused, top);
      print(t, r, words);
    }
    Skipped.report(spec, input.skipped());
    return 0;
  }

  private String side(String role, String own) {
    if (own != null && path != null) {
      throw new IllegalArgumentException("give --" + role + " or --input, not both");
    }
    if (own == null && path == null) {
      throw new IllegalArgumentException("give --" + role + " FILE_OR_DIR, or --input with "
          + "--target-where and --reference-where");
    }
    return own != null ? own : path;
  }

  private SparkCounts counts(String role, String from, String where, Tokenization tokenization) {
    SparkCounts counts = SparkCounts.of(input.documents(from, where), tokenization);
    if (counts.tokens() == 0) {
      counts.close();
      throw new IllegalArgumentException("the " + role + " corpus has no tokens");
    }
    return counts;
  }

  private void print(SparkCounts t, SparkCounts r, List<KeynessScore> words) {
    PrintWriter out = spec.commandLine().getOut();
    List<List<?>> rows = words.stream().<List<?>>map(s -> List.of(s.word(), s.a(), s.b(),
        s.logLikelihood(), s.g2(), s.logRatio(), s.percentDiff(), s.overused() ? "+" : "-",
        s.significance())).toList();
    switch (format) {
      case JSON -> {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("target_tokens", t.tokens());
        result.put("reference_tokens", r.tokens());
        result.put("measure", measure);
        result.put("keywords", Output.records(HEADER, rows));
        Output.json(out, result);
      }
      case CSV -> Output.csv(out, HEADER, rows);
      default -> {
        out.printf("target %d tokens, reference %d tokens, ranked by %s%n", t.tokens(),
            r.tokens(), measure);
        if (!words.isEmpty()) {
          out.printf("%-24s %9s %9s %10s %10s %9s %10s  %s%n", "word", "target", "reference",
              "LL", "G2", "log ratio", "%DIFF", "");
        }
        for (KeynessScore s : words) {
          out.printf("%-24s %9d %9d %10s %10s %9s %10s  %s %s%n", s.word(), s.a(), s.b(),
              Output.number(s.logLikelihood()), Output.number(s.g2()),
              Output.number(s.logRatio()), Output.number(s.percentDiff()),
              s.overused() ? "+" : "-", s.significance());
        }
      }
    }
    out.flush();
  }
}
