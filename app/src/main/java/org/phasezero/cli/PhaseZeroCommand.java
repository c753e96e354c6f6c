package org.phasezero.cli;

import picocli.CommandLine.Command;

/** The root {@code phasezero} command; each capability adds its subcommands here. */
@Command(
    name = "phasezero",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "PhaseZero: co-producing mental health services, from phase zero to value.",
    subcommands = {
        ServeCommand.class,
        AdminCommand.class,
        DemoDataCommand.class,
        org.phasezero.cli.agreement.AgreementCommand.class,
        org.phasezero.cli.corpus.CorpusCommand.class,
        org.phasezero.cli.network.NetworkCommand.class,
        org.phasezero.cli.wellbeing.WellbeingCommand.class,
        org.phasezero.cli.value.ValueCommand.class,
        org.phasezero.cli.qdpx.QdpxCommand.class,
        org.phasezero.cli.qdpx.QdcCommand.class,
        org.phasezero.cli.evidence.EvidenceCommand.class,
        org.phasezero.cli.discourse.DiscourseCommand.class,
    })
public class PhaseZeroCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
