package org.phasezero.cli.wellbeing;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code phasezero wellbeing} command group. */
@Command(
    name = "wellbeing",
    mixinStandardHelpOptions = true,
    description = "Wellbeing scores: WEMWBS and SWEMWBS (with the Rasch metric conversion).",
    subcommands = {SwemwbsCommand.class, WemwbsCommand.class})
public class WellbeingCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
