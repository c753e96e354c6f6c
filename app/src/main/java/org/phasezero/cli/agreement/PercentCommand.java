package org.phasezero.cli.agreement;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.phasezero.analysis.agreement.PercentAgreement;
import org.phasezero.cli.CliFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code phasezero agreement percent}: pairwise percent agreement of a reliability matrix. */
@Command(name = "percent", mixinStandardHelpOptions = true,
    description = {"Pairwise percent agreement for any number of coders: the share of pairs of"
        + " coders giving the same label within each unit, averaged over the units that at least"
        + " two coders labelled.",
        "JSON fields: agreement, units, pairable_units, coders, pairs, agreeing_pairs."})
public class PercentCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  MatrixOptions matrix;

  @Mixin
  OutputOption output;

  @Override
  public Integer call() {
    ReliabilityMatrixFile file = matrix.read();
    PercentAgreement.Result result;
    try {
      result = PercentAgreement.of(file.data(null, null));
    } catch (IllegalArgumentException e) {
      throw CliFailure.in(file.path(), e.getMessage());
    }
    Fields fields = new Fields()
        .put("agreement", result.agreement())
        .put("units", result.units())
        .put("pairable_units", result.pairableUnits())
        .put("coders", result.coders())
        .put("pairs", result.pairs())
        .put("agreeing_pairs", result.agreeingPairs());
    PrintWriter out = spec.commandLine().getOut();
    if (!fields.printMachineReadable(out, output.format)) {
      out.printf(java.util.Locale.ROOT, "percent agreement: %.2f%% (%s)%n",
          100 * result.agreement(), Fields.decimal(result.agreement()));
      out.printf("units: %d (%d pairable), coders: %d, agreeing pairs: %d of %d%n",
          result.units(), result.pairableUnits(), result.coders(), result.agreeingPairs(),
          result.pairs());
    }
    return 0;
  }
}
