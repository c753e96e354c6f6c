package org.phasezero.cli.qdpx;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code phasezero qdc} command group: REFI-QDA codebook exchange files. */
@Command(
    name = "qdc",
    mixinStandardHelpOptions = true,
    description = "REFI-QDA codebook exchange files (.qdc) from NVivo, ATLAS.ti, MAXQDA, QualCoder and others.",
    subcommands = {QdcValidateCommand.class})
public class QdcCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
