package org.phasezero.cli.agreement;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.phasezero.analysis.agreement.CohenKappa;
import org.phasezero.analysis.agreement.KappaWeights;
import org.phasezero.analysis.agreement.ReliabilityData;
import org.phasezero.cli.CliFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code phasezero agreement cohen}: Cohen's kappa of two coders. */
@Command(name = "cohen", mixinStandardHelpOptions = true,
    description = {"Cohen's kappa (1960) for two coders; weighted (Cohen 1968) with --weights.",
        "Input: two label columns with a header (one row per unit; a unit either coder left"
            + " missing is skipped), or with --table rows of labelA,labelB,count.",
        "Weights use the categories' positions: --order, else numeric order when every label"
            + " is a number.",
        "JSON fields: kappa, weights, observed_agreement, expected_agreement, units, categories."})
public class CohenCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Two-coder CSV.")
  Path file;

  @Option(names = "--weights", paramLabel = "linear|quadratic",
      description = "Weighted kappa with linear or quadratic disagreement weights.")
  KappaWeights weights;

  @Option(names = "--table", description = "FILE holds rows labelA,labelB,count.")
  boolean table;

  @Option(names = "--order", split = ",", paramLabel = "LABEL",
      description = "The categories in order (needed for weights on string labels).")
  List<String> order;

  @Mixin
  MissingOption missing;

  @Mixin
  OutputOption output;

  @Override
  public Integer call() {
    CsvFile csv = CsvFile.read(file);
    int expectedColumns = table ? 3 : 2;
    if (csv.header().length != expectedColumns) {
      throw CliFailure.at(file, 1, "expected " + expectedColumns + " columns ("
          + (table ? "labelA,labelB,count" : "one per coder") + "), found "
          + csv.header().length);
    }
    KappaWeights w = weights == null ? KappaWeights.UNWEIGHTED : weights;
    List<String> categories = categories(csv, w);
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
    categories.forEach(label -> index.putIfAbsent(label, index.size()));
    long[][] counts = new long[categories.size()][categories.size()];
    for (int r = 0; r < csv.size(); r++) {
      String[] row = csv.row(r);
      if (missing.isMissing(row[0]) || missing.isMissing(row[1])) {
        if (table) {
          throw csv.failure(r, "a table row needs both labels");
        }
        continue;
      }
      long count = table ? count(csv, r) : 1;
      counts[index.get(row[0])][index.get(row[1])] += count;
    }
    CohenKappa.Result result;
    try {
      result = CohenKappa.ofTable(counts, w);
    } catch (IllegalArgumentException e) {
      throw CliFailure.in(file, e.getMessage());
    }
    Fields fields = new Fields()
        .put("kappa", result.kappa())
        .put("weights", w.label())
        .put("observed_agreement", result.observedAgreement())
        .put("expected_agreement", result.expectedAgreement())
        .put("units", result.units())
        .put("categories", result.categories());
    PrintWriter out = spec.commandLine().getOut();
    if (!fields.printMachineReadable(out, output.format)) {
      out.printf("Cohen's kappa (%s): %s%n", w.label(), Double.isNaN(result.kappa())
          ? "undefined (both coders used one and the same category)"
          : Fields.decimal(result.kappa()));
      out.printf("units: %d, categories: %d%n", result.units(), result.categories());
      out.printf("observed agreement: %s, expected agreement: %s%n",
          Fields.decimal(result.observedAgreement()), Fields.decimal(result.expectedAgreement()));
    }
    return 0;
  }

  private List<String> categories(CsvFile csv, KappaWeights w) {
    TreeSet<String> seen = new TreeSet<>();
    for (int r = 0; r < csv.size(); r++) {
      for (int c = 0; c < 2; c++) {
        String label = csv.row(r)[c];
        if (missing.isMissing(label)) {
          continue;
        }
        if (order != null && !order.contains(label)) {
          throw csv.failure(r, "label '" + label + "' is not in --order "
              + String.join(",", order));
        }
        seen.add(label);
      }
    }
    if (order != null) {
      return order;
    }
    List<String> labels = new ArrayList<>(seen);
    if (labels.stream().allMatch(ReliabilityData::isNumber)) {
      labels.sort((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
    } else if (w != KappaWeights.UNWEIGHTED) {
      throw CliFailure.in(file, "weighted kappa needs an order of the categories: give --order"
          + " (the labels are not all numbers)");
    }
    return labels;
  }

  private static long count(CsvFile csv, int r) {
    long count = csv.wholeNumber(r, 2);
    if (count < 0) {
      throw csv.failure(r, "count " + count + " is negative");
    }
    return count;
  }
}
