package org.phasezero.cli.wellbeing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.phasezero.analysis.wellbeing.GroupChange;
import org.phasezero.analysis.wellbeing.PersonChange;
import org.phasezero.analysis.wellbeing.WellbeingScale;
import org.phasezero.analysis.wellbeing.WellbeingScore;
import org.phasezero.cli.OutputFormat;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Scores one questionnaire ({@code --items}) or a CSV of them; with pre/post time points, adds
 * per-person change and the group's mean change. Shared by {@code wemwbs} and {@code swemwbs}.
 */
abstract class ScaleScoringCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--items", split = ",", paramLabel = "SCORE",
      description = "Item scores of one completed questionnaire, e.g. 4,3,3,4,2,3,3.")
  List<String> items;

  @Parameters(arity = "0..1", paramLabel = "FILE",
      description = "CSV with a header: id, optional time (pre|post), one column per item.")
  Path file;

  @Option(names = "--threshold", paramLabel = "POINTS",
      description = "Meaningful-change threshold (default: 3 for WEMWBS, 1 metric point for "
          + "SWEMWBS; configurable).")
  Double threshold;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, json or csv (default ${DEFAULT-VALUE}).")
  OutputFormat format;

  abstract WellbeingScale scale();

  @Override
  public Integer call() {
    if ((items == null) == (file == null)) {
      throw new IllegalArgumentException("give either --items or a FILE (exactly one)");
    }
    double limit = threshold == null ? scale().defaultMeaningfulChange() : threshold;
    if (!(limit > 0) || Double.isInfinite(limit)) {
      throw new IllegalArgumentException("--threshold must be a positive number, found " + limit);
    }
    var out = spec.commandLine().getOut();
    ScoreOutput output = new ScoreOutput(out, format, scale(), limit);
    if (items != null) {
      output.single(scoreItems());
      return 0;
    }
    List<ScoreSheet.Row> rows = ScoreSheet.read(file, scale());
    if (!ScoreSheet.hasTime(rows)) {
      output.scores(rows);
      return 0;
    }
    Map<String, WellbeingScore> pre = new LinkedHashMap<>();
    Map<String, WellbeingScore> post = new LinkedHashMap<>();
    for (ScoreSheet.Row r : rows) {
      (ScoreSheet.PRE.equals(r.time()) ? pre : post).put(r.id(), r.score());
    }
    List<PersonChange> changes = new ArrayList<>();
    List<String> unpaired = new ArrayList<>();
    for (var e : pre.entrySet()) {
      WellbeingScore after = post.get(e.getKey());
      if (after == null) {
        unpaired.add(e.getKey());
      } else {
        changes.add(PersonChange.of(e.getKey(), e.getValue(), after, limit));
      }
    }
    post.keySet().stream().filter(id -> !pre.containsKey(id)).forEach(unpaired::add);
    if (changes.isEmpty()) {
      throw new IllegalArgumentException(file + ": no person has both a pre and a post score");
    }
    double[] d = changes.stream().mapToDouble(PersonChange::change).toArray();
    output.changes(rows, changes, GroupChange.of(d, limit), unpaired);
    return 0;
  }

  private WellbeingScore scoreItems() {
    int[] scores = new int[items.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = ScoreSheet.itemScore(items.get(i), "--items: item " + (i + 1),
          IllegalArgumentException::new);
    }
    return scale().score(scores);
  }
}
