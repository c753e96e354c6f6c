package org.phasezero.cli.corpus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code phasezero corpus} command group. */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = "Corpus statistics: frequency lists, concordance, collocation, keyness, indexing.",
    subcommands = {
        CorpusIndexCommand.class,
        CorpusFreqCommand.class,
        CorpusKwicCommand.class,
        CorpusCollocatesCommand.class,
        CorpusBigramsCommand.class,
        CorpusKeynessCommand.class,
        CorpusLlCommand.class,
    })
public class CorpusCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
