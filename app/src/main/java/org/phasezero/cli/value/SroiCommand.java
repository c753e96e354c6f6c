package org.phasezero.cli.value;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.phasezero.analysis.value.ImpactMap;
import org.phasezero.analysis.value.MonteCarloResult;
import org.phasezero.analysis.value.MonteCarloSroi;
import org.phasezero.analysis.value.OneWaySensitivity;
import org.phasezero.analysis.value.SensitivityRow;
import org.phasezero.analysis.value.SocialReturnOnInvestment;
import org.phasezero.analysis.value.SroiResult;
import org.phasezero.cli.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code phasezero value sroi MODEL}: present value, NPV, ratio, sensitivity, Monte Carlo. */
@Command(name = "sroi", mixinStandardHelpOptions = true,
    description = {"Social return on investment of an impact map (JSON, or YAML for .yaml/.yml).",
        "Year-1 impact = quantity x financial_proxy x (1-deadweight) x (1-displacement) x "
            + "(1-attribution); later years x (1-drop_off); discounted with discount_rate, or "
            + "by default the HM Treasury Green Book bands (3.5%% years 0-30, 3.0%% 31-75, ...)."})
public class SroiCommand implements Callable<Integer> {

  /** The most simulations accepted: their samples are held in memory (16 bytes each). */
  static final int MAX_SIMULATIONS = 50_000_000;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "MODEL", description = "The model file.")
  Path model;

  @Option(names = "--sensitivity",
      description = "One-way sensitivity: each assumption of each outcome varied on its own "
          + "(shares +/-10 points, quantity and proxy +/-20%%, duration +/-1 year), with the "
          + "break-even value where the ratio reaches 1.")
  boolean sensitivity;

  @Option(names = "--simulations", paramLabel = "N",
      description = "Monte Carlo draws (triangular around each assumption, duration uniform).")
  Integer simulations;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the Monte Carlo draws (default ${DEFAULT-VALUE}); the same seed "
          + "gives the same output.")
  long seed;

  @Option(names = "--no-discount-year-one",
      description = "Do not discount year 1 (year t is discounted t-1 years).")
  boolean noDiscountYearOne;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, json or csv (default ${DEFAULT-VALUE}); csv prints one table: the "
          + "outcomes, or the sensitivity rows, or the Monte Carlo summary.")
  OutputFormat format;

  @Override
  public Integer call() {
    if (simulations != null && (simulations < 1 || simulations > MAX_SIMULATIONS)) {
      throw new IllegalArgumentException("--simulations must be between 1 and "
          + MAX_SIMULATIONS + ", found " + simulations);
    }
    if (format == OutputFormat.CSV && sensitivity && simulations != null) {
      throw new IllegalArgumentException("--format csv prints one table: give --sensitivity or "
          + "--simulations, not both");
    }
    ImpactMap map = SroiModelReader.read(model);
    if (noDiscountYearOne) {
      map = new ImpactMap(map.inputs(), map.stakeholders(), map.discount(), false, map.licence());
    }
    SroiResult result = SocialReturnOnInvestment.of(map);
    List<SensitivityRow> rows = sensitivity ? OneWaySensitivity.of(map) : null;
    MonteCarloResult simulated = simulations == null ? null
        : MonteCarloSroi.run(map, simulations, seed);
    new SroiOutput(spec.commandLine().getOut(), map).print(format, result, rows, simulated);
    return 0;
  }
}
