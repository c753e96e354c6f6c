package org.phasezero.cli.evidence;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code phasezero evidence} command group: research projects in the configured database. */
@Command(
    name = "evidence",
    mixinStandardHelpOptions = true,
    description = "Research projects in the configured database: import and export whole projects as REFI-QDA .qdpx.",
    subcommands = {EvidenceImportCommand.class, EvidenceExportCommand.class})
public class EvidenceCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
