package org.phasezero.cli.value;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code phasezero value} command group. */
@Command(
    name = "value",
    mixinStandardHelpOptions = true,
    description = "Social value: SROI present value, ratio, sensitivity and Monte Carlo.",
    subcommands = {SroiCommand.class})
public class ValueCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
