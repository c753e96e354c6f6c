package org.phasezero.cli.network;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code phasezero network} command group. */
@Command(
    name = "network",
    mixinStandardHelpOptions = true,
    description = "Social network measures: centrality, brokerage, components, key-person risk.",
    subcommands = {MeasuresCommand.class})
public class NetworkCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
