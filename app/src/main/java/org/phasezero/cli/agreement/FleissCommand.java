package org.phasezero.cli.agreement;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.phasezero.analysis.agreement.FleissKappa;
import org.phasezero.cli.CliFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code phasezero agreement fleiss}: Fleiss' kappa from raw ratings or a counts table. */
@Command(name = "fleiss", mixinStandardHelpOptions = true,
    description = {"Fleiss' kappa (Fleiss 1971) for many raters, each subject rated by the same"
        + " number of raters.",
        "Input: raw ratings (header row; rows = subjects, columns = raters, every cell a label),"
            + " or with --counts a table (first column the subject id, one column per category,"
            + " cells = how many raters chose it).",
        "JSON fields: kappa, subjects, raters, categories, mean_agreement, chance_agreement."})
public class FleissCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Ratings or counts CSV.")
  Path file;

  @Option(names = "--counts", description = "FILE is a subjects × categories counts table.")
  boolean counts;

  /** Missing ratings are recognised only to be refused: Fleiss' kappa needs every rating. */
  @Mixin
  MissingOption missing;

  @Mixin
  OutputOption output;

  @Override
  public Integer call() {
    CsvFile csv = CsvFile.read(file);
    FleissKappa.Result result;
    try {
      result = counts ? FleissKappa.ofCounts(countsTable(csv)) : ofRatings(csv);
    } catch (IllegalArgumentException e) {
      throw CliFailure.in(file, e.getMessage());
    }
    Fields fields = new Fields()
        .put("kappa", result.kappa())
        .put("subjects", result.subjects())
        .put("raters", result.raters())
        .put("categories", result.categories())
        .put("mean_agreement", result.meanAgreement())
        .put("chance_agreement", result.chanceAgreement());
    PrintWriter out = spec.commandLine().getOut();
    if (!fields.printMachineReadable(out, output.format)) {
      out.printf("Fleiss' kappa: %s%n", Double.isNaN(result.kappa())
          ? "undefined (every rating is in one category)" : Fields.decimal(result.kappa()));
      out.printf("subjects: %d, raters per subject: %d, categories: %d%n", result.subjects(),
          result.raters(), result.categories());
      out.printf("mean agreement: %s, chance agreement: %s%n",
          Fields.decimal(result.meanAgreement()), Fields.decimal(result.chanceAgreement()));
    }
    return 0;
  }

  private static long[][] countsTable(CsvFile csv) {
    int categories = csv.header().length - 1;
    if (categories < 1) {
      throw CliFailure.at(csv.path(), 1, "expected a subject column and category columns");
    }
    long[][] table = new long[csv.size()][categories];
    for (int s = 0; s < csv.size(); s++) {
      String[] row = csv.row(s);
      long sum = 0;
      for (int j = 1; j < row.length; j++) {
        long count = csv.wholeNumber(s, j);
        if (count < 0) {
          throw csv.failure(s, "count " + count + " for " + csv.header()[j] + " is negative");
        }
        table[s][j - 1] = count;
        sum += count;
      }
      // Name the line here: the library only knows subject numbers.
      if (s > 0 && sum != rowSum(table[0])) {
        throw csv.failure(s, "counts add up to " + sum + " raters, but the first subject has "
            + rowSum(table[0]) + " (Fleiss' kappa needs the same number per subject)");
      }
    }
    return table;
  }

  private FleissKappa.Result ofRatings(CsvFile csv) {
    if (csv.header().length < 2) {
      throw CliFailure.in(csv.path(), "only one rater; agreement needs at least two");
    }
    Map<String, Integer> categories = new HashMap<>();
    int[][] ratings = new int[csv.size()][];
    for (int s = 0; s < csv.size(); s++) {
      String[] row = csv.row(s);
      ratings[s] = new int[row.length];
      for (int r = 0; r < row.length; r++) {
        if (missing.isMissing(row[r])) {
          throw csv.failure(s, "missing rating from " + csv.header()[r]
              + " (Fleiss' kappa needs every rater to rate every subject)");
        }
        ratings[s][r] = categories.computeIfAbsent(row[r], k -> categories.size());
      }
    }
    return FleissKappa.ofRatings(ratings, categories.size());
  }

  private static long rowSum(long[] row) {
    long sum = 0;
    for (long v : row) {
      sum += v;
    }
    return sum;
  }
}
