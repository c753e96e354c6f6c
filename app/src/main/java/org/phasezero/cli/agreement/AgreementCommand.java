package org.phasezero.cli.agreement;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code phasezero agreement} command group. */
@Command(
    name = "agreement",
    mixinStandardHelpOptions = true,
    description = "Inter-coder agreement: percent agreement, Cohen's and Fleiss' kappa, Krippendorff's alpha.",
    subcommands = {
        AlphaCommand.class,
        FleissCommand.class,
        CohenCommand.class,
        PercentCommand.class,
        UnitisedCommand.class,
    })
public class AgreementCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
