package org.phasezero.cli.agreement;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.phasezero.analysis.agreement.AlphaBootstrap;
import org.phasezero.analysis.agreement.AlphaEstimate;
import org.phasezero.analysis.agreement.BootstrapInterval;
import org.phasezero.analysis.agreement.KrippendorffAlpha;
import org.phasezero.analysis.agreement.MeasurementLevel;
import org.phasezero.analysis.agreement.ReliabilityData;
import org.phasezero.cli.CliFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code phasezero agreement alpha}: Krippendorff's alpha of a reliability matrix. */
@Command(name = "alpha", mixinStandardHelpOptions = true,
    description = {"Krippendorff's alpha for any number of coders, with missing values, at the"
        + " nominal, ordinal, interval or ratio level (Krippendorff 2011), optionally with a"
        + " seeded bootstrap confidence interval (resampling units, percentile method).",
        "JSON fields: alpha, level, units, pairable_units, coders, pairable_values,"
            + " observed_disagreement, expected_disagreement; with --bootstrap also ci_low,"
            + " ci_high, confidence, bootstrap, seed."})
public class AlphaCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  MatrixOptions matrix;

  @Mixin
  OutputOption output;

  @Option(names = "--level", required = true, paramLabel = "LEVEL",
      description = "nominal, ordinal, interval or ratio.")
  MeasurementLevel level;

  @Option(names = "--order", split = ",", paramLabel = "LABEL",
      description = "The categories in ascending order, for ordinal string labels, e.g."
          + " --order low,medium,high.")
  List<String> order;

  @Option(names = "--bootstrap", paramLabel = "N",
      description = "Bootstrap replicates for a confidence interval (e.g. 1000).")
  Integer bootstrap;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Random seed of the bootstrap (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--confidence", paramLabel = "P", defaultValue = "0.95",
      description = "Coverage of the bootstrap interval (default ${DEFAULT-VALUE}).")
  double confidence;

  @Override
  public Integer call() {
    ReliabilityMatrixFile file = matrix.read();
    if (order != null && level != MeasurementLevel.ORDINAL) {
      throw new IllegalArgumentException("--order applies to the ordinal level only");
    }
    String needsNumbers = switch (level) {
      case INTERVAL, RATIO -> "the " + level.label() + " level needs numbers";
      case ORDINAL -> order == null ? "give --order to rank string labels" : null;
      case NOMINAL -> null;
    };
    ReliabilityData data = file.data(order, needsNumbers);
    AlphaEstimate estimate;
    BootstrapInterval interval = null;
    try {
      estimate = KrippendorffAlpha.estimate(data, level);
      if (bootstrap != null) {
        interval = AlphaBootstrap.interval(data, level, bootstrap, seed, confidence);
      }
    } catch (IllegalArgumentException e) {
      throw CliFailure.in(file.path(), e.getMessage());
    }
    Fields fields = new Fields()
        .put("alpha", estimate.alpha())
        .put("level", level.label())
        .put("units", estimate.units())
        .put("pairable_units", estimate.pairableUnits())
        .put("coders", estimate.coders())
        .put("pairable_values", estimate.pairableValues())
        .put("observed_disagreement", estimate.observedDisagreement())
        .put("expected_disagreement", estimate.expectedDisagreement());
    if (interval != null) {
      fields.put("ci_low", interval.low()).put("ci_high", interval.high())
          .put("confidence", interval.confidence()).put("bootstrap", interval.replicates())
          .put("seed", interval.seed());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (!fields.printMachineReadable(out, output.format)) {
      out.printf("Krippendorff's alpha (%s): %s%n", level.label(),
          Double.isNaN(estimate.alpha()) ? "undefined (the pairable values do not vary)"
              : Fields.decimal(estimate.alpha()));
      out.printf("units: %d (%d pairable), coders: %d, pairable values: %d%n", estimate.units(),
          estimate.pairableUnits(), estimate.coders(), estimate.pairableValues());
      out.printf("observed disagreement: %s, expected disagreement: %s%n",
          Fields.decimal(estimate.observedDisagreement()),
          Fields.decimal(estimate.expectedDisagreement()));
      if (interval != null) {
        out.printf("%s%% bootstrap interval: [%s, %s] (%d of %d replicates defined, seed %d)%n",
            java.math.BigDecimal.valueOf(interval.confidence()).movePointRight(2)
                .stripTrailingZeros().toPlainString(),
            Fields.decimal(interval.low()), Fields.decimal(interval.high()), interval.used(),
            interval.replicates(), interval.seed());
      }
    }
    return 0;
  }
}
