package org.phasezero.cli.qdpx;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code phasezero qdpx} command group: REFI-QDA project exchange files. */
@Command(
    name = "qdpx",
    mixinStandardHelpOptions = true,
    description = "REFI-QDA project exchange files (.qdpx) from NVivo, ATLAS.ti, MAXQDA, qc and others.",
    subcommands = {QdpxValidateCommand.class})
public class QdpxCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
